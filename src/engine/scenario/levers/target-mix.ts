/**
 * Target mix: the number of conversions that brings a unit's share to a target ("at most 40% rented in wijk X"),
 * or the reason it cannot. Each conversion of one dwelling changes the share by a fixed step e:
 * - tenure share (rented = rented + middenhuur, or owner): e = ±100 / dwellings of the unit;
 * - group share (focal group among residents): e = 100 · h · (b − a) / residents, with h the residents per
 *   dwelling, a the focal share of the residents who leave (assumptions.residents) and b that of the newcomers.
 *   Taking residents proportionally leaves the tenure's composition unchanged, so the step stays the same.
 * The smallest whole n with share(n) on the right side of the target is converted. Unreachable when the step is 0
 * or points the wrong way (the reason names both shares), or when n exceeds the source stock (the reason gives the
 * share with the whole stock converted): the scenario is then refused with that reason.
 */
import { newcomerShares } from '../compositions';
import { issue, refuse } from '../issues';
import type { LeverUnitReport, SolverReport } from '../result-types';
import { stockTenure, type TargetMixLever } from '../spec';
import { fractions, sum } from '../state';
import { pct, TENURE_NOUN, TENURE_TARGET } from '../words';
import { convertDwellings, sourceStock, turnoverYears, type LeverContext } from './context';

interface Measure {
  /** Current value, percent. */
  value: number;
  /** Change per converted dwelling, percentage points. */
  step: number;
}

function tenureMeasure(ctx: LeverContext, i: number, lever: TargetMixLever): Measure {
  const s = ctx.state;
  const d = s.stock(i, 'owner') + s.stock(i, 'rented') + s.stock(i, 'middenhuur');
  const rentedNow = s.stock(i, 'rented') + s.stock(i, 'middenhuur');
  const rentedStep = (lever.to === 'owner' ? -1 : 0) + (stockTenure(lever.from!) === 'owner' ? 1 : 0);
  const sign = lever.measure === 'rented' ? 1 : -1;
  const value = lever.measure === 'rented' ? (100 * rentedNow) / d : 100 - (100 * rentedNow) / d;
  return { value, step: (sign * 100 * rentedStep) / d };
}

function groupMeasure(ctx: LeverContext, i: number, lever: TargetMixLever): Measure {
  const s = ctx.state;
  const residents = s.residents(i);
  const total = sum(residents);
  if (total <= 0)
    refuse(
      'no_data',
      ctx.path,
      `${ctx.unitName(i)} has no residents: a group share cannot be targeted`,
      `${ctx.unitName(i)} heeft geen bewoners: een groepsaandeel kan geen doel zijn`,
    );
  const from = stockTenure(lever.from!);
  const leaving = ctx.assumptions.residents === 'unit' ? fractions(s.cell(i, from)) : ctx.assumptions.residents.pct.map((p) => p / 100);
  const coming = newcomerShares(lever.newcomers ?? ctx.assumptions.newcomers, lever.to!, i, ctx.comp, ctx.path);
  const f = ctx.focal;
  return { value: (100 * residents[f]) / total, step: (100 * s.perDwelling[i] * (coming[f] - leaving[f])) / total };
}

/** The smallest whole number of conversions that reaches the target, or null when the step cannot. */
export function conversionsNeeded(m: Measure, targetPct: number, atMost: boolean): number | null {
  const met = (n: number) => (atMost ? m.value + n * m.step <= targetPct + 1e-9 : m.value + n * m.step >= targetPct - 1e-9);
  if (met(0)) return 0;
  if (m.step === 0 || m.step < 0 !== atMost) return null;
  let n = Math.max(1, Math.ceil((targetPct - m.value) / m.step - 1e-9));
  while (!met(n)) n++;
  return n;
}

function measureWords(lever: TargetMixLever, ctx: LeverContext) {
  if (lever.measure === 'group')
    return { en: `the share of ${ctx.focalLabel.en.toLowerCase()}`, nl: `het aandeel ${ctx.focalLabel.nl.toLowerCase()}` };
  return lever.measure === 'rented'
    ? { en: 'the rented share', nl: 'het aandeel huurwoningen' }
    : { en: 'the owner-occupied share', nl: 'het aandeel koopwoningen' };
}

function unreachable(ctx: LeverContext, i: number, lever: TargetMixLever, m: Measure, stock: number, target: number): never {
  const what = measureWords(lever, ctx);
  const name = ctx.unitName(i);
  const to = TENURE_TARGET[lever.to!];
  if (m.step === 0 || m.step < 0 !== (lever.atMostPct !== undefined))
    refuse(
      'target_unreachable',
      ctx.path,
      `${what.en} of ${name} cannot reach ${pct(target, 'en')} by converting ${TENURE_NOUN[lever.from!].en} to ${to.en}: each conversion moves it ${m.step === 0 ? 'not at all' : 'the other way'} under the stated compositions of residents and newcomers`,
      `${what.nl} in ${name} kan ${pct(target, 'nl')} niet halen door ${TENURE_NOUN[lever.from!].nl} om te zetten naar ${to.nl}: elke omzetting verandert het ${m.step === 0 ? 'niet' : 'de verkeerde kant op'} bij de opgegeven samenstelling van bewoners en nieuwkomers`,
    );
  const all = m.value + Math.floor(stock + 1e-9) * m.step;
  refuse(
    'target_unreachable',
    ctx.path,
    `${what.en} of ${name} cannot reach ${pct(target, 'en')}: even converting all ${Math.floor(stock + 1e-9)} ${TENURE_NOUN[lever.from!].en} gives ${pct(all, 'en')}`,
    `${what.nl} in ${name} kan ${pct(target, 'nl')} niet halen: zelfs als alle ${Math.floor(stock + 1e-9)} ${TENURE_NOUN[lever.from!].nl} worden omgezet, wordt het ${pct(all, 'nl')}`,
  );
}

export function applyTargetMix(lever: TargetMixLever, ctx: LeverContext): LeverUnitReport[] {
  const atMost = lever.atMostPct !== undefined;
  const target = (atMost ? lever.atMostPct : lever.atLeastPct)!;
  const measureOf = lever.measure === 'group' ? groupMeasure : tenureMeasure;
  return lever.units.map((code) => {
    const i = ctx.unitIndex(code);
    const m = measureOf(ctx, i, lever);
    const stock = sourceStock(ctx, i, lever.from!, ctx.path);
    const n = conversionsNeeded(m, target, atMost);
    if (n === null || n > Math.floor(stock + 1e-9)) unreachable(ctx, i, lever, m, stock, target);
    if (n === 0)
      ctx.comp.warn(
        issue(
          'target_already_met',
          ctx.path,
          `${ctx.unitName(i)} already meets the target: no conversions`,
          `${ctx.unitName(i)} haalt het doel al: geen omzettingen`,
        ),
      );
    convertDwellings(ctx, i, lever.from!, lever.to!, n, lever.newcomers ?? ctx.assumptions.newcomers, ctx.path);
    const solver: SolverReport = {
      measure: lever.measure,
      bound: atMost ? 'atMost' : 'atLeast',
      targetPct: target,
      beforePct: m.value,
      afterPct: measureOf(ctx, i, lever).value,
      conversions: n,
      alreadyMet: n === 0,
    };
    const yearsOfTurnover = turnoverYears(n, stock, ctx.assumptions.turnoverPctPerYear);
    return { code, name: ctx.unitName(i), dwellings: n, built: 0, redirected: 0, yearsOfTurnover, solver };
  });
}

/**
 * What a lever works with, and the two moves every lever is made of:
 * - vacate: dwellings of a tenure in a unit are emptied (conversion or demolition); their residents (assumed
 *   composition, compositions.ts) are displaced and relocated (relocation.ts);
 * - occupy: dwellings of a tenure are filled (conversion or new building) by newcomers of the assumed composition.
 * Each dwelling holds the unit's mean residents per dwelling, before and after.
 */
import type { Bilingual } from '../../waterbed/types';
import { takeResidents, newcomerShares, type CompositionContext } from '../compositions';
import { refuse } from '../issues';
import type { Flows } from '../ledger';
import { relocate, type Destinations, type RuleShares } from '../relocation';
import { stockTenure, type NewcomerChoice, type ScenarioAssumptions, type SourceTenure, type Tenure } from '../spec';
import { addInto, scale, ScenarioState } from '../state';
import { count, TENURE_NOUN } from '../words';

export interface LeverContext {
  state: ScenarioState;
  flows: Flows;
  comp: CompositionContext;
  assumptions: ScenarioAssumptions;
  shares: RuleShares;
  dest: Destinations;
  /** Spec path of the lever, e.g. levers[0]. */
  path: string;
  /** Baseline index of a unit code (the run has checked every code). */
  unitIndex: (code: string) => number;
  unitName: (i: number) => string;
  focal: number;
  /** Label of the focal group, for messages. */
  focalLabel: Bilingual;
  groupIds: readonly string[];
}

/** Dwellings of a source tenure in unit i (social: the estimated social part of rented). */
export function sourceStock(ctx: LeverContext, i: number, from: SourceTenure, path: string): number {
  const rented = ctx.state.stock(i, 'rented');
  if (from !== 'social') return ctx.state.stock(i, from);
  const social = ctx.state.social[i];
  if (Number.isNaN(social))
    refuse(
      'no_social_data',
      path,
      'the data have no social-rent share for this gemeente and year, so social-rent dwellings cannot be told apart: use "rented"',
      'de gegevens hebben geen aandeel corporatiewoningen voor deze gemeente en dit jaar: gebruik "rented"',
    );
  return Math.min(social, rented);
}

/** Refuse when n dwellings are more than unit i holds of the source tenure. */
export function checkStock(ctx: LeverContext, i: number, from: SourceTenure, n: number, path: string): number {
  const stock = sourceStock(ctx, i, from, path);
  if (n > stock + 1e-9) {
    const estimated = from === 'social' ? ' (estimated)' : '';
    refuse(
      'exceeds_stock',
      path,
      `${count(n, 'en')} is more than the ${count(Math.floor(stock + 1e-9), 'en')} ${TENURE_NOUN[from].en}${estimated} of ${ctx.unitName(i)}`,
      `${count(n, 'nl')} is meer dan de ${count(Math.floor(stock + 1e-9), 'nl')} ${TENURE_NOUN[from].nl}${estimated ? ' (geschat)' : ''} in ${ctx.unitName(i)}`,
    );
  }
  return stock;
}

/** Empty n dwellings of `from` in unit i: their residents are displaced and relocated; the stock shrinks by n. */
export function vacate(ctx: LeverContext, i: number, from: SourceTenure, n: number, path: string): void {
  const { state } = ctx;
  const t = stockTenure(from);
  const rentedBefore = state.stock(i, 'rented');
  const displaced = takeResidents(state, i, t, n * state.perDwelling[i], ctx.assumptions.residents, ctx.comp, path);
  addInto(ctx.flows.displaced, displaced);
  relocate({ state, flows: ctx.flows, shares: ctx.shares, dest: ctx.dest, warn: ctx.comp.warn, path }, displaced, t);
  state.addStock(i, t, -n);
  if (!Number.isNaN(state.social[i]) && t === 'rented') {
    // social dwellings go first when they are named; otherwise social rent is a fixed part of rented
    state.social[i] =
      from === 'social' ? Math.max(0, state.social[i] - n) : rentedBefore > 0 ? (state.social[i] * (rentedBefore - n)) / rentedBefore : 0;
  }
}

/** Fill n new or converted dwellings of tenure `to` in unit i with newcomers. */
export function occupy(ctx: LeverContext, i: number, to: Tenure, n: number, choice: NewcomerChoice, path: string): void {
  const { state } = ctx;
  const shares = newcomerShares(choice, to, i, ctx.comp, path);
  const vec = scale(shares, n * state.perDwelling[i]);
  state.addStock(i, to, n);
  state.put(i, to, vec);
  addInto(ctx.flows.newcomers, vec);
}

/** Convert n dwellings of unit i from one tenure to another (vacate + occupy). */
export function convertDwellings(
  ctx: LeverContext,
  i: number,
  from: SourceTenure,
  to: Tenure,
  n: number,
  choice: NewcomerChoice,
  path: string,
): void {
  if (n <= 0) return;
  vacate(ctx, i, from, n, path);
  occupy(ctx, i, to, n, choice, path);
  ctx.flows.converted += n;
}

/** Years of normal turnover it takes to vacate n dwellings out of `stock` (null when nothing turns over). */
export function turnoverYears(n: number, stock: number, turnoverPct: number): number | null {
  const perYear = (stock * turnoverPct) / 100;
  return perYear > 0 ? n / perYear : null;
}

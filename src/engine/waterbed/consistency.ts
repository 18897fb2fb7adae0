/**
 * Consistency check of a crosswalk (pure): does the from-year population it gives each redrawn to-year unit fit
 * that unit's own to-year population?
 *
 * Rule
 * - For a redrawn (not identical) unit t: P̂0_t = Σ_s w(s→t) · P0_s (the crosswalk's from-year population) and
 *   P1_t (its own to-year population). Its relative growth r_t = (P1_t / P̂0_t) / G_g, with G_g = Σ P1 / Σ P̂0 over
 *   every unit of its scope g (its gemeente for wijken, its province for gemeenten), so the gemeente's own growth
 *   is taken out.
 * - The unit is implausible when r_t lies outside the band within which 95 % of the unchanged units of the same
 *   two layers grew (growth.ts) AND the gap |P1_t − G_g · P̂0_t| is at least `minGap` people (default 100: small
 *   units jump by rounding alone). P̂0_t = 0 with P1_t ≥ minGap is implausible too.
 * - Identical units and units with an unknown population get no mark (null).
 */
import type { GrowthYardstick } from './growth';
import { signed, type Lang } from './phrases';
import type { Bilingual } from './types';

export interface ConsistencyMark {
  status: 'ok' | 'implausible';
  /** P̂0 and P1. */
  fromPopulation: number;
  toPopulation: number;
  /** The unit's growth implied by the crosswalk and that of its scope, percent. */
  impliedGrowthPct: number | null;
  scopeGrowthPct: number;
  /** 95 % band of unchanged units' growth in this scope, percent (scope growth × the yardstick band). */
  bandPct: [number, number];
}

export interface ConsistencyInput {
  identical: readonly boolean[];
  fromPopulation: readonly (number | null)[];
  toPopulation: readonly (number | null)[];
  scope: readonly (string | null)[];
  yardstick: GrowthYardstick;
  minGap?: number;
}

export const DEFAULT_MIN_GAP = 100;

const pct = (factor: number) => 100 * (factor - 1);

export function consistencyMarks(input: ConsistencyInput): (ConsistencyMark | null)[] {
  const { identical, fromPopulation: P0, toPopulation: P1, scope, yardstick } = input;
  const minGap = input.minGap ?? DEFAULT_MIN_GAP;
  const s0 = new Map<string, number>(),
    s1 = new Map<string, number>();
  P1.forEach((p1, i) => {
    const p0 = P0[i],
      g = scope[i] ?? '';
    if (p0 === null || p1 === null) return;
    s0.set(g, (s0.get(g) ?? 0) + p0);
    s1.set(g, (s1.get(g) ?? 0) + p1);
  });
  return P1.map((p1, i) => {
    const p0 = P0[i],
      g = scope[i] ?? '';
    if (identical[i] || p0 === null || p1 === null) return null;
    const G = s0.get(g)! > 0 ? s1.get(g)! / s0.get(g)! : yardstick.growth;
    const r = p0 > 0 ? p1 / p0 / G : Infinity;
    const outside = r < yardstick.band[0] || r > yardstick.band[1];
    const gap = Math.abs(p1 - G * p0);
    return {
      status: outside && gap >= minGap ? 'implausible' : 'ok',
      fromPopulation: p0,
      toPopulation: p1,
      impliedGrowthPct: p0 > 0 ? pct(p1 / p0) : null,
      scopeGrowthPct: pct(G),
      bandPct: [pct(G * yardstick.band[0]), pct(G * yardstick.band[1])],
    };
  });
}

const n0 = (v: number, l: Lang) => Math.round(v).toLocaleString(l === 'nl' ? 'nl-NL' : 'en-GB');
const sg = (v: number, l: Lang) => `${signed(v, l)}%`;

/** One sentence for an implausible unit, e.g. in the unit table's tooltip and the CSV. */
export function consistencySentence(m: ConsistencyMark, from: number, to: number, level: 'buurt' | 'wijk' | 'gemeente'): Bilingual {
  const g = (l: Lang) =>
    m.impliedGrowthPct === null ? (l === 'nl' ? 'van bijna niemand' : 'from almost no one') : sg(m.impliedGrowthPct, l);
  const scope = level === 'gemeente' ? { nl: 'de provincie', en: 'the province' } : { nl: 'de gemeente', en: 'the municipality' };
  const units = {
    buurt: { nl: 'buurten', en: 'buurten' },
    wijk: { nl: 'wijken', en: 'wijken' },
    gemeente: { nl: 'gemeenten', en: 'municipalities' },
  }[level];
  return {
    nl: `De omrekening van de grenzen van ${from} geeft hier ${n0(m.fromPopulation, 'nl')} inwoners in ${from} tegen ${n0(m.toPopulation, 'nl')} in ${to} (${g('nl')}), terwijl ${scope.nl} ${sg(m.scopeGrowthPct, 'nl')} groeide en ongewijzigde ${units.nl} tussen ${sg(m.bandPct[0], 'nl')} en ${sg(m.bandPct[1], 'nl')} bleven. De waarden voor ${from} zijn hier waarschijnlijk verkeerd toegedeeld: lees de verandering met voorzichtigheid.`,
    en: `The conversion of the ${from} boundaries gives this unit ${n0(m.fromPopulation, 'en')} inhabitants in ${from} against ${n0(m.toPopulation, 'en')} in ${to} (${g('en')}), while ${scope.en} grew ${sg(m.scopeGrowthPct, 'en')} and unchanged ${units.en} stayed between ${sg(m.bandPct[0], 'en')} and ${sg(m.bandPct[1], 'en')}. Its ${from} values are probably misplaced: read its change with care.`,
  };
}

/**
 * Who lives in the affected dwellings and who moves into new or converted ones (assumptions.residents and
 * assumptions.newcomers, or a lever's own `newcomers`):
 * - residents 'unit': the unit's current residents of that tenure (estimated, baseline.ts), taken proportionally;
 *   { pct }: the given composition, refused when the unit's tenure does not hold that many of a group;
 * - newcomers 'gemeente': the gemeente's residents of that tenure at the baseline; 'unit': the unit's own at the
 *   baseline (the gemeente's when the unit has none, with a warning); { pct }: the given composition.
 * Middenhuur has no residents in the data, so its newcomers must be given ({ pct }); otherwise the lever is refused.
 */
import { issue, refuse, type ScenarioIssue } from './issues';
import type { NewcomerChoice, ResidentChoice, Tenure } from './spec';
import { EPS, fractions, ScenarioState, sum, TENURE_INDEX, T } from './state';
import { TENURES } from './spec';
import { TENURE_NOUN } from './words';

export type Warn = (w: ScenarioIssue) => void;

export type TenureCompositions = Readonly<Record<Tenure, number[] | null>>;

/** The gemeente's composition (fractions) of each tenure over the units with known tenure; null when empty. */
export function gemeenteCompositions(state: ScenarioState): TenureCompositions {
  const out = {} as Record<Tenure, number[] | null>;
  for (const t of TENURES) {
    const total = Array<number>(state.G).fill(0);
    for (let i = 0; i < state.n; i++) {
      if (!state.tenureKnown[i]) continue;
      const b = (i * T + TENURE_INDEX[t]) * state.G;
      for (let k = 0; k < state.G; k++) total[k] += state.cells[b + k];
    }
    out[t] = sum(total) > 0 ? fractions(total) : null;
  }
  return out;
}

export interface CompositionContext {
  /** The baseline state (never changed). */
  baseline: ScenarioState;
  gemeente: TenureCompositions;
  unitName: (i: number) => string;
  warn: Warn;
}

function noMiddenhuur(path: string): never {
  return refuse(
    'no_middenhuur_data',
    path,
    'the data have no middenhuur: no stock and no residents, so the composition of middenhuur newcomers is unknown. Give it as "newcomers": { "pct": [...] } (your own assumption) to run this lever',
    'de gegevens kennen geen middenhuur: geen voorraad en geen bewoners, dus de samenstelling van nieuwe middenhuurders is onbekend. Geef die op als "newcomers": { "pct": [...] } (uw eigen aanname) om deze maatregel door te rekenen',
  );
}

/** Fractions by group of the households moving into `tenure` dwellings of unit i. */
export function newcomerShares(choice: NewcomerChoice, tenure: Tenure, i: number, ctx: CompositionContext, path: string): number[] {
  if (typeof choice === 'object') return choice.pct.map((p) => p / 100);
  if (tenure === 'middenhuur') return noMiddenhuur(path);
  const gemeente = ctx.gemeente[tenure];
  if (!gemeente)
    return refuse(
      'no_data',
      path,
      `no residents of ${TENURE_NOUN[tenure].en} anywhere in the gemeente: their composition is unknown; give "newcomers": { "pct": [...] }`,
      `nergens in de gemeente bewoners van ${TENURE_NOUN[tenure].nl}: hun samenstelling is onbekend; geef "newcomers": { "pct": [...] }`,
    );
  if (choice === 'gemeente') return gemeente;
  const own = ctx.baseline.cell(i, tenure);
  if (sum(own) > 0) return fractions(own);
  ctx.warn(
    issue(
      'unit_composition_fallback',
      path,
      `${ctx.unitName(i)} has no residents in ${TENURE_NOUN[tenure].en}: newcomers there get the gemeente's composition for that tenure`,
      `${ctx.unitName(i)} heeft geen bewoners in ${TENURE_NOUN[tenure].nl}: nieuwkomers daar krijgen de samenstelling van de gemeente`,
    ),
  );
  return gemeente;
}

/** Take `persons` residents out of tenure t of unit i, in the assumed composition; returns them by group. */
export function takeResidents(
  state: ScenarioState,
  i: number,
  t: Tenure,
  persons: number,
  choice: ResidentChoice,
  ctx: CompositionContext,
  path: string,
): number[] {
  if (choice === 'unit') return state.takeShare(i, t, persons);
  const vec = choice.pct.map((p) => (p / 100) * persons);
  const cell = state.cell(i, t);
  const over = vec.findIndex((v, k) => v > cell[k] + EPS);
  if (over >= 0)
    refuse(
      'composition_exceeds',
      path,
      `the residents' composition you set needs ${vec[over].toFixed(0)} residents of group ${over + 1} in the ${TENURE_NOUN[t].en} of ${ctx.unitName(i)}, which hold an estimated ${cell[over].toFixed(0)}`,
      `de opgegeven samenstelling van de bewoners vraagt ${vec[over].toFixed(0)} bewoners van groep ${over + 1} in de ${TENURE_NOUN[t].nl} van ${ctx.unitName(i)}, waar er naar schatting ${cell[over].toFixed(0)} wonen`,
    );
  state.take(i, t, vec);
  return vec;
}

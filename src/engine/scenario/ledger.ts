/**
 * The ledger of one scenario run: what the levers moved, and the check that nothing was created or lost.
 * Residents are persons by group. Identities (checked in `closeLedger`, reported as `imbalance`):
 *   residents after = residents before + arrived − departed   (per group, gemeente total)
 *   arrived  = newcomers (into new or converted dwellings) + replacements (dwellings an allocation rule kept from
 *              the group);
 *   departed = relocated outside the gemeente + crowded out (households who would have taken the vacancies that
 *              relocated households took inside the gemeente);
 *   dwellings after = dwellings before − demolished + built   (conversions change tenure, not the count).
 */
import { plus, sum } from './state';

export interface Flows {
  /** Residents of demolished or converted dwellings. */
  displaced: number[];
  /** Would-be newcomers an allocation rule sent elsewhere. */
  redirected: number[];
  newcomers: number[];
  replacements: number[];
  /** Where the displaced and redirected went. */
  toRing: number[];
  toRest: number[];
  toOutside: number[];
  crowdedOut: number[];
  demolished: number;
  built: number;
  converted: number;
}

export interface Ledger {
  dwellings: { before: number; after: number; demolished: number; built: number; converted: number };
  residents: { before: number[]; after: number[]; arrived: number[]; departed: number[] };
  flows: Flows;
  /** Largest |after − (before + arrived − departed)| over the groups, and of the dwellings; rounding only. */
  imbalance: number;
}

export function emptyFlows(G: number): Flows {
  const z = () => Array<number>(G).fill(0);
  return {
    displaced: z(),
    redirected: z(),
    newcomers: z(),
    replacements: z(),
    toRing: z(),
    toRest: z(),
    toOutside: z(),
    crowdedOut: z(),
    demolished: 0,
    built: 0,
    converted: 0,
  };
}

const columnSums = (cols: readonly Float64Array[]) => cols.map((c) => c.reduce((s, v) => s + v, 0));

export function closeLedger(
  flows: Flows,
  before: readonly Float64Array[],
  after: readonly Float64Array[],
  dwellingsBefore: number,
  dwellingsAfter: number,
): Ledger {
  const rb = columnSums(before),
    ra = columnSums(after);
  const arrived = plus(flows.newcomers, flows.replacements);
  const departed = plus(flows.toOutside, flows.crowdedOut);
  let imbalance = Math.abs(dwellingsAfter - (dwellingsBefore - flows.demolished + flows.built));
  ra.forEach((a, k) => (imbalance = Math.max(imbalance, Math.abs(a - (rb[k] + arrived[k] - departed[k])))));
  return {
    dwellings: {
      before: dwellingsBefore,
      after: dwellingsAfter,
      demolished: flows.demolished,
      built: flows.built,
      converted: flows.converted,
    },
    residents: { before: rb, after: ra, arrived, departed },
    flows,
    imbalance,
  };
}

/** Tolerance for `imbalance`: relative to the residents (proportional arithmetic in floating point). */
export const balanced = (l: Ledger): boolean => l.imbalance <= 1e-6 * Math.max(1, sum(l.residents.before), l.dwellings.before);

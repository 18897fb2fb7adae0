/**
 * Per-unit measures for a map layer. Excluded units (zero population, invalid counts) get null.
 *   location quotient  LQ_i = (x_i / t_i) / (X / T)                         (1 = overall share; Isard 1960)
 *   local entropy      E_i  = − Σ_g π_ig ln π_ig, normalised E_i / ln G      (diversity of unit i; Theil 1972)
 *   local segregation  L_i  = Σ_g π_ig ln(π_ig / π_g)                        (Elbers 2023, "ls"), with
 *                      M = Σ_i (t_i / T) · L_i, so L_i is unit i's contribution to M per person.
 */
import { prepareMultiGroup, prepareTwoGroup, type CountVector, type EngineWarning, type Exclusions } from '../result';

export interface LocalResult {
  /** One value per input unit, in the caller's order; null when the unit was excluded or the value undefined. */
  values: (number | null)[];
  unitsUsed: number;
  excluded: Exclusions;
  conventions: Record<string, string>;
  warnings: EngineWarning[];
}

export function locationQuotient(x: CountVector, y: CountVector): LocalResult {
  const d = prepareTwoGroup(x, y);
  const values: (number | null)[] = new Array(x.length).fill(null);
  if (d.X > 0) {
    const P = d.X / d.T;
    for (let k = 0; k < d.used; k++) values[d.index[k]] = d.x[k] / d.t[k] / P;
  }
  return { values, unitsUsed: d.used, excluded: d.excluded, conventions: { baseline: 'X / T over usable units' }, warnings: d.warnings };
}

export interface LocalEntropyResult extends LocalResult {
  /** E_i / ln G (0 … 1); null where values is null. */
  normalised: (number | null)[];
}

export function localEntropy(columns: readonly CountVector[]): LocalEntropyResult {
  const d = prepareMultiGroup(columns);
  const n = columns.length ? columns[0].length : 0;
  const values: (number | null)[] = new Array(n).fill(null);
  const normalised: (number | null)[] = new Array(n).fill(null);
  const lnG = Math.log(d.g);
  for (let u = 0; u < d.used; u++) {
    let e = 0;
    for (let k = 0; k < d.g; k++) {
      const q = d.cells[u * d.g + k] / d.unitTotals[u];
      if (q > 0) e -= q * Math.log(q);
    }
    values[d.index[u]] = e;
    normalised[d.index[u]] = d.g > 1 ? e / lnG : null;
  }
  return { values, normalised, unitsUsed: d.used, excluded: d.excluded, conventions: { log: 'natural' }, warnings: d.warnings };
}

export function localSegregation(columns: readonly CountVector[]): LocalResult {
  const d = prepareMultiGroup(columns);
  const n = columns.length ? columns[0].length : 0;
  const values: (number | null)[] = new Array(n).fill(null);
  for (let u = 0; u < d.used; u++) {
    let l = 0;
    for (let k = 0; k < d.g; k++) {
      const q = d.cells[u * d.g + k] / d.unitTotals[u];
      if (q > 0) l += q * Math.log(q / (d.groupTotals[k] / d.total));
    }
    values[d.index[u]] = l;
  }
  return {
    values,
    unitsUsed: d.used,
    excluded: d.excluded,
    conventions: { log: 'natural', identity: 'M = Σ_i (t_i/T) L_i' },
    warnings: d.warnings,
  };
}

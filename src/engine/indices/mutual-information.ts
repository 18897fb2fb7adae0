/**
 * Mutual information index M and Theil's H for any number of groups (Theil 1971; Theil & Finizza 1971;
 * Mora & Ruiz-Castillo 2011; Elbers 2023), natural log:
 *   M = Σ_u Σ_g p_ug ln( p_ug / (p_u · p_g) ),   p_ug = t_ug / T, p_u = t_u / T, p_g = t_g / T
 *   E = − Σ_g p_g ln p_g                         (entropy of the group distribution)
 *   H = M / E                                     (0 … 1)
 * M is in nats and decomposes exactly over nested units (see decomposition.ts); H does not decompose additively.
 */
import { multiGroupIndex, okValue, type CountVector, type IndexResult, type MultiGroupData } from '../result';
import { entropyOfWeights } from './entropy';

/** M from a row-major units × groups table with its margins. Cells equal to 0 contribute 0. */
export function mutualInformationFlat(
  cells: Float64Array,
  n: number,
  g: number,
  unitTotals: Float64Array,
  groupTotals: Float64Array,
  total: number,
): number {
  let m = 0;
  for (let u = 0; u < n; u++) {
    const tu = unitTotals[u];
    if (tu <= 0) continue;
    const base = u * g;
    for (let k = 0; k < g; k++) {
      const c = cells[base + k];
      if (c > 0) m += c * Math.log((c * total) / (tu * groupTotals[k]));
    }
  }
  return m / total;
}

export function mutualInformationCore(d: MultiGroupData): number {
  return mutualInformationFlat(d.cells, d.n, d.g, d.unitTotals, d.groupTotals, d.total);
}

export function theilHMultiCore(d: MultiGroupData): number {
  return mutualInformationCore(d) / entropyOfWeights(d.groupTotals);
}

export const MUTUAL_INFORMATION_CONVENTIONS: Readonly<Record<string, string>> = { log: 'natural (M in nats)' };

export function mutualInformation(columns: readonly CountVector[]): IndexResult {
  return multiGroupIndex('M', columns, (d) => okValue(mutualInformationCore(d)), MUTUAL_INFORMATION_CONVENTIONS);
}

export function theilHMulti(columns: readonly CountVector[]): IndexResult {
  return multiGroupIndex('H', columns, (d) => okValue(theilHMultiCore(d)), MUTUAL_INFORMATION_CONVENTIONS);
}

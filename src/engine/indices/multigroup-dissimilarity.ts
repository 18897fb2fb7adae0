/**
 * Multigroup dissimilarity index (Reardon & Firebaugh 2002; Morgan 1975; Sakoda 1981):
 *   D = Σ_g Σ_u t_u | π_ug − π_g | / (2 T I),   I = Σ_g π_g (1 − π_g)   (Simpson's interaction index)
 * π_ug = t_ug / t_u, π_g = t_g / T. With two groups it equals Duncan & Duncan's D.
 */
import { multiGroupIndex, okValue, type CountVector, type IndexResult, type MultiGroupData } from '../result';

export function multigroupDissimilarityFlat(
  cells: Float64Array,
  n: number,
  g: number,
  unitTotals: Float64Array,
  groupTotals: Float64Array,
  total: number,
): number {
  let interaction = 0;
  for (let k = 0; k < g; k++) {
    const pk = groupTotals[k] / total;
    interaction += pk * (1 - pk);
  }
  let s = 0;
  for (let u = 0; u < n; u++) {
    const tu = unitTotals[u];
    if (tu <= 0) continue;
    const base = u * g;
    for (let k = 0; k < g; k++) s += Math.abs(cells[base + k] - (tu * groupTotals[k]) / total);
  }
  // Σ_u t_u |π_ug − π_g| = Σ_u |t_ug − t_u π_g|
  return s / (2 * total * interaction);
}

export function multigroupDissimilarityCore(d: MultiGroupData): number {
  return multigroupDissimilarityFlat(d.cells, d.n, d.g, d.unitTotals, d.groupTotals, d.total);
}

export function multigroupDissimilarity(columns: readonly CountVector[]): IndexResult {
  return multiGroupIndex('Dm', columns, (d) => okValue(multigroupDissimilarityCore(d)));
}

/**
 * Wong's boundary-adjusted dissimilarity indices (Wong 1993), in the normalisation of R seg and pysal
 * (Tivadar 2019, appendix 1):
 *   D(w) = D − Σ_ij w_ij |p_i − p_j|
 *   D(s) = D − Σ_ij w_ij |p_i − p_j| · ((P_i/A_i + P_j/A_j) / (2 · max_k P_k/A_k))
 *   w_ij = l_ij / Σ_kl l_kl, l_ij = shared boundary length (adjacency.weights), ordered pairs i ≠ j
 *   P_i = full perimeter (UnitGeometry.perimeterKm), A_i = area (UnitGeometry.areaKm2)
 * Wong's paper prints an extra factor ½ before the sums; Tivadar (2019) shows it is an error, and seg and pysal
 * omit it. `printedHalf: true` reproduces the printed formula. With equal edge lengths D(w) equals Morrill's
 * rook D(adj); with equal perimeter/area ratios D(s) equals D(w).
 */
import type { Adjacency, UnitGeometry } from '../types';
import { notComputable, okValue, prepareTwoGroup, twoGroupProblem, withMeta, type CountVector, type IndexResult } from '../result';
import { dissimilarityCore } from './dissimilarity';
import { checkAdjacencySize, groupShares, neighbourContrast, spatialWarnings, usedPositions } from './spatial-common';

export interface WongOptions {
  /** Multiply the spatial term by ½ as printed in Wong (1993). Default false (seg, pysal, Tivadar 2019). */
  printedHalf?: boolean;
}

function wong(
  index: 'Dw' | 'Ds',
  x: CountVector,
  y: CountVector,
  adjacency: Adjacency,
  geometry: UnitGeometry | undefined,
  options: WongOptions,
): IndexResult {
  checkAdjacencySize(adjacency, x.length);
  const d = prepareTwoGroup(x, y);
  const half = options.printedHalf ? 0.5 : 1;
  const conventions: Record<string, string> = {
    weights: 'shared boundary length / total shared boundary length (ordered pairs)',
    factorHalf: options.printedHalf ? 'yes (Wong 1993 as printed)' : 'no (seg, pysal, Tivadar 2019)',
  };
  if (index === 'Ds') conventions.perimeter = 'full perimeter of the unit (pysal); seg uses the shared part only';
  const problem = twoGroupProblem(d);
  if (problem) return withMeta(problem, index, d, conventions);
  if (!adjacency.weights) {
    return withMeta(notComputable('missing_spatial', 'not computable: shared boundary lengths (adjacency.weights) are missing'), index, d, conventions);
  }
  let factor: ((i: number, j: number) => number) | undefined;
  if (index === 'Ds') {
    if (!geometry) return withMeta(notComputable('missing_spatial', 'not computable: unit perimeters and areas are missing'), index, d, conventions);
    if (geometry.areaKm2.length < x.length || geometry.perimeterKm.length < x.length) {
      throw new RangeError('geometry must have an area and a perimeter for every unit');
    }
    const par = new Float64Array(d.used);
    let maxPar = 0;
    for (let k = 0; k < d.used; k++) {
      const a = geometry.areaKm2[d.index[k]];
      const per = geometry.perimeterKm[d.index[k]];
      if (!(a > 0) || !(per > 0) || !Number.isFinite(a) || !Number.isFinite(per)) {
        return withMeta(notComputable('missing_spatial', `not computable: unit ${d.index[k]} has no valid area or perimeter`), index, d, conventions);
      }
      par[k] = per / a;
      if (par[k] > maxPar) maxPar = par[k];
    }
    factor = (i, j) => (par[i] + par[j]) / (2 * maxPar);
  }
  const c = neighbourContrast(groupShares(d), usedPositions(d.index, x.length), adjacency, true, factor);
  if (c.badWeight) return withMeta(notComputable('invalid_parameter', 'not computable: a shared boundary length is negative or not finite'), index, d, conventions);
  if (c.pairs === 0 || c.den === 0) {
    return withMeta(notComputable('no_neighbours', 'not computable: no pair of usable units shares a boundary of positive length'), index, d, conventions, spatialWarnings(c, null));
  }
  const value = dissimilarityCore(d.x, d.y, d.X, d.Y) - (half * c.num) / c.den;
  return withMeta(okValue(value), index, d, conventions, spatialWarnings(c, value));
}

export function wongDw(x: CountVector, y: CountVector, adjacency: Adjacency, options: WongOptions = {}): IndexResult {
  return wong('Dw', x, y, adjacency, undefined, options);
}

export function wongDs(x: CountVector, y: CountVector, adjacency: Adjacency, geometry: UnitGeometry, options: WongOptions = {}): IndexResult {
  return wong('Ds', x, y, adjacency, geometry, options);
}

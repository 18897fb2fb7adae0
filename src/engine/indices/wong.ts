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
import { evaluation, type Evaluation } from './evaluation';
import { float64Scratch } from '../scratch';
import { dissimilarityCore } from './dissimilarity';
import { checkAdjacencySize, neighbourContrast, spatialData, spatialWarnings, type SpatialData } from './spatial-common';

export interface WongOptions {
  /** Multiply the spatial term by ½ as printed in Wong (1993). Default false (seg, pysal, Tivadar 2019). */
  printedHalf?: boolean;
}

const perimeterArea = float64Scratch();

/** D(w) or D(s) on prepared data (adjacency already checked against its n units). */
export function wongOf(
  index: 'Dw' | 'Ds',
  { d, n, p, pos }: SpatialData,
  adjacency: Adjacency,
  geometry: UnitGeometry | undefined,
  options: WongOptions,
): Evaluation {
  const half = options.printedHalf ? 0.5 : 1;
  const weights = 'shared boundary length / total shared boundary length (ordered pairs)';
  const factorHalf = options.printedHalf ? 'yes (Wong 1993 as printed)' : 'no (seg, pysal, Tivadar 2019)';
  const conventions: Record<string, string> =
    index === 'Ds'
      ? { weights, factorHalf, perimeter: 'full perimeter of the unit (pysal); seg uses the shared part only' }
      : { weights, factorHalf };
  const problem = twoGroupProblem(d);
  if (problem) return evaluation(problem, conventions);
  if (!adjacency.weights)
    return evaluation(
      notComputable('missing_spatial', 'not computable: shared boundary lengths (adjacency.weights) are missing'),
      conventions,
    );
  let par: Float64Array | undefined;
  let maxPar = 0;
  if (index === 'Ds') {
    if (!geometry)
      return evaluation(notComputable('missing_spatial', 'not computable: unit perimeters and areas are missing'), conventions);
    if (geometry.areaKm2.length < n || geometry.perimeterKm.length < n) {
      throw new RangeError('geometry must have an area and a perimeter for every unit');
    }
    par = perimeterArea(d.used);
    for (let k = 0; k < d.used; k++) {
      const a = geometry.areaKm2[d.index[k]];
      const per = geometry.perimeterKm[d.index[k]];
      if (!(a > 0) || !(per > 0) || !Number.isFinite(a) || !Number.isFinite(per)) {
        return evaluation(
          notComputable('missing_spatial', `not computable: unit ${d.index[k]} has no valid area or perimeter`),
          conventions,
        );
      }
      par[k] = per / a;
      if (par[k] > maxPar) maxPar = par[k];
    }
  }
  const c = neighbourContrast(p, pos, adjacency, true, par && ((i, j) => (par[i] + par[j]) / (2 * maxPar)));
  if (c.badWeight)
    return evaluation(
      notComputable('invalid_parameter', 'not computable: a shared boundary length is negative or not finite'),
      conventions,
    );
  if (c.pairs === 0 || c.den === 0) {
    return evaluation(
      notComputable('no_neighbours', 'not computable: no pair of usable units shares a boundary of positive length'),
      conventions,
      spatialWarnings(c, null),
    );
  }
  const value = dissimilarityCore(d.x, d.y, d.X, d.Y) - (half * c.num) / c.den;
  return evaluation(okValue(value), conventions, spatialWarnings(c, value));
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
  const e = wongOf(index, spatialData(d, x.length), adjacency, geometry, options);
  return withMeta(e.value, index, d, e.conventions, e.extraWarnings);
}

export function wongDw(x: CountVector, y: CountVector, adjacency: Adjacency, options: WongOptions = {}): IndexResult {
  return wong('Dw', x, y, adjacency, undefined, options);
}

export function wongDs(
  x: CountVector,
  y: CountVector,
  adjacency: Adjacency,
  geometry: UnitGeometry,
  options: WongOptions = {},
): IndexResult {
  return wong('Ds', x, y, adjacency, geometry, options);
}

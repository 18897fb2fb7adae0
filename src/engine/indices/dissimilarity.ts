/**
 * Index of dissimilarity (Duncan & Duncan 1955):
 *   D = ½ Σ_i | x_i / X − y_i / Y |
 * Share of either group that would have to move to another unit for every unit to have the overall composition.
 * Range 0 (even) … 1 (complete separation). Symmetric in x and y; invariant to scaling all counts.
 */
import { okValue, twoGroupIndex, type CountVector, type IndexResult, type IndexValue, type TwoGroupData } from '../result';

/** Core on clean arrays (no zero-population units, X > 0, Y > 0). */
export function dissimilarityCore(x: Float64Array, y: Float64Array, X: number, Y: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.abs(x[i] / X - y[i] / Y);
  return s / 2;
}

/** D on prepared data that has passed twoGroupProblem. */
export const dissimilarityOf = (d: TwoGroupData): IndexValue => okValue(dissimilarityCore(d.x, d.y, d.X, d.Y));

export function dissimilarity(x: CountVector, y: CountVector): IndexResult {
  return twoGroupIndex('D', x, y, dissimilarityOf);
}

/**
 * Exposure family (Massey & Denton 1988; Lieberson's P* indices; Bell 1954):
 *   isolation      xPx = Σ_i (x_i / X) · (x_i / t_i)
 *   exposure       xPy = Σ_i (x_i / X) · (y_i / t_i)          (xPx + xPy = 1 with two groups)
 *   correlation ratio (eta², Bell 1954; White 1986)
 *                  V   = (xPx − P) / (1 − P),  P = X / T
 * xPx and xPy are asymmetric (they depend on which group is x) and on the overall share P; V removes the
 * dependence on P and is symmetric: V(x, y) = V(y, x).
 */
import { okValue, twoGroupIndex, type CountVector, type IndexResult, type IndexValue, type TwoGroupData } from '../result';

export function isolationCore(x: Float64Array, t: Float64Array, X: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] / X) * (x[i] / t[i]);
  return s;
}

export function exposureCore(x: Float64Array, y: Float64Array, t: Float64Array, X: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] / X) * (y[i] / t[i]);
  return s;
}

export function correlationRatioCore(x: Float64Array, t: Float64Array, X: number, T: number): number {
  const P = X / T;
  return (isolationCore(x, t, X) - P) / (1 - P);
}

/** The indices on prepared data that has passed twoGroupProblem. */
export const isolationOf = (d: TwoGroupData): IndexValue => okValue(isolationCore(d.x, d.t, d.X));
export const exposureOf = (d: TwoGroupData): IndexValue => okValue(exposureCore(d.x, d.y, d.t, d.X));
export const correlationRatioOf = (d: TwoGroupData): IndexValue => okValue(correlationRatioCore(d.x, d.t, d.X, d.T));

export function isolation(x: CountVector, y: CountVector): IndexResult {
  return twoGroupIndex('xPx', x, y, isolationOf);
}

export function exposure(x: CountVector, y: CountVector): IndexResult {
  return twoGroupIndex('xPy', x, y, exposureOf);
}

export function correlationRatio(x: CountVector, y: CountVector): IndexResult {
  return twoGroupIndex('V', x, y, correlationRatioOf);
}

/**
 * Atkinson segregation index (Atkinson 1970; James & Taeuber 1985; as written in Massey & Denton 1988):
 *   A(b) = 1 − (P / (1 − P)) · | Σ_i (1 − p_i)^(1−b) · p_i^b · t_i / (P T) |^(1/(1−b)),  0 < b < 1
 * p_i = x_i / t_i, P = X / T. b is the weight given to units where x is over- (b > 0.5) or under-represented
 * (b < 0.5); b = 0.5 (default) weights both equally and makes A symmetric in x and y.
 */
import { notComputable, okValue, twoGroupIndex, type CountVector, type IndexResult, type IndexValue, type TwoGroupData } from '../result';

export const DEFAULT_ATKINSON_B = 0.5;

export function atkinsonCore(x: Float64Array, t: Float64Array, X: number, T: number, b: number): number {
  const P = X / T;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const p = x[i] / t[i];
    if (p > 0 && p < 1) s += Math.pow(1 - p, 1 - b) * Math.pow(p, b) * t[i];
  }
  return 1 - (P / (1 - P)) * Math.pow(Math.abs(s / (P * T)), 1 / (1 - b));
}

/** A(b) on prepared data that has passed twoGroupProblem. */
export function atkinsonOf(d: TwoGroupData, b: number): IndexValue {
  if (!(b > 0 && b < 1)) return notComputable('invalid_parameter', `not computable: Atkinson b must be in (0, 1), got ${b}`);
  return okValue(atkinsonCore(d.x, d.t, d.X, d.T, b));
}

export function atkinson(x: CountVector, y: CountVector, b = DEFAULT_ATKINSON_B): IndexResult {
  return twoGroupIndex('A', x, y, (d) => atkinsonOf(d, b), { atkinsonB: String(b) });
}

/**
 * Two-group information theory index (Theil & Finizza 1971; Massey & Denton 1988), natural log:
 *   E   = P ln(1/P) + (1 − P) ln(1/(1 − P))         entropy of the whole area, P = X / T
 *   E_i = p_i ln(1/p_i) + (1 − p_i) ln(1/(1 − p_i))  entropy of unit i, p_i = x_i / t_i (0 ln 0 = 0)
 *   H   = Σ_i t_i (E − E_i) / (T · E)
 * H is the mutual information M of the unit × group table divided by E, so the log base cancels.
 */
import { okValue, twoGroupIndex, type CountVector, type IndexResult, type IndexValue, type TwoGroupData } from '../result';

/** Binary entropy in nats, with 0 ln 0 = 0. */
export function binaryEntropy(p: number): number {
  let e = 0;
  if (p > 0) e -= p * Math.log(p);
  if (p < 1) e -= (1 - p) * Math.log(1 - p);
  return e;
}

/** Entropy (nats) of a distribution given as non-negative weights; zero weights contribute 0. */
export function entropyOfWeights(w: ArrayLike<number>, offset = 0, length = w.length - offset): number {
  let total = 0;
  for (let k = 0; k < length; k++) total += w[offset + k];
  if (total <= 0) return 0;
  let e = 0;
  for (let k = 0; k < length; k++) {
    const v = w[offset + k];
    if (v > 0) {
      const q = v / total;
      e -= q * Math.log(q);
    }
  }
  return e;
}

export function theilHCore(x: Float64Array, t: Float64Array, X: number, T: number): number {
  const E = binaryEntropy(X / T);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += t[i] * (E - binaryEntropy(x[i] / t[i]));
  return s / (T * E);
}

/** H on prepared data that has passed twoGroupProblem. */
export const theilHOf = (d: TwoGroupData): IndexValue => okValue(theilHCore(d.x, d.t, d.X, d.T));
export const THEIL_H_CONVENTIONS: Readonly<Record<string, string>> = { log: 'natural (cancels in H)' };

export function theilH(x: CountVector, y: CountVector): IndexResult {
  return twoGroupIndex('H', x, y, theilHOf, THEIL_H_CONVENTIONS);
}

/**
 * Gini segregation index (Massey & Denton 1988; Duncan & Duncan 1955):
 *   G = Σ_i Σ_j t_i t_j | p_i − p_j | / (2 T² P (1 − P)),  p_i = x_i / t_i, P = X / T
 * Mean absolute difference in group share between all pairs of persons, normalised to 0 … 1.
 * Computed in O(n log n): sort units by p_i and accumulate Σ_{j<i} t_j (p_i − p_j) with running sums.
 */
import { okValue, twoGroupIndex, type CountVector, type IndexResult } from '../result';

export function giniCore(x: Float64Array, t: Float64Array, X: number, T: number): number {
  const n = x.length;
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) p[i] = x[i] / t[i];
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[a] - p[b]);
  let w = 0; // Σ t_j over units already passed
  let wp = 0; // Σ t_j p_j over units already passed
  let pairSum = 0; // Σ_{i<j} t_i t_j |p_i − p_j|
  for (const i of order) {
    pairSum += t[i] * (p[i] * w - wp);
    w += t[i];
    wp += t[i] * p[i];
  }
  const P = X / T;
  // Σ over ordered pairs = 2 · pairSum
  return (2 * pairSum) / (2 * T * T * P * (1 - P));
}

export function gini(x: CountVector, y: CountVector): IndexResult {
  return twoGroupIndex('Gini', x, y, (d) => okValue(giniCore(d.x, d.t, d.X, d.T)));
}

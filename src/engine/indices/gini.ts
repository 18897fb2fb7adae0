/**
 * Gini segregation index (Massey & Denton 1988; Duncan & Duncan 1955):
 *   G = Σ_i Σ_j t_i t_j | p_i − p_j | / (2 T² P (1 − P)),  p_i = x_i / t_i, P = X / T
 * Mean absolute difference in group share between all pairs of persons, normalised to 0 … 1.
 * Computed in O(n log n): sort units by p_i and accumulate Σ_{j<i} t_j (p_i − p_j) with running sums.
 */
import { float64Scratch, int32Scratch } from '../scratch';
import { okValue, twoGroupIndex, type CountVector, type IndexResult, type IndexValue, type TwoGroupData } from '../result';

const RUN = 32;
const shares = float64Scratch();
const orderA = int32Scratch();
const orderB = int32Scratch();

/**
 * Positions 0 … n−1 ordered by ascending v, ties in position order (a stable sort, so the running sums below
 * always add in the same order): insertion sort of short runs, then bottom-up merges between two scratch buffers.
 * The result is one of those buffers: read it before the next call.
 */
function ascendingOrder(v: Float64Array, n: number): Int32Array {
  let a = orderA(n);
  let b = orderB(n);
  for (let i = 0; i < n; i++) a[i] = i;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const u = a[i];
      let j = i - 1;
      while (j >= lo && v[a[j]] > v[u]) a[j + 1] = a[j--];
      a[j + 1] = u;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) b[k++] = v[a[j]] < v[a[i]] ? a[j++] : a[i++];
      while (i < mid) b[k++] = a[i++];
      while (j < hi) b[k++] = a[j++];
    }
    [a, b] = [b, a];
  }
  return a;
}

export function giniCore(x: Float64Array, t: Float64Array, X: number, T: number): number {
  const n = x.length;
  const p = shares(n);
  for (let i = 0; i < n; i++) p[i] = x[i] / t[i];
  const order = ascendingOrder(p, n);
  let w = 0; // Σ t_j over units already passed
  let wp = 0; // Σ t_j p_j over units already passed
  let pairSum = 0; // Σ_{i<j} t_i t_j |p_i − p_j|
  for (let k = 0; k < n; k++) {
    const i = order[k];
    pairSum += t[i] * (p[i] * w - wp);
    w += t[i];
    wp += t[i] * p[i];
  }
  const P = X / T;
  // Σ over ordered pairs = 2 · pairSum
  return (2 * pairSum) / (2 * T * T * P * (1 - P));
}

/** Gini on prepared data that has passed twoGroupProblem. */
export const giniOf = (d: TwoGroupData): IndexValue => okValue(giniCore(d.x, d.t, d.X, d.T));

export function gini(x: CountVector, y: CountVector): IndexResult {
  return twoGroupIndex('Gini', x, y, giniOf);
}

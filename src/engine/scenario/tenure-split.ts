/**
 * Split a unit's residents by group into renters and owners when the data give only the unit's totals per group
 * and the number of residents in rented dwellings. The split is the 2 × G table with those margins whose odds
 * ratios between groups are the given rent propensities w (the table iterative proportional fitting reaches from
 * the seed [w; 1]): rented_k = x_k · a·w_k / (a·w_k + 1), with the one a > 0 for which Σ rented_k = the renters.
 * With equal w it is the unit's own composition in both tenures (independence).
 */

/** Residents of each group in rented and in owner-occupied dwellings. */
export interface TenureSplit {
  rented: number[];
  owner: number[];
}

function rentedAt(x: readonly number[], w: readonly number[], logA: number): number {
  const a = Math.exp(logA);
  let s = 0;
  for (let k = 0; k < x.length; k++) s += (x[k] * a * w[k]) / (a * w[k] + 1);
  return s;
}

/**
 * @param x residents per group (≥ 0)
 * @param renters residents living in rented dwellings, 0 ≤ renters ≤ Σ x
 * @param w rent propensity per group (> 0); only ratios matter
 */
export function splitByTenure(x: readonly number[], renters: number, w: readonly number[]): TenureSplit {
  if (x.length !== w.length) throw new RangeError(`${x.length} groups but ${w.length} weights`);
  const total = x.reduce((s, v) => s + v, 0);
  if (renters <= 0 || total <= 0) return { rented: x.map(() => 0), owner: [...x] };
  if (renters >= total) return { rented: [...x], owner: x.map(() => 0) };
  // f(log a) rises from 0 to total: bisection to machine precision.
  let lo = -80,
    hi = 80;
  for (let it = 0; it < 200 && hi - lo > 1e-13; it++) {
    const mid = (lo + hi) / 2;
    if (rentedAt(x, w, mid) < renters) lo = mid;
    else hi = mid;
  }
  const a = Math.exp((lo + hi) / 2);
  const rented = x.map((xk, k) => (xk * a * w[k]) / (a * w[k] + 1));
  // Put the last rounding error where it changes the composition least: scale to the exact number of renters.
  // Subnormal counts can underflow the fitted table to zeros: fall back to the unit's own composition then.
  const sum = rented.reduce((s, v) => s + v, 0);
  const fraction = renters / total;
  const scaled = rented.map((r, k) => Math.min(x[k], sum > 0 ? (r * renters) / sum : x[k] * fraction));
  return { rented: scaled, owner: x.map((xk, k) => Math.max(0, xk - scaled[k])) };
}

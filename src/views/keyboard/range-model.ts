/**
 * Keyboard brushing: a pair of range inputs (from, to) over step indices 0..max stands for a brushed interval. Pure
 * helpers to map between step indices and data values and to keep the pair ordered. The full range (0, max) means
 * "no selection", as an empty mouse brush does.
 */

/** Data value of step `k` of `steps` over `domain` (k = 0 → domain[0], k = steps → domain[1]). */
export function stepValue(domain: readonly [number, number], steps: number, k: number): number {
  if (k <= 0) return domain[0];
  if (k >= steps) return domain[1];
  return domain[0] + ((domain[1] - domain[0]) * k) / steps;
}

/** Step index of value `v`, rounded outward ('floor' for a lower bound, 'ceil' for an upper one), clamped to 0..steps. */
export function stepIndex(domain: readonly [number, number], steps: number, v: number, dir: 'floor' | 'ceil'): number {
  const span = domain[1] - domain[0];
  if (!(span > 0) || !Number.isFinite(v)) return dir === 'floor' ? 0 : steps;
  const raw = ((v - domain[0]) / span) * steps;
  // Tolerate rounding noise: 2.0000000001 is step 2, not 3.
  const k = dir === 'floor' ? Math.floor(raw + 1e-9) : Math.ceil(raw - 1e-9);
  return Math.max(0, Math.min(steps, k));
}

/**
 * The ordered pair after one input moved: both within 0..max and lo < hi. The input that moved wins; the other is
 * pushed along by one step when they would cross.
 */
export function orderPair(lo: number, hi: number, max: number, moved: 'lo' | 'hi'): [number, number] {
  const clamp = (v: number) => Math.max(0, Math.min(max, Math.round(v)));
  let a = clamp(lo);
  let b = clamp(hi);
  if (a < b) return [a, b];
  if (moved === 'lo') {
    a = Math.min(a, max - 1);
    b = a + 1;
  } else {
    b = Math.max(b, 1);
    a = b - 1;
  }
  return [a, b];
}

/** True when the pair spans everything (no selection). */
export function isFullRange(pair: readonly [number, number], max: number): boolean {
  return pair[0] <= 0 && pair[1] >= max;
}

/**
 * The warnings every input preparation attaches: units excluded (zero population, invalid counts) and small units
 * (median unit size below SMALL_UNIT_MEDIAN). The median is found by selection, not a full sort: it is needed for
 * every prepared input.
 */
import type { EngineWarning, Exclusions } from './warnings';
import { float64Scratch } from './scratch';

/** Median unit size below which the small-unit bias warning is raised. */
export const SMALL_UNIT_MEDIAN = 100;

export function exclusionWarnings(excluded: Exclusions, sizes: Float64Array): EngineWarning[] {
  const w: EngineWarning[] = [];
  if (excluded.zeroPopulation > 0) {
    w.push({
      code: 'excluded_zero_population',
      message: `${excluded.zeroPopulation} unit(s) with zero population excluded`,
      count: excluded.zeroPopulation,
    });
  }
  if (excluded.invalid > 0) {
    w.push({
      code: 'excluded_invalid',
      message: `${excluded.invalid} unit(s) with missing, non-finite or negative counts excluded`,
      count: excluded.invalid,
    });
  }
  if (sizes.length > 0) {
    const med = median(sizes);
    if (med < SMALL_UNIT_MEDIAN) {
      w.push({
        code: 'small_units',
        message: `median unit size is ${round1(med)} (< ${SMALL_UNIT_MEDIAN}): unevenness indices are biased upward; compare with expected D under random allocation`,
        params: { median: round1(med), threshold: SMALL_UNIT_MEDIAN },
      });
    }
  }
  return w;
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

const medianCopy = float64Scratch();

/** Median of positive sizes by selection on a copy (the value a full sort would give, in O(n) expected time). */
function median(a: Float64Array): number {
  const n = a.length;
  const s = medianCopy(n);
  s.set(a);
  const m = n >> 1;
  const upper = selectInPlace(s, n, m);
  if (n % 2) return upper;
  let lower = s[0]; // after selection s[0 … m−1] ≤ s[m]: the lower middle is their maximum
  for (let i = 1; i < m; i++) if (s[i] > lower) lower = s[i];
  return (lower + upper) / 2;
}

/** k-th smallest of s[0 … n−1] (Hoare quickselect, median-of-three pivot); leaves s[0 … k−1] ≤ s[k]. */
function selectInPlace(s: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  for (let round = 0; hi - lo >= 16 && round < 64; round++) {
    const a = s[lo],
      b = s[(lo + hi) >> 1],
      c = s[hi];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (s[i] < pivot) i++;
      while (s[j] > pivot) j--;
      if (i <= j) {
        const v = s[i];
        s[i++] = s[j];
        s[j--] = v;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return s[k]; // j < k < i: s[k] equals the pivot
  }
  if (hi - lo >= 16)
    s.subarray(lo, hi + 1).sort(); // too many rounds
  else insertionSort(s, lo, hi); // short range
  return s[k];
}

function insertionSort(s: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const v = s[i];
    let j = i - 1;
    while (j >= lo && s[j] > v) s[j + 1] = s[j--];
    s[j + 1] = v;
  }
}

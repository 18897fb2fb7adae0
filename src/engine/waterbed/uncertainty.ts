/**
 * Uncertainty of a waterbed comparison (pure): how far ring values, changes and DiDs move between crosswalk
 * weightings, plus what the rounding of the published data alone can do.
 *
 * - Method range: the comparison is run once per weighting that uses where people live (density, ipf and, where
 *   a finer layer exists, dasymetric; area weighting is left out because it puts people in harbours and polders);
 *   each number's range is [min, max] over those runs. Only the from-year side differs between runs.
 * - Rounding: the step of the published values is inferred from the data (the largest of 1000 … 0.001 of which
 *   every value is a multiple: whole k€ for 2022 income, whole percent for shares, 5 for wijk counts; unknown
 *   when the values take fewer than 10 distinct values); each value may be off by half a step.
 *   - A unit's change: worst case (both years off by half a step in opposite directions); for counts and means in
 *     percent growth, 100 · ((v1 ± h) / (v0 ∓ h) − v1 / v0).
 *   - A ring's change: rounding errors of its units are independent and uniform, so the error of the aggregate
 *     has standard deviation h / √3 · √Σw² / Σw (w = each unit's den; counts: h / √3 · √n); the band is ±2 sd.
 *   - A DiD's rounding band combines the two rings' bands in quadrature.
 * - Distinguishable: a DiD is distinguishable from 0 (a flag from the threshold) when the whole interval
 *   [min − rounding, max + rounding] lies on one side of 0 (beyond the threshold on the flag's side).
 */
import type { ChangeMetric } from './types';

export interface Range {
  low: number;
  high: number;
}

const STEPS = [1000, 100, 10, 5, 1, 0.5, 0.1, 0.05, 0.01, 0.001];

/**
 * The rounding step of published values: null when they are not rounded to 0.001, or when they take fewer than
 * `minDistinct` (default 10) distinct values (too few to tell rounding from coincidence).
 */
export function roundingStep(values: Iterable<number | null | undefined>, minDistinct = 10): number | null {
  const vs: number[] = [];
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v) && v !== 0) vs.push(v);
  if (new Set(vs).size < minDistinct) return null;
  for (const step of STEPS) if (vs.every((v) => Math.abs(v / step - Math.round(v / step)) < 1e-6)) return step;
  return null;
}

/** [min, max] of the known values (null when none). */
export function rangeOf(values: Iterable<number | null | undefined>): Range | null {
  let low = Infinity,
    high = -Infinity;
  for (const v of values)
    if (typeof v === 'number' && Number.isFinite(v)) {
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
  return low <= high ? { low, high } : null;
}

/** Half-width of the worst-case rounding error of one unit's change metric (pp, or pp of growth). */
export function unitRounding(metric: ChangeMetric, v0: number | null, v1: number | null, h0: number, h1: number): number {
  if (v0 === null || v1 === null) return 0;
  if (metric === 'absolute') return h0 + h1;
  if (!(v0 - h0 > 0)) return Infinity;
  const point = v1 / v0;
  return 100 * Math.max((v1 + h1) / (v0 - h0) - point, point - (v1 - h1) / (v0 + h0));
}

/** 2 sd of the rounding error of a ring aggregate's value: weights are the units' den (counts: 1 each, summed). */
export function aggregateRoundingSd(h: number, weights: readonly number[], ratio: boolean): number {
  if (weights.length === 0 || h === 0) return 0;
  const sd = h / Math.sqrt(3);
  if (!ratio) return 2 * sd * Math.sqrt(weights.length);
  const sum = weights.reduce((a, w) => a + w, 0),
    sq = weights.reduce((a, w) => a + w * w, 0);
  return sum > 0 ? (2 * sd * Math.sqrt(sq)) / sum : 0;
}

/** Half-width of a ring's change metric from value errors e0, e1 (2 sd) at values v0, v1. */
export function ringChangeRounding(metric: ChangeMetric, v0: number | null, v1: number | null, e0: number, e1: number): number {
  if (v0 === null || v1 === null) return 0;
  if (metric === 'absolute') return Math.hypot(e0, e1);
  if (!(v0 > 0)) return Infinity;
  return 100 * Math.hypot(e1 / v0, (v1 * e0) / (v0 * v0));
}

/** Whether an interval (method range widened by rounding) excludes 0, or lies beyond ±threshold on `side`. */
export function distinguishable(range: Range | null, rounding: number, threshold = 0, side: 'above' | 'below' | null = null): boolean {
  if (!range) return false;
  const low = range.low - rounding,
    high = range.high + rounding;
  if (side === 'above') return low >= threshold;
  if (side === 'below') return high <= -threshold;
  return low > 0 || high < 0;
}

/**
 * Where one area's value stands among all areas (e.g. one gemeente's D among every gemeente's D): its quantile
 * rank (simple-statistics: the share of areas with this value or lower, ties averaged), its rank from the top and the
 * spread of the distribution. Pure.
 */
import { median, quantileRankSorted } from 'simple-statistics';

export interface Standing {
  /** 0–100: share of the areas with this value or a lower one (ties averaged). */
  percentile: number;
  /** 1 = highest value. */
  rank: number;
  /** Areas with a value, this one included. */
  count: number;
  min: number;
  max: number;
  median: number;
}

/** `values`: every area's value (this one included; non-finite ones skipped). Null when fewer than 2 have a value. */
export function standing(value: number, values: readonly number[]): Standing | null {
  if (!Number.isFinite(value)) return null;
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length < 2) return null;
  const above = sorted.filter((v) => v > value).length;
  return {
    percentile: 100 * quantileRankSorted(sorted, value),
    rank: above + 1,
    count: sorted.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    median: median(sorted),
  };
}

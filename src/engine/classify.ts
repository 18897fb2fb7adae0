/**
 * Class breaks for choropleths. Pure: values in, breaks and class indices out. Null / non-finite values are
 * "no data" (class -1) and never take part in the breaks.
 * - quantile: breaks at the k-quantiles (R-7 / d3.quantile definition), duplicates removed;
 * - equal: k equal intervals between min and max;
 * - jenks: natural breaks via ckmeans (Wang & Song 2011) from simple-statistics.
 */
import { quantileSorted } from 'd3';
import { ckmeans } from 'simple-statistics';

export type ClassMethod = 'quantile' | 'equal' | 'jenks';

export interface Classification {
  method: ClassMethod;
  /** Upper-exclusive thresholds between classes: class i covers [breaks[i-1], breaks[i]). Length = classes - 1. */
  breaks: number[];
  min: number;
  max: number;
  /** Number of units per class (index-aligned with the classes), plus units without data. */
  counts: number[];
  noData: number;
}

export function finiteValues(values: readonly (number | null | undefined)[]): number[] {
  const out: number[] = [];
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  return out;
}

export function classify(values: readonly (number | null | undefined)[], method: ClassMethod, k: number): Classification | null {
  const xs = finiteValues(values).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const classes = Math.max(1, Math.min(Math.round(k), 9));
  const min = xs[0]!;
  const max = xs[xs.length - 1]!;
  let breaks: number[];
  if (min === max || classes === 1) breaks = [];
  else if (method === 'equal') breaks = Array.from({ length: classes - 1 }, (_, i) => min + ((i + 1) * (max - min)) / classes);
  else if (method === 'jenks') {
    const clusters = ckmeans(xs, Math.min(classes, new Set(xs).size));
    breaks = clusters.slice(1).map((c) => c[0]!);
  } else breaks = Array.from({ length: classes - 1 }, (_, i) => quantileSorted(xs, (i + 1) / classes)!);
  breaks = [...new Set(breaks)].filter((b) => b > min && b <= max);
  const counts = new Array<number>(breaks.length + 1).fill(0);
  for (const v of xs) counts[classIndex(v, breaks)]! += 1;
  return { method, breaks, min, max, counts, noData: values.length - xs.length };
}

/** Class of a value (0-based), or -1 for no data. */
export function classIndex(value: number | null | undefined, breaks: readonly number[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return -1;
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value < breaks[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

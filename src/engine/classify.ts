/**
 * Class breaks for choropleths. Pure: values in, breaks and class indices out. Null / non-finite values are
 * "no data" (class -1) and never take part in the breaks.
 * - quantile: breaks at the k-quantiles (R-7 / d3.quantile definition), duplicates removed;
 * - equal: k equal intervals between min and max;
 * - jenks: natural breaks via ckmeans (Wang & Song 2011) from simple-statistics;
 * - stddev: classes one (population) standard deviation wide, placed symmetrically around the mean. With an odd k the
 *   middle class is centred on the mean (breaks at mean ± 0.5, ± 1.5, ± 2.5 … sd); with an even k the mean itself is
 *   a break (breaks at mean, mean ± 1, ± 2 … sd). Together: breaks at multiples of 0.5 sd from the mean. Breaks
 *   outside the data range are dropped (like every automatic method), so there can be fewer than k classes;
 * - manual: user-defined breaks (see validateBreaks). They are kept as given, even outside the data range, so a class
 *   may be empty — that keeps the classes comparable across years and areas.
 * Every class is upper-exclusive: class i covers [breaks[i-1], breaks[i]).
 */
import { quantileSorted } from 'd3';
import { ckmeans, mean as ssMean, standardDeviation } from 'simple-statistics';

export type ClassMethod = 'quantile' | 'equal' | 'jenks' | 'stddev' | 'manual';
export const CLASS_METHODS: readonly ClassMethod[] = ['quantile', 'equal', 'jenks', 'stddev', 'manual'];
/** The class counts offered in the UI (manual breaks must also give this many classes). */
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 9;

export interface Classification {
  method: ClassMethod;
  /** Upper-exclusive thresholds between classes: class i covers [breaks[i-1], breaks[i]). Length = classes - 1. */
  breaks: number[];
  min: number;
  max: number;
  /** Number of units per class (index-aligned with the classes), plus units without data. */
  counts: number[];
  noData: number;
  /** stddev only: the mean and population standard deviation the breaks were built from. */
  mean?: number;
  sd?: number;
}

export interface ClassifyOptions {
  /** Required for method 'manual': ascending, finite, distinct thresholds (2–8 of them). */
  breaks?: readonly number[];
}

export function finiteValues(values: readonly (number | null | undefined)[]): number[] {
  const out: number[] = [];
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  return out;
}

/**
 * Classifies values. Returns null when no value is finite. For 'manual', `options.breaks` must pass validateBreaks;
 * otherwise a RangeError with the validation message is thrown (validate user input first).
 */
export function classify(
  values: readonly (number | null | undefined)[],
  method: ClassMethod,
  k: number,
  options: ClassifyOptions = {},
): Classification | null {
  let manual: number[] | null = null;
  if (method === 'manual') {
    const v = validateBreaks(options.breaks ?? []);
    if (!v.ok) throw new RangeError(`manual breaks: ${breaksErrorMessage(v.error)}`);
    manual = v.breaks;
  }
  const xs = finiteValues(values).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const classes = Math.max(1, Math.min(Math.round(k), MAX_CLASSES));
  const min = xs[0]!;
  const max = xs[xs.length - 1]!;
  let breaks: number[];
  let extra: Pick<Classification, 'mean' | 'sd'> = {};
  if (manual) breaks = manual;
  else {
    if (method === 'stddev') {
      extra = { mean: ssMean(xs), sd: standardDeviation(xs) };
      breaks = stddevBreaks(extra.mean!, extra.sd!, classes);
    } else if (min === max || classes === 1) breaks = [];
    else if (method === 'equal') breaks = Array.from({ length: classes - 1 }, (_, i) => min + ((i + 1) * (max - min)) / classes);
    else if (method === 'jenks') {
      const clusters = ckmeans(xs, Math.min(classes, new Set(xs).size));
      breaks = clusters.slice(1).map((c) => c[0]!);
    } else breaks = Array.from({ length: classes - 1 }, (_, i) => quantileSorted(xs, (i + 1) / classes)!);
    breaks = [...new Set(breaks)].filter((b) => b > min && b <= max);
  }
  const counts = new Array<number>(breaks.length + 1).fill(0);
  for (const v of xs) counts[classIndex(v, breaks)]! += 1;
  return { method, breaks, min, max, counts, noData: values.length - xs.length, ...extra };
}

/** Breaks of the stddev method before clipping to the data range (see the module comment). sd 0 → no breaks. */
export function stddevBreaks(mean: number, sd: number, k: number): number[] {
  if (!(sd > 0) || k < 2) return [];
  const out: number[] = [];
  // k - 1 breaks, symmetric: offsets (in sd) -(k-2)/2 … +(k-2)/2 in steps of 1.
  for (let i = 0; i < k - 1; i++) out.push(mean + (i - (k - 2) / 2) * sd);
  return out;
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

/**
 * Lower and upper bound of every class for a legend: the data range at the outer ends, widened to a break that lies
 * outside it (manual breaks), so that "from" never exceeds "to".
 */
export function classBounds(c: Pick<Classification, 'breaks' | 'min' | 'max'>): { from: number; to: number }[] {
  const n = c.breaks.length;
  if (n === 0) return [{ from: c.min, to: c.max }];
  return Array.from({ length: n + 1 }, (_, i) => ({
    from: i === 0 ? Math.min(c.min, c.breaks[0]!) : c.breaks[i - 1]!,
    to: i === n ? Math.max(c.max, c.breaks[n - 1]!) : c.breaks[i]!,
  }));
}

export type BreaksError =
  | { code: 'empty' }
  | { code: 'not_finite'; index: number }
  | { code: 'not_ascending'; index: number; previous: number; value: number }
  | { code: 'too_few'; classes: number; min: number }
  | { code: 'too_many'; classes: number; max: number };

export type BreaksValidation = { ok: true; breaks: number[]; duplicatesRemoved: number } | { ok: false; error: BreaksError };

/**
 * Checks user-defined breaks: every value finite, ascending (equal neighbours are merged, not an error), and
 * 2–8 distinct breaks, i.e. 3–9 classes. Values are not reordered: a descending pair is reported, since it is more
 * likely a typo than an intention.
 */
export function validateBreaks(input: readonly number[], minClasses = MIN_CLASSES, maxClasses = MAX_CLASSES): BreaksValidation {
  if (input.length === 0) return { ok: false, error: { code: 'empty' } };
  const out: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const v = input[i]!;
    if (typeof v !== 'number' || !Number.isFinite(v)) return { ok: false, error: { code: 'not_finite', index: i } };
    const prev = out[out.length - 1];
    if (prev !== undefined && v < prev) return { ok: false, error: { code: 'not_ascending', index: i, previous: prev, value: v } };
    if (prev === undefined || v > prev) out.push(v);
  }
  const classes = out.length + 1;
  if (classes < minClasses) return { ok: false, error: { code: 'too_few', classes, min: minClasses } };
  if (classes > maxClasses) return { ok: false, error: { code: 'too_many', classes, max: maxClasses } };
  return { ok: true, breaks: out, duplicatesRemoved: input.length - out.length };
}

/** English message for a breaks error (the UI translates the codes itself). */
export function breaksErrorMessage(e: BreaksError): string {
  switch (e.code) {
    case 'empty':
      return 'no breaks given';
    case 'not_finite':
      return `break ${e.index + 1} is not a finite number`;
    case 'not_ascending':
      return `break ${e.index + 1} (${e.value}) is smaller than the one before it (${e.previous}); breaks must be ascending`;
    case 'too_few':
      return `${e.classes} classes; at least ${e.min} are needed (${e.min - 1} breaks)`;
    case 'too_many':
      return `${e.classes} classes; at most ${e.max} are allowed (${e.max - 1} breaks)`;
  }
}

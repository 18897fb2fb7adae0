/**
 * Histogram model: bins with the codes they hold, the bin of a value, and which codes an x-brush selects. Pure.
 * Bins follow d3.bin: [x0, x1) except the last, which includes its upper edge. A brush selects whole bins (those it
 * overlaps), so the highlighted bars and the selected units always agree.
 */
import { bin, extent } from 'd3';

export interface ValueItem {
  code: string;
  value: number | null | undefined;
}

export interface HistBin {
  x0: number;
  x1: number;
  count: number;
  codes: string[];
}

export interface Histogram {
  bins: HistBin[];
  /** [first bin's x0, last bin's x1] (nice numbers); one distinct value v gives one bin [v − 0.5, v + 0.5]. */
  domain: [number, number];
  /** Units without a finite value. */
  noData: number;
  maxCount: number;
}

/** Default number of bins: √n, between 5 and 40 (d3 may round to nice boundaries). */
export function defaultBinCount(n: number): number {
  return Math.max(5, Math.min(40, Math.ceil(Math.sqrt(n))));
}

export function histogram(items: readonly ValueItem[], binCount?: number): Histogram {
  const finite = items.filter((d): d is { code: string; value: number } => typeof d.value === 'number' && Number.isFinite(d.value));
  const noData = items.length - finite.length;
  if (finite.length === 0) return { bins: [], domain: [0, 1], noData, maxCount: 0 };
  const [lo, hi] = extent(finite, (d) => d.value) as [number, number];
  if (lo === hi) {
    const codes = finite.map((d) => d.code);
    return {
      bins: [{ x0: lo - 0.5, x1: hi + 0.5, count: codes.length, codes }],
      domain: [lo - 0.5, hi + 0.5],
      noData,
      maxCount: codes.length,
    };
  }
  // d3.bin with a count nices the domain: equal-width bins on round boundaries.
  const gen = bin<{ code: string; value: number }, number>()
    .value((d) => d.value)
    .thresholds(binCount ?? defaultBinCount(finite.length));
  const bins: HistBin[] = gen(finite).map((b) => ({ x0: b.x0!, x1: b.x1!, count: b.length, codes: b.map((d) => d.code) }));
  return { bins, domain: [bins[0]!.x0, bins[bins.length - 1]!.x1], noData, maxCount: Math.max(...bins.map((b) => b.count)) };
}

/** Index of the bin that holds `value`, or -1 (no data or outside the bins). */
export function binIndexOf(value: number | null | undefined, bins: readonly HistBin[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || bins.length === 0) return -1;
  const last = bins.length - 1;
  if (value < bins[0]!.x0 || value > bins[last]!.x1) return -1;
  for (let i = 0; i < last; i++) if (value < bins[i]!.x1) return i;
  return last;
}

export interface BrushResult {
  /** Indices of the bins the brushed range overlaps. */
  bins: number[];
  codes: string[];
  /** The brushed range snapped outward to bin edges (null when nothing is selected). */
  range: [number, number] | null;
}

/** Codes of every bin the data range [lo, hi] overlaps (order of the bins, then of the input). */
export function brushBins(bins: readonly HistBin[], lo: number, hi: number): BrushResult {
  const a = Math.min(lo, hi);
  const b = Math.max(lo, hi);
  const idx: number[] = [];
  if (a === b) {
    const i = binIndexOf(a, bins);
    if (i >= 0) idx.push(i);
  } else bins.forEach((bn, i) => bn.x1 > a && bn.x0 < b && idx.push(i));
  if (idx.length === 0) return { bins: [], codes: [], range: null };
  return {
    bins: idx,
    codes: idx.flatMap((i) => bins[i]!.codes),
    range: [bins[idx[0]!]!.x0, bins[idx[idx.length - 1]!]!.x1],
  };
}

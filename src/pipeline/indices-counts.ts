/**
 * Indices from researchers' own counts (the parsed long table of long-counts.ts), one region at a time so that a
 * caller can report progress and each region's intermediate data is garbage before the next.
 * Rules:
 * - the result equals one computeBatch over the whole input: seeds are derived per region from (seed, region
 *   code), so splitting by region changes no number; records come in order of first appearance of the region;
 * - own counts have no boundaries: the spatial indices (D(adj) rook and queen, D(w), D(s), SP) are not computable,
 *   with that reason;
 * - the focal group is BatchOptions.focalGroup, else BatchInput.focalGroup, else the first group (computeBatch).
 */
import { computeBatch, type BatchInput, type BatchOptions } from '../engine/batch';
import type { IndexValue } from '../engine/result';
import type { IndicesRecord } from './indices';

export const NO_BOUNDARIES: IndexValue = { ok: false, code: 'missing_spatial', reason: 'not computable: own counts have no boundaries' };

const SPATIAL = ['Dadj', 'Dw', 'Ds', 'SP'] as const;

/** Rows of each region, in order of first appearance (units, then excluded units). */
function regionRows(input: BatchInput): Map<string, { rows: number[]; excluded: number[] }> {
  const regions = new Map<string, { rows: number[]; excluded: number[] }>();
  const get = (code: string) => {
    let r = regions.get(code);
    if (!r) regions.set(code, (r = { rows: [], excluded: [] }));
    return r;
  };
  input.units.forEach((u, i) => get(u.regionCode).rows.push(i));
  (input.excluded ?? []).forEach((e, i) => get(e.regionCode).excluded.push(i));
  return regions;
}

/** The part of `input` that belongs to one region. */
function sliceRegion(input: BatchInput, part: { rows: number[]; excluded: number[] }): BatchInput {
  return {
    ...input,
    units: part.rows.map((i) => input.units[i]!),
    counts: input.counts.map((c) => Float64Array.from(part.rows, (i) => Number(c[i] ?? NaN))),
    excluded: part.excluded.map((i) => input.excluded![i]!),
    spatial: undefined,
  };
}

/** Number of regions in `input` (for progress totals). */
export function regionCount(input: BatchInput): number {
  return regionRows(input).size;
}

/** One record per region (rules above); `onRegion` is called after each region. */
export function computeOwnCounts(input: BatchInput, options: BatchOptions, onRegion?: () => void): IndicesRecord[] {
  const focalGroup = options.focalGroup ?? input.focalGroup ?? input.groups[0];
  const records: IndicesRecord[] = [];
  for (const part of regionRows(input).values()) {
    const [record] = computeBatch(sliceRegion(input, part), { ...options, focalGroup });
    for (const k of SPATIAL) if (!record!.twoGroup[k].ok) record!.twoGroup[k] = NO_BOUNDARIES;
    records.push(Object.assign(record!, { DadjQueen: NO_BOUNDARIES }));
    onRegion?.();
  }
  return records;
}

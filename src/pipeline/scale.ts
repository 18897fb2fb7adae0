/**
 * Segregation by scale, per gemeente: one index over its wijken and over its buurten, side by side (the app
 * charts it as a dumbbell per gemeente). Pure: buurt rows in, rows out.
 * Rules:
 * - both levels count the same people: the wijk table is the buurt table summed per wijk (wijk_code), so the gap
 *   buurt − wijk is the effect of the finer scale alone, not of different data (a buurt excluded for a missing
 *   value or a derived count below zero is missing at both levels). For D and M the buurt value is never below
 *   the wijk value (a coarser partition cannot be more uneven);
 * - indices: 'D', 'H', 'M' over all groups of the definition (for two groups D and H are the two-group D and H),
 *   and the two-group 'xPx', 'xPy', 'Gini', 'V', 'A' of the first (focal) group against the rest;
 * - expected values under random allocation (D, M, H) at both levels when `randomReplicates` > 0 (default 0:
 *   off), seeded per gemeente as in the batch;
 * - a value that is not computable is null and `reason` says why (prefixed with the level), never 0.
 */
import { computeBatch, type BatchInput, type BatchUnit, type RegionRecord } from '../engine/batch';
import { groupDefinitionFor, type GroupCounts } from '../engine/groups';
import type { IndexValue } from '../engine/result';
import type { SourceRow } from './indices';
import { countsOfRows } from './indices-rows';

export const SCALE_INDICES = ['D', 'H', 'M', 'xPx', 'xPy', 'Gini', 'V', 'A'] as const;
export type ScaleIndex = (typeof SCALE_INDICES)[number];

export interface ScaleRequest {
  group: string;
  /** Default 'D'. */
  index?: ScaleIndex;
  /** Only these gemeenten (default: all in the rows). */
  gemeenten?: readonly string[];
  /** Random-allocation replicates for the expected values (default 0 = off). */
  randomReplicates?: number;
  seed?: number;
}

export interface ScaleRow {
  /** Gemeente code and name. */
  code: string;
  name: string;
  index: ScaleIndex;
  /** The index over the gemeente's wijken (buurt counts summed per wijk). */
  wijk: number | null;
  /** The index over the gemeente's buurten. */
  buurt: number | null;
  /** buurt − wijk */
  gap: number | null;
  wijken: number;
  buurten: number;
  /** Buurten excluded (missing value, derived count below zero, no population). */
  buurtenExcluded: number;
  /** Expected value under random allocation (D, M, H only; null when switched off). */
  expectedWijk: number | null;
  expectedBuurt: number | null;
  reason: string | null;
}

export interface ScaleResult {
  group: string;
  index: ScaleIndex;
  rows: ScaleRow[];
  note: { nl: string; en: string };
}

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Buurt and wijk batch inputs over the same usable buurten (regions = gemeenten). */
function scaleInputs(gc: GroupCounts, byCode: ReadonlyMap<string, SourceRow>, wanted: ReadonlySet<string> | null) {
  const buurt: BatchUnit[] = [];
  const rows: number[] = [];
  const wijkRow = new Map<string, number>();
  const wijk: BatchUnit[] = [];
  const wijkOf: number[] = [];
  gc.units.forEach((code, i) => {
    const r = byCode.get(code)!;
    const gm = r.gemeente_code;
    const wk = text(r.wijk_code);
    if (!gm || !wk || (wanted && !wanted.has(gm))) return;
    const region = { regionCode: gm, regionName: r.gemeente_name ?? gm };
    buurt.push({ ...region, unitCode: code });
    rows.push(i);
    let w = wijkRow.get(wk);
    if (w === undefined) {
      wijkRow.set(wk, (w = wijk.length));
      wijk.push({ ...region, unitCode: wk });
    }
    wijkOf.push(w);
  });
  const buurtCounts = gc.counts.map((c) => Float64Array.from(rows, (i) => c[i]!));
  const wijkCounts = buurtCounts.map((c) => {
    const sums = new Float64Array(wijk.length);
    c.forEach((v, j) => (sums[wijkOf[j]!]! += v));
    return sums;
  });
  const excluded = gc.excluded.flatMap((e) => {
    const gm = byCode.get(e.code)?.gemeente_code;
    return gm && (!wanted || wanted.has(gm)) ? [{ regionCode: gm, unitCode: e.code, reason: e.reason }] : [];
  });
  const base = { groups: gc.groups, approximate: gc.approximate };
  const buurtInput: BatchInput = { ...base, units: buurt, counts: buurtCounts, excluded };
  const wijkInput: BatchInput = { ...base, units: wijk, counts: wijkCounts };
  return { buurtInput, wijkInput };
}

function valueOf(r: RegionRecord | undefined, index: ScaleIndex): IndexValue | null {
  if (!r) return null;
  if (index === 'D' || index === 'H' || index === 'M') return r.multigroup[index];
  return r.twoGroup[index];
}

function expectedOf(r: RegionRecord | undefined, index: ScaleIndex): number | null {
  if (!r?.expected || (index !== 'D' && index !== 'H' && index !== 'M')) return null;
  return r.expected[index];
}

/** One row per gemeente (code order): the index over its wijken and over its buurten (rules above). */
export function scaleComparison(rows: readonly SourceRow[], request: ScaleRequest): ScaleResult {
  const def = groupDefinitionFor(request.group, 'buurt');
  if (!def) throw new Error(`Unknown group definition "${request.group}" at buurt level`);
  const index = request.index ?? 'D';
  const gc = countsOfRows(def, rows);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const { buurtInput, wijkInput } = scaleInputs(gc, byCode, request.gemeenten ? new Set(request.gemeenten) : null);
  const options = { bootstrapReplicates: 0, randomReplicates: request.randomReplicates ?? 0, seed: request.seed };
  const wijk = new Map(computeBatch(wijkInput, options).map((r) => [r.regionCode, r]));
  const out = computeBatch(buurtInput, options).map((b): ScaleRow => {
    const w = wijk.get(b.regionCode);
    const bv = valueOf(b, index);
    const wv = valueOf(w, index);
    const reasons = [
      wv && !wv.ok ? `wijk: ${wv.reason}` : w ? null : 'wijk: no wijk with usable buurten',
      bv && !bv.ok ? `buurt: ${bv.reason}` : null,
    ].filter((x): x is string => x !== null);
    const wijkValue = wv?.ok ? wv.value : null;
    const buurtValue = bv?.ok ? bv.value : null;
    return {
      code: b.regionCode,
      name: b.regionName,
      index,
      wijk: wijkValue,
      buurt: buurtValue,
      gap: wijkValue !== null && buurtValue !== null ? buurtValue - wijkValue : null,
      wijken: w?.unitsUsed ?? 0,
      buurten: b.unitsUsed,
      buurtenExcluded: b.unitsTotal - b.unitsUsed,
      expectedWijk: expectedOf(w, index),
      expectedBuurt: expectedOf(b, index),
      reason: reasons.length > 0 ? reasons.join(' | ') : null,
    };
  });
  out.sort((a, b) => a.code.localeCompare(b.code));
  return { group: def.id, index, rows: out, note: gc.note };
}

/**
 * What is particular to indices over buurten (used by indices.ts; imports nothing from it):
 * - regions are gemeenten (units = their buurten), or wijken with `within: 'wijk'` (units = the buurten of a wijk);
 * - buurten have no boundaries in the embedded data: the spatial indices (Morrill D(adj) rook and queen, Wong D(w),
 *   D(s), White's SP) are not computable, with that reason, and never 0;
 * - a unit whose derived count fell below zero after CBS rounding (e.g. 15–64 = population − 0–14 − 65+) is
 *   excluded before counting, and the region's warnings count such units (`negative_derived_count`).
 */
import type { RegionRecord } from '../engine/batch';
import type { EngineWarning, IndexValue } from '../engine/result';
import type { UnitIdentity } from '../data/queries';

export type BuurtWithin = 'gemeente' | 'wijk';

export const NO_BUURT_BOUNDARIES: IndexValue = {
  ok: false,
  code: 'missing_spatial',
  reason: 'not computable: buurten have no boundaries in the embedded data',
};

/** The spatial two-group indices, set to NO_BUURT_BOUNDARIES in buurt records. */
export const SPATIAL_INDICES = ['Dadj', 'Dw', 'Ds', 'SP'] as const;

/** What the blank spatial columns of a buurt result mean (for export metadata). */
export const BUURT_NOT_COMPUTED: Readonly<Record<string, string>> = {
  'Dadj_rook, Dadj_queen, Dw, Ds, SP': 'not computed: buurten have no boundaries in the embedded data (blank, never 0)',
};

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The region of a buurt row: its gemeente, or its wijk with `within = 'wijk'` (none when the code is missing). */
export function buurtRegion(row: UnitIdentity, within: BuurtWithin): { regionCode: string; regionName: string }[] {
  const code = within === 'wijk' ? text(row.wijk_code) : row.gemeente_code;
  const name = within === 'wijk' ? text(row.wijk_name) : row.gemeente_name;
  return code ? [{ regionCode: code, regionName: name ?? code }] : [];
}

/** The warning of a region with `count` units excluded for a derived count below zero. */
export function negativeRemainderWarning(count: number): EngineWarning {
  return {
    code: 'negative_derived_count',
    message: `${count} unit(s) excluded: a derived count (e.g. 15–64 = population − 0–14 − 65+) fell below zero after CBS rounding to 5`,
    count,
  };
}

/** A buurt record: spatial indices not computable (no boundaries), and the negative-remainder exclusions counted. */
export function asBuurtRecord<R extends RegionRecord & { DadjQueen: IndexValue }>(
  record: R,
  negative: number,
): R & { negativeRemainders: number } {
  for (const k of SPATIAL_INDICES) record.twoGroup[k] = NO_BUURT_BOUNDARIES;
  record.DadjQueen = NO_BUURT_BOUNDARIES;
  if (negative > 0) record.warnings.push(negativeRemainderWarning(negative));
  return Object.assign(record, { negativeRemainders: negative });
}

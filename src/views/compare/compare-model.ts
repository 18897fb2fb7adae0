/**
 * Compare model: two areas of the same level side by side, per variable the pinned area's value, the selected
 * area's value and the difference (selected − pinned). Shares differ in percentage points, other units keep their
 * own unit. Pure; inputs are the detail rows of both areas (detail-model.ts).
 */
import type { Unit } from '../../data/variables';
import type { DetailRow } from '../explore/detail-model';

export interface CompareRow {
  id: string;
  label: DetailRow['label'];
  unit: Unit;
  /** The pinned area's value in the year (null = no data). */
  pinned: number | null;
  /** The selected area's value. */
  selected: number | null;
  /** selected − pinned; null when either is missing. */
  diff: number | null;
  /** Unit of the difference: 'pp' for shares, else the variable's unit. */
  diffUnit: Unit;
}

/** The unit a difference is expressed in: percentage points for percentages. */
export function differenceUnit(unit: Unit): Unit {
  return unit === 'percent' ? 'pp' : unit;
}

/** One row per variable either area has a value for in the year, in the order of the selected area's rows, then the pinned area's rest. */
export function buildCompareRows(pinned: readonly DetailRow[], selected: readonly DetailRow[]): CompareRow[] {
  const byId = new Map(pinned.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const out: CompareRow[] = [];
  const add = (base: DetailRow, a: number | null, b: number | null) => {
    seen.add(base.id);
    if (a === null && b === null) return; // neither area has a value in this year
    out.push({
      id: base.id,
      label: base.label,
      unit: base.unit,
      pinned: a,
      selected: b,
      diff: a !== null && b !== null ? b - a : null,
      diffUnit: differenceUnit(base.unit),
    });
  };
  for (const r of selected) add(r, byId.get(r.id)?.value ?? null, r.value);
  for (const r of pinned) if (!seen.has(r.id)) add(r, r.value, null);
  return out;
}

/**
 * A decoded statistics table read as plain arrays, once per table and shared by its readers (ArrowValues,
 * ArrowRows, nameRows): a column's values by row (text stays text, everything else a number, missing → null), and
 * each year's row positions in code order (as `ORDER BY code`; ties keep table order). Arrow's per-value reads,
 * with UTF-8 decoding for text, are what is slow; the tables never change, so nothing is read twice.
 */
import type { Table } from 'apache-arrow';

export type Cell = string | number | null;

const columns = new WeakMap<Table, Map<string, readonly Cell[] | null>>();
const years = new WeakMap<Table, ReadonlyMap<number, readonly number[]>>();

/** The values of column `name` by row; null when the table has no such column. */
export function column(t: Table, name: string): readonly Cell[] | null {
  let perTable = columns.get(t);
  if (!perTable) columns.set(t, (perTable = new Map()));
  if (perTable.has(name)) return perTable.get(name)!;
  const col = t.getChild(name);
  let out: Cell[] | null = null;
  if (col) {
    out = new Array<Cell>(t.numRows);
    for (let i = 0; i < out.length; i++) {
      const v = col.get(i) as unknown;
      out[i] = v === null || v === undefined ? null : typeof v === 'string' ? v : Number(v);
    }
  }
  perTable.set(name, out);
  return out;
}

/** Row positions of each year, ordered by code. */
export function yearPositions(t: Table): ReadonlyMap<number, readonly number[]> {
  const known = years.get(t);
  if (known) return known;
  const year = column(t, 'year') ?? [];
  const code = column(t, 'code') ?? [];
  const by = new Map<number, number[]>();
  year.forEach((y, i) => {
    if (typeof y !== 'number') return;
    let list = by.get(y);
    if (!list) by.set(y, (list = []));
    list.push(i);
  });
  for (const list of by.values()) list.sort((a, b) => compare(code[a], code[b]));
  years.set(t, by);
  return by;
}

function compare(a: Cell | undefined, b: Cell | undefined): number {
  const x = String(a ?? '');
  const y = String(b ?? '');
  return x < y ? -1 : x > y ? 1 : 0;
}

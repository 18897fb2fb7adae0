/**
 * The embedded gemeente and wijk rows straight from a decoded Arrow table, so the views and the engine need not
 * wait for DuckDB-WASM nor pay for a round trip to its worker (which on two cores competes with the map):
 * - `rows`: a level's units in one year with some variables, as StatsRepository.rows (the identity columns, null
 *   where the table lacks them, then every asked variable the table has, as a number or null, ordered by code);
 * - `all` and `unit`: every column, as StatsRepository.all and .unit (`SELECT *`: the table's column order, text
 *   as text and everything else as a number or null; ordered by year and code).
 * A unit test checks all three equal DuckDB's answers.
 * Columns are read once per table and kept; each year's row positions are found once.
 */
import type { Table } from 'apache-arrow';
import type { UnitRecord } from './queries';

const IDENTITY = ['code', 'name', 'gemeente_code', 'gemeente_name', 'province_code', 'province_name'] as const;

export class ArrowRows {
  private readonly columns = new Map<string, readonly (string | number | null)[]>();
  private byYear: Map<number, number[]> | null = null;

  constructor(private readonly table: Table) {}

  has(variable: string): boolean {
    return this.table.getChild(variable) !== null;
  }

  /** A column's values by row (strings stay strings, numbers become numbers, missing → null); null if absent. */
  private column(name: string): readonly (string | number | null)[] | null {
    const known = this.columns.get(name);
    if (known) return known;
    const col = this.table.getChild(name);
    if (!col) return null;
    const out = new Array<string | number | null>(this.table.numRows);
    for (let i = 0; i < out.length; i++) {
      const v = col.get(i) as unknown;
      out[i] = v === null || v === undefined ? null : typeof v === 'string' ? v : Number(v);
    }
    this.columns.set(name, out);
    return out;
  }

  /** Every column of the rows at `positions`, as `SELECT *` gives them. */
  private records(positions: readonly number[]): UnitRecord[] {
    const cols = this.table.schema.fields.map((f) => [f.name, this.column(f.name)!] as const);
    return positions.map((i) => {
      const r: Record<string, string | number | null> = {};
      for (const [name, col] of cols) r[name] = col[i]!;
      return r as unknown as UnitRecord;
    });
  }

  /** Every row, all years and columns, ordered by year and code (StatsRepository.all). */
  all(): UnitRecord[] {
    const years = [...this.years()].sort((a, b) => a[0] - b[0]);
    return this.records(years.flatMap(([, positions]) => positions));
  }

  /** One unit's rows, all years and columns, ordered by year (StatsRepository.unit). */
  unit(code: string): UnitRecord[] {
    const codes = this.column('code') ?? [];
    const years = this.column('year') ?? [];
    const positions: number[] = [];
    codes.forEach((c, i) => c === code && positions.push(i));
    return this.records(positions.sort((a, b) => Number(years[a]) - Number(years[b])));
  }

  /** Row positions of each year, ordered by code (as `ORDER BY code`). */
  private years(): Map<number, number[]> {
    if (this.byYear) return this.byYear;
    const year = this.column('year') ?? [];
    const code = this.column('code') ?? [];
    const by = new Map<number, number[]>();
    year.forEach((y, i) => {
      if (typeof y !== 'number') return;
      let list = by.get(y);
      if (!list) by.set(y, (list = []));
      list.push(i);
    });
    for (const list of by.values()) list.sort((a, b) => compare(code[a], code[b]));
    this.byYear = by;
    return by;
  }

  /** Rows of `year` with `variables` (those the table has), like StatsRepository.rows. */
  rows(year: number, variables: readonly string[]): UnitRecord[] {
    const positions = this.years().get(Math.trunc(year)) ?? [];
    const identity = IDENTITY.map((c) => [c, this.column(c)] as const);
    const vars = [...new Set(variables)].filter((v) => v !== 'year' && !(IDENTITY as readonly string[]).includes(v));
    const values = vars.map((v) => [v, this.column(v)] as const).filter((e): e is [string, (string | number | null)[]] => e[1] !== null);
    return positions.map((i) => {
      const r: Record<string, string | number | null> = { year: Math.trunc(year) };
      for (const [c, col] of identity) r[c] = col ? col[i]! : null;
      for (const [v, col] of values) {
        const x = col[i]!;
        r[v] = x === null ? null : Number(x);
      }
      return r as UnitRecord;
    });
  }
}

function compare(a: string | number | null | undefined, b: string | number | null | undefined): number {
  const x = String(a ?? '');
  const y = String(b ?? '');
  return x < y ? -1 : x > y ? 1 : 0;
}

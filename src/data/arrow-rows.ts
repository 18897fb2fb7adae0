/**
 * The embedded gemeente and wijk rows straight from a decoded Arrow table, so the views and the engine need not
 * wait for DuckDB-WASM nor pay for a round trip to its worker (which on two cores competes with the map):
 * - `rows`: a level's units in one year with some variables, as StatsRepository.rows (the identity columns, null
 *   where the table lacks them, then every asked variable the table has, as a number or null, ordered by code);
 * - `all` and `unit`: every column, as StatsRepository.all and .unit (`SELECT *`: the table's column order, text
 *   as text and everything else as a number or null; ordered by year and code).
 * A unit test checks all three equal DuckDB's answers.
 * Columns and each year's row positions are read once per table (table-columns.ts, shared with ArrowValues).
 */
import type { Table } from 'apache-arrow';
import type { UnitRecord } from './queries';
import { column, yearPositions, type Cell } from './table-columns';

const IDENTITY = ['code', 'name', 'gemeente_code', 'gemeente_name', 'province_code', 'province_name'] as const;

export class ArrowRows {
  constructor(private readonly table: Table) {}

  has(variable: string): boolean {
    return this.table.getChild(variable) !== null;
  }

  private column(name: string): readonly Cell[] | null {
    return column(this.table, name);
  }

  /** Every column of the rows at `positions`, as `SELECT *` gives them. */
  private records(positions: readonly number[]): UnitRecord[] {
    const cols = this.table.schema.fields.map((f) => [f.name, this.column(f.name)!] as const);
    return positions.map((i) => {
      const r: Record<string, Cell> = {};
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

  private years(): ReadonlyMap<number, readonly number[]> {
    return yearPositions(this.table);
  }

  /** Rows of `year` with `variables` (those the table has), like StatsRepository.rows. */
  rows(year: number, variables: readonly string[]): UnitRecord[] {
    const positions = this.years().get(Math.trunc(year)) ?? [];
    const identity = IDENTITY.map((c) => [c, this.column(c)] as const);
    const vars = [...new Set(variables)].filter((v) => v !== 'year' && !(IDENTITY as readonly string[]).includes(v));
    const values = vars.map((v) => [v, this.column(v)] as const).filter((e): e is [string, readonly Cell[]] => e[1] !== null);
    return positions.map((i) => {
      const r: Record<string, Cell> = { year: Math.trunc(year) };
      for (const [c, col] of identity) r[c] = col ? col[i]! : null;
      for (const [v, col] of values) {
        const x = col[i]!;
        r[v] = x === null ? null : Number(x);
      }
      return r as UnitRecord;
    });
  }
}

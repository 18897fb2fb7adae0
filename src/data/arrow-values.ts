/**
 * Answers the map's one hot question — values of a variable for a level/year — straight from the decoded Arrow
 * tables, so the first choropleth need not wait for DuckDB-WASM to instantiate and a later switch costs no round
 * trip to the DuckDB worker. Same contract and order as StatsRepository.values (a unit test checks they agree for
 * every variable); everything else goes through DuckDB.
 */
import type { Table } from 'apache-arrow';
import type { Level } from './catalog';
import { isUnitCode, type UnitValue } from './queries';
import { column, yearPositions } from './table-columns';

/** The identity columns a value carries (read once per table: table-columns.ts). */
const IDENTITY = ['code', 'name', 'gemeente_code', 'gemeente_name'] as const;

export class ArrowValues {
  constructor(private readonly tables: ReadonlyMap<Level, Table>) {}

  has(level: Level): boolean {
    return this.tables.has(level);
  }

  values(level: Level, year: number, variable: string, gemeente?: string): UnitValue[] {
    if (!Number.isInteger(year)) throw new Error(`Invalid year ${year}`);
    if (gemeente !== undefined && !isUnitCode(gemeente)) throw new Error(`Invalid gemeente code "${gemeente}"`);
    const t = this.tables.get(level);
    if (!t) throw new Error(`No statistics loaded for level ${level}`);
    const col = t.getChild(variable);
    if (!col || ['year', 'code', 'name', 'gemeente_code', 'gemeente_name', 'province_code', 'province_name'].includes(variable)) {
      throw new Error(`Unknown variable "${variable}" for level ${level}`);
    }
    const [codes, names, gms, gmNames] = IDENTITY.map((c) => column(t, c));
    const out: UnitValue[] = [];
    for (const i of yearPositions(t).get(year) ?? []) {
      const gm = (gms?.[i] as string | null | undefined) ?? null;
      if (gemeente && gm !== gemeente) continue;
      const v = col.get(i) as number | null;
      out.push({
        code: codes![i] as string,
        name: names![i] as string,
        gemeente_code: gm,
        gemeente_name: (gmNames?.[i] as string | null | undefined) ?? null,
        value: v === null || v === undefined ? null : Number(v),
      });
    }
    return out;
  }
}

/** Code, name and gemeente of every row of a decoded statistics table (the search index is built from these). */
export interface NameRow {
  code: string;
  name: string;
  gemeente_code: string | null;
  gemeente_name: string | null;
  year: number | null;
}

export function nameRows(t: Table): NameRow[] {
  const [codes, names, gms, gmNames] = IDENTITY.map((c) => column(t, c));
  const years = column(t, 'year');
  const out: NameRow[] = new Array(t.numRows);
  for (let i = 0; i < t.numRows; i++) {
    out[i] = {
      code: codes![i] as string,
      name: names![i] as string,
      gemeente_code: (gms?.[i] as string | null | undefined) ?? null,
      gemeente_name: (gmNames?.[i] as string | null | undefined) ?? null,
      year: (years?.[i] as number | null | undefined) ?? null,
    };
  }
  return out;
}

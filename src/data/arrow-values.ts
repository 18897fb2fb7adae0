/**
 * Answers the map's one hot question — values of a variable for a level/year — straight from the decoded Arrow
 * tables, so the first choropleth need not wait for DuckDB-WASM to instantiate and a later switch costs no round
 * trip to the DuckDB worker. Same contract and order as StatsRepository.values (a unit test checks they agree for
 * every variable); everything else goes through DuckDB.
 */
import type { Table } from 'apache-arrow';
import type { Level } from './catalog';
import { isUnitCode, type UnitValue } from './queries';

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
    const { rows, byYear } = identity(t);
    const out: UnitValue[] = [];
    for (const i of byYear.get(year) ?? []) {
      const r = rows[i]!;
      if (gemeente && r.gemeente_code !== gemeente) continue;
      const v = col.get(i) as number | null;
      out.push({
        code: r.code,
        name: r.name,
        gemeente_code: r.gemeente_code,
        gemeente_name: r.gemeente_name,
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

/** Every row's identity, and per year its rows in code order: read once per table (its strings decode slowly). */
interface Identity {
  rows: readonly NameRow[];
  byYear: ReadonlyMap<number, readonly number[]>;
}

const identities = new WeakMap<Table, Identity>();

function identity(t: Table): Identity {
  let id = identities.get(t);
  if (id) return id;
  const rows = readNames(t);
  const byYear = new Map<number, number[]>();
  rows.forEach((r, i) => {
    if (r.year === null) return;
    let list = byYear.get(r.year);
    if (!list) byYear.set(r.year, (list = []));
    list.push(i);
  });
  for (const list of byYear.values()) list.sort((a, b) => compare(rows[a]!.code, rows[b]!.code)); // stable: ties keep table order
  identities.set(t, (id = { rows, byYear }));
  return id;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function nameRows(t: Table): NameRow[] {
  return identity(t).rows.slice();
}

function readNames(t: Table): NameRow[] {
  const [years, codes, names] = [t.getChild('year'), t.getChild('code')!, t.getChild('name')!];
  const [gms, gmNames] = [t.getChild('gemeente_code'), t.getChild('gemeente_name')];
  const out: NameRow[] = new Array(t.numRows);
  for (let i = 0; i < t.numRows; i++) {
    out[i] = {
      code: codes.get(i) as string,
      name: names.get(i) as string,
      gemeente_code: (gms?.get(i) as string | null | undefined) ?? null,
      gemeente_name: (gmNames?.get(i) as string | null | undefined) ?? null,
      year: (years?.get(i) as number | null | undefined) ?? null,
    };
  }
  return out;
}

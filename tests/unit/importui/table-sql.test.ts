/**
 * The import table SQL, run on the real engine (duckdb-wasm's blocking Node build): the buurt fixture becomes a
 * table whose rows and values equal the parser's result; hostile file and column names stay data (quoted); names
 * differing only in case get a suffix; only import tables can be dropped.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/data/db/db';
import { openNodeDb } from '../../../src/data/db/duckdb-node';
import { importFile, type ImportResult } from '../../../src/data/import';
import { createTableSql, dropTableSql, tableName, valueColumns } from '../../../src/features/import/table-sql';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(async () => db?.close());

const read = (p: string): ImportResult => importFile(p.split('/').pop()!, new Uint8Array(readFileSync(p)));
async function run(statements: readonly string[]) {
  for (const s of statements) await db.query(s);
}

describe('table name', () => {
  it('slugs the file name and keeps it unique', () => {
    expect(tableName('kwb-2024-buurten-bunnik.csv', [])).toBe('import_kwb_2024_buurten_bunnik');
    expect(tableName('kwb-2024-buurten-bunnik.csv', ['import_kwb_2024_buurten_bunnik'])).toBe('import_kwb_2024_buurten_bunnik_2');
    expect(tableName('Ürk "x"; DROP TABLE stats_wijk;--.csv', [])).toBe('import_urk_x_drop_table_stats_wijk');
    expect(tableName('.csv', [])).toBe('import_file');
  });
});

describe('create table', () => {
  it('puts the buurt fixture into DuckDB with the parser’s rows and values', async () => {
    const r = read('tests/fixtures/import/kwb-2024-buurten-bunnik.csv');
    expect(r.ok).toBe(true);
    const table = tableName(r.fileName, []);
    await run(createTableSql(table, r));
    const [count] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
    expect(count!.n).toBe(r.rows.buurt.length);
    const rows = await db.query(`SELECT * FROM ${table} ORDER BY code`);
    const byCode = new Map(r.rows.buurt.map((x) => [x.code, x]));
    for (const row of rows) {
      const src = byCode.get(String(row.code))!;
      expect(row.level).toBe('buurt');
      expect(row.name).toBe(src.name);
      expect(row.gemeente_code).toBe(src.gemeenteCode);
      expect(row.wijk_code).toBe(src.wijkCode);
      expect(row.year).toBe(r.year);
      for (const [k, v] of Object.entries(src.values)) expect(row[k], `${src.code} ${k}`).toBe(v);
      for (const [k, v] of Object.entries(src.other)) expect(row[k], `${src.code} ${k}`).toBe(v);
    }
  });

  it('quotes hostile names and keeps case-insensitive duplicates apart', async () => {
    const r: ImportResult = {
      fileName: 'x.csv',
      format: 'csv',
      kind: 'statistics',
      ok: true,
      year: null,
      rows: {
        gemeente: [
          {
            code: "GM0'1",
            name: '=cmd|"x";--',
            level: 'gemeente',
            wijkCode: null,
            gemeenteCode: null,
            values: { population: 5 },
            other: { 'a"b; DROP TABLE t': 1.5, Code: 2, POPULATION: Number.NaN },
            line: 2,
          },
        ],
        wijk: [],
        buurt: [],
      },
      mapped: [{ source: 'a_inw', variable: 'population', how: 'direct' }],
      unmapped: [],
      features: [],
      crs: null,
      messages: [],
    };
    const cols = valueColumns(r).map((c) => c.name);
    expect(cols).toEqual(['population', 'a"b; DROP TABLE t', 'Code_2', 'POPULATION_2']);
    const table = 'import_weird "name"';
    await run(createTableSql(table, r));
    const [row] = await db.query(`SELECT * FROM "import_weird ""name"""`);
    expect(row).toMatchObject({
      code: "GM0'1",
      name: '=cmd|"x";--',
      population: 5,
      'a"b; DROP TABLE t': 1.5,
      Code_2: 2,
      POPULATION_2: null,
    });
  });

  it('drops only import tables', async () => {
    await run(['CREATE TABLE import_gone (x INTEGER)', dropTableSql('import_gone')]);
    expect(await db.query(`SELECT * FROM information_schema.tables WHERE table_name = 'import_gone'`)).toHaveLength(0);
    expect(() => dropTableSql('stats_wijk')).toThrow();
  });
});

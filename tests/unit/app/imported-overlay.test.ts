/**
 * The data service's imported overlay on the real engine (duckdb-wasm's blocking Node build): the Bunnik wijk file
 * (a_pau mapped by hand as a new variable) becomes an import table; the overlay answers map values and statistics
 * rows for it from that table, laid over embedded values, and hands embedded questions through unchanged.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportedOverlay } from '../../../src/app/imported-overlay';
import type { Catalog } from '../../../src/data/catalog';
import type { Db } from '../../../src/data/db/db';
import { openNodeDb } from '../../../src/data/db/duckdb-node';
import { importFile } from '../../../src/data/import';
import type { UnitRecord, UnitValue } from '../../../src/data/queries';
import { VARIABLE_IDS, variableById } from '../../../src/data/variables';
import { customId, overlaySource, type OverlaySource } from '../../../src/features/import/overlay-model';
import { createTableSql } from '../../../src/features/import/table-sql';

const FILE = 'tests/fixtures/import/kwb-2024-wijken-bunnik-autos.csv';
const TABLE = 'import_kwb_2024_wijken_bunnik_autos';
const CARS = customId(TABLE, 'a_pau');
/** The file's own values, read independently of the parser. */
const lines = readFileSync(FILE, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(';'));
const fileValue = (code: string, col: number) => Number(lines.find((l) => l[0] === code)![col]);

let db: Db;
let source: OverlaySource;
let changes = 0;
let overlay: ImportedOverlay;
beforeAll(async () => {
  db = await openNodeDb();
  const r = importFile('kwb-2024-wijken-bunnik-autos.csv', new Uint8Array(readFileSync(FILE)));
  for (const s of createTableSql(TABLE, r)) await db.query(s);
  source = overlaySource(
    { id: 'x', fileName: 'kwb-2024-wijken-bunnik-autos.csv', table: TABLE },
    r,
    [{ source: 'a_pau', variable: null, custom: { label: "Personenauto's", kind: 'count' } }],
    new Set(VARIABLE_IDS),
  )!;
  overlay = new ImportedOverlay({
    query: (sql) => db.query(sql),
    runSql: async () => undefined,
    onChange: () => changes++,
    knownCodes: async () => null,
  });
  overlay.use([source]);
});
afterAll(async () => db?.close());

const BASE: Catalog = {
  levels: ['gemeente', 'wijk'],
  geometry: { wijk: [2024] },
  variables: [{ ...variableById('population')!, availability: { wijk: [2022, 2024] }, sources: [] }],
};
const unit = (code: string, value: number | null): UnitValue => ({
  code,
  name: `e${code}`,
  gemeente_code: 'GM0312',
  gemeente_name: 'Bunnik',
  value,
});
const EMBEDDED: Record<string, UnitValue[]> = {
  population: [unit('WK031200', 1), unit('WK031201', 2), unit('WK031202', 3), unit('WK034400', 4)],
};
const embedded = async (v: string): Promise<UnitValue[]> => {
  if (!EMBEDDED[v]) throw new Error(`Unknown variable "${v}"`);
  return EMBEDDED[v].map((u) => ({
    ...u,
    gemeente_code: u.code === 'WK034400' ? 'GM0344' : u.code.startsWith('WK0312') ? 'GM0312' : null,
  }));
};

describe('imported overlay', () => {
  it('tells the service once when the imports change', () => {
    expect(changes).toBe(1);
    overlay.use([source]);
    expect(changes).toBe(1);
  });

  it('extends the catalogue with the imported variable and the hand-mapped one', () => {
    const cat = overlay.catalog(BASE);
    expect(overlay.catalog(BASE)).toBe(cat);
    expect(cat.variables.map((v) => v.id)).toEqual(['population', CARS]);
    expect(cat.variables[1]!.availability).toEqual({ wijk: [2024] });
  });

  it('answers map values of the new variable from the import table, over every embedded wijk of the year', async () => {
    const v = await overlay.values(BASE, 'wijk', 2024, CARS, undefined, embedded);
    expect(v.map((u) => [u.code, u.value])).toEqual([
      ['WK031200', fileValue('WK031200', 5)],
      ['WK031201', fileValue('WK031201', 5)],
      ['WK031202', fileValue('WK031202', 5)],
      ['WK034400', null],
    ]);
    expect(v[0]).toMatchObject({ name: 'eWK031200', gemeente_name: 'Bunnik' });
    const gm = await overlay.values(BASE, 'wijk', 2024, CARS, 'GM0312', async (x) =>
      (await embedded(x)).filter((u) => u.gemeente_code === 'GM0312'),
    );
    expect(gm.map((u) => u.value)).toEqual([3325, 2960, 1360]);
  });

  it('lets the import win over the embedded value of the same variable, level and year', async () => {
    const v = await overlay.values(BASE, 'wijk', 2024, 'population', undefined, embedded);
    expect(v.map((u) => u.value)).toEqual([fileValue('WK031200', 4), fileValue('WK031201', 4), fileValue('WK031202', 4), 4]);
    // another year: the embedded values untouched
    expect((await overlay.values(BASE, 'wijk', 2022, 'population', undefined, embedded)).map((u) => u.value)).toEqual([1, 2, 3, 4]);
  });

  it('lays the imported columns over the statistics rows (engine, table, detail)', async () => {
    const rows: UnitRecord[] = [
      {
        code: 'WK031200',
        name: 'a',
        year: 2024,
        gemeente_code: 'GM0312',
        gemeente_name: 'Bunnik',
        province_code: 'PV26',
        province_name: 'Utrecht',
        population: 1,
      },
    ];
    const out = await overlay.records('wijk', { year: 2024 }, ['population', CARS, 'households'], async () => rows);
    expect(out.map((r) => [r.code, r.population, r[CARS], r.households])).toEqual([
      ['WK031200', 7350, 3325, null],
      ['WK031201', 6125, 2960, null],
      ['WK031202', 2640, 1360, null],
    ]);
    expect(out[0]!.province_code).toBe('PV26');
    const one = await overlay.records('wijk', { code: 'WK031202' }, null, async () => []);
    expect(one).toHaveLength(1);
    expect(one[0]![CARS]).toBe(1360);
    expect(await overlay.records('gemeente', {}, null, async () => rows)).toEqual(rows);
  });

  it('forgets a removed import', async () => {
    overlay.use([]);
    expect(overlay.catalog(BASE)).toBe(BASE);
    await expect(overlay.values(BASE, 'wijk', 2024, CARS, undefined, embedded)).rejects.toThrow('Unknown variable');
  });
});

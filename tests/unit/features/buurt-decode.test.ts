import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, prepareSearchItems, searchIndexOf, type SearchItem } from '../../../src/app/search-index';
import { openNodeDb } from '../../../src/data/db/duckdb-node';
import type { Db } from '../../../src/data/db/db';
import { decodeStats, StatsRepository, type UnitRecord } from '../../../src/data/queries';
import { buurtSearchEntries, decodeBuurtNames, decodeBuurtRows, NAME_COLUMNS } from '../../../src/features/buurt/buurt-decode';
import { identitiesOf, packItems, unpackItems } from '../../../src/features/buurt/buurt-items';

const buf = (p: string): ArrayBuffer => {
  const b = readFileSync(p);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

let db: Db;
let fromDuck: UnitRecord[];
let fromWorker: UnitRecord[];

beforeAll(async () => {
  db = await openNodeDb();
  const repo = new StatsRepository(db);
  await repo.loadDecoded('buurt', await decodeStats('buurt', buf('data/stats/buurt.parquet')));
  fromDuck = await repo.all('buurt');
  fromWorker = await decodeBuurtRows(buf('data/stats/buurt.parquet'));
}, 60_000);
afterAll(async () => db?.close());

describe('buurt rows decoded in the buurt worker (no DuckDB)', () => {
  it('equal StatsRepository.all("buurt"): values, key order and row order', () => {
    expect(fromWorker.length).toBeGreaterThan(10_000);
    expect(fromWorker.length).toBe(fromDuck.length);
    expect(fromWorker).toEqual(fromDuck);
    expect(JSON.stringify(fromWorker)).toBe(JSON.stringify(fromDuck));
  });

  it("arrive on the main thread (packed as JSON chunks, parsed a chunk per task) still equal to DuckDB's", async () => {
    const packed = packItems(fromWorker);
    expect(packed.length).toBeGreaterThan(5);
    expect(await unpackItems<UnitRecord>(structuredClone(packed), async () => undefined)).toEqual(fromDuck);
  });

  it('search over items sent packed from the worker answers like an index built at once; identities name every buurt', async () => {
    const direct = buildSearchIndex(buurtSearchEntries(fromDuck));
    const packed = packItems(prepareSearchItems(buurtSearchEntries(await decodeBuurtNames(buf('data/stats/buurt.parquet')))));
    expect(packed.length).toBeGreaterThan(1);
    let yields = 0;
    const items = await unpackItems<SearchItem>(structuredClone(packed), async () => void yields++);
    expect(yields).toBe(packed.length);
    const sent = searchIndexOf(items);
    expect(sent.size).toBe(direct.size);
    for (const q of ['Nieuwland', 'centrum', 'BU0599', 'oude westen rotterdam', "'t Zand"])
      expect(sent.search(q, 20)).toEqual(direct.search(q, 20));
    expect(sent.search('Nieuwland', 5).some((r) => r.level === 'buurt' && r.name.includes('Nieuwland'))).toBe(true);
    const ids = new Map(identitiesOf(items).map((r) => [r.code, r]));
    expect(ids.size).toBe(new Set(fromDuck.map((r) => r.code)).size);
    for (const d of fromDuck) {
      const r = ids.get(d.code)!;
      expect([r.name, r.wijk_code, r.wijk_name, r.gemeente_code, r.gemeente_name, r.year]).toEqual([
        d.name,
        d.wijk_code,
        d.wijk_name,
        d.gemeente_code,
        d.gemeente_name,
        d.year,
      ]);
    }
  });

  it('the identity columns alone (what the search is built from at start-up) equal those of every row', async () => {
    const names = await decodeBuurtNames(buf('data/stats/buurt.parquet'));
    expect(names.length).toBe(fromWorker.length);
    expect(Object.keys(names[0]!).sort()).toEqual([...NAME_COLUMNS].sort());
    const pick = (r: UnitRecord) => Object.fromEntries(NAME_COLUMNS.map((c) => [c, r[c as keyof UnitRecord]]));
    expect(names.map(pick)).toEqual(fromWorker.map(pick));
  });

  it('rejects a file that is not Parquet', async () => {
    await expect(decodeBuurtNames(new TextEncoder().encode('PAR').buffer as ArrayBuffer)).rejects.toThrow(/Parquet/);
    await expect(decodeBuurtRows(new TextEncoder().encode('code;name\nBU1;x\n').buffer as ArrayBuffer)).rejects.toThrow(/Parquet/);
  });
});

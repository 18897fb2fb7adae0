import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArrowRows } from '../../../src/data/arrow-rows';
import type { Level } from '../../../src/data/catalog';
import { openNodeDb } from '../../../src/data/db/duckdb-node';
import type { Db } from '../../../src/data/db/db';
import { decodeStats, StatsRepository } from '../../../src/data/queries';

const buf = (p: string): ArrayBuffer => {
  const b = readFileSync(p);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

let db: Db;
let repo: StatsRepository;
const readers = new Map<Level, ArrowRows>();

beforeAll(async () => {
  db = await openNodeDb();
  repo = new StatsRepository(db);
  for (const level of ['gemeente', 'wijk'] as const) {
    const decoded = await decodeStats(level, buf(`data/stats/${level}.parquet`));
    await repo.loadDecoded(level, decoded);
    readers.set(level, new ArrowRows(decoded.table));
  }
});
afterAll(async () => db?.close());

describe('ArrowRows (engine rows from the decoded statistics, no DuckDB)', () => {
  it('answers exactly like StatsRepository.rows, key order included', async () => {
    const cases: [Level, number, string[]][] = [
      ['gemeente', 2012, ['mean_income_per_inhabitant_keur', 'population', 'dwellings', 'households']],
      ['gemeente', 2022, ['share_income_low', 'population', 'population', 'no_such_variable']],
      ['wijk', 2019, ['population']],
      ['wijk', 2024, ['share_age_65plus', 'population', 'households']],
      ['wijk', 1990, ['population']],
    ];
    for (const [level, year, vars] of cases) {
      const fromArrow = readers.get(level)!.rows(year, vars);
      const fromDuck = await repo.rows(level, year, vars);
      expect(fromArrow).toEqual(fromDuck);
      expect(JSON.stringify(fromArrow)).toBe(JSON.stringify(fromDuck));
    }
    expect(readers.get('wijk')!.rows(2022, ['population']).length).toBeGreaterThan(3000);
  });

  it('answers every row and one unit exactly like StatsRepository.all and .unit (SELECT *), key order included', async () => {
    for (const level of ['gemeente', 'wijk'] as const) {
      const fromArrow = readers.get(level)!.all();
      const fromDuck = await repo.all(level);
      expect(fromArrow.length).toBe(fromDuck.length);
      expect(JSON.stringify(fromArrow)).toBe(JSON.stringify(fromDuck));
    }
    for (const [level, code] of [
      ['gemeente', 'GM0363'],
      ['gemeente', 'GM1680'],
      ['wijk', 'WK036300'],
      ['wijk', 'WK059901'],
      ['wijk', 'WK999999'],
    ] as const) {
      const fromArrow = readers.get(level)!.unit(code);
      expect(JSON.stringify(fromArrow), `${level} ${code}`).toBe(JSON.stringify(await repo.unit(level, code)));
      expect(fromArrow.length > 0).toBe(code !== 'WK999999');
    }
  });
});

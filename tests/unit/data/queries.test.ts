import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../src/data/db/duckdb-node';
import type { Level } from '../../../src/data/catalog';
import type { Db } from '../../../src/data/db/db';
import { StatsRepository } from '../../../src/data/queries';

const buf = (p: string): ArrayBuffer => {
  const b = readFileSync(p);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

let db: Db;
let repo: StatsRepository;

beforeAll(async () => {
  db = await openNodeDb();
  repo = new StatsRepository(db);
  await repo.load('gemeente', buf('data/stats/gemeente.parquet'));
  await repo.load('wijk', buf('data/stats/wijk.parquet'));
});
afterAll(async () => db?.close());

describe('StatsRepository on duckdb-wasm (Node blocking build) with the committed Parquet', () => {
  it('answers a choropleth query with known CBS values', async () => {
    const v2019 = await repo.values('gemeente', 2019, 'population');
    expect(v2019.find((r) => r.code === 'GM0363')).toMatchObject({ name: 'Amsterdam', value: 862965 });
    const v2022 = await repo.values('gemeente', 2022, 'population');
    expect(v2022.find((r) => r.code === 'GM0363')?.value).toBe(882633);
    expect(v2022).toHaveLength(345);
  });

  it('sums Amsterdam wijken 2022 to 882,180', async () => {
    expect(await repo.sumWithin('wijk', 2022, 'population', 'GM0363')).toBe(882180);
    const wijken = await repo.values('wijk', 2022, 'population', 'GM0363');
    expect(wijken).toHaveLength(99);
    expect(wijken.every((w) => w.gemeente_code === 'GM0363')).toBe(true);
  });

  it('keeps CBS-suppressed values as NULL, not 0', async () => {
    const rows = await repo.values('wijk', 2022, 'share_income_low');
    const nulls = rows.filter((r) => r.value === null).length;
    expect(nulls).toBe(196);
    expect(rows.filter((r) => r.value === 0).length).toBeLessThan(nulls);
  });

  it('counts rows per year', async () => {
    expect(await repo.countsByYear('wijk')).toEqual({ 2022: 3340, 2024: 3474 });
  });

  it('returns a unit across all years', async () => {
    const ams = await repo.unit('gemeente', 'GM0363');
    expect(ams.map((r) => r.year)).toEqual([2012, 2014, 2017, 2018, 2019, 2022, 2023, 2024]);
    expect(ams.find((r) => r.year === 2017)?.share_origin_non_western).toBe(35);
    expect(ams.find((r) => r.year === 2017)?.province_code).toBe('PV27');
  });

  it('rejects unknown variables and hostile codes with clear messages', async () => {
    await expect(repo.values('gemeente', 2022, 'population; DROP TABLE x')).rejects.toThrow(/Unknown variable/);
    await expect(repo.values('wijk', 2022, 'population', "GM0363' OR 1=1 --")).rejects.toThrow(/Invalid gemeente code/);
    await expect(repo.unit('gemeente', '<script>')).rejects.toThrow(/Invalid unit code/);
    await expect(repo.values('gemeente', 2022.5, 'population')).rejects.toThrow(/Invalid year/);
  });

  it('rejects a file that is not Parquet', async () => {
    const bad = new TextEncoder().encode('code,name\nGM0363,Amsterdam\n').buffer as ArrayBuffer;
    await expect(repo.load('gemeente', bad)).rejects.toThrow(/Not a Parquet file/);
    // the previously loaded table is untouched
    expect((await repo.values('gemeente', 2019, 'population')).length).toBe(355);
  });
});

describe('ArrowValues (fast path before DuckDB is ready)', () => {
  it('answers exactly like StatsRepository.values', async () => {
    const { ArrowValues } = await import('../../../src/data/arrow-values');
    const { decodeStats } = await import('../../../src/data/queries');
    const arrow = new ArrowValues(
      new Map([
        ['gemeente', (await decodeStats('gemeente', buf('data/stats/gemeente.parquet'))).table],
        ['wijk', (await decodeStats('wijk', buf('data/stats/wijk.parquet'))).table],
      ] as const),
    );
    const cases: [Level, number, string, string?][] = [
      ['gemeente', 2022, 'share_income_low'],
      ['gemeente', 2012, 'mean_income_per_inhabitant_keur'],
      ['wijk', 2022, 'share_income_low', 'GM0363'],
      ['wijk', 2024, 'share_age_65plus'],
    ];
    for (const [level, year, variable, gm] of cases) {
      expect(arrow.values(level, year, variable, gm)).toEqual(await repo.values(level, year, variable, gm));
    }
    // the map reads every gemeente and wijk value this way, also after DuckDB is ready: every variable agrees
    const ids = ['year', 'code', 'name', 'gemeente_code', 'gemeente_name', 'province_code', 'province_name', 'wijk_code', 'wijk_name'];
    for (const level of ['gemeente', 'wijk'] as const) {
      const table = (await decodeStats(level, buf(`data/stats/${level}.parquet`))).table;
      const variables = table.schema.fields.map((f) => f.name).filter((n) => !ids.includes(n));
      expect(variables.length).toBeGreaterThan(10);
      for (const v of variables) {
        const gm = level === 'wijk' ? 'GM0599' : undefined;
        expect(arrow.values(level, 2022, v, gm), `${level} ${v}`).toEqual(await repo.values(level, 2022, v, gm));
      }
    }
    expect(() => arrow.values('gemeente', 2022, 'nope')).toThrow(/Unknown variable/);
    expect(() => arrow.values('wijk', 2022, 'population', "x' OR 1")).toThrow(/Invalid gemeente code/);
  });
});

/**
 * The committed data/ outputs: row counts, known CBS values, catalogue, and that data:build reproduces them
 * byte for byte from ../shared/data-raw (skipped with a message when the raw folder is not beside the repo).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import type { Catalog, Manifest } from '../../../src/data/catalog';
import { sha256, type StatsParquetRow } from '../../../src/data/build/outputs';

const RAW = process.env.SEGV_RAW_DIR ?? '../shared/data-raw';
const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as Manifest;
const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;

async function readStats(level: string): Promise<StatsParquetRow[]> {
  const b = readFileSync(`data/stats/${level}.parquet`);
  return (await parquetReadObjects({ file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer })) as StatsParquetRow[];
}

describe('committed data outputs', () => {
  it('has the expected rows per level and year', () => {
    expect(manifest.rowCounts).toEqual({
      gemeente_2012: 416, gemeente_2014: 403, gemeente_2017: 388, gemeente_2018: 380, gemeente_2019: 355,
      gemeente_2022: 345, gemeente_2023: 342, gemeente_2024: 342, provincie_2022: 12, wijk_2022: 3340, wijk_2024: 3474,
    });
  });

  it('holds known CBS values (Amsterdam)', async () => {
    const gm = await readStats('gemeente');
    const ams = (y: number) => gm.find((r) => r.code === 'GM0363' && r.year === y)!;
    expect(ams(2019).population).toBe(862965);
    expect(ams(2022).population).toBe(882633);
    expect(ams(2017).population).toBe(844947);
    expect(ams(2014).population).toBe(810935);
    expect(ams(2024).share_origin_outside_europe).toBe(43);
    expect(ams(2022).share_income_low).toBe(39.8);
    expect(ams(2022).mean_woz_keur).toBe(433);
    expect(gm.filter((r) => r.year === 2019).reduce((s, r) => s + (r.population ?? 0), 0)).toBe(17282163);
    expect(gm.some((r) => r.code === 'GM0998')).toBe(false);
    const wk = await readStats('wijk');
    const amsWijken = wk.filter((r) => r.year === 2022 && r.gemeente_code === 'GM0363');
    expect(amsWijken).toHaveLength(99);
    expect(amsWijken.reduce((s, r) => s + (r.population ?? 0), 0)).toBe(882180);
    expect(amsWijken[0].gemeente_name).toBe('Amsterdam');
    expect(amsWijken[0].province_code).toBe('PV27');
    expect(wk.filter((r) => r.year === 2024 && r.gemeente_code === 'GM0363').reduce((s, r) => s + (r.population ?? 0), 0)).toBe(931290);
  });

  it('keeps suppressed values NULL and drops enrichment columns', async () => {
    const wk = await readStats('wijk');
    expect(wk.filter((r) => r.year === 2022 && r.share_income_low === null)).toHaveLength(196);
    const cols = Object.keys(wk[0]);
    expect(cols.some((c) => /^(bbg_|lbt_|zk_|cr_|ff_|bag_)/.test(c))).toBe(false);
  });

  it('describes every variable with labels, unit, kind and availability', () => {
    const byId = Object.fromEntries(catalog.variables.map((v) => [v.id, v]));
    expect(byId.population.availability).toEqual({
      gemeente: [2012, 2014, 2017, 2018, 2019, 2022, 2023, 2024],
      wijk: [2022, 2024],
    });
    expect(byId.share_income_low).toMatchObject({ unit: 'percent', kind: 'share', denominator: 'population' });
    expect(byId.share_income_low.availability).toEqual({ gemeente: [2022], wijk: [2022] });
    expect(byId.share_origin_non_western.availability).toEqual({ gemeente: [2014, 2017] });
    expect(byId.mean_woz_keur.unit).toBe('keur');
    for (const v of catalog.variables) {
      expect(v.label.nl.length).toBeGreaterThan(2);
      expect(v.label.en.length).toBeGreaterThan(2);
      expect(v.sources.length).toBeGreaterThan(0);
    }
    expect(catalog.geometry.wijk).toEqual([2022, 2024]);
  });

  it('lists every file with its checksum, and data/ stays small', () => {
    let total = 0;
    for (const f of manifest.files) {
      const bytes = readFileSync(join('data', f.path));
      expect(sha256(bytes)).toBe(f.sha256);
      total += bytes.byteLength;
    }
    expect(total).toBeLessThan(25e6);
    expect(manifest.licence).toMatch(/CC BY 4\.0/);
    expect(manifest.attribution).toMatch(/CBS, Kadaster/);
  });

  it.skipIf(!existsSync(RAW))('is reproduced byte for byte by data:build (deterministic)', () => {
    const out = mkdtempSync(join(tmpdir(), 'segv-data-'));
    execFileSync('npx', ['tsx', 'scripts/build-data.ts', '--raw', RAW, '--out', out], { stdio: 'pipe' });
    const rebuilt = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(rebuilt.files).toEqual(manifest.files);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(readFileSync('data/manifest.json', 'utf8'));
  });
});

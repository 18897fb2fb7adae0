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
import type { BuurtWijkCheck } from '../../../src/data/build/buurt-check';
import { sha256, type BuurtParquetRow, type StatsParquetRow } from '../../../src/data/build/outputs';

const RAW = process.env.SEGV_RAW_DIR ?? '../shared/data-raw';
const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as Manifest;
const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;

async function readStats(level: string): Promise<StatsParquetRow[]> {
  const b = readFileSync(`data/stats/${level}.parquet`);
  return (await parquetReadObjects({
    file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
  })) as StatsParquetRow[];
}

describe('committed data outputs', () => {
  it('has the expected rows per level and year', () => {
    expect(manifest.rowCounts).toEqual({
      gemeente_2012: 416,
      gemeente_2014: 403,
      gemeente_2017: 388,
      gemeente_2018: 380,
      gemeente_2019: 355,
      gemeente_2022: 345,
      gemeente_2023: 342,
      gemeente_2024: 342,
      provincie_2022: 12,
      wijk_2022: 3340,
      wijk_2024: 3474,
      buurt_2024: 14574,
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
      buurt: [2024],
    });
    expect(catalog.levels).toEqual(['buurt', 'gemeente', 'wijk']);
    for (const id of ['persons_age_0_14', 'persons_age_65plus', 'urbanity', 'address_density', 'land_area_ha']) {
      expect(byId[id]!.availability, id).toEqual({ buurt: [2024], wijk: [2024] });
      expect(byId[id]!.note?.en, id).toMatch(/may be 0, secret or not published/);
    }
    expect(byId.persons_age_0_14).toMatchObject({ unit: 'count', kind: 'count' });
    expect(byId.urbanity).toMatchObject({ unit: 'score', kind: 'index' });
    expect(byId.share_owner_occupied!.availability.wijk).toEqual([2022, 2024]);
    expect(byId.mean_income_per_inhabitant_keur!.availability).toMatchObject({ wijk: [2024], buurt: [2024] });
    expect(catalog.notes?.map((n) => `${n.level}_${n.year}`)).toEqual(['wijk_2024', 'buurt_2024']);
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
    expect(catalog.geometry.buurt).toBeUndefined();
  });

  it('holds the KWB 2024 buurten with their wijk, gemeente and province', async () => {
    const bu = (await readStats('buurt')) as BuurtParquetRow[];
    expect(bu).toHaveLength(14574);
    expect(new Set(bu.map((r) => r.code)).size).toBe(14574);
    expect(bu.every((r) => r.year === 2024 && r.province_code !== null && r.wijk_name !== null)).toBe(true);
    expect(bu.reduce((s, r) => s + (r.population ?? 0), 0)).toBe(17942915);
    expect(new Set(bu.map((r) => r.gemeente_code)).size).toBe(342);
    const ams = bu.filter((r) => r.gemeente_code === 'GM0363');
    expect(ams).toHaveLength(517);
    expect(ams.reduce((s, r) => s + (r.population ?? 0), 0)).toBe(931300);
    // kwb2024_wijk_buurt.csv line 5280: buurt,BU0363KA05,Aalsmeerwegbuurt-Oost,WK0363KA,GM0363,Amsterdam,2175,210,230,
    // 1325,1.6,19214,533,39,2,,1,6786,11,1059 (income empty: not yet published)
    expect(bu.find((r) => r.code === 'BU0363KA05')).toEqual({
      year: 2024,
      code: 'BU0363KA05',
      name: 'Aalsmeerwegbuurt-Oost',
      wijk_code: 'WK0363KA',
      wijk_name: 'Hoofddorppleinbuurt',
      gemeente_code: 'GM0363',
      gemeente_name: 'Amsterdam',
      province_code: 'PV27',
      province_name: 'Noord-Holland',
      population: 2175,
      persons_age_0_14: 210,
      persons_age_65plus: 230,
      households: 1325,
      mean_household_size: 1.6,
      population_density: 19214,
      mean_woz_keur: 533,
      share_owner_occupied: 39,
      share_single_family: 2,
      mean_income_per_inhabitant_keur: null,
      urbanity: 1,
      address_density: 6786,
      land_area_ha: 11,
      share_age_0_14: 9.7,
      share_age_65plus: 10.6,
    });
    // Line 29: Binnenstad-Noord in Groningen, with income; 55 / 4745 = 1.16 % aged 0–14.
    expect(bu.find((r) => r.code === 'BU00140000')).toMatchObject({
      wijk_code: 'WK001400',
      wijk_name: 'Centrum',
      province_code: 'PV20',
      population: 4745,
      persons_age_0_14: 55,
      mean_income_per_inhabitant_keur: 26.6,
      share_age_0_14: 1.2,
      land_area_ha: 37,
    });
    // Empty cells stay NULL (never 0): 478 buurten have no population, 12,624 no income.
    expect(bu.filter((r) => r.population === null)).toHaveLength(478);
    expect(bu.filter((r) => r.mean_income_per_inhabitant_keur === null)).toHaveLength(12624);
    expect(bu.some((r) => r.population === 0 || r.persons_age_0_14 === 0 || r.households === 0)).toBe(false);
  });

  it('enriches the wijken 2024 from the KWB file and reports the buurt–wijk check', async () => {
    const wk = (await readStats('wijk')).filter((r) => r.year === 2024);
    // kwb2024_wijk_buurt.csv line 2: wijk,WK001400,Centrum,…,24920,620,2155,19890,1.2,10907,278,15,13,27.7,1,6766,228,
    expect(wk.find((r) => r.code === 'WK001400')).toMatchObject({
      population: 24920,
      persons_age_0_14: 620,
      persons_age_65plus: 2155,
      households: 19890,
      mean_woz_keur: 278,
      share_owner_occupied: 15,
      share_single_family: 13,
      mean_income_per_inhabitant_keur: 27.7,
      urbanity: 1,
      share_age_0_14: 3,
    });
    // 0 inhabitants in the boundary file, empty in the KWB file: the embedded 0 is kept, the KWB values stay NULL.
    expect(wk.find((r) => r.code === 'WK003415')).toMatchObject({ population: 0, persons_age_0_14: null, mean_woz_keur: null });
    const check = JSON.parse(readFileSync('data/reports/buurt-wijk-check.json', 'utf8')) as BuurtWijkCheck;
    expect(check.counts).toMatchObject({ buurten: 14574, kwb_wijken: 3393, embedded_wijken: 3474, gemeenten: 342 });
    expect(check.counts).toMatchObject({ buurt_population: 17942915, kwb_wijk_population: 17942715, buurten_without_kwb_wijk: 0 });
    const w = check.wijk_population;
    expect(w.agree).toBe(3367);
    expect(w.only_kwb).toEqual([]);
    expect(w.only_embedded).toHaveLength(81);
    expect(w.only_embedded.every((e) => e.cause === 'no_inhabitants' && e.name === 'Groot water' && e.code.endsWith('99'))).toBe(true);
    expect(w.differ).toHaveLength(26);
    expect(w.differ.every((e) => e.cause === 'zero_as_empty' && e.embedded === 0 && e.kwb === null)).toBe(true);
    expect(w.dropped_by_build.map((e) => e.code)).toEqual(['WK099899']);
    const pop = check.buurt_sums.population!;
    expect(pop).toMatchObject({ wijken: 3393, differ: 1753, max_abs: 25, net: 200, beyond_rounding: 0 });
    expect(Object.values(check.buurt_sums).every((s) => s.max_abs <= 25 && s.beyond_rounding === 0)).toBe(true);
    expect(check.names.wijk_names_differ).toHaveLength(9);
    expect(manifest.notes.join('\n')).toMatch(/empty value may be 0, secret or not published/);
    expect(manifest.notes.join('\n')).toMatch(/3,367 agree on population/);
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

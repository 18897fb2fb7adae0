/**
 * Real-data runs on the committed data: gemeente GM0599 Rotterdam 2012 → 2022 (across the mergers) and a Schiedam
 * wijk 2022 → 2024 (across the 2024 redivision). Timings are printed (cold = crosswalks and adjacency built).
 */
import { readFileSync } from 'node:fs';
import { area, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/data/catalog';
import type { Db } from '../../../src/data/db/db';
import { openNodeDb } from '../../../src/data/db/duckdb-node';
import { StatsRepository } from '../../../src/data/queries';
import { harmonise } from '../../../src/engine/waterbed/harmonise';
import { amountOf } from '../../../src/engine/waterbed/indicator';
import { buildCrosswalk, overlayAreas } from '../../../src/geo/interpolate';
import { toFeatureCollection } from '../../../src/geo/topology';
import {
  createWaterbedCache,
  runWaterbed,
  type WaterbedInput,
  type WaterbedResult,
  type WaterbedRow,
} from '../../../src/pipeline/waterbed';

const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;
const topo = (level: string, year: number) => JSON.parse(readFileSync(`data/geo/${level}_${year}.topo.json`, 'utf8')) as Topology;
const buf = (p: string): ArrayBuffer => {
  const b = readFileSync(p);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const VARS = ['population', 'dwellings', 'share_rented', 'share_age_65plus', 'mean_income_per_inhabitant_keur'];

let db: Db;
const inputs: Record<string, WaterbedInput> = {};
beforeAll(async () => {
  db = await openNodeDb();
  const repo = new StatsRepository(db);
  for (const level of ['gemeente', 'wijk'] as const) {
    await repo.load(level, buf(`data/stats/${level}.parquet`));
    const rows: Record<number, WaterbedRow[]> = {};
    const topologies: Record<number, Topology> = {};
    for (const y of catalog.geometry[level] ?? []) {
      rows[y] = await repo.rows(level, y, VARS);
      topologies[y] = topo(level, y);
    }
    inputs[level] = { rows, topologies, variables: catalog.variables, cache: createWaterbedCache() };
  }
});
afterAll(async () => db?.close());

const timed = (label: string, f: () => WaterbedResult): WaterbedResult => {
  const t = performance.now();
  const r = f();
  const ms = performance.now() - t;
  console.log(
    `[waterbed timing] ${label}: total ${ms.toFixed(0)} ms (crosswalks ${r.timings.crosswalkMs.toFixed(0)}, adjacency ${r.timings.adjacencyMs.toFixed(0)}, comparison ${r.timings.compareMs.toFixed(0)})`,
  );
  return r;
};
const sane = (r: WaterbedResult) => {
  for (const u of r.units) {
    if (u.reallocatedShare !== null) {
      expect(u.reallocatedShare).toBeGreaterThanOrEqual(0);
      expect(u.reallocatedShare).toBeLessThanOrEqual(1);
    }
    if (u.identical) expect(u.reallocatedShare).toBe(0);
  }
  for (const x of r.rings) {
    if (x.reallocatedShare === null) continue;
    expect(x.reallocatedShare).toBeGreaterThanOrEqual(0);
    expect(x.reallocatedShare).toBeLessThanOrEqual(1);
  }
  expect(r.summary.nl.length).toBeGreaterThan(40);
  expect(r.summary.en.length).toBeGreaterThan(40);
};
const byCode = (rows: readonly WaterbedRow[]) => new Map(rows.map((r) => [r.code, r]));

describe('interpolation preserves population totals on the real layers', () => {
  for (const [level, from, to] of [
    ['gemeente', 2012, 2022],
    ['gemeente', 2014, 2024],
    ['wijk', 2022, 2024],
  ] as const)
    it(`${level} ${from} → ${to}: within 0.5 %`, () => {
      const t = performance.now();
      const fa = toFeatureCollection(inputs[level].topologies[from]).features,
        fb = toFeatureCollection(inputs[level].topologies[to]).features;
      const cw = buildCrosswalk(fa, fb, { level, fromYear: from, toYear: to });
      const ms = performance.now() - t;
      const rows = byCode(inputs[level].rows[from]);
      const amounts = cw.fromCodes.map((c) => amountOf('count', rows.get(c)?.population, null));
      const total = amounts.reduce((s, a) => s + (a?.num ?? 0), 0);
      const out = harmonise(cw, amounts, 'count');
      const moved = out.reduce((s, h) => s + (h?.value ?? 0), 0);
      console.log(
        `[waterbed timing] crosswalk ${level} ${from}→${to}: ${ms.toFixed(0)} ms, ${cw.identical.filter(Boolean).length}/${cw.toCodes.length} unchanged; population ${total} → ${moved.toFixed(0)}`,
      );
      expect(Math.abs(moved - total) / total).toBeLessThan(0.005);
      for (const h of out) {
        if (!h) continue;
        expect(h.reallocatedShare).toBeGreaterThanOrEqual(0);
        expect(h.reallocatedShare).toBeLessThanOrEqual(1);
      }
    });
});

describe('overlay on the real layers agrees with turf intersect', () => {
  it('gemeenten 2012 × 2022 around Rotterdam: area fractions within 0.5 percentage points', () => {
    const fa = toFeatureCollection(inputs.gemeente.topologies[2012]).features,
      fb = toFeatureCollection(inputs.gemeente.topologies[2022]).features;
    const ov = overlayAreas(fa, fb);
    const near = new Set(['GM0599', 'GM0606', 'GM0597', 'GM0612', 'GM0568', 'GM0643', 'GM0608', 'GM0491', 'GM0623', 'GM0644', 'GM0502']);
    const pairs = ov.pairs.filter((p) => near.has(fa[p.from].properties.code));
    expect(pairs.length).toBeGreaterThan(11);
    for (const p of pairs) {
      const x = intersect(featureCollection([fa[p.from], fb[p.to]] as Feature<Polygon | MultiPolygon>[]));
      const turfFrac = x ? area(x) / area(fa[p.from] as Feature<Polygon | MultiPolygon>) : 0;
      expect(Math.abs(p.areaKm2 / ov.fromAreaKm2[p.from] - turfFrac)).toBeLessThan(0.005);
    }
  });
});

describe('gemeente GM0599 Rotterdam 2012 → 2022', () => {
  it('mean income per inhabitant across the mergers', () => {
    const req = { level: 'gemeente', targets: ['GM0599'], from: 2012, to: 2022, indicator: 'mean_income_per_inhabitant_keur' } as const;
    const r = timed('gemeente GM0599 2012→2022 income (cold)', () => runWaterbed(inputs.gemeente, req));
    timed('gemeente GM0599 2012→2022 income (warm cache)', () => runWaterbed(inputs.gemeente, req));
    sane(r);
    const ring1 = r.units.filter((u) => u.ring === 'ring1').map((u) => u.code);
    expect(ring1).toContain('GM0597'); // Ridderkerk
    expect(ring1).toContain('GM0606'); // Schiedam
    const target = r.rings.find((x) => x.ring === 'target')!;
    expect(target).toMatchObject({ t0: 20.5, t1: 29, units: 1, reallocatedShare: 0 });
    // Krimpenerwaard (2015) = five 2012 gemeenten: its 2012 value is their population-weighted mean.
    const kw = r.units.find((u) => u.code === 'GM1931')!;
    expect([...kw.sourceCodes].sort()).toEqual(['GM0491', 'GM0608', 'GM0623', 'GM0643', 'GM0644']);
    expect(kw.reallocatedShare).toBe(1);
    const rows2012 = byCode(inputs.gemeente.rows[2012]);
    const src = kw.sourceCodes.map((c) => rows2012.get(c)!);
    const expected =
      src.reduce((s, x) => s + Number(x.mean_income_per_inhabitant_keur) * Number(x.population), 0) /
      src.reduce((s, x) => s + Number(x.population), 0);
    expect(kw.t0).toBeCloseTo(expected, 9);
    expect(r.trajectories.find((t) => t.ring === 'target')!.points.map((p) => p.year)).toEqual([2012, 2017, 2018, 2019, 2022]);
    console.log(`[waterbed] ${r.summary.en}\n[waterbed] ${r.summary.nl}`);
  });

  it('share rented: ring values are Σ share·dwellings / Σ dwellings', () => {
    const r = timed('gemeente GM0599 2012→2022 share_rented', () =>
      runWaterbed(inputs.gemeente, {
        level: 'gemeente',
        targets: ['GM0599'],
        from: 2012,
        to: 2022,
        indicator: 'share_rented',
        region: 'province',
      }),
    );
    sane(r);
    const rows2022 = byCode(inputs.gemeente.rows[2022]);
    const ring1 = r.units.filter((u) => u.ring === 'ring1' && u.included).map((u) => rows2022.get(u.code)!);
    const t1 =
      ring1.reduce((s, x) => s + Number(x.share_rented) * Number(x.dwellings), 0) / ring1.reduce((s, x) => s + Number(x.dwellings), 0);
    const row = r.rings.find((x) => x.ring === 'ring1')!;
    expect(row.t1).toBeCloseTo(t1, 9);
    expect(row.t0).toBeGreaterThan(20);
    expect(row.t0).toBeLessThan(80);
    expect(r.rings.find((x) => x.ring === 'region')!.label.en).toBe('province');
    expect(r.units.filter((u) => u.flag !== null).every((u) => u.ring === 'ring1')).toBe(true);
    console.log(`[waterbed] ${r.summary.en}`);
  });
});

describe('wijk WK060600 Schiedam Centrum 2022 → 2024 (Schiedam redivided its wijken)', () => {
  it('population: Schiedam total preserved, redrawn wijken have reallocated shares', () => {
    const r = timed('wijk WK060600 2022→2024 population (cold)', () =>
      runWaterbed(inputs.wijk, { level: 'wijk', targets: ['WK060600'], from: 2022, to: 2024, indicator: 'population' }),
    );
    sane(r);
    const schiedam = r.units.filter((u) => u.gemeenteCode === 'GM0606');
    expect(schiedam.length).toBeGreaterThan(8);
    const t0 = schiedam.reduce((s, u) => s + (u.t0 ?? 0), 0);
    const rows2022 = inputs.wijk.rows[2022].filter((x) => x.gemeente_code === 'GM0606');
    const total2022 = rows2022.reduce((s, x) => s + Number(x.population), 0);
    expect(Math.abs(t0 - total2022) / total2022).toBeLessThan(0.005);
    expect(schiedam.filter((u) => (u.reallocatedShare ?? 0) > 0.1).length).toBeGreaterThan(3);
    expect(r.rings.find((x) => x.ring === 'ring1')!.units).toBeGreaterThan(2);
    console.log(`[waterbed] ${r.summary.en}`);
  });

  it('share aged 65+: unchanged wijken keep their exact 2022 value', () => {
    const r = timed('wijk WK060600 2022→2024 share_age_65plus (warm cache)', () =>
      runWaterbed(inputs.wijk, { level: 'wijk', targets: ['WK060600'], from: 2022, to: 2024, indicator: 'share_age_65plus', ring2: true }),
    );
    sane(r);
    const rows2022 = byCode(inputs.wijk.rows[2022]);
    const unchanged = r.units.filter((u) => u.identical && u.t0 !== null);
    expect(unchanged.length).toBeGreaterThan(0);
    for (const u of unchanged) expect(u.t0).toBe(rows2022.get(u.sourceCodes[0])!.share_age_65plus);
    for (const x of r.rings) {
      if (x.t0 === null) continue;
      expect(x.t0).toBeGreaterThan(0);
      expect(x.t0).toBeLessThan(100);
    }
    expect(r.rings.map((x) => x.ring)).toEqual(['target', 'ring1', 'ring2', 'rest', 'region']);
    console.log(`[waterbed] ${r.summary.en}\n[waterbed] ${r.summary.nl}`);
  });
});

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog, Manifest, ManifestFile } from '../../../src/data/catalog';
import { endpointConfig, readJson, readParquet, runFetch, tempDir } from './run-helpers';

const FIX = join(__dirname, '../../fixtures/cbs-http');
const fixture = <T>(rel: string): T => JSON.parse(readFileSync(join(FIX, rel), 'utf8')) as T;
type Obs = { Measure: string; Value: number | null; ValueAttribute: string; WijkenEnBuurten: string };
type Row = Record<string, unknown>;

/** Independent reading of the recorded v4 pages: measure code → value per buurt. */
function v4BuurtValues(): Map<string, Map<string, number | null>> {
  const out = new Map<string, Map<string, number | null>>();
  for (const p of [0, 1, 2])
    for (const o of fixture<{ value: Obs[] }>(`v4/buurt-${p}.json`).value) {
      const m = out.get(o.WijkenEnBuurten) ?? new Map<string, number | null>();
      m.set(o.Measure, o.ValueAttribute === '.' ? null : o.Value);
      out.set(o.WijkenEnBuurten, m);
    }
  return out;
}

const ARGS = ['--year', '2024', '--level', 'gemeente,wijk,buurt', '--lang', 'en'];

describe('data:fetch against recorded CBS OData v4 and PDOK WFS responses', () => {
  it('follows @odata.nextLink and startIndex to the end and writes the build format with matching values', async () => {
    const dir = tempDir();
    const r = await runFetch(dir, [...ARGS, '--endpoint-config', endpointConfig(dir)]);
    expect(r.err).not.toMatch(/at \S+:\d+/);
    expect(r.code).toBe(0);
    const log = r.server.log;
    expect(log.filter((l) => l.includes('/Observations') && l.includes("'BU'"))).toHaveLength(3);
    expect(log.some((l) => l.includes('$skip=60'))).toBe(true);
    const buurtPages = log.filter((l) => l.includes('typeNames=wijkenbuurten:buurten'));
    expect(buurtPages.map((l) => /startIndex=(\d+)/.exec(l)![1])).toEqual(['0', '3', '6']);

    const rows = await readParquet(join(dir, 'out/stats/buurt.parquet'));
    const expected = v4BuurtValues();
    expect(rows.map((x) => x.code)).toEqual([...expected.keys()].sort());
    for (const row of rows) {
      const v = expected.get(row.code as string)!;
      expect(row.population).toBe(v.get('T001036'));
      expect(row.households).toBe(v.get('1050010_2'));
      expect(row.mean_woz_keur).toBe(v.get('M001642'));
      expect(row.share_age_0_14).toBe(Math.round((v.get('10680')! / v.get('T001036')!) * 1000) / 10);
      expect(row.wijk_code).toBe('WK006000');
      expect(row.gemeente_name).toBe('Ameland');
      expect(row.year).toBe(2024);
      // Secret income (Value null, ValueAttribute ".") stays missing, never 0.
      expect(row.mean_income_per_inhabitant_keur ?? null).toBeNull();
    }
    const names = fixture<{ value: { Identifier: string; Title: string }[] }>('v4/codes-buurt.json').value;
    for (const n of names) expect(rows.find((x) => x.code === n.Identifier)!.name).toBe(n.Title);

    const cat = readJson<Catalog>(join(dir, 'out/variables.json'));
    expect(cat.geometry).toEqual({ buurt: [2024], gemeente: [2024], wijk: [2024] });
    expect(cat.variables.find((v) => v.id === 'population')!.availability).toEqual({ buurt: [2024], gemeente: [2024], wijk: [2024] });
  });

  it('writes a checksum manifest whose sha256 match the files, and manifest.json lists them', async () => {
    const dir = tempDir();
    expect((await runFetch(dir, [...ARGS, '--endpoint-config', endpointConfig(dir)])).code).toBe(0);
    const fm = readJson<{ files: ManifestFile[]; table: string; protocol: string }>(join(dir, 'out/fetch-manifest.json'));
    expect([fm.table, fm.protocol]).toEqual(['85984NED', 'odata-v4']);
    expect(fm.files.map((f) => f.path).sort()).toEqual([
      'geo/buurt_2024.topo.json',
      'geo/gemeente_2024.topo.json',
      'geo/wijk_2024.topo.json',
      'manifest.json',
      'stats/buurt.parquet',
      'stats/gemeente.parquet',
      'stats/wijk.parquet',
      'variables.json',
    ]);
    for (const f of fm.files) {
      const bytes = readFileSync(join(dir, 'out', f.path));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
      expect(bytes.byteLength).toBe(f.bytes);
    }
    const manifest = readJson<Manifest>(join(dir, 'out/manifest.json'));
    for (const f of manifest.files) expect(fm.files.find((x) => x.path === f.path)?.sha256).toBe(f.sha256);
    expect(manifest.rowCounts).toEqual({ buurt_2024: 7, gemeente_2024: 1, wijk_2024: 2 });
  });

  it('reprojects PDOK RD New geometry to WGS84 (within 1 m of the real polygons)', async () => {
    const dir = tempDir();
    expect((await runFetch(dir, [...ARGS, '--endpoint-config', endpointConfig(dir)])).code).toBe(0);
    const { feature } = await import('topojson-client');
    const topo = readJson<Parameters<typeof feature>[0]>(join(dir, 'out/geo/wijk_2024.topo.json'));
    const fc = feature(topo, topo.objects.units!) as unknown as {
      features: { properties: { code: string }; geometry: { coordinates: unknown } }[];
    };
    const wijk = JSON.parse(readFileSync('../shared/data-raw/geoinzicht-app/wijken_2024.geojson', 'utf8')) as typeof fc;
    const real = wijk.features.find(
      (f) => f.properties.code === undefined && (f.properties as unknown as { wijkcode: string }).wijkcode === 'WK006099',
    )!;
    const got = fc.features.find((f) => f.properties.code === 'WK006099')!;
    const first = (g: { coordinates: unknown }) => (g.coordinates as number[][][])[0]![0]!;
    const [a, b] = [first(got.geometry), first(real.geometry)];
    expect(Math.abs(a[0]! - b[0]!)).toBeLessThan(2e-5);
    expect(Math.abs(a[1]! - b[1]!)).toBeLessThan(2e-5);
  });

  it('falls back to OData v3 when v4 answers 404, matching keys without suffix; values equal the v4 run', async () => {
    const dirV4 = tempDir();
    const dirV3 = tempDir();
    expect((await runFetch(dirV4, [...ARGS, '--endpoint-config', endpointConfig(dirV4)])).code).toBe(0);
    const r = await runFetch(dirV3, [...ARGS, '--endpoint-config', endpointConfig(dirV3)], { v4Retired: true });
    expect(r.code).toBe(0);
    expect(r.err).toContain('falling back to OData v3');
    expect(r.server.log.filter((l) => l.startsWith('/odata/v1'))).toHaveLength(1);
    // 60 cells per request / (WijkenEnBuurten + the 27 keys 85984NED has) = 2 rows a page: 7 buurten in 4 pages.
    const typed = r.server.log.filter((l) => l.includes('TypedDataSet') && l.includes("'BU'"));
    expect(typed.map((l) => /\$skip=(\d+)/.exec(l)![1])).toEqual(['0', '2', '4', '6']);
    expect(typed[0]).toContain('$top=2');
    // Keys matched by base and parent group: Nederland_17 (Herkomstland), not Nederland_20 (Geboren in Nederland).
    expect(typed[0]).toMatch(/AantalInwoners_5,.*Nederland_17,.*GemiddeldInkomenPerInwoner_83/);
    expect(typed[0]).not.toContain('Nederland_20');
    expect(readJson<{ protocol: string }>(join(dirV3, 'out/fetch-manifest.json')).protocol).toBe('odata-v3');
    for (const level of ['gemeente', 'wijk', 'buurt']) {
      const [a, b] = [
        await readParquet(join(dirV4, `out/stats/${level}.parquet`)),
        await readParquet(join(dirV3, `out/stats/${level}.parquet`)),
      ];
      expect(b).toEqual(a);
    }
  });

  it('a 503 with Retry-After is retried after the asked wait, and the run completes', async () => {
    const dir = tempDir();
    const failures = [
      { match: '$skip=30', status: 503, headers: { 'retry-after': '7' } },
      { match: 'startIndex=3', status: 503 },
    ];
    const r = await runFetch(dir, [...ARGS, '--endpoint-config', endpointConfig(dir)], { failures });
    expect(r.code).toBe(0);
    expect(r.sleeps).toEqual([7000, 750]);
    expect(r.err).toMatch(/HTTP 503; attempt 2 of 6 in 7\.0 s/);
  });
});

describe('data:fetch: resume after an interrupted download', () => {
  it('the second run with --resume fetches only the pages the first did not finish', async () => {
    const dir = tempDir();
    const cfg = endpointConfig(dir, undefined, { attempts: 2 });
    const first = await runFetch(dir, [...ARGS, '--endpoint-config', cfg], { dropAfter: 6 });
    expect(first.code).toBe(2);
    expect(first.err).toContain('cannot be reached');
    expect(first.err).toMatch(/continue later with: npm run data:fetch -- .*--resume/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const done = first.server.log.slice(0, 6);

    const second = await runFetch(dir, [...ARGS, '--endpoint-config', cfg, '--resume']);
    expect(second.code).toBe(0);
    for (const url of done) expect(second.server.log).not.toContain(url);
    expect(second.server.log).toContain(first.server.log[6]);
    expect(second.err).toContain('Reused 6 pages from the cache');

    const fresh = tempDir();
    const full = await runFetch(fresh, [...ARGS, '--endpoint-config', endpointConfig(fresh)]);
    expect(full.code).toBe(0);
    expect(second.server.log.length + 6).toBe(full.server.log.length);
    expect(await readParquet(join(dir, 'out/stats/buurt.parquet'))).toEqual(await readParquet(join(fresh, 'out/stats/buurt.parquet')));
  });

  it('without --resume the cache is emptied and everything is fetched again', async () => {
    const dir = tempDir();
    const cfg = endpointConfig(dir);
    const a = await runFetch(dir, [...ARGS, '--endpoint-config', cfg]);
    const b = await runFetch(dir, [...ARGS, '--endpoint-config', cfg]);
    expect(b.server.log).toEqual(a.server.log);
    const c = await runFetch(dir, [...ARGS, '--endpoint-config', cfg, '--resume']);
    expect(c.server.log).toEqual([]);
    expect(c.code).toBe(0);
  });
});

export type { Row };

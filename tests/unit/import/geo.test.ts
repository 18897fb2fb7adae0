/**
 * Boundaries: RD New reprojection (control point and against the embedded wijk boundaries), PDOK WFS pages with
 * camelCase attributes and sentinels, and the buurt-level fixture pair for Bunnik (stats + synthetic polygons).
 */
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { importFile, importJsonValue, parseGeoJsonPage, parseODataV3Page, parseODataV4Page } from '../../../src/data/import';

const DIR = 'tests/fixtures/import';
const load = (f: string) => importFile(f, new Uint8Array(readFileSync(`${DIR}/${f}`)));
const topo = JSON.parse(readFileSync('data/geo/wijk_2024.topo.json', 'utf8')) as Topology;
const embedded = (feature(topo, topo.objects.units) as unknown as { features: Feature<Polygon | MultiPolygon, { code: string }>[] })
  .features;

describe('RD New (EPSG:28992) → WGS84', () => {
  it('the RD origin (155000, 463000) lands on Amersfoort (52.15517°N, 5.38721°E)', () => {
    const ring = [
      [155000, 463000],
      [155100, 463000],
      [155100, 463100],
      [155000, 463000],
    ];
    const doc = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { statcode: 'GM0307' }, geometry: { type: 'Polygon', coordinates: [ring] } }],
    };
    const r = importJsonValue('amersfoort.geojson', doc);
    expect(r.crs).toBe('EPSG:28992');
    const [lon, lat] = (r.features[0].geometry as Polygon).coordinates[0][0];
    expect(lon).toBeCloseTo(5.38720621, 4);
    expect(lat).toBeCloseTo(52.1551744, 4);
  });

  it('the RD fixture of Bunnik covers the embedded wijk boundaries (overlap > 95%)', () => {
    const r = load('wijken-bunnik-rd.geojson');
    expect(r.ok).toBe(true);
    expect(r.features.map((f) => f.code).sort()).toEqual(['WK031200', 'WK031201', 'WK031202']);
    for (const f of r.features) {
      const ref = embedded.find((e) => e.properties.code === f.code)!;
      const overlap = turf.intersect(turf.featureCollection([turf.feature(f.geometry), ref]));
      expect(turf.area(overlap!) / turf.area(ref), f.code).toBeGreaterThan(0.95);
    }
  });
});

describe('PDOK WFS page', () => {
  it('maps camelCase attributes, turns sentinels into missing values and reprojects', () => {
    const r = load('pdok-wfs-wijken-bunnik.geojson');
    expect(r.ok).toBe(true);
    expect(r.kind).toBe('boundaries');
    const w = r.features.find((f) => f.code === 'WK031200')!;
    expect(w.name).toBe('Wijk 00 Bunnik');
    expect(w.gemeenteCode).toBe('GM0312');
    expect(w.values).toMatchObject({ population: 7350, households: 3230, share_owner_occupied: 72, men: null });
    expect(r.rows.wijk.find((x) => x.code === 'WK031200')!.values.population).toBe(7350);
    expect(r.messages.find((m) => m.code === 'sentinel-values')?.count).toBe(3);
    const page = parseGeoJsonPage(JSON.parse(readFileSync(`${DIR}/pdok-wfs-wijken-bunnik.geojson`, 'utf8')));
    expect(page.ok && [page.items.length, page.numberMatched, page.numberReturned]).toEqual([3, 3, 3]);
  });
});

describe('OData page parsing (for the downloader)', () => {
  it('v4: observations with trimmed regions and the next link', () => {
    const page = parseODataV4Page(JSON.parse(readFileSync(`${DIR}/odata-v4-83765NED-Observations.json`, 'utf8')));
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(page.items[0]).toEqual({ measure: 'T001036', region: 'NL00', value: 17081507, valueAttribute: 'None' });
    expect(page.items.at(-1)).toEqual({ measure: 'D000187', region: 'BU03630704', value: null, valueAttribute: '.' });
    expect(page.nextLink).toBe('https://datasets.cbs.nl/odata/v1/CBS/83765NED/Observations?$skip=100000');
    expect(parseODataV4Page({ value: [{ Key: 'x' }] }).ok).toBe(false);
  });

  it('v3: records and odata.nextLink', () => {
    const json = JSON.parse(readFileSync(`${DIR}/odata-v3-85984NED-TypedDataSet.json`, 'utf8')) as Record<string, unknown>;
    const page = parseODataV3Page({
      ...json,
      'odata.nextLink': 'https://opendata.cbs.nl/ODataFeed/odata/85984NED/TypedDataSet?$skiptoken=Guid',
    });
    expect(page.ok && [page.items.length, page.nextLink]).toEqual([
      11,
      'https://opendata.cbs.nl/ODataFeed/odata/85984NED/TypedDataSet?$skiptoken=Guid',
    ]);
    expect(parseODataV3Page({ foo: 1 }).ok).toBe(false);
  });
});

describe('buurt-level fixture pair (Bunnik, GM0312)', () => {
  const stats = load('kwb-2024-buurten-bunnik.csv');
  const geo = load('buurten-bunnik-2024.geojson');

  it('statistics and boundaries hold exactly the same 8 buurten, with wijk and gemeente from the codes', () => {
    expect(stats.ok && geo.ok).toBe(true);
    const s = stats.rows.buurt.map((r) => r.code).sort();
    expect(s).toHaveLength(8);
    expect(geo.features.map((f) => f.code).sort()).toEqual(s);
    for (const f of geo.features) expect([f.level, f.wijkCode, f.gemeenteCode]).toEqual(['buurt', `WK${f.code.slice(2, 8)}`, 'GM0312']);
  });

  it('the synthetic buurt polygons tile their wijk (areas sum to the wijk area within 1%)', () => {
    for (const w of embedded.filter((e) => e.properties.code.startsWith('WK0312'))) {
      const parts = geo.features.filter((f) => f.wijkCode === w.properties.code);
      const sum = parts.reduce((a, f) => a + turf.area(turf.feature(f.geometry)), 0);
      expect(sum / turf.area(w), w.properties.code).toBeCloseTo(1, 2);
    }
  });

  it('has a README saying the geometry is synthetic', () => {
    expect(readFileSync(`${DIR}/README.md`, 'utf8')).toMatch(/synthetic test geometry/i);
  });
});

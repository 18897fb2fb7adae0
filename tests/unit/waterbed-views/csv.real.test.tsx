/**
 * The CSV export against the real pipeline on the committed data: gemeente GM0599 Rotterdam, 2012 → 2022 (across
 * the mergers, so some ring units are areal interpolations of several 2012 gemeenten).
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../../src/cli/node-data';
import type { Catalog } from '../../../src/data/catalog';
import {
  createWaterbedCache,
  runWaterbed,
  waterbedTable,
  type WaterbedInput,
  type WaterbedRequest,
  type WaterbedResult,
  type WaterbedRow,
} from '../../../src/pipeline/waterbed';
import { WaterbedSummary } from '../../../src/views/waterbed/WaterbedSummary';
import { toRequest, waterbedCsv, waterbedCsvFilename, defaultForm } from '../../../src/views/waterbed/waterbed-model';

const YEARS = [2012, 2022];
const VARS = ['population', 'mean_income_per_inhabitant_keur', 'dwellings', 'share_rented'];
const COLUMNS = [
  'type',
  'ring',
  'code',
  'name',
  'gemeente_code',
  'units',
  'missing',
  't0',
  't1',
  'change',
  'change_pct',
  'did_vs_rest',
  'did_vs_region',
  'did_absolute_vs_rest',
  'flag',
  'reallocated_share',
  'identical',
  'included',
  'source_codes',
  't0_low',
  't0_high',
  'did_vs_rest_low',
  'did_vs_rest_high',
  'rounding',
  'distinguishable',
  'consistency',
  'consistency_note',
];
const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;
const topo = (year: number) => JSON.parse(readFileSync(`data/geo/gemeente_${year}.topo.json`, 'utf8')) as Topology;

let input: WaterbedInput;
beforeAll(async () => {
  const repo = await openRepository('data', ['gemeente']);
  const rows: Record<number, WaterbedRow[]> = {};
  const topologies: Record<number, Topology> = {};
  for (const y of YEARS) {
    rows[y] = await repo.rows('gemeente', y, VARS);
    topologies[y] = topo(y);
  }
  input = { rows, topologies, variables: catalog.variables, cache: createWaterbedCache() };
});

const request = (indicator: string, over: Partial<WaterbedRequest> = {}): WaterbedRequest => ({
  ...toRequest({ ...defaultForm(YEARS, indicator), targets: [{ code: 'GM0599', name: 'Rotterdam' }] }, 'gemeente'),
  ...over,
});
const num = (s: string) => (s === '' ? null : Number(s));
const r6 = (v: number | null) => (v === null ? null : Math.round(v * 1e6) / 1e6);

function checkAgainstResult(r: WaterbedResult, csv: string) {
  const rows = csvParse(csv);
  expect(rows.columns).toEqual(COLUMNS);
  expect(rows.map((x) => ({ ...x }))).toEqual(waterbedTable(r)); // lossless round trip (quoting of names etc.)
  const rings = rows.filter((x) => x.type === 'ring');
  const units = rows.filter((x) => x.type === 'unit');
  expect(rings.map((x) => x.ring)).toEqual(r.rings.map((x) => x.ring));
  expect(units.map((x) => x.code)).toEqual(r.units.map((x) => x.code));
  expect(csv).not.toContain('\u2212');
  for (const x of rows)
    for (const c of ['t0', 't1', 'change', 'change_pct', 'did_vs_rest', 'reallocated_share'])
      if (x[c] !== '') expect(Number.isFinite(Number(x[c]))).toBe(true);
  // Ring values and DiD as the result has them (6 decimals), DiD = metric(ring) − metric(rest).
  const rest = r.rings.find((x) => x.ring === 'rest')!;
  const metric = (x: { change: number | null; changePct: number | null }) => (r.indicator.metric === 'absolute' ? x.change! : x.changePct!);
  for (const ring of r.rings) {
    const row = rings.find((x) => x.ring === ring.ring)!;
    expect(row.name).toBe(ring.label.en);
    expect(num(row.units)).toBe(ring.units);
    expect(num(row.t0)).toBe(r6(ring.t0));
    expect(num(row.t1)).toBe(r6(ring.t1));
    if (ring.ring !== 'rest') expect(num(row.did_vs_rest)).toBeCloseTo(metric(ring) - metric(rest), 5);
    else expect(row.did_vs_rest).toBe('');
  }
  // Every included unit of a ring is in the unit rows; flags as in the result.
  for (const ring of r.rings.filter((x) => x.ring !== 'region'))
    expect(units.filter((x) => x.ring === ring.ring && x.included === 'true')).toHaveLength(ring.units);
  expect(units.filter((x) => x.flag).map((x) => `${x.code}:${x.flag}`)).toEqual(
    r.units.filter((u) => u.flag).map((u) => `${u.code}:${u.flag}`),
  );
  return { rings, units };
}

describe('waterbedCsv on the real pipeline (GM0599 Rotterdam, 2012 → 2022)', () => {
  it('share of rented dwellings: rings, units, flags; change in points', () => {
    const r = runWaterbed(input, request('share_rented'));
    const csv = waterbedCsv(r);
    const { rings, units } = checkAgainstResult(r, csv);
    expect(rings.map((x) => x.ring)).toEqual(['target', 'ring1', 'rest', 'region']);
    expect(units.filter((x) => x.ring === 'target').map((x) => x.code)).toEqual(['GM0599']);
    expect(units.find((x) => x.code === 'GM0599')).toMatchObject({
      name: 'Rotterdam',
      t0: '65',
      t1: '65',
      change: '0',
      identical: 'true',
      reallocated_share: '0',
      source_codes: 'GM0599',
    });
    expect(units.find((x) => x.code === 'GM0489')).toMatchObject({
      name: 'Barendrecht',
      ring: 'ring1',
      t0: '35',
      t1: '30',
      change: '-5',
      flag: 'below',
    });
    expect(rings.find((x) => x.ring === 'ring1')!.units).toBe('18');
    expect(units.filter((x) => x.ring === 'ring1')).toHaveLength(18);
    expect(csv.split('\n')).toHaveLength(1 + r.rings.length + r.units.length);
    expect(waterbedCsvFilename(r)).toBe('waterbed_GM0599_share_rented_2012-2022.csv');
  });

  it('mean income per inhabitant: relative DiD; merged gemeenten list their 2012 sources', () => {
    const r = runWaterbed(input, request('mean_income_per_inhabitant_keur'));
    const { units } = checkAgainstResult(r, waterbedCsv(r));
    expect(r.indicator.metric).toBe('relative');
    expect(units.find((x) => x.code === 'GM0599')).toMatchObject({ t0: '20.5', t1: '29' });
    const krimpenerwaard = units.find((x) => x.code === 'GM1931')!;
    expect(krimpenerwaard.source_codes.split(';')).toHaveLength(5);
    expect(krimpenerwaard.identical).toBe('false');
    expect(Number(krimpenerwaard.reallocated_share)).toBeGreaterThan(0);
    expect(waterbedCsvFilename(r)).toBe('waterbed_GM0599_mean_income_per_inhabitant_keur_2012-2022.csv');
  });

  it('two targets, rook, ring 2: a ring 2 row and both targets in the file name', () => {
    const r = runWaterbed(input, request('population', { targets: ['GM0599', 'GM0606'], contiguity: 'rook', ring2: true, threshold: 1.5 }));
    const { rings, units } = checkAgainstResult(r, waterbedCsv(r));
    expect(rings.map((x) => x.ring)).toEqual(['target', 'ring1', 'ring2', 'rest', 'region']);
    expect(
      units
        .filter((x) => x.ring === 'target')
        .map((x) => x.code)
        .sort(),
    ).toEqual(['GM0599', 'GM0606']);
    expect(units.some((x) => x.ring === 'ring2')).toBe(true);
    expect(waterbedCsvFilename(r)).toBe('waterbed_GM0599-GM0606_population_2012-2022.csv');
  });

  it('the summary view renders the real result', () => {
    const r = runWaterbed(input, request('share_rented'));
    const html = renderToStaticMarkup(<WaterbedSummary lang="en" result={r} />);
    expect(html).toContain(r.summary.en);
    expect(html).toContain('adjacent (ring 1)');
    expect(html).toContain('\u22122.3 pp'); // ring 1: 43.8 % → 41.4 %
  });
});

/**
 * The waterbed CSV on the real pipeline (GM0599 Rotterdam, 2012 → 2022): the CLI's rows (waterbedTable +
 * withBlankReasons) with labels and ring names in the UI language, numbers as numbers (negative DiD not taken for
 * a formula), the Dutch variant reading back to the same numbers, and a sidecar with the unit and every setting.
 */
import { readFileSync } from 'node:fs';
import { csvParse, dsvFormat } from 'd3';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../../src/cli/node-data';
import type { Catalog } from '../../../src/data/catalog';
import { waterbedFiles } from '../../../src/features/export/waterbed';
import { createWaterbedCache, runWaterbed, type WaterbedResult, type WaterbedRow } from '../../../src/pipeline/waterbed';
import { waterbedTable, withBlankReasons } from '../../../src/pipeline/waterbed-table';
import { defaultForm, toRequest, waterbedCsvFilename } from '../../../src/views/waterbed/waterbed-model';

const YEARS = [2012, 2022];
const VARS = ['population', 'mean_income_per_inhabitant_keur', 'dwellings', 'share_rented'];
const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;
const topo = (year: number) => JSON.parse(readFileSync(`data/geo/gemeente_${year}.topo.json`, 'utf8')) as Topology;
const bare = (t: string) => {
  expect(t.charCodeAt(0)).toBe(0xfeff);
  return t.slice(1);
};

let r: WaterbedResult;
beforeAll(async () => {
  const repo = await openRepository('data', ['gemeente']);
  const rows: Record<number, WaterbedRow[]> = {};
  const topologies: Record<number, Topology> = {};
  for (const y of YEARS) {
    rows[y] = await repo.rows('gemeente', y, VARS);
    topologies[y] = topo(y);
  }
  const request = toRequest({ ...defaultForm(YEARS, 'share_rented'), targets: [{ code: 'GM0599', name: 'Rotterdam' }] }, 'gemeente');
  r = runWaterbed({ rows, topologies, variables: catalog.variables, cache: createWaterbedCache() }, request);
});

describe('waterbed export', () => {
  it("has the CLI's rows with labels and ring names in the UI language", () => {
    const [csv, meta] = waterbedFiles(r, 'nl', 'excel');
    expect(csv.name).toBe(waterbedCsvFilename(r));
    expect(meta.name).toBe(`${csv.name}.meta.json`);
    const rows = csvParse(bare(csv.text));
    expect(rows.columns.slice(0, 4)).toEqual(['soort', 'ring', 'code', 'naam']);
    expect(rows.columns).toContain('waarde 2012');
    expect(csvParse(bare(waterbedFiles(r, 'en', 'excel')[0].text)).columns).toContain('value 2012');
    const cli = withBlankReasons(waterbedTable(r), r);
    expect(rows).toHaveLength(cli.length);
    rows.forEach((row, i) => {
      expect(row.code).toBe(cli[i]!.code);
      expect(row['waarde 2022']).toBe(cli[i]!.t1);
      expect(row['verschil-in-verschil t.o.v. rest']).toBe(cli[i]!.did_vs_rest);
    });
    expect(rows[0]!.naam).toBe(r.rings[0]!.label.nl);
    // a negative DiD stays a number
    const neg = rows.find((x) => x['verschil-in-verschil t.o.v. rest']!.startsWith('-'));
    expect(neg).toBeDefined();
    expect(csv.text).not.toMatch(/'-\d/);
  });

  it('Dutch variant reads back to the same numbers; sidecar has the unit and every setting', () => {
    const [excel] = waterbedFiles(r, 'en', 'excel');
    const [dutch, meta] = waterbedFiles(r, 'en', 'dutch');
    const a = csvParse(bare(excel.text));
    const b = dsvFormat(';').parse(bare(dutch.text));
    expect(b.columns).toEqual(a.columns);
    b.forEach((row, i) => {
      for (const c of ['value 2012', 'value 2022', 'change', 'DiD vs rest'])
        if (a[i]![c] !== '') expect(Number(row[c]!.replace(',', '.')), c).toBe(Number(a[i]![c]));
    });
    const m = JSON.parse(meta.text) as { unit: string; settings: Record<string, unknown>; columns: { id: string }[] };
    expect(m.unit).toBe(r.indicator.unit);
    expect(m.settings).toEqual({ ...r.request });
    for (const k of [
      'level',
      'targets',
      'indicator',
      'from',
      'to',
      'contiguity',
      'ring2',
      'threshold',
      'region',
      'weighting',
      'trajectories',
    ])
      expect(m.settings, k).toHaveProperty(k);
    expect(m.columns.map((c) => c.id)).toEqual(Object.keys(withBlankReasons(waterbedTable(r), r)[0]!));
  });
});

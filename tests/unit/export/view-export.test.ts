/**
 * The map view as files: one row per unit with value, class and the legend's label; legend in the sidecar and in
 * the GeoJSON; labels in both languages; negative numbers stay numbers (also in the Dutch variant); a name
 * starting with "=" is neutralised in the CSV.
 */
import { readFileSync } from 'node:fs';
import { csvParse, dsvFormat } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { classify, classIndex } from '../../../src/engine/classify';
import { viewCsvFiles, viewGeojson, type ViewData } from '../../../src/features/export/view';

const VALUES = [-12.5, -3, 0, 4.25, 9, 17.75, null];
const rows = VALUES.map((value, i) => ({
  code: `GM00${10 + i}`,
  name: i === 0 ? '=SUM(A1:A9)' : i === 1 ? '-Min' : `Gemeente ${i}`,
  gemeente_code: null,
  gemeente_name: null,
  value,
}));
const classification = classify(VALUES, 'quantile', 3)!;
const view: ViewData = {
  rows,
  classes: new Map(rows.map((r) => [r.code, classIndex(r.value, classification.breaks)])),
  classification,
  colors: ['#fee0d2', '#fc9272', '#de2d26'],
  shows: 'change',
  label: 'Verandering',
  unit: 'pp',
  year: 2022,
  level: 'gemeente',
  gemeente: null,
  scope: 'klassen over het hele land',
};
const NOW = new Date('2026-12-01T20:00:00Z');
const bare = (t: string) => (t.startsWith('\ufeff') ? t.slice(1) : t);

describe('view CSV', () => {
  const [csv, meta] = viewCsvFiles(view, 'nl', 'excel', NOW);
  const [csvEn] = viewCsvFiles(view, 'en', 'excel', NOW);
  const [dutch] = viewCsvFiles(view, 'nl', 'dutch', NOW);

  it('one row per unit with value, class and the legend label; labels in the UI language', () => {
    expect(csv.name).toBe('map_gemeente_2022_change.csv');
    expect(csv.text.startsWith('\ufeff')).toBe(true);
    const nl = csvParse(bare(csv.text));
    expect(nl.columns).toEqual(['code', 'naam', 'waarde', 'klasse', 'klasse (legenda)']);
    expect(csvParse(bare(csvEn.text)).columns).toEqual(['code', 'name', 'value', 'class', 'class (legend)']);
    expect(nl.map((r) => (r.waarde === '' ? null : Number(r.waarde)))).toEqual(VALUES);
    nl.forEach((r, i) => {
      const cls = classIndex(VALUES[i], classification.breaks);
      expect(r.klasse).toBe(cls < 0 ? '' : String(cls + 1));
    });
    expect(nl[6]!['klasse (legenda)']).toBe('Geen gegevens'); // the legend's own no-data label
    const m = JSON.parse(meta.text) as {
      legend: { breaks: number[]; palette: string[]; method: string; classes: { class: number | null; label: string }[] };
    };
    expect(m.legend.breaks).toEqual(classification.breaks);
    expect(m.legend.method).toBe('quantile');
    expect(m.legend.palette).toEqual(view.colors);
    // a label starting with + is neutralised like any text
    expect(nl[5]!['klasse (legenda)']!.replace(/^'/, '')).toBe(m.legend.classes.find((c) => c.class === 3)!.label);
  });

  it('neutralises formula-like names, leaves negative numbers alone (both variants)', () => {
    expect(csv.text).toContain("'=SUM(A1:A9)");
    expect(csv.text).toContain("'-Min");
    const nl = csvParse(bare(csv.text));
    expect(nl[0]!.waarde).toBe('-12.5');
    const d = dsvFormat(';').parse(bare(dutch.text));
    expect(d[0]!.waarde).toBe('-12,5');
    expect(d.map((r) => (r.waarde === '' ? null : Number(r.waarde!.replace(',', '.'))))).toEqual(VALUES);
  });
});

describe('view GeoJSON', () => {
  it('carries the boundaries (WGS84) of the units on the map, their values and the legend', () => {
    const topo = JSON.parse(readFileSync('data/geo/gemeente_2022.topo.json', 'utf8')) as Topology;
    const all = (feature(topo, topo.objects.units!) as unknown as { features: Feature<Geometry, { code: string }>[] }).features;
    const real = all.slice(0, 3).map((f) => f.properties.code);
    const v: ViewData = { ...view, rows: rows.slice(0, 3).map((r, i) => ({ ...r, code: real[i]! })) };
    v.classes = new Map(v.rows.map((r) => [r.code, classIndex(r.value, classification.breaks)]));
    const file = viewGeojson(v, all, 'en', NOW);
    expect(file.name).toBe('map_gemeente_2022_change.geojson');
    const gj = JSON.parse(file.text) as {
      type: string;
      metadata: { legend: { breaks: number[] }; exported_at: string; source: { licence: string } };
      features: Feature<Geometry, Record<string, unknown>>[];
    };
    expect(gj.type).toBe('FeatureCollection');
    expect(gj.features.map((f) => f.properties.code)).toEqual(real);
    expect(gj.features[0]!.properties).toMatchObject({ name: '=SUM(A1:A9)', value: -12.5, class: 1 });
    expect(gj.metadata.legend.breaks).toEqual(classification.breaks);
    expect(gj.metadata.exported_at).toBe(NOW.toISOString());
    expect(gj.metadata.source.licence).toContain('CC BY 4.0');
    const coords = JSON.stringify(gj.features[0]!.geometry)
      .match(/-?\d+\.\d+/g)!
      .map(Number);
    for (let i = 0; i + 1 < coords.length; i += 2) {
      expect(coords[i]).toBeGreaterThan(3);
      expect(coords[i]).toBeLessThan(7.3);
      expect(coords[i + 1]).toBeGreaterThan(50.7);
      expect(coords[i + 1]).toBeLessThan(53.6);
    }
  });
});

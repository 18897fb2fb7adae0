import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/data/catalog';
import { anyVariable, largestOverlap } from '../../../src/app/gemeente-status';
import { gemeenteNotice } from '../../../src/app/use-code-guard';
import { noticeText } from '../../../src/app/i18n';

const layer = (key: string) => {
  const t = JSON.parse(readFileSync(`data/geo/${key}.topo.json`, 'utf8')) as Topology;
  return feature(t, t.objects.units!) as unknown as FeatureCollection;
};
const unit = (fc: FeatureCollection, code: string) => fc.features.find((f) => f.properties!.code === code)!;

describe('successor of a gemeente that no longer exists, from the boundaries', () => {
  const g2018 = layer('gemeente_2018');
  const g2022 = layer('gemeente_2022');

  it('finds Haarlemmermeer for Haarlemmerliede en Spaarnwoude (merged 2019)', () => {
    const hit = largestOverlap(unit(g2018, 'GM0393'), g2022.features);
    expect(hit).toMatchObject({ code: 'GM0394', name: 'Haarlemmermeer' });
    expect(hit!.share).toBeGreaterThan(0.95);
  });

  it('maps an unchanged gemeente onto itself', () => {
    const hit = largestOverlap(unit(g2018, 'GM0363'), g2022.features);
    expect(hit?.code).toBe('GM0363');
    expect(hit!.share).toBeGreaterThan(0.98);
  });

  it('words the notices, with the successor as a way out', () => {
    const n = gemeenteNotice({
      kind: 'gone',
      code: 'GM0393',
      name: 'Haarlemmerliede en Spaarnwoude',
      year: 2022,
      last: 2018,
      successor: { code: 'GM0394', name: 'Haarlemmermeer' },
    });
    expect(n.action).toEqual({ kind: 'open_gemeente', code: 'GM0394', name: 'Haarlemmermeer' });
    expect(noticeText('nl', n)).toContain('Haarlemmerliede en Spaarnwoude (GM0393) bestaat niet meer in 2022');
    expect(noticeText('en', n)).toContain('its area now belongs to Haarlemmermeer (GM0394)');
    expect(noticeText('nl', gemeenteNotice({ kind: 'unknown', code: 'GM9999' }))).toContain('Gemeente GM9999 bestaat niet in de gegevens');
  });

  it('picks a variable that has values in the year', () => {
    const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;
    expect(anyVariable(catalog, 'wijk', 2022)).toBe('population');
    expect(anyVariable(catalog, 'wijk', 1990)).toBeNull();
  });
});

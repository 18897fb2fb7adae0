import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Catalog } from '../../../src/data/catalog';
import { buildSearchIndex } from '../../../src/app/search-index';
import { sortScaleItems, type ScaleItem } from '../../../src/features/buurt/ScaleChart';
import { BUURT_MAP_FALLBACK, BUURT_YEAR, buurtView, levelOfCode, mapCodeOf } from '../../../src/features/buurt/selection';
import { BUURT_STRINGS } from '../../../src/features/buurt/strings';
import { withBuurten } from '../../../src/features/buurt/use-buurt-rows';

const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;

describe('buurt selection', () => {
  it('reads the level from the code and maps a buurt to its wijk (Amsterdam letter codes too)', () => {
    expect(levelOfCode('BU0363KA05')).toBe('buurt');
    expect(levelOfCode('WK036300')).toBe('wijk');
    expect(levelOfCode('GM0363')).toBe('gemeente');
    expect(levelOfCode(null)).toBe('gemeente');
    expect(mapCodeOf('BU0363KA05')).toBe('WK0363KA');
    expect(mapCodeOf('BU05990515')).toBe('WK059905');
    expect(mapCodeOf('WK036300')).toBe('WK036300');
    expect(mapCodeOf(null)).toBeNull();
  });

  it('opens the wijk map of the buurt year, keeping the indicator only when the wijken of that year have it', () => {
    expect(buurtView(catalog, 'share_age_65plus', 'BU0363KA05')).toEqual({
      level: 'wijk',
      gemeente: 'GM0363',
      selected: 'BU0363KA05',
      year: BUURT_YEAR,
      variable: 'share_age_65plus',
    });
    // Low income has no wijk values in 2024: the map falls back to an indicator it has.
    expect(buurtView(catalog, 'share_income_low', 'BU0363KA05').variable).toBe(BUURT_MAP_FALLBACK);
    expect(catalog.variables.find((v) => v.id === BUURT_MAP_FALLBACK)?.availability.wijk).toContain(BUURT_YEAR);
  });
});

describe('buurt search', () => {
  const places = buildSearchIndex([
    { code: 'GM0363', name: 'Amsterdam', level: 'gemeente', year: 2024 },
    { code: 'WK0363KA', name: 'Hoofddorppleinbuurt', level: 'wijk', gemeente_code: 'GM0363', gemeente_name: 'Amsterdam', year: 2024 },
  ]);
  const buurten = buildSearchIndex([
    {
      code: 'BU0363KA05',
      name: 'Aalsmeerwegbuurt-Oost',
      level: 'buurt',
      gemeente_code: 'GM0363',
      gemeente_name: 'Amsterdam',
      wijk_code: 'WK0363KA',
      wijk_name: 'Hoofddorppleinbuurt',
      year: 2024,
    },
    { code: 'BU0363KA03', name: 'Hoofddorpplein', level: 'buurt', gemeente_code: 'GM0363', gemeente_name: 'Amsterdam', year: 2024 },
  ]);

  it('finds a buurt with its wijk and gemeente', () => {
    const [r] = withBuurten(places.search, buurten)('aalsmeerweg');
    expect(r).toMatchObject({ code: 'BU0363KA05', level: 'buurt', wijkName: 'Hoofddorppleinbuurt', gemeenteName: 'Amsterdam' });
  });

  it('merges by match quality, gemeenten and wijken first on ties, and keeps the limit', () => {
    const hits = withBuurten(places.search, buurten)('hoofddorpplein');
    expect(hits.map((h) => h.code)).toEqual(['BU0363KA03', 'WK0363KA']); // exact name before prefix
    expect(withBuurten(places.search, buurten)('a', 1)).toHaveLength(1);
    expect(withBuurten(places.search, null)).toBe(places.search);
  });

  it('finds a buurt by its letter code, any case', () => {
    expect(buurten.search('bu0363ka05')[0]?.code).toBe('BU0363KA05');
  });
});

describe('scale chart order', () => {
  const items: ScaleItem[] = [
    { code: 'GM1', name: 'Beta', wijk: 0.1, buurt: 0.3 },
    { code: 'GM2', name: 'Alpha', wijk: 0.2, buurt: 0.25 },
    { code: 'GM3', name: 'Gamma', wijk: null, buurt: 0.4 },
  ];
  it('sorts by the buurt value, the wijk value, the gap or the name', () => {
    expect(sortScaleItems(items, 'buurt', 'nl').map((d) => d.code)).toEqual(['GM3', 'GM1', 'GM2']);
    expect(sortScaleItems(items, 'wijk', 'nl').map((d) => d.code)).toEqual(['GM2', 'GM1', 'GM3']);
    expect(sortScaleItems(items, 'gap', 'nl').map((d) => d.code)).toEqual(['GM3', 'GM1', 'GM2']);
    expect(sortScaleItems(items, 'name', 'nl').map((d) => d.code)).toEqual(['GM2', 'GM1', 'GM3']);
  });
});

describe('buurt strings', () => {
  it('has every key in Dutch and English, with the same placeholders', () => {
    for (const [key, s] of Object.entries(BUURT_STRINGS)) {
      expect(s.nl, key).not.toBe('');
      expect(s.en, key).not.toBe('');
      const ph = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(ph(s.en), key).toEqual(ph(s.nl));
    }
  });
});

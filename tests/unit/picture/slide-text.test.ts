import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/engine/classify';
import { pictureFileName, slug } from '../../../src/views/picture/file-name';
import { legendRows, slideSubtitle } from '../../../src/views/picture/slide-text';
import { legendDigits, legendItems, legendLabel } from '../../../src/views/map/legend-items';
import { paletteColors } from '../../../src/views/map/palette';

describe('slide texts', () => {
  it('names year, area and level in the UI language', () => {
    expect(slideSubtitle('nl', 2022, 'gemeente', null)).toBe('2022 · Nederland, gemeenten');
    expect(slideSubtitle('en', 2022, 'gemeente', null)).toBe('2022 · The Netherlands, municipalities');
    expect(slideSubtitle('nl', 2020, 'wijk', 'Amsterdam')).toBe('2020 · Amsterdam, wijken');
    expect(slideSubtitle('en', 2020, 'wijk', "'s-Gravenhage")).toBe("2020 · 's-Gravenhage, districts");
  });

  it('gives the legend rows of the side panel: same labels, colours, counts and the no-data row', () => {
    const values = [10, 12, 15, 20, 21, 30, 31, 33, 1000.5, null, null];
    const colors = paletteColors('ylgnbu', 4);
    const items = legendItems(classify(values, 'quantile', 4), colors);
    const rows = legendRows('nl', items, 'count');
    const digits = legendDigits(items, 'count');
    expect(rows.map((r) => r.label)).toEqual(items.map((it) => legendLabel('nl', it, 'count', digits)));
    expect(rows.map((r) => r.color)).toEqual(items.map((it) => it.color));
    expect(rows.map((r) => Number(r.count))).toEqual(items.map((it) => it.count));
    expect(rows.at(-1)).toMatchObject({ label: 'Geen gegevens', count: '2', noData: true });
    expect(rows.filter((r) => r.noData)).toHaveLength(1);
    expect(rows.slice(0, -1).reduce((s, r) => s + Number(r.count), 0)).toBe(9);
  });
});

describe('file names', () => {
  it('are readable ASCII slugs', () => {
    expect(slug("Aandeel personen met laag inkomen (%) — 's-Gravenhage")).toBe('aandeel-personen-met-laag-inkomen-s-gravenhage');
    expect(slug('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    expect(pictureFileName(['Aandeel laag inkomen', 2022, '', '1920x1080'], 'png')).toBe(
      'segregatieverkenner-aandeel-laag-inkomen-2022-1920x1080.png',
    );
  });
  it('stay short and never end in a dash', () => {
    const name = pictureFileName(['x'.repeat(60), 'y '.repeat(60)], 'svg');
    expect(name.length).toBeLessThanOrEqual(104);
    expect(name).toMatch(/^segregatieverkenner-x+-[y-]*[a-z0-9]\.svg$/);
  });
});

/**
 * The segregation index as an indicator entry of the waterbed form (ids, supported years, labels, URL round trip)
 * and the waterbed map key (units outside the comparison as a class of their own, counts, ring line swatches).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/data/catalog';
import { DEFAULT_STATE, parseState, serializeState, type ViewState } from '../../../src/app/url-state';
import { comparable, linkYears } from '../../../src/app/url-state-waterbed';
import { variablesOf, groupDefinitionById } from '../../../src/engine/groups';
import {
  indexIndicatorId,
  indexIndicatorOptions,
  indexMapVariable,
  indexYears,
  isIndexIndicator,
  parseIndexIndicator,
  toIndexRequest,
  yearList,
} from '../../../src/views/waterbed/index-indicator';
import { OUTSIDE_CLASS, OUTSIDE_COLOR, RING_LINE_WIDTH, ringKey, waterbedLegend } from '../../../src/views/waterbed/map-key-model';
import { RING_COLORS } from '../../../src/views/waterbed/waterbed-model';
import { legendItems, legendLabel } from '../../../src/views/map/legend-items';
import { WARN_COLOR } from '../../../src/views/map/map-style';
import type { LegendItem } from '../../../src/views/map/legend-items';

const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;

/** Independent: the years every variable of the group has at wijk level, with gemeente boundaries. */
function expectedYears(group: string): number[] {
  const def = groupDefinitionById(group)!;
  const sets = variablesOf(def).map((v) => catalog.variables.find((c) => c.id === v)?.availability.wijk ?? []);
  return (catalog.geometry.gemeente ?? []).filter((y) => sets.every((s) => s.includes(y))).sort((a, b) => a - b);
}

describe('segregation index as a waterbed indicator', () => {
  it('parses only its own ids, of known two-group definitions', () => {
    expect(indexIndicatorId('D', 'age_65plus')).toBe('index-D-age_65plus');
    expect(parseIndexIndicator('index-H-age_0_14')).toEqual({ index: 'H', group: 'age_0_14' });
    expect(parseIndexIndicator('index-D-age5')).toBeNull(); // multigroup
    expect(parseIndexIndicator('index-D-nope')).toBeNull();
    expect(parseIndexIndicator('index-M-age_65plus')).toBeNull();
    expect(parseIndexIndicator('share_age_65plus')).toBeNull();
    expect(isIndexIndicator('mean_income_per_inhabitant_keur')).toBe(false);
  });

  it('offers the years in which the group is published per wijk (and only groups with two or more)', () => {
    expect(indexYears(catalog, 'age_65plus')).toEqual(expectedYears('age_65plus'));
    expect(indexYears(catalog, 'age_65plus')).toEqual([2022, 2024]);
    expect(indexYears(catalog, 'income_low')).toEqual([2022]);
    const options = indexIndicatorOptions(catalog);
    const groups = new Set(options.map((o) => parseIndexIndicator(o.id)!.group));
    for (const g of groups) expect(expectedYears(g).length).toBeGreaterThanOrEqual(2);
    expect(groups.has('income_low')).toBe(false);
    expect(options.map((o) => o.id)).toEqual(expect.arrayContaining(['index-D-age_65plus', 'index-H-age_65plus']));
    const d65 = options.find((o) => o.id === 'index-D-age_65plus')!;
    expect(d65.kind).toBe('index');
    expect(d65.label.nl).toBe('Segregatie D (ongelijkheid): 65 jaar en ouder');
    expect(d65.label.en).toBe('Segregation D (dissimilarity): Aged 65 and over');
    expect(d65.yearsNote.nl).toContain('alleen voor 2022 en 2024');
    expect(d65.yearsNote.en).toContain('only for 2022 and 2024');
  });

  it('lists years in words', () => {
    expect(yearList('nl', [2022])).toBe('2022');
    expect(yearList('nl', [2017, 2022, 2024])).toBe('2017, 2022 en 2024');
    expect(yearList('en', [2022, 2024])).toBe('2022 and 2024');
  });

  it('is comparable for gemeenten only, with its own years in links', () => {
    expect(comparable(catalog, 'gemeente', 'index-D-age_65plus')).toBe(true);
    expect(comparable(catalog, 'wijk', 'index-D-age_65plus')).toBe(false);
    expect(comparable(catalog, 'gemeente', 'index-D-income_low')).toBe(false);
    expect(linkYears(catalog, 'gemeente', 'index-H-age_0_14')).toEqual(expectedYears('age_0_14'));
  });

  it('round-trips through the URL (wbkenmerk) and rejects years it does not support', () => {
    const s: ViewState = {
      ...DEFAULT_STATE,
      mode: 'waterbed',
      waterbed: {
        level: 'gemeente',
        targets: ['GM0599'],
        indicator: 'index-D-age_65plus',
        from: 2022,
        to: 2024,
        contiguity: 'queen',
        ring2: false,
        threshold: 2,
        weighting: 'auto',
        mapView: 'change',
        run: true,
      },
    };
    const q = serializeState(s);
    expect(q).toContain('wbkenmerk=index-D-age_65plus');
    expect(parseState(q, catalog)).toEqual({ state: s, warnings: [] });
    const bad = parseState(q.replace('van=2022', 'van=2012'), catalog);
    expect(bad.state.waterbed?.from).toBe(2022);
    expect(bad.warnings.length).toBeGreaterThan(0);
  });

  it('turns a gemeente request into the index request; the map shows the group share', () => {
    const base = { level: 'gemeente' as const, targets: ['GM0599'], from: 2022, to: 2024, contiguity: 'rook' as const, ring2: true };
    expect(toIndexRequest({ ...base, indicator: 'index-H-age_0_14' })).toEqual({
      targets: ['GM0599'],
      group: 'age_0_14',
      index: 'H',
      from: 2022,
      to: 2024,
      contiguity: 'rook',
      ring2: true,
    });
    expect(toIndexRequest({ ...base, indicator: 'share_age_0_14' })).toBeNull();
    expect(toIndexRequest({ ...base, level: 'wijk', indicator: 'index-H-age_0_14' })).toBeNull();
    expect(indexMapVariable('index-D-age_65plus')).toBe('share_age_65plus');
    expect(indexMapVariable('share_age_65plus')).toBeNull();
  });
});

describe('waterbed map key', () => {
  const colors = ['#111111', '#222222', '#333333'];
  // 8 units: a..e in the comparison (e without data), x, y, z outside (z has a value: index comparisons show the share).
  const classes = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 2],
    ['d', 2],
    ['e', -1],
    ['x', -1],
    ['y', -1],
    ['z', 0],
  ]);
  const classification = { breaks: [0, 1, 2, 3], counts: [2, 1, 2], noData: 3 };
  const items: LegendItem[] = [
    { cls: 0, color: colors[0]!, from: 0, to: 1, count: classification.counts[0]! },
    { cls: 1, color: colors[1]!, from: 1, to: 2, count: classification.counts[1]! },
    { cls: 2, color: colors[2]!, from: 2, to: 3, count: classification.counts[2]! },
    { cls: -1, color: '#c8c8c8', from: null, to: null, count: classification.noData },
  ];
  const comparison = new Set(['a', 'b', 'c', 'd', 'e']);

  it('gives units outside the comparison their own class, colour and count', () => {
    const k = waterbedLegend({ items, classes, colors, comparison, counted: null, outsideLabel: 'Niet in de vergelijking' });
    expect(k.colors).toEqual([...colors, OUTSIDE_COLOR]);
    expect(k.classes!.get('x')).toBe(3);
    expect(k.classes!.get('z')).toBe(3);
    expect(k.classes!.get('e')).toBe(-1);
    expect(k.classes!.get('a')).toBe(0);
    expect(k.items.map((i) => [i.cls, i.count])).toEqual([
      [0, 1],
      [1, 1],
      [2, 2],
      [-1, 1],
      [OUTSIDE_CLASS, 3],
    ]);
    // every unit counted once
    expect(k.items.reduce((s, i) => s + i.count, 0)).toBe(classes.size);
    expect(legendLabel('nl', k.items.at(-1)!, 'percent', 1)).toBe('Niet in de vergelijking');
    expect(legendLabel('nl', k.items.at(-2)!, 'percent', 1)).toBe('Geen gegevens');
    expect(OUTSIDE_COLOR).not.toBe(items[3]!.color);
  });

  it('counts only the units in view when the classes are over the view; passes through without a comparison', () => {
    const k = waterbedLegend({
      items,
      classes,
      colors,
      comparison,
      counted: new Set(['a', 'e', 'x']),
      outsideLabel: 'Not in the comparison',
    });
    expect(k.items.map((i) => i.count)).toEqual([1, 0, 0, 1, 1]);
    const none = waterbedLegend({ items, classes, colors, comparison: null, counted: null, outsideLabel: '' });
    expect(none.items).toEqual(items);
    expect(none.colors).toEqual(colors);
    expect(legendItems(null, colors).at(-1)!.cls).toBe(-1);
  });

  it('keys the ring outlines in the map colours and widths, in ring order, with the warning outline when marked', () => {
    const key = ringKey(['rest', 'target', 'ring1', 'rest'], (r) => r.toUpperCase(), { count: 2, label: 'past niet' });
    expect(key.map((e) => e.id)).toEqual(['target', 'ring1', 'rest', 'marked']);
    expect(key[0]).toEqual({ id: 'target', label: 'TARGET', color: RING_COLORS.target, width: RING_LINE_WIDTH.target, dash: null });
    expect(key[3]!.color).toBe(WARN_COLOR);
    expect(key[3]!.dash).not.toBeNull();
    expect(ringKey(['target'], String, { count: 0, label: '' }).map((e) => e.id)).toEqual(['target']);
  });
});

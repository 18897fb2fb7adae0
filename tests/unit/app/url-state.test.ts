import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/data/catalog';
import { formatValue } from '../../../src/app/i18n';
import { DEFAULT_STATE, parseState, reconcile, serializeState, yearsFor } from '../../../src/app/url-state';

const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;

describe('URL state', () => {
  it('round-trips a valid state', () => {
    const s = {
      ...DEFAULT_STATE,
      level: 'wijk' as const,
      year: 2024,
      variable: 'population',
      gemeente: 'GM0599',
      lang: 'en' as const,
      group: 'age_65plus',
      rankIndex: 'H' as const,
      mapMode: 'lq' as const,
      drawer: 'charts' as const,
      selected: 'WK059901',
      yVariable: 'share_age_0_14',
    };
    expect(parseState(serializeState(s), catalog)).toEqual({ state: s, warnings: [] });
  });

  it('defaults on an empty query', () => {
    expect(parseState('', catalog)).toEqual({ state: DEFAULT_STATE, warnings: [] });
  });

  it('ignores hostile or broken parameters with a message and keeps working', () => {
    const r = parseState("?gm=GM0363'%20OR%201=1&var=<script>alert(1)</script>&jaar=20x2&lang=fr&lvl=buurt", catalog);
    expect(r.state).toEqual(DEFAULT_STATE);
    expect(r.warnings.map((w) => w.code)).toEqual([
      'unknown_language',
      'invalid_gemeente',
      'unknown_level',
      'unknown_variable',
      'invalid_year',
    ]);
    const long = parseState('?var=' + 'x'.repeat(5000), catalog);
    expect(long.state).toEqual(DEFAULT_STATE);
    expect(long.warnings).toHaveLength(1);
  });

  it('moves to the nearest available year and a variable that exists at the level', () => {
    const r = reconcile({ ...DEFAULT_STATE, variable: 'share_income_low', year: 2019 }, catalog);
    expect(r.state.year).toBe(2022);
    expect(r.note?.code).toBe('year_unavailable');
    const w = reconcile({ ...DEFAULT_STATE, level: 'wijk', variable: 'mean_income_per_recipient_keur', year: 2022 }, catalog);
    expect(w.state.variable).toBe('population');
    expect(w.note?.code).toBe('variable_unavailable');
    expect(yearsFor(catalog, 'wijk', 'share_age_65plus')).toEqual([2022, 2024]);
  });
});

describe('number formats per locale', () => {
  it('formats Dutch and English', () => {
    expect(formatValue('nl', 1234.56, 'keur')).toBe('1.234,6 × €1.000');
    expect(formatValue('en', 1234.56, 'keur')).toBe('1,234.6 × €1,000');
    expect(formatValue('nl', 39.8, 'percent')).toBe('39,8%');
    expect(formatValue('nl', 882633, 'count')).toBe('882.633');
    expect(formatValue('en', null, 'count')).toBe('No data');
    expect(formatValue('nl', Number.NaN, 'count')).toBe('Geen gegevens');
  });
});

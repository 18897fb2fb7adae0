import { describe, expect, it } from 'vitest';
import { formatNumber, formatSigned, formatValue, MINUS, noticeText } from '../../../src/app/i18n';
import { pluralKey } from '../../../src/app/plural';
import { reconcile } from '../../../src/app/url-state';
import type { Catalog } from '../../../src/data/catalog';

describe('numbers in displayed text', () => {
  it('never shows -0 and uses a real minus', () => {
    expect(formatNumber('nl', -0.04, 1)).toBe('0');
    expect(formatNumber('en', -0, 1)).toBe('0');
    expect(formatNumber('nl', -1234.56, 1)).toBe(`${MINUS}1.234,6`);
    expect(formatValue('nl', -0.02, 'percent')).toBe('0%');
    expect(formatValue('en', -3.25, 'keur')).toBe(`${MINUS}3.3 × €1,000`);
  });

  it('signs changes, but not one that rounds to zero', () => {
    expect(formatSigned('nl', 1.24)).toBe('+1,2');
    expect(formatSigned('nl', -1.24)).toBe(`${MINUS}1,2`);
    expect(formatSigned('nl', 0.04)).toBe('0');
    expect(formatValue('nl', 0.01, 'pp')).toBe('0 procentpunt');
    expect(formatValue('en', -0.5, 'pp')).toBe(`${MINUS}0.5 percentage points`);
  });

  it('shows a fixed number of decimals when asked', () => {
    expect(formatValue('nl', 42, 'percent', 1)).toBe('42,0%');
    expect(formatNumber('en', 2, 2, 2)).toBe('2.00');
  });
});

describe('plural forms', () => {
  it('picks one/other per language', () => {
    expect(pluralKey('nl', 'resultsCount', 1)).toBe('resultsCount_one');
    expect(pluralKey('nl', 'resultsCount', 0)).toBe('resultsCount_other');
    expect(pluralKey('en', 'resultsCount', 8)).toBe('resultsCount_other');
  });
});

describe('notices name variables and levels in words', () => {
  const catalog = {
    variables: [
      { id: 'population', label: { nl: 'Inwoners', en: 'Inhabitants' }, availability: { gemeente: [2020, 2022], wijk: [2022] } },
      {
        id: 'share_income_low',
        label: { nl: 'Aandeel lage inkomens', en: 'Share of low incomes' },
        availability: { gemeente: [2019, 2022], wijk: [2022] },
      },
    ],
  } as unknown as Catalog;

  it('year_unavailable shows the label, not the id', () => {
    const base = reconcile(
      { lang: 'nl', level: 'gemeente', year: 2012, variable: 'share_income_low', yVariable: 'population' } as never,
      catalog,
    );
    expect(base.note?.code).toBe('year_unavailable');
    const nl = noticeText('nl', base.note!);
    expect(nl).toContain('"Aandeel lage inkomens"');
    expect(nl).toContain('gemeenten');
    expect(nl).not.toContain('share_income_low');
    expect(noticeText('en', base.note!)).toContain('"Share of low incomes" for municipalities');
  });
});

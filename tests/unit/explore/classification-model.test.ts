import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/engine/classify';
import {
  breaksErrorText,
  classifyWithSettings,
  DEFAULT_SETTINGS,
  formatBreaksText,
  parseBreaksText,
  settingsColors,
} from '../../../src/views/explore/classification-model';
import { colorsFor, neutralColor } from '../../../src/views/explore/palettes';

const ok = (text: string, lang: 'nl' | 'en') => {
  const r = parseBreaksText(text, lang);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.breaks;
};

describe('parseBreaksText', () => {
  it('Dutch: decimal comma, "; " / ", " / spaces separate, dot thousands', () => {
    expect(ok('10; 20,5; 30', 'nl')).toEqual([10, 20.5, 30]);
    expect(ok('10, 20, 30', 'nl')).toEqual([10, 20, 30]);
    expect(ok('10 20,5 30', 'nl')).toEqual([10, 20.5, 30]);
    expect(ok('1.000; 2.500,5; 10.000', 'nl')).toEqual([1000, 2500.5, 10000]);
    expect(ok('0.5; 1.25; 2', 'nl')).toEqual([0.5, 1.25, 2]);
    expect(ok('−5; 0; 5', 'nl')).toEqual([-5, 0, 5]);
  });

  it('English: decimal point, commas separate', () => {
    expect(ok('10, 20.5, 30', 'en')).toEqual([10, 20.5, 30]);
    expect(ok('10,20,30', 'en')).toEqual([10, 20, 30]);
    expect(ok('-1e3; 0; 1e3', 'en')).toEqual([-1000, 0, 1000]);
  });

  it('reports the offending token, order, and class-count errors', () => {
    expect(parseBreaksText('10; abc; 30', 'nl')).toEqual({ ok: false, error: { code: 'not_a_number', token: 'abc' } });
    expect(parseBreaksText('10,20,30', 'nl')).toEqual({ ok: false, error: { code: 'not_a_number', token: '10,20,30' } });
    expect(parseBreaksText('0x10; 20', 'en')).toMatchObject({ ok: false, error: { code: 'not_a_number' } });
    expect(parseBreaksText('', 'nl')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(parseBreaksText('30; 20', 'nl')).toMatchObject({ ok: false, error: { code: 'not_ascending', index: 1 } });
    expect(parseBreaksText('1 2 3 4 5 6 7 8 9', 'en')).toMatchObject({ ok: false, error: { code: 'too_many' } });
    expect(parseBreaksText('5; 5; 6', 'nl')).toEqual({ ok: true, breaks: [5, 6], duplicatesRemoved: 1 });
  });

  it('gives clear messages in both languages', () => {
    const e = parseBreaksText('10; 30; 20', 'nl');
    if (e.ok) throw new Error();
    expect(breaksErrorText('nl', e.error)).toBe('Grens 3 (20) is kleiner dan de vorige (30); grenzen moeten oplopen.');
    expect(breaksErrorText('en', e.error)).toBe('Break 3 (20) is smaller than the one before (30); breaks must be ascending.');
    expect(breaksErrorText('en', { code: 'not_a_number', token: 'x' })).toBe('"x" is not a number.');
    expect(breaksErrorText('nl', { code: 'too_few', classes: 2, min: 3 })).toMatch(/2 klassen; er zijn er minstens 3/);
  });

  it('formatBreaksText round-trips in both languages', () => {
    const breaks = [-3, 0.1234567, 12.5, 1000];
    for (const lang of ['nl', 'en'] as const) expect(ok(formatBreaksText(breaks, lang), lang)).toEqual([-3, 0.1235, 12.5, 1000]);
    expect(formatBreaksText(breaks, 'nl')).toBe('-3; 0,1235; 12,5; 1000');
    expect(formatBreaksText(breaks, 'en')).toBe('-3; 0.1235; 12.5; 1000');
  });
});

describe('classifyWithSettings and settingsColors', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('uses the method and k, and manual breaks when valid', () => {
    expect(classifyWithSettings(values, { ...DEFAULT_SETTINGS, method: 'equal', k: 3 })).toEqual(classify(values, 'equal', 3));
    expect(classifyWithSettings(values, { ...DEFAULT_SETTINGS, method: 'manual', manualBreaks: [3, 6] })!.breaks).toEqual([3, 6]);
  });

  it('manual without valid breaks falls back to quantiles instead of throwing', () => {
    expect(classifyWithSettings(values, { ...DEFAULT_SETTINGS, method: 'manual', manualBreaks: [], k: 4 })).toEqual(
      classify(values, 'quantile', 4),
    );
  });

  it('sequential colours ignore the centre; diverging ones centre on the national value or zero', () => {
    const c = classify(values, 'manual', 4, { breaks: [3, 5, 7] })!;
    expect(settingsColors(c, { ...DEFAULT_SETTINGS, palette: 'viridis' }, 5.5)).toEqual(colorsFor('viridis', 4));
    const nat = settingsColors(c, { ...DEFAULT_SETTINGS, palette: 'rdbu', centre: 'national' }, 4);
    expect(nat[1]).toBe(neutralColor('rdbu'));
    const change = classify([-3, -1, 1, 2, 4], 'manual', 4, { breaks: [-2, 0, 2] })!;
    const zero = settingsColors(change, { ...DEFAULT_SETTINGS, palette: 'puor', centre: 'zero' }, 123);
    expect(zero).toHaveLength(4);
    expect(zero).not.toContain(neutralColor('puor')); // 0 is a break: the sides meet there
  });
});

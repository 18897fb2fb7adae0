import { describe, expect, it } from 'vitest';
import { caveatText, COUNTED_WARNINGS, PLAIN_WARNINGS, WARNING_STRINGS, warningText } from '../../../src/app/i18n-warnings';
import { MINUS } from '../../../src/app/i18n';
import type { EngineWarning, WarningCode } from '../../../src/engine/result';
import { dissimilarity } from '../../../src/engine/indices/dissimilarity';
import { negativeRemainderWarning } from '../../../src/pipeline/indices-buurt';

/** Every code of the WarningCode union, once: adding a code to the type without listing it here fails to compile. */
const ALL_CODES: Record<WarningCode, true> = {
  excluded_zero_population: true,
  excluded_invalid: true,
  excluded_missing_data: true,
  missing_spatial: true,
  small_units: true,
  empty_group: true,
  isolated_units: true,
  negative_spatial_adjustment: true,
  replicates_skipped: true,
  rounded_unit_sizes: true,
  approximate_counts: true,
  negative_derived_count: true,
  large_region: true,
};

const w = (code: WarningCode, count?: number, params?: Record<string, number>): EngineWarning => ({
  code,
  message: `ENGINE MESSAGE ${code}`,
  ...(count === undefined ? {} : { count }),
  ...(params ? { params } : {}),
});

describe('warning texts', () => {
  it('every warning code the engine can emit has a text in both languages', () => {
    const listed = [...COUNTED_WARNINGS, ...PLAIN_WARNINGS];
    expect([...listed].sort()).toEqual(Object.keys(ALL_CODES).sort());
    for (const code of COUNTED_WARNINGS)
      for (const form of ['one', 'other'])
        for (const lang of ['nl', 'en'] as const) expect(WARNING_STRINGS[`${code}_${form}`]?.[lang]).toBeTruthy();
    for (const code of PLAIN_WARNINGS) for (const lang of ['nl', 'en'] as const) expect(WARNING_STRINGS[code]?.[lang]).toBeTruthy();
  });

  it('renders every code from the table, never the engine message, when the numbers are there', () => {
    for (const code of Object.keys(ALL_CODES) as WarningCode[]) {
      const warning = w(code, 2, { median: 42.5, threshold: 100 });
      for (const lang of ['nl', 'en'] as const) {
        const text = warningText(lang, warning);
        expect(text).not.toContain('ENGINE MESSAGE');
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('uses plurals and the number format of the language', () => {
    expect(warningText('nl', w('excluded_zero_population', 1))).toBe('1 eenheid zonder inwoners uitgesloten');
    expect(warningText('nl', w('excluded_zero_population', 1234))).toBe('1.234 eenheden zonder inwoners uitgesloten');
    expect(warningText('en', w('excluded_zero_population', 1))).toBe('1 unit with zero population excluded');
    expect(warningText('en', w('excluded_zero_population', 3))).toBe('3 units with zero population excluded');
    expect(warningText('nl', w('replicates_skipped', 1))).toBe('1 replicatie had minder dan twee niet-lege groepen en is overgeslagen');
    expect(warningText('nl', negativeRemainderWarning(2))).toMatch(/^2 eenheden uitgesloten: een afgeleid aantal/);
  });

  it('says the small-unit warning of the engine in Dutch, with the median in Dutch format', () => {
    const r = dissimilarity([3, 5, 1], [4, 2, 8]);
    const small = r.meta.warnings.find((x) => x.code === 'small_units')!;
    expect(small.message).toMatch(/^median unit size is 7 \(< 100\)/); // the engine's English is unchanged
    expect(warningText('nl', small)).toMatch(/^De mediane eenheidsgrootte is 7 \(< 100\)/);
    expect(warningText('nl', { ...small, params: { median: 7.5, threshold: 100 } })).toContain('is 7,5 (< 100)');
  });

  it('falls back to the engine message for an unknown code or missing numbers', () => {
    expect(warningText('nl', { code: 'not_a_code' as WarningCode, message: 'something odd' })).toBe('something odd');
    expect(warningText('nl', w('empty_group'))).toBe('ENGINE MESSAGE empty_group');
    expect(warningText('nl', w('small_units'))).toBe('ENGINE MESSAGE small_units');
    expect(warningText('nl', w('approximate_counts'))).toBe('De aantallen zijn geschat uit afgeronde CBS-percentages');
  });

  it('says the index-waterbed caveats in both languages', () => {
    const gone = { code: 'gemeenten_changed', params: { count: 1, from: 2022, to: 2024 } } as const;
    expect(caveatText('nl', gone)).toBe(
      '1 gemeente van 2022 bestaat in 2024 niet meer; haar wijken volgen de gemeente die er het meeste van kreeg',
    );
    expect(caveatText('en', { ...gone, params: { ...gone.params, count: 3 } })).toMatch(
      /^3 municipalities of 2022 no longer exist in 2024/,
    );
    const left = { code: 'wijken_excluded', params: { count: 5, countFrom: 2, countTo: 3, from: 2022, to: 2024 } } as const;
    expect(caveatText('nl', left)).toBe('Wijken zonder bruikbare gegevens zijn weggelaten (2022: 2, 2024: 3)');
    expect(caveatText('en', left)).not.toContain(MINUS);
  });
});

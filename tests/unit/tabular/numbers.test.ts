import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  parseNumberColumn,
  readNumberCell,
  CELL_EMPTY,
  CELL_INVALID,
  CELL_SUPPRESSED,
  CELL_VALUE,
  MAX_COUNT,
} from '../../../src/data/tabular/numbers';

const count = { name: 'count' };
const values = (cells: string[], delimiter?: string) => parseNumberColumn(cells, { ...count, delimiter });

/** Format a non-negative number with thousands groups, Dutch or international. */
function format(intPart: number, decimals: string, locale: 'nl' | 'international'): string {
  const [group, point] = locale === 'nl' ? ['.', ','] : [',', '.'];
  const grouped = String(intPart).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return decimals ? `${grouped}${point}${decimals}` : grouped;
}

describe('readNumberCell', () => {
  it('reads a cell in both conventions', () => {
    expect(readNumberCell('1234', count)).toEqual({ kind: 'value', nl: 1234, intl: 1234 });
    expect(readNumberCell('1.200', count)).toEqual({ kind: 'value', nl: 1200, intl: 1.2 });
    expect(readNumberCell('1,200', count)).toEqual({ kind: 'value', nl: 1.2, intl: 1200 });
    expect(readNumberCell('1.234,5', count)).toMatchObject({ nl: 1234.5, intl: NaN });
    expect(readNumberCell('1,234.5', count)).toMatchObject({ nl: NaN, intl: 1234.5 });
    expect(readNumberCell(' 12,5 ', count)).toMatchObject({ nl: 12.5, intl: NaN });
    expect(readNumberCell('0.500', count)).toMatchObject({ nl: NaN, intl: 0.5 });
    expect(readNumberCell('', count)).toEqual({ kind: 'missing', state: CELL_EMPTY });
    expect(readNumberCell('.', count)).toEqual({ kind: 'missing', state: CELL_SUPPRESSED });
  });

  it('refuses hexadecimal, exponents, Infinity, NaN, underscores, spaces, a lone dash and negatives in words', () => {
    const cases: [string, RegExp][] = [
      ['0x10', /hexadecimal/],
      ['1e3', /scientific/],
      ['1.5E+2', /scientific/],
      ['Infinity', /not a finite number/],
      ['-inf', /not a finite number/],
      ['NaN', /is not a number; leave the cell empty/],
      ['1_000', /"_"/],
      ['1 200', /space/],
      ['-', /write 0 for zero/],
      ['-3', /negative/],
      ['−3', /negative/],
      ['abc', /"abc" is not a number/],
      ['12,5.3', /not a number/],
    ];
    for (const [raw, match] of cases) {
      const r = readNumberCell(raw, count);
      expect(r.kind, raw).toBe('invalid');
      if (r.kind === 'invalid') expect(r.message.en, raw).toMatch(match);
    }
    expect(readNumberCell('-3', { ...count, allowNegative: true })).toMatchObject({ nl: -3, intl: -3 });
  });
});

describe('parseNumberColumn', () => {
  it('decides the convention from the whole column', () => {
    expect(values(['1.200', '12,5'])).toMatchObject({ locale: 'nl', values: Float64Array.from([1200, 12.5]), errors: [] });
    expect(values(['1.200', '1,234.5'])).toMatchObject({ locale: 'international', values: Float64Array.from([1.2, 1234.5]) });
    expect(values(['1.200', '1.234.567'])).toMatchObject({ locale: 'nl', values: Float64Array.from([1200, 1234567]) });
    expect(values(['12', '7'])).toMatchObject({ locale: 'either', values: Float64Array.from([12, 7]) });
  });

  it('refuses an ambiguous column unless the file is semicolon-separated, and says so', () => {
    const comma = values(['1.200', '300']);
    expect(comma.locale).toBeUndefined();
    expect(comma.errors).toHaveLength(1);
    expect(comma.errors[0]).toMatchObject({ line: 2 });
    expect(comma.errors[0].message.en).toMatch(/"1\.200" can mean 1200 \(Dutch notation\) or 1\.2 \(international notation\)/);
    expect(comma.states[0]).toBe(CELL_INVALID);
    const semi = values(['1.200', '300'], ';');
    expect(semi).toMatchObject({ locale: 'nl', values: Float64Array.from([1200, 300]), errors: [] });
    expect(semi.notes[0].en).toMatch(/read as 1200 \(Dutch notation, because the file is separated by semicolons\)/);
  });

  it('refuses a column that mixes conventions, naming a line of each', () => {
    const r = parseNumberColumn(['5', '12,5', '7', '12.5'], count, [10, 11, 12, 13]);
    expect(r.locale).toBeUndefined();
    expect(r.errors[0].message.en).toMatch(/mixes Dutch numbers \(line 11: "12,5"\) and international numbers \(line 13: "12\.5"\)/);
  });

  it('marks missing cells, and refuses values above the maximum with their line', () => {
    const r = values(['', '.', '1', '2'.padEnd(16, '0'), '1'.padEnd(301, '0')]);
    expect([...r.states]).toEqual([CELL_EMPTY, CELL_SUPPRESSED, CELL_VALUE, CELL_INVALID, CELL_INVALID]);
    expect(Number.isNaN(r.values[0]) && Number.isNaN(r.values[1]) && r.values[2]).toBe(1);
    expect(r.errors.map((e) => e.line)).toEqual([5, 6]);
    expect(r.errors[0].message.en).toMatch(/count 2000000000000000 is larger than 1e12/);
    expect(r.errors[1].message.en).toMatch(/more than 21 digits/);
    expect(MAX_COUNT).toBe(1e12);
  });

  it('property: integers and decimals formatted Dutch or international read back to the same values', () => {
    const cell = fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,4}$/)));
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 20 }),
        fc.constantFrom('nl' as const, 'international' as const),
        (cells, locale) => {
          // One decisive cell (0,5 / 0.5) so that a column of only grouped integers is not ambiguous.
          const texts = [format(0, '5', locale), ...cells.map(([i, d]) => format(i, d, locale))];
          const r = values(texts);
          expect(r.errors).toEqual([]);
          expect(r.locale === locale || r.locale === 'either').toBe(true);
          cells.forEach(([i, d], k) => expect(r.values[k + 1]).toBe(Number(d ? `${i}.${d}` : `${i}`)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: a semicolon file reads grouped Dutch integers without a decisive cell', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 999_999_999 }), { minLength: 1, maxLength: 20 }), (ints) => {
        const r = values(
          ints.map((i) => format(i, '', 'nl')),
          ';',
        );
        expect(r.errors).toEqual([]);
        expect([...r.values]).toEqual(ints);
      }),
      { numRuns: 200 },
    );
  });
});

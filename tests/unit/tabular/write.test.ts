import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { csvParse, dsvFormat } from 'd3';
import { formatCsv, formatNumberCell, neutraliseText } from '../../../src/data/tabular/write';

describe('formatCsv', () => {
  it('quotes by RFC 4180 and ends every line, the last one too, with a newline', () => {
    const csv = formatCsv([{ a: 'x, "y"', b: 'two\nlines', c: 3 }], ['a', 'b', 'c']);
    expect(csv).toBe('a,b,c\n"x, ""y""","two\nlines",3\n');
  });

  it('neutralises text cells and header labels that would start a formula; numbers stay numbers', () => {
    const rows = [{ t: '=SUM(A1)' }, { t: '+31' }, { t: '-x' }, { t: '@cmd' }, { t: '\tx' }, { t: '\rx' }, { t: 'a=b' }, { t: -5 }];
    const csv = formatCsv(rows, ['t'], { labels: { t: '=HYPERLINK("http://x")' } });
    expect(csv.split('\n')[0]).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvParse(csv).map((r) => Object.values(r)[0])).toEqual(["'=SUM(A1)", "'+31", "'-x", "'@cmd", "'\tx", "'\rx", 'a=b', '-5']);
  });

  it('writes null and undefined as empty cells and refuses non-finite numbers and objects', () => {
    expect(formatCsv([{ a: null, b: undefined, c: 0 }], ['a', 'b', 'c'])).toBe('a,b,c\n,,0\n');
    expect(() => formatCsv([{ D: 0.5 }, { D: NaN }], ['D'])).toThrow(/column "D", row 2: NaN is not a finite number/);
    expect(() => formatCsv([{ D: Infinity }], ['D'])).toThrow(RangeError);
    expect(() => formatCsv([{ D: { x: 1 } }], ['D'])).toThrow(/cannot be written/);
  });

  it('adds a UTF-8 BOM for Excel and writes the Dutch variant with ; and a decimal comma', () => {
    expect(formatCsv([{ a: 'é' }], ['a'], { bom: true })).toBe('\ufeffa\né\n');
    expect(formatCsv([{ naam: 'Den Haag; centrum', D: 0.633, n: -1200 }], ['naam', 'D', 'n'], { dutch: true })).toBe(
      'naam;D;n\n"Den Haag; centrum";0,633;-1200\n',
    );
  });

  it('helpers: neutraliseText and formatNumberCell', () => {
    expect(neutraliseText('=1')).toBe("'=1");
    expect(neutraliseText('Amsterdam')).toBe('Amsterdam');
    expect(formatNumberCell(-0)).toBe('0');
    expect(formatNumberCell(1e-7, true)).toBe('1e-7');
    expect(formatNumberCell(12.5, true)).toBe('12,5');
    expect(() => formatNumberCell(NaN)).toThrow(RangeError);
  });

  it('property: text cells and numbers round-trip through d3 csvParse (after removing the neutralising quote)', () => {
    const value = fc.oneof(fc.string({ unit: 'binary' }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 10 }), fc.boolean(), (pairs, dutch) => {
        const rows = pairs.map(([x, y]) => ({ x, y }));
        const csv = formatCsv(rows, ['x', 'y'], { dutch });
        const parsed = dsvFormat(dutch ? ';' : ',').parse(csv.slice(0, -1));
        expect(parsed).toHaveLength(rows.length);
        rows.forEach((row, i) => {
          for (const k of ['x', 'y'] as const) {
            const cell = parsed[i][k] as string;
            const v = row[k];
            if (typeof v === 'number') expect(Number(dutch ? cell.replace(',', '.') : cell)).toBe(Object.is(v, -0) ? 0 : v);
            else expect(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v).toBe(cell);
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});

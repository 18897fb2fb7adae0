import { describe, it, expect } from 'vitest';
import { readTable, readTableText, scanTableText } from '../../../src/data/tabular/read';
import { sniffDelimiter } from '../../../src/data/tabular/delimiter';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffDelimiter', () => {
  it('takes the most frequent of , ; tab outside quotes in the header', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3')).toEqual({ ok: true, delimiter: ',' });
    expect(sniffDelimiter('"a,b";c;d\n1;2;3')).toEqual({ ok: true, delimiter: ';' });
    expect(sniffDelimiter('a\tb\tc,d\n')).toEqual({ ok: true, delimiter: '\t' });
    expect(sniffDelimiter('\n\na;b\n')).toEqual({ ok: true, delimiter: ';' });
    expect(sniffDelimiter('single\n1\n')).toEqual({ ok: true, delimiter: ',' });
  });

  it('breaks a tie with the second line, and refuses when that does not help', () => {
    expect(sniffDelimiter('a,b;c\n1,2,3;4\n')).toMatchObject({ ok: true, delimiter: ';' });
    expect(sniffDelimiter('a,b;c\n1,2;3\n').ok).toBe(false);
  });
});

describe('readTable', () => {
  it('reads CSV with BOM, CRLF, quotes, "" escapes and line breaks inside quotes, with line numbers', () => {
    const r = readTable(utf8('\ufeffname , value\r\n"a, ""b""",1\r\n"two\r\nlines",2\r\n\r\nlast,3\r\n'), 'x.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.header).toEqual(['name', 'value']);
    expect(r.delimiter).toBe(',');
    expect(r.encoding).toBe('utf-8');
    expect(r.rows).toEqual([
      { line: 2, fields: ['a, "b"', '1'] },
      { line: 3, fields: ['two\r\nlines', '2'] },
      { line: 6, fields: ['last', '3'] },
    ]);
  });

  it('reads semicolon and tab separated text', () => {
    const semi = readTableText('a;b\n1,5;2\n', 'x.csv');
    expect(semi.ok && semi.rows[0].fields).toEqual(['1,5', '2']);
    const tab = readTableText('a\tb\n"x y"\t2\n', 'x.tsv');
    expect(tab.ok && [tab.delimiter, tab.rows[0].fields]).toEqual(['\t', ['x y', '2']]);
  });

  it('reports rows of the wrong width with their line, and hints at an unclosed quote', () => {
    const r = readTableText('a,b\n1,2\n1,2,3\n"open,4\n5,6\n', 'x.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows.map((x) => x.line)).toEqual([2]);
    expect(r.badRows.map((b) => b.line)).toEqual([3, 4]);
    expect(r.badRows[0].message.en).toBe('has 3 field(s), the header has 2');
    expect(r.badRows[1].message.en).toMatch(/may not be closed/);
  });

  it('names the file in errors and refuses empty and binary input in words', () => {
    const empty = readTableText(' \n\n', 'leeg.csv');
    expect(empty).toMatchObject({ ok: false, line: 1, message: { en: 'leeg.csv, line 1: the file is empty' } });
    const gz = readTable(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0]), 'counts.csv.gz');
    expect(!gz.ok && gz.message.en).toMatch(/^counts\.csv\.gz: The file is gzip-compressed/);
    expect(!gz.ok && gz.detail.en).toMatch(/^The file is gzip-compressed/);
  });

  it('stops reading when the header handler says so', () => {
    let rows = 0;
    const r = scanTableText('x,y\n1,2\n3,4\n', 'x.csv', { header: () => false, row: () => rows++ });
    expect(r.ok && r.rowCount).toBe(0);
    expect(rows).toBe(0);
  });

  it('passes on the decoder warning for Latin-1 input', () => {
    const r = readTable(Uint8Array.from([...utf8('naam\n'), 0x43, 0x61, 0x66, 0xe9, 0x0a]), 'l1.csv');
    expect(r.ok && [r.encoding, r.rows[0].fields[0], r.warnings.length]).toEqual(['windows-1252', 'Café', 1]);
  });
});

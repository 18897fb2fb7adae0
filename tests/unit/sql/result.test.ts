import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import type { SqlResult } from '../../../src/data/db/db';
import { duckdbText, errorKind } from '../../../src/features/sql/errors';
import { columnFormat, csvFileName, displayCell, resultCsv, screenTable } from '../../../src/features/sql/result';
import { groupTables, sqlName } from '../../../src/features/sql/tables';

const result: SqlResult = {
  columns: [
    { name: 'name', type: 'Utf8' },
    { name: 'share', type: 'Float' },
    { name: 'year', type: 'Int' },
    { name: 'name', type: 'Utf8' },
  ],
  rows: [
    ['=HYPERLINK("x")', 12.345678912, 2022, 'a'],
    ['Bergen (NH.)', null, 2022, null],
    ['-x', Number.NaN, 123456, '+1'],
  ],
  truncated: false,
};

describe('screen table', () => {
  it('shows NULL as –, numbers in the UI language, years without grouping', () => {
    expect(displayCell('nl', null)).toBe('–');
    expect(displayCell('nl', 12.5)).toBe('12,5');
    expect(displayCell('en', 12.5)).toBe('12.5');
    expect(displayCell('nl', 2022, columnFormat([2022, 2024, null]))).toBe('2022');
    expect(displayCell('nl', 2022, columnFormat([2022, 24430]))).toBe('2.022');
    expect(displayCell('nl', 51, columnFormat([51, 50.5, 1095]))).toBe('51,0');
    expect(columnFormat([0.1 + 0.2, 1])).toEqual({ digits: 1, grouping: true }); // float noise is not shown
    expect(displayCell('nl', 882633)).toBe('882.633');
    expect(displayCell('en', 882633)).toBe('882,633');
    expect(displayCell('nl', -0.5)).toBe('−0,5');
    expect(displayCell('nl', -0.0000001)).toBe('0');
    expect(displayCell('en', Number.POSITIVE_INFINITY)).toBe('∞');
    const t = screenTable('nl', result, 2);
    expect(t.rows).toEqual([
      ['=HYPERLINK("x")', '12,345679', '2022', 'a'],
      ['Bergen (NH.)', '–', '2022', '–'],
    ]);
    expect(t.numeric).toEqual([false, true, true, false]);
    expect(t.headers).toEqual(['name', 'share', 'year', 'name']);
  });
});

describe('CSV of a result', () => {
  it('has a BOM, the column names (also repeated ones), neutralised formulas and exact numbers', () => {
    const text = resultCsv(result);
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\n');
    expect(lines[0]).toBe('name,share,year,name');
    const rows = csvParse(text.slice(1).replace(/^name,share,year,name/, 'a,b,c,d'));
    expect(rows[0]).toEqual({ a: '\'=HYPERLINK("x")', b: '12.345678912', c: '2022', d: 'a' });
    expect(rows[1]).toEqual({ a: 'Bergen (NH.)', b: '', c: '2022', d: '' });
    expect(rows[2]).toEqual({ a: "'-x", b: 'NaN', c: '123456', d: "'+1" });
  });

  it('names the file after the moment of download', () => {
    expect(csvFileName(new Date(2026, 11, 1, 9, 5, 7))).toBe('sql-result-2026-12-01-090507.csv');
  });
});

describe('errors and tables', () => {
  it('reads DuckDB’s JSON errors and classifies them', () => {
    const text = duckdbText(new Error('{"exception_type":"Binder","exception_message":"Referenced column \\"x\\" not found"}'));
    expect(text).toBe('Binder Error: Referenced column "x" not found');
    expect(errorKind(text)).toBe('binder');
    expect(errorKind('TransactionContext Error: Cannot write to database "memory" - transaction is launched in read-only mode')).toBe(
      'readonly',
    );
    expect(duckdbText(new Error('x'.repeat(5000))).length).toBeLessThan(1300);
  });

  it('groups information_schema rows per table and quotes names that need it', () => {
    const tables = groupTables({
      columns: [],
      rows: [
        ['a', 'x', 'INTEGER'],
        ['a', 'y', 'VARCHAR'],
        ['b', 'z', 'DOUBLE'],
      ],
      truncated: false,
    });
    expect(tables).toEqual([
      {
        name: 'a',
        columns: [
          { name: 'x', type: 'INTEGER' },
          { name: 'y', type: 'VARCHAR' },
        ],
      },
      { name: 'b', columns: [{ name: 'z', type: 'DOUBLE' }] },
    ]);
    expect(sqlName('stats_wijk')).toBe('stats_wijk');
    expect(sqlName('My "table"')).toBe('"My ""table"""');
  });
});

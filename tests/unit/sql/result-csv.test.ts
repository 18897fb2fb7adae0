/**
 * The SQL console's CSV in both variants (Excel; Dutch Excel: `;` and decimal comma), checked byte for byte: the same
 * text as the shared writer (formatCsv) where it applies, text cells neutralised against formulas, and numbers DuckDB
 * gives beyond a JS number (BIGINT, HUGEINT, DECIMAL(38,x)) written exactly as numbers, from a real DuckDB session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, SqlResult, SqlSession } from '../../../src/data/db/db';
import { openNodeDb } from '../../../src/data/db/duckdb-node';
import { formatCsv } from '../../../src/data/tabular/write';
import { csvFileName, resultCsv } from '../../../src/features/sql/result';

const result: SqlResult = {
  columns: [
    { name: 'name', type: 'Utf8' },
    { name: 'share', type: 'Float' },
    { name: 'year', type: 'Int' },
    { name: '=label', type: 'Utf8' },
  ],
  rows: [
    ['=HYPERLINK("x")', 12.345678912, 2022, 'a;b'],
    ['Bergen (NH.)', null, -2022, null],
    ['-x', -0.5, 123456, 'c,d'],
  ],
  truncated: false,
};

describe('CSV variants of a result', () => {
  it('writes Excel: comma, decimal point, BOM, neutralised text, negative numbers untouched', () => {
    expect(resultCsv(result, 'excel')).toBe(
      '\ufeffname,share,year,\'=label\n"\'=HYPERLINK(""x"")",12.345678912,2022,a;b\nBergen (NH.),,-2022,\n\'-x,-0.5,123456,"c,d"\n',
    );
  });

  it('writes Dutch Excel: semicolon, decimal comma, cells with a semicolon quoted', () => {
    expect(resultCsv(result, 'dutch')).toBe(
      '\ufeffname;share;year;\'=label\n"\'=HYPERLINK(""x"")";12,345678912;2022;"a;b"\nBergen (NH.);;-2022;\n\'-x;-0,5;123456;c,d\n',
    );
  });

  it('is byte for byte the shared writer’s output for plain values', () => {
    const ids = result.columns.map((_, i) => `c${i}`);
    const labels = Object.fromEntries(result.columns.map((c, i) => [`c${i}`, c.name]));
    const rows = result.rows.map((r) => Object.fromEntries(r.map((v, i) => [`c${i}`, v])));
    for (const dutch of [false, true]) {
      expect(resultCsv(result, dutch ? 'dutch' : 'excel')).toBe(formatCsv(rows, ids, { bom: true, dutch, labels }));
    }
  });

  it('writes NaN and ±Infinity as text, and exact digit text only as a number in an integer or decimal column', () => {
    const r: SqlResult = {
      columns: [
        { name: 'f', type: 'Float' },
        { name: 'i', type: 'Int' },
        { name: 'd', type: 'Decimal' },
        { name: 't', type: 'Utf8' },
      ],
      rows: [
        [Number.NaN, '-9223372036854775808', '-12345678901234567890.125', '-12.5'],
        [Number.NEGATIVE_INFINITY, '18446744073709551615', '0.001', '+31'],
      ],
      truncated: false,
    };
    expect(resultCsv(r, 'dutch')).toBe(
      "\ufefff;i;d;t\nNaN;-9223372036854775808;-12345678901234567890,125;'-12.5\n'-Infinity;18446744073709551615;0,001;'+31\n",
    );
    expect(resultCsv(r, 'excel').split('\n')[1]).toBe("NaN,-9223372036854775808,-12345678901234567890.125,'-12.5");
  });

  it('names the Dutch-Excel file like the other exports (`_nl-excel`)', () => {
    const now = new Date(2026, 11, 1, 9, 5, 7);
    expect(csvFileName(now, 'excel')).toBe('sql-result-2026-12-01-090507.csv');
    expect(csvFileName(now, 'dutch')).toBe('sql-result-2026-12-01-090507_nl-excel.csv');
  });
});

describe('CSV of a real DuckDB result', () => {
  let db: Db;
  let session: SqlSession;
  beforeAll(async () => {
    db = await openNodeDb();
    session = await db.openSession();
  });
  afterAll(async () => {
    await session?.close();
    await db?.close();
  });

  it('keeps big integers, wide decimals, nulls and negative numbers exact in both variants', async () => {
    const r = await session.run(
      `SELECT 9223372036854775807::BIGINT AS big, (-9007199254740993)::BIGINT AS neg,
        (-170141183460469231731687303715884105727)::HUGEINT AS huge, 12345678901234567890.12::DECIMAL(38,2) AS wide,
        (-1.5)::DECIMAL(4,1) AS small, 42::BIGINT AS safe, 0.1::DOUBLE AS dbl, NULL::INTEGER AS nothing,
        '=1+1' AS formula, DATE '2024-01-31' AS day`,
      10,
    );
    expect(resultCsv(r, 'excel')).toBe(
      '\ufeffbig,neg,huge,wide,small,safe,dbl,nothing,formula,day\n' +
        "9223372036854775807,-9007199254740993,-170141183460469231731687303715884105727,12345678901234567890.12,-1.5,42,0.1,,'=1+1,2024-01-31\n",
    );
    expect(resultCsv(r, 'dutch')).toBe(
      '\ufeffbig;neg;huge;wide;small;safe;dbl;nothing;formula;day\n' +
        "9223372036854775807;-9007199254740993;-170141183460469231731687303715884105727;12345678901234567890,12;-1,5;42;0,1;;'=1+1;2024-01-31\n",
    );
  });
});

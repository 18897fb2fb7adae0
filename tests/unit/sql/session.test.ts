import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, SqlSession } from '../../../src/data/db/db';
import { openNodeDb } from '../../../src/data/db/duckdb-node';
import { StatsRepository } from '../../../src/data/queries';
import { classify } from '../../../src/features/sql/classify';
import { errorKind, failureMessage, runError } from '../../../src/features/sql/errors';
import { EXAMPLES } from '../../../src/features/sql/examples';
import { resultCsv } from '../../../src/features/sql/result';
import { runStatement } from '../../../src/features/sql/run-statement';
import { groupTables, TABLES_SQL } from '../../../src/features/sql/tables';

const buf = (p: string): ArrayBuffer => {
  const b = readFileSync(p);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

let db: Db;
let repo: StatsRepository;
let session: SqlSession;

beforeAll(async () => {
  db = await openNodeDb();
  repo = new StatsRepository(db);
  for (const level of ['gemeente', 'wijk', 'buurt'] as const) await repo.load(level, buf(`data/stats/${level}.parquet`));
  session = await db.openSession();
});
afterAll(async () => {
  await session?.close();
  await db?.close();
});

const verdict = async (sql: string) => classify(sql, await session.tokenize(sql));

describe('statement rule on DuckDB’s own tokenizer', () => {
  it('lets reading statements through', async () => {
    for (const sql of [
      'SELECT 1',
      'select 1;',
      '  WITH x AS (SELECT 1 AS a) SELECT * FROM x ; ',
      'FROM stats_wijk LIMIT 1',
      'VALUES (1), (2)',
      'TABLE stats_gemeente',
      'DESCRIBE stats_wijk',
      'SHOW TABLES',
      'SUMMARIZE SELECT 1 AS a',
      'EXPLAIN SELECT 1',
      'EXPLAIN ANALYZE SELECT 1',
      "PRAGMA table_info('stats_wijk')",
      'PRAGMA show_tables',
      '((SELECT 1))',
      '-- a comment; DROP TABLE x\nSELECT \'a;b; DROP TABLE stats_wijk\' AS "x;y" /* ; DELETE */',
      'SELECT/*c*/1',
    ]) {
      expect(await verdict(sql), sql).toMatchObject({ ok: true });
    }
  });

  it('refuses writing and system statements with their keyword', async () => {
    const cases: [string, string][] = [
      ['DROP TABLE stats_wijk', 'DROP'],
      ['delete from stats_wijk', 'DELETE'],
      ["UPDATE stats_wijk SET name = 'x'", 'UPDATE'],
      ['INSERT INTO stats_wijk SELECT * FROM stats_wijk', 'INSERT'],
      ['CREATE TABLE x AS SELECT 1', 'CREATE'],
      ['CREATE OR REPLACE VIEW stats_wijk AS SELECT 1', 'CREATE'],
      ['ALTER TABLE stats_wijk RENAME TO x', 'ALTER'],
      ["ATTACH ':memory:' AS m", 'ATTACH'],
      ["COPY stats_wijk TO 'x.csv'", 'COPY'],
      ['INSTALL httpfs', 'INSTALL'],
      ['LOAD httpfs', 'LOAD'],
      ['SET threads = 1', 'SET'],
      ['COMMIT', 'COMMIT'],
      ['CALL pragma_version()', 'CALL'],
      ['EXPLAIN ANALYZE DELETE FROM stats_wijk', 'DELETE'],
      ['PRAGMA enable_profiling', 'PRAGMA'],
      ['SELECT 1; DROP TABLE stats_wijk', 'DROP'],
      ['/* SELECT */ DROP TABLE stats_wijk', 'DROP'],
    ];
    for (const [sql, keyword] of cases) expect(await verdict(sql), sql).toEqual({ ok: false, reason: 'refused', keyword });
  });

  it('hands a statement that starts with no known word to DuckDB’s parser, running nothing', async () => {
    expect(await verdict('SELEC code FROM stats_wijk')).toEqual({ ok: false, reason: 'unknown', word: 'SELEC' });
    const typo = await runStatement(session, 'SELEC code FROM stats_wijk;');
    expect(typo.failure && failureMessage('nl', typo.failure)).toMatchObject({
      message: expect.stringMatching(/^De SQL bevat een schrijffout/),
      detail: expect.stringMatching(/^Parser Error: syntax error at or near "SELEC"/),
    });
    const drop = await runStatement(session, 'DROP TABLE stats_wijk');
    expect(drop.failure && failureMessage('en', drop.failure).message).toMatch(/^DROP is not allowed here/);
    const ok = await runStatement(session, "SELECT count(*) AS n FROM stats_wijk WHERE gemeente_code = 'GM0363' AND year = 2022");
    expect(ok.result?.rows).toEqual([[99]]);
  });

  it('asks for one statement at a time and something to run', async () => {
    expect(await verdict('SELECT 1; SELECT 2;')).toEqual({ ok: false, reason: 'several', count: 2 });
    expect(await verdict('  ;; -- nothing\n')).toEqual({ ok: false, reason: 'empty' });
  });

  it('is backed by DuckDB: a write that reaches the session is refused and changes nothing', async () => {
    const before = await db.query<{ n: number }>('SELECT count(*) AS n FROM stats_wijk');
    for (const sql of ['DROP TABLE stats_wijk', 'DELETE FROM stats_wijk', 'CREATE TABLE x AS SELECT 1']) {
      const e = await session.run(sql, 10).catch((err: unknown) => err);
      expect(e, sql).toBeInstanceOf(Error);
      expect(errorKind(String((e as Error).message)), sql).toBe('readonly');
    }
    expect(await db.query<{ n: number }>('SELECT count(*) AS n FROM stats_wijk')).toEqual(before);
    expect((await session.run('SELECT 1 AS a', 10)).rows).toEqual([[1]]);
  });
});

describe('results', () => {
  it('the wijken example gives Amsterdam’s 99 wijken with the repository’s low-income shares', async () => {
    const ex = EXAMPLES.find((e) => e.id === 'wijken-low-income')!;
    const v = await verdict(ex.sql);
    expect(v.ok).toBe(true);
    const res = await session.run(ex.sql, 10_000);
    expect(res.columns.map((c) => c.name)).toEqual(['code', 'name', 'population', 'share_income_low']);
    expect(res.rows).toHaveLength(99);
    const expected = await repo.values('wijk', 2022, 'share_income_low', 'GM0363');
    const byCode = new Map(expected.map((r) => [r.code, r.value]));
    for (const [code, , , share] of res.rows) expect(share).toBe(byCode.get(code as string));
    const shares = res.rows.map((r) => r[3]).filter((x): x is number => x !== null);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });

  it('every example runs on the real tables', async () => {
    for (const ex of EXAMPLES) {
      const res = await session.run(ex.sql, 10_000);
      expect(res.rows.length, ex.id).toBeGreaterThan(0);
    }
    const gm = await session.run(EXAMPLES.find((e) => e.id === 'gemeenten-population')!.sql, 10_000);
    expect(gm.rows[0]!.slice(0, 2)).toEqual(['GM0363', 'Amsterdam']);
  });

  it('keeps at most maxRows rows and says it cut', async () => {
    const res = await session.run('SELECT * FROM range(25000) t(i)', 10_000);
    expect(res.rows).toHaveLength(10_000);
    expect(res.truncated).toBe(true);
    expect(res.rows[9999]).toEqual([9999]);
    expect((await session.run('SELECT * FROM range(3) t(i)', 10_000)).truncated).toBe(false);
  });

  it('turns DuckDB types into plain values', async () => {
    const res = await session.run(
      "SELECT 1.5 AS d, 9007199254740993::HUGEINT AS big, 12::BIGINT AS b, DATE '2024-01-02' AS dt, TIMESTAMP '2024-01-02 03:04:05' AS ts, [1, 2] AS l, NULL AS n, true AS t, 'x' AS s",
      10,
    );
    expect(res.rows[0]).toEqual([1.5, '9007199254740993', 12, '2024-01-02', '2024-01-02 03:04:05.000', '[1,2]', null, true, 'x']);
  });

  it('writes a CSV that parses back to the result', async () => {
    const res = await session.run("SELECT code, name, share_income_low FROM stats_wijk WHERE code = 'WK036300' AND year = 2022", 10);
    const text = resultCsv(res);
    expect(text.startsWith('\ufeff')).toBe(true);
    const parsed = csvParse(text.slice(1));
    expect(parsed.columns).toEqual(['code', 'name', 'share_income_low']);
    expect(Number(parsed[0]!.share_income_low)).toBe(res.rows[0]![2]);
  });

  it('lists the loaded tables with their columns', async () => {
    const tables = groupTables(await session.run(TABLES_SQL, 10_000));
    expect(tables.map((t) => t.name)).toEqual(['stats_buurt', 'stats_gemeente', 'stats_wijk']);
    expect(tables.find((t) => t.name === 'stats_wijk')!.columns.map((c) => c.name)).toContain('share_income_low');
  });
});

describe('error messages', () => {
  it('explain DuckDB’s parser and binder errors in Dutch and English, with DuckDB’s text and no stack', async () => {
    const syntax = await session.run('SELEC 1', 10).catch((e: unknown) => e);
    const nl = runError('nl', syntax);
    expect(nl.message).toMatch(/schrijffout/);
    expect(nl.detail).toMatch(/^Parser Error: syntax error at or near "SELEC"/);
    expect(nl.detail).not.toMatch(/\n\s+at /);
    const binder = await session.run('SELECT nope FROM stats_wijk', 10).catch((e: unknown) => e);
    expect(runError('en', binder).message).toMatch(/column or table name/);
    const catalog = await session.run('SELECT * FROM no_such_table', 10).catch((e: unknown) => e);
    expect(runError('nl', catalog).message).toMatch(/bestaat niet/);
    expect(failureMessage('nl', { verdict: { ok: false, reason: 'refused', keyword: 'DROP' } }).message).toMatch(
      /^DROP is hier niet toegestaan/,
    );
  });
});

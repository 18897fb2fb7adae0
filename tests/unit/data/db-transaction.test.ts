import { describe, expect, it } from 'vitest';
import { inTransaction, type Db } from '../../../src/data/db/db';

function fakeDb(failOn?: string): { db: Db; log: string[] } {
  const log: string[] = [];
  const db = {
    query: async (sql: string) => {
      log.push(sql);
      if (sql === failOn) throw new Error(`failed: ${sql}`);
      return [];
    },
  } as unknown as Db;
  return { db, log };
}

describe('inTransaction', () => {
  it('runs every statement between BEGIN and COMMIT', async () => {
    const { db, log } = fakeDb();
    await inTransaction(db, ['CREATE TABLE a (x INT)', 'INSERT INTO a VALUES (1)']);
    expect(log).toEqual(['BEGIN TRANSACTION', 'CREATE TABLE a (x INT)', 'INSERT INTO a VALUES (1)', 'COMMIT']);
  });

  it('rolls back and rethrows when a statement fails, running none after it', async () => {
    const { db, log } = fakeDb('INSERT INTO a VALUES (1)');
    await expect(inTransaction(db, ['CREATE TABLE a (x INT)', 'INSERT INTO a VALUES (1)', 'DROP TABLE b'])).rejects.toThrow(/failed/);
    expect(log).toEqual(['BEGIN TRANSACTION', 'CREATE TABLE a (x INT)', 'INSERT INTO a VALUES (1)', 'ROLLBACK']);
  });
});

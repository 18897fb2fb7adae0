/**
 * Node adapter for tests and the CLI: duckdb-wasm's blocking Node build (same engine as the browser, v1.4.x).
 * The native @duckdb/node-api was not used: it has parquet/json built in, so tests could pass while the browser,
 * which has neither offline, fails.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { OFFLINE_SETTINGS, plainRow, type Db, type Row, type SqlSession } from './db';
import { openSqlSession } from './sql-session';

export async function openNodeDb(): Promise<Db> {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));
  const bundles: duckdb.DuckDBBundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => {});
  const conn = db.connect();
  for (const s of OFFLINE_SETTINGS) conn.query(s);
  return {
    async query<T extends Row = Row>(sql: string): Promise<T[]> {
      const table = conn.query(sql);
      return table.toArray().map((r: { toJSON(): Record<string, unknown> }) => plainRow(r.toJSON()) as T);
    },
    async insertArrowIPC(name: string, ipc: Uint8Array): Promise<void> {
      conn.query(`DROP TABLE IF EXISTS "${name}"`);
      conn.insertArrowFromIPCStream(ipc, { name, create: true });
    },
    async openSession(): Promise<SqlSession> {
      return openSqlSession(db.connect(), (sql) => db.tokenize(sql));
    },
    async close(): Promise<void> {
      conn.close();
    },
  };
}

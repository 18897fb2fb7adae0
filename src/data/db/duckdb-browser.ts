/**
 * Browser adapter: DuckDB-WASM bundled with the app (no CDN), running in its own Web Worker. Only the "eh" build is
 * shipped (every browser we target supports wasm exceptions); the mvp entry points at it too, halving dist size.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { OFFLINE_SETTINGS, plainRow, type Db, type Row, type SqlSession } from './db';
import { openSqlSession } from './sql-session';

/** URL of the DuckDB-WASM module (e.g. to check that it is there before starting). */
export const DUCKDB_MODULE_URL: string = ehWasm;

export interface BrowserDbOptions {
  /** Fraction (0–1) of the wasm module downloaded by DuckDB (0 while its size is unknown). */
  onProgress?: (fraction: number) => void;
  /** Aborting stops the start-up: the DuckDB worker is terminated and the promise rejects. */
  signal?: AbortSignal;
}

/** DuckDB-WASM in its own worker, connected and set offline. Rejects on any failure on the way (or an abort). */
export async function openBrowserDb({ onProgress, signal }: BrowserDbOptions = {}): Promise<Db> {
  const bundles: duckdb.DuckDBBundles = {
    mvp: { mainModule: ehWasm, mainWorker: ehWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  };
  const bundle = await duckdb.selectBundle(bundles);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  const aborted = new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(new Error('DuckDB start-up aborted'));
    signal?.addEventListener('abort', () => reject(new Error('DuckDB start-up aborted')), { once: true });
  });
  aborted.catch(() => undefined);
  const started = (async () => {
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => {
      onProgress?.(p.bytesTotal > 0 ? Math.min(1, p.bytesLoaded / p.bytesTotal) : 0);
    });
    const c = await db.connect();
    for (const s of OFFLINE_SETTINGS) await c.query(s);
    return c;
  })();
  let conn: duckdb.AsyncDuckDBConnection;
  try {
    conn = await Promise.race([started, aborted]);
  } catch (e) {
    started.catch(() => undefined);
    worker.terminate();
    throw e;
  }
  return {
    async query<T extends Row = Row>(sql: string): Promise<T[]> {
      const table = await conn.query(sql);
      return table.toArray().map((r: { toJSON(): Record<string, unknown> }) => plainRow(r.toJSON()) as T);
    },
    async insertArrowIPC(name: string, ipc: Uint8Array): Promise<void> {
      await conn.query(`DROP TABLE IF EXISTS "${name}"`);
      // A copy: duckdb-wasm transfers the buffer to its worker, and the caller's table may still read from it.
      await conn.insertArrowFromIPCStream(ipc.slice(), { name, create: true });
    },
    async openSession(): Promise<SqlSession> {
      return openSqlSession(await db.connect(), (sql) => db.tokenize(sql));
    },
    async close(): Promise<void> {
      await conn.close();
      await db.terminate();
      worker.terminate();
    },
  };
}

/**
 * Browser adapter: DuckDB-WASM bundled with the app (no CDN), running in its own Web Worker. Only the "eh" build is
 * shipped (every browser we target supports wasm exceptions); the mvp entry points at it too, halving dist size.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { OFFLINE_SETTINGS, plainRow, type Db, type Row } from './db';

/** `onProgress` receives the fraction (0–1) of the wasm module downloaded. */
export async function openBrowserDb(onProgress?: (fraction: number) => void): Promise<Db> {
  const bundles: duckdb.DuckDBBundles = {
    mvp: { mainModule: ehWasm, mainWorker: ehWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  };
  const bundle = await duckdb.selectBundle(bundles);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => {
    if (onProgress && p.bytesTotal > 0) onProgress(Math.min(1, p.bytesLoaded / p.bytesTotal));
  });
  const conn = await db.connect();
  for (const s of OFFLINE_SETTINGS) await conn.query(s);
  return {
    async query<T extends Row = Row>(sql: string): Promise<T[]> {
      const table = await conn.query(sql);
      return table.toArray().map((r: { toJSON(): Record<string, unknown> }) => plainRow(r.toJSON()) as T);
    },
    async insertArrowIPC(name: string, ipc: Uint8Array): Promise<void> {
      await conn.query(`DROP TABLE IF EXISTS "${name}"`);
      await conn.insertArrowFromIPCStream(ipc, { name, create: true });
    },
    async close(): Promise<void> {
      await conn.close();
      await db.terminate();
      worker.terminate();
    },
  };
}

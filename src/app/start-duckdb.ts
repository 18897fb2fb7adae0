/** Starting DuckDB-WASM for the data service (moved out of data-service.ts; unchanged). */
import type { Db } from '../data/db/db';
import { damaged, DEFAULT_TIMEOUT_MS, fetchBytes, LoadError, watchdog, type FailureTarget } from './load-errors';

/**
 * DuckDB-WASM (its ~34 MB module comes from our own origin, compressed, and is fetched by DuckDB, so the browser
 * can cache the compiled module). A HEAD request runs alongside and tells a missing or unreachable module apart at
 * once — DuckDB-WASM itself would wait forever on it. The download is abandoned when it stalls for the default
 * data timeout; compiling and connecting get 3× that (slow devices). The test flag for short timeouts does not apply.
 */
export async function startDuckDb(onProgress: (f: number) => void): Promise<Db> {
  const target: FailureTarget = { resource: 'duckdb' };
  const { DUCKDB_MODULE_URL, openBrowserDb } = await import('../data/db/duckdb-browser');
  const controller = new AbortController();
  const dog = watchdog(DEFAULT_TIMEOUT_MS, controller);
  const check = fetchBytes(DUCKDB_MODULE_URL, { target, method: 'HEAD', timeoutMs: DEFAULT_TIMEOUT_MS });
  check.catch(() => controller.abort());
  try {
    const db = await openBrowserDb({
      signal: controller.signal,
      onProgress: (f) => {
        dog.kick(f >= 1 ? 3 * DEFAULT_TIMEOUT_MS : DEFAULT_TIMEOUT_MS);
        onProgress(f);
      },
    });
    await check;
    return db;
  } catch (e) {
    await check; // a failed check explains the failure best (e.g. not_found)
    if (dog.expired) throw new LoadError({ ...target, kind: 'timeout', seconds: DEFAULT_TIMEOUT_MS / 1000 }, String(e));
    throw damaged(target, DUCKDB_MODULE_URL, e);
  } finally {
    dog.stop();
  }
}

/**
 * The one seam between the app/CLI and DuckDB. The browser adapter wraps AsyncDuckDB (DuckDB-WASM in its own Web
 * Worker); the Node adapter wraps duckdb-wasm's blocking Node build — the same engine version and the same SQL.
 */
export type Row = Record<string, unknown>;

export interface Db {
  /** Run SQL and return plain rows (BigInt → number, Arrow vectors → JS values). */
  query<T extends Row = Row>(sql: string): Promise<T[]>;
  /** Create (or replace) table `name` from an Arrow IPC stream. */
  insertArrowIPC(name: string, ipc: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Settings every connection gets: no extension autoload/autoinstall (offline: it would hang or fail obscurely). */
export const OFFLINE_SETTINGS = ['SET autoload_known_extensions=false', 'SET autoinstall_known_extensions=false'] as const;

/** Arrow rows may contain BigInt (from COUNT/SUM) — convert to number so the app sees plain JS values. */
export function plainRow(obj: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(obj)) out[k] = typeof v === 'bigint' ? Number(v) : v;
  return out;
}

/** Quote an identifier for SQL (column or table names coming from the catalogue, never raw user text). */
export function ident(name: string): string {
  return '"' + name.replaceAll('"', '""') + '"';
}

/** Quote a string literal. */
export function literal(value: string): string {
  return "'" + value.replaceAll("'", "''") + "'";
}

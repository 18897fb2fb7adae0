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
  /** A separate connection for researchers' own SQL (the SQL console); see sql-session.ts for its rules. */
  openSession(): Promise<SqlSession>;
}

/** DuckDB's own tokenizer output: start offset and type of every token (comments are left out). */
export interface SqlTokens {
  offsets: number[];
  /** 0 identifier, 1 numeric constant, 2 string constant, 3 operator, 4 keyword, 5 comment */
  types: number[];
}

/** A result as plain columns and rows (at most the row cap; `truncated` when more rows were there). */
export interface SqlResult {
  columns: { name: string; type: string }[];
  rows: unknown[][];
  truncated: boolean;
}

export interface SqlSession {
  tokenize(sql: string): Promise<SqlTokens>;
  /** Run one statement in a read-only transaction that is rolled back afterwards; keep at most maxRows rows. */
  run(sql: string, maxRows: number): Promise<SqlResult>;
  /** Cancel the running statement (its `run` rejects with SqlCancelled). */
  cancel(): Promise<void>;
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

/** Run `statements` in one transaction on `db`: all of them, or (when one fails, rethrown) none. */
export async function inTransaction(db: Db, statements: readonly string[]): Promise<void> {
  await db.query('BEGIN TRANSACTION');
  try {
    for (const s of statements) await db.query(s);
    await db.query('COMMIT');
  } catch (e) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

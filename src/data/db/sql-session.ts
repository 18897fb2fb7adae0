/**
 * A connection of its own for researchers' SQL (the SQL console), on the same database as the app's connection.
 * Rules (the console's statement check in src/features/sql/classify.ts comes first; this is the second lock):
 * - every statement runs inside `BEGIN TRANSACTION READ ONLY` and is rolled back afterwards, so DuckDB itself refuses
 *   any write to the app's tables ("Cannot write to database … read-only mode") and nothing a statement does stays;
 * - the result is streamed and at most `maxRows` rows are kept (the rest is not fetched: the tab does not run out of
 *   memory on a huge result); `truncated` says there was more;
 * - `cancel()` interrupts the statement (duckdb-wasm's cancelSent) and its `run` rejects with SqlCancelled.
 * Values come out as plain JS: numbers (BIGINT within ±2^53 and DECIMAL as numbers, larger integers as digit text),
 * text, booleans, dates and timestamps as ISO text, lists/structs as JSON text, NULL as null.
 */
import { DataType, Type, util, type Field } from 'apache-arrow';
import { OFFLINE_SETTINGS, type SqlResult, type SqlSession, type SqlTokens } from './db';

export class SqlCancelled extends Error {
  constructor() {
    super('query cancelled');
    this.name = 'SqlCancelled';
  }
}

interface Column {
  length: number;
  get(i: number): unknown;
}

interface Batch {
  numRows: number;
  getChildAt(i: number): Column | null;
}

interface Reader {
  schema?: { fields: Field[] };
  open?(): unknown;
  [Symbol.asyncIterator]?(): AsyncIterator<Batch>;
  [Symbol.iterator]?(): Iterator<Batch>;
}

/** What a session needs of a duckdb-wasm connection (the async browser one or the blocking Node one). */
export interface SessionConnection {
  query(sql: string): unknown;
  send(sql: string, allowStreamResult: boolean): Promise<unknown>;
  cancelSent(): unknown;
  close(): unknown;
}

const call = async (f: () => unknown): Promise<unknown> => f();

function jsonText(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
}

/** A DECIMAL (or HUGEINT, which arrives as a DECIMAL of scale 0): a number, or digit text when not exact. */
function decimal(v: Parameters<typeof util.bigNumToNumber>[0], scale: number): number | string {
  try {
    return util.bigNumToNumber(v, scale);
  } catch {
    const digits = util.bigNumToString(v);
    if (scale === 0) return digits;
    const neg = digits.startsWith('-');
    const abs = (neg ? digits.slice(1) : digits).padStart(scale + 1, '0');
    return `${neg ? '-' : ''}${abs.slice(0, -scale)}.${abs.slice(-scale)}`;
  }
}

/** One Arrow value as a plain JS value (see the module comment). */
export function plainValue(v: unknown, type: DataType): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (DataType.isDecimal(type)) return decimal(v as Parameters<typeof util.bigNumToNumber>[0], type.scale);
  if (DataType.isDate(type) && typeof v === 'number') return new Date(v).toISOString().slice(0, 10);
  if (DataType.isTimestamp(type) && typeof v === 'number') return new Date(v).toISOString().replace('T', ' ').replace('Z', '');
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Uint8Array) return [...v].map((b) => b.toString(16).padStart(2, '0')).join('');
  const json = (v as { toJSON?: () => unknown }).toJSON;
  return jsonText(typeof json === 'function' ? json.call(v) : v);
}

async function* batches(reader: Reader): AsyncGenerator<Batch> {
  if (reader[Symbol.asyncIterator]) {
    for await (const b of reader as AsyncIterable<Batch>) yield b;
  } else {
    for (const b of reader as Iterable<Batch>) yield b;
  }
}

/** Rows of a streamed result, at most maxRows; stops reading when `stop()` says so. */
async function collect(reader: Reader, maxRows: number, stop: () => boolean): Promise<SqlResult> {
  if (!reader.schema) await reader.open?.(); // the blocking Node build's reader is not opened yet
  const fields = reader.schema?.fields ?? [];
  const columns = fields.map((f) => ({ name: f.name, type: Type[f.type.typeId] ?? String(f.type) }));
  const rows: unknown[][] = [];
  for await (const batch of batches(reader)) {
    if (stop()) throw new SqlCancelled();
    const cols = fields.map((_, i) => batch.getChildAt(i));
    for (let r = 0; r < batch.numRows; r++) {
      if (rows.length === maxRows) return { columns, rows, truncated: true };
      rows.push(cols.map((c, i) => plainValue(c?.get(r), fields[i]!.type)));
    }
  }
  return { columns, rows, truncated: false };
}

/** A session on a fresh connection (set offline like the app's). */
export async function openSqlSession(
  conn: SessionConnection,
  tokenize: (sql: string) => SqlTokens | Promise<SqlTokens>,
): Promise<SqlSession> {
  for (const s of OFFLINE_SETTINGS) await call(() => conn.query(s));
  let cancelled = false;
  let busy = false;
  /** Runs one after the other (a run is a transaction of its own on this one connection). */
  let queue: Promise<unknown> = Promise.resolve();
  return {
    async tokenize(sql: string): Promise<SqlTokens> {
      const t = await tokenize(sql);
      return { offsets: Array.from(t.offsets), types: Array.from(t.types) };
    },
    run(sql: string, maxRows: number): Promise<SqlResult> {
      const next = queue.then(() => runOne(sql, maxRows));
      queue = next.catch(() => undefined);
      return next;
    },
    async cancel(): Promise<void> {
      if (!busy) return;
      cancelled = true;
      await call(() => conn.cancelSent()).catch(() => undefined);
    },
    async close(): Promise<void> {
      await call(() => conn.close()).catch(() => undefined);
    },
  };

  async function runOne(sql: string, maxRows: number): Promise<SqlResult> {
    cancelled = false;
    busy = true;
    try {
      await call(() => conn.query('BEGIN TRANSACTION READ ONLY'));
      const reader = (await conn.send(sql, true)) as Reader;
      if (cancelled) throw new SqlCancelled();
      return await collect(reader, maxRows, () => cancelled);
    } catch (e) {
      throw cancelled ? new SqlCancelled() : e;
    } finally {
      busy = false;
      await call(() => conn.cancelSent()).catch(() => undefined); // ends a stream that was not read to its end
      await call(() => conn.query('ROLLBACK')).catch(() => undefined);
    }
  }
}

/**
 * Which statements the SQL console runs — decided on DuckDB's own tokenizer output (duckdb-wasm `tokenize`, the
 * scanner of DuckDB's parser), never on a regular expression over the raw text, so a `;` or a keyword inside a
 * string, a quoted name or a comment does not count.
 *
 * The rule: exactly one statement (empty ones, e.g. a trailing `;`, are ignored) whose first word is one of
 * SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE (optionally after opening brackets); or EXPLAIN
 * [ANALYZE] followed by such a statement; or PRAGMA table_info / show_tables. Anything else (DROP, DELETE, UPDATE,
 * INSERT, CREATE, ALTER, ATTACH, COPY, INSTALL, LOAD, SET, BEGIN, COMMIT, CALL, EXPORT, …) is refused with its
 * keyword; a first word that starts no DuckDB statement at all (a typo such as SELEC) is handed to DuckDB's
 * parser through `query()` (which runs SELECT statements only) for its own syntax error. DuckDB itself is the second lock: every statement runs in a read-only transaction that is rolled back
 * (src/data/db/sql-session.ts), so even a write hidden inside an allowed statement cannot change the app's tables.
 */
import type { SqlTokens } from '../../data/db/db';

/** duckdb-wasm's ScriptTokenType */
const TOKEN = { identifier: 0, number: 1, string: 2, operator: 3, keyword: 4, comment: 5 } as const;

const READING = new Set(['select', 'with', 'from', 'values', 'table', 'describe', 'show', 'summarize']);
const PRAGMAS = new Set(['table_info', 'show_tables']);
/** First words of DuckDB statements that are not reading ones (refused with their keyword). */
const STATEMENTS = new Set(
  (
    'abort alter analyze attach begin call checkpoint comment commit copy create deallocate delete detach drop end ' +
    'execute export force import insert install load merge pivot pragma prepare reset rollback set start truncate ' +
    'uninstall unpivot update upsert use vacuum'
  ).split(' '),
);

export type Verdict =
  /** `sql`: the text to run (the editor text, trimmed: one statement, maybe with a trailing `;` and comments). */
  | { ok: true; sql: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'several'; count: number }
  | { ok: false; reason: 'refused'; keyword: string }
  /** The first word starts no DuckDB statement (a typo): ask DuckDB's parser, safely, for its message. */
  | { ok: false; reason: 'unknown'; word: string };

interface Token {
  type: number;
  /** The token's own text (without the whitespace or comments that follow it). */
  text: string;
  start: number;
}

/** Tokens with their text: a token runs to the next one's start, minus trailing whitespace and comments. */
export function tokensOf(sql: string, raw: SqlTokens): Token[] {
  return raw.offsets.map((start, i) => {
    const stop = raw.offsets[i + 1] ?? sql.length;
    const type = raw.types[i] ?? TOKEN.operator;
    const slice = sql.slice(start, stop);
    // Strings and quoted names may hold spaces; a bare word ends where word characters end; an operator at whitespace.
    const bare = type === TOKEN.keyword || (type === TOKEN.identifier && !slice.startsWith('"'));
    const text = bare
      ? (slice.match(/^[\p{L}_][\p{L}\p{N}_$]*/u)?.[0] ?? slice.trimEnd())
      : type === TOKEN.string || slice.startsWith('"')
        ? slice.trimEnd()
        : (slice.match(/^\S+/)?.[0] ?? '');
    return { type, text, start };
  });
}

/** Statements as token lists, split at `;` operators (empty statements dropped). */
export function splitStatements(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    if (t.type === TOKEN.operator && t.text.includes(';')) {
      const before = t.text.slice(0, t.text.indexOf(';'));
      if (before && before !== ';') out[out.length - 1]!.push({ ...t, text: before });
      out.push([]);
    } else {
      out[out.length - 1]!.push(t);
    }
  }
  return out.filter((s) => s.length > 0);
}

const word = (t: Token | undefined): string => (t && (t.type === TOKEN.keyword || t.type === TOKEN.identifier) ? t.text.toLowerCase() : '');

/** The refused keyword of one statement, or null when it only reads. */
export function refusedKeyword(statement: readonly Token[]): string | null {
  let i = 0;
  while (statement[i]?.type === TOKEN.operator && statement[i]!.text.startsWith('(')) i++;
  const first = word(statement[i]);
  if (READING.has(first)) return null;
  if (first === 'explain') {
    const next = word(statement[i + 1]) === 'analyze' ? i + 2 : i + 1;
    const rest = statement.slice(next);
    return rest.length === 0 ? null : word(rest[0]) === 'explain' ? 'EXPLAIN' : refusedKeyword(rest);
  }
  if (first === 'pragma' && PRAGMAS.has(word(statement[i + 1]))) return null;
  return (statement[i]?.text ?? '').toUpperCase() || '?';
}

/** The console's verdict on the editor text, given DuckDB's tokens of it. */
export function classify(sql: string, raw: SqlTokens): Verdict {
  const statements = splitStatements(tokensOf(sql, raw));
  if (statements.length === 0) return { ok: false, reason: 'empty' };
  for (const s of statements) {
    const keyword = refusedKeyword(s);
    if (keyword === null) continue;
    if (STATEMENTS.has(keyword.toLowerCase()) || keyword.startsWith('EXPLAIN')) return { ok: false, reason: 'refused', keyword };
    return { ok: false, reason: 'unknown', word: keyword };
  }
  if (statements.length > 1) return { ok: false, reason: 'several', count: statements.length };
  return { ok: true, sql: sql.trim() };
}

/**
 * A failed console query as a message in the UI language: a plain explanation first, then DuckDB's own text (its
 * parser or binder message with the line and caret, which points at the mistake) — never a stack trace.
 */
import type { Lang } from '../../app/i18n';
import type { Verdict } from './classify';
import { ts, tsf } from './strings';

export type ErrorKind = 'syntax' | 'binder' | 'catalog' | 'data' | 'readonly' | 'memory' | 'other';

export interface ConsoleError {
  /** The plain explanation in the UI language. */
  message: string;
  /** DuckDB's own message (no stack), or null. */
  detail: string | null;
}

const MAX_DETAIL = 1200;

/** A query sent with `send` fails with JSON ({"exception_type":"Parser","exception_message":…}): as DuckDB's text. */
function fromJson(text: string): string {
  if (!text.startsWith('{')) return text;
  try {
    const j = JSON.parse(text) as { exception_type?: unknown; exception_message?: unknown };
    if (typeof j.exception_message !== 'string') return text;
    return typeof j.exception_type === 'string' ? `${j.exception_type} Error: ${j.exception_message}` : j.exception_message;
  } catch {
    return text;
  }
}

/** DuckDB's message of an error thrown by duckdb-wasm: the message only, without "Error: " wrappers or a stack. */
export function duckdbText(e: unknown): string {
  const raw = e instanceof Error ? e.message : typeof e === 'string' ? e : String(e);
  const text = fromJson(raw.replace(/^(Error:\s*)+/, '').trim());
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

/** The kind of a DuckDB error, from the error type DuckDB puts first ("Parser Error: …"). */
export function errorKind(text: string): ErrorKind {
  if (/^Parser Error/i.test(text)) return 'syntax';
  if (/^Binder Error/i.test(text)) return 'binder';
  if (/^Catalog Error/i.test(text)) return 'catalog';
  if (/^(Conversion|Invalid Input|Out of Range|Mismatch Type) Error/i.test(text)) return 'data';
  if (/read-only|read only/i.test(text)) return 'readonly';
  if (/^Out of Memory Error/i.test(text) || /memory access out of bounds|could not allocate/i.test(text)) return 'memory';
  return 'other';
}

/** The message of a statement the console refused before running it. */
export function verdictError(lang: Lang, v: Exclude<Verdict, { ok: true }>): ConsoleError {
  if (v.reason === 'empty') return { message: ts(lang, 'err_empty'), detail: null };
  if (v.reason === 'several') return { message: tsf(lang, 'err_several', { n: v.count }), detail: null };
  return { message: tsf(lang, 'err_refused', { keyword: v.reason === 'unknown' ? v.word : v.keyword }), detail: null };
}

/** Why a run gave no result: the console refused the statement, or DuckDB failed (or it was cancelled). */
export type Failure = { verdict: Exclude<Verdict, { ok: true }> } | { error: unknown };

export function failureMessage(lang: Lang, f: Failure): ConsoleError {
  return 'verdict' in f ? verdictError(lang, f.verdict) : runError(lang, f.error);
}

/** The message of a query that failed in DuckDB (or was cancelled). */
export function runError(lang: Lang, e: unknown): ConsoleError {
  if (e instanceof Error && e.name === 'SqlCancelled') return { message: ts(lang, 'cancelled'), detail: null };
  const detail = duckdbText(e);
  return { message: ts(lang, `err_${errorKind(detail)}`), detail: detail || null };
}

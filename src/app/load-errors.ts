/**
 * Every data download of the app goes through here: a fetch with a timeout (AbortController) and errors classified
 * into what a user can act on — offline, server unreachable, no answer in time, file missing, server error, file
 * damaged. The technical detail (URL, status, parser message) goes to console.debug only; the UI renders the
 * classification in its own language (i18n-errors.ts). No DOM: the engine worker uses it too.
 *
 * Timeout: the download is aborted when no bytes arrive for `loadTimeoutMs()` (20 s by default), and in any case
 * after TOTAL_FACTOR times that. Tests shorten it with `window.__segvLoadTimeoutMs = 1500` (set before the app
 * loads) or the debug URL parameter `?timeout=1500` (read once at start-up).
 */

export type LoadErrorKind = 'offline' | 'unreachable' | 'timeout' | 'not_found' | 'server' | 'damaged' | 'unexpected';
/** 'engine': the engine worker (its script) could not be started; 'computation': a computation itself failed. */
export type LoadResource = 'catalog' | 'stats' | 'duckdb' | 'geometry' | 'engine' | 'computation';

/** What failed and why, as plain data (serialisable, rendered by i18n-errors.failureText). */
export interface LoadFailure {
  kind: LoadErrorKind;
  resource: LoadResource;
  level?: string;
  year?: number;
  /** For timeouts: the timeout in seconds. */
  seconds?: number;
}

export type FailureTarget = Omit<LoadFailure, 'kind' | 'seconds'>;

export const DEFAULT_TIMEOUT_MS = 20_000;
const TOTAL_FACTOR = 6;
const ERROR_NAME = 'LoadError';

/**
 * A classified load failure. The message is the failure as JSON so it survives the worker boundary (comlink
 * copies only name and message); it is never shown to users.
 */
export class LoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    detail: string,
  ) {
    super(JSON.stringify(failure));
    this.name = ERROR_NAME;
    console.debug(
      `[segv] ${Math.round(globalThis.performance?.now() ?? 0)} ms ${failure.resource}${failure.level ? ` ${failure.level}` : ''}${failure.year ? ` ${failure.year}` : ''}: ${failure.kind} — ${detail}`,
    );
  }
}

/** The classified failure behind any error; unknown errors become 'unexpected' for `target` (detail to console.debug). */
export function failureOf(e: unknown, target: FailureTarget): LoadFailure {
  if (e instanceof LoadError) return e.failure;
  if (e instanceof Error && e.name === ERROR_NAME) {
    try {
      const f = JSON.parse(e.message) as LoadFailure;
      if (f && typeof f.kind === 'string' && typeof f.resource === 'string') return f;
    } catch {
      // fall through
    }
  }
  console.debug(`[segv] ${target.resource}: unexpected —`, e);
  return { ...target, kind: 'unexpected' };
}

export function isLoadError(e: unknown): boolean {
  return e instanceof Error && e.name === ERROR_NAME;
}

/** Identity of what failed (two failures of the same thing count once). */
export function failureKey(f: LoadFailure): string {
  return `${f.resource}:${f.level ?? ''}:${f.year ?? ''}`;
}

function readUrlTimeout(): number | null {
  try {
    const v = Number(new URLSearchParams(globalThis.location?.search ?? '').get('timeout'));
    return Number.isFinite(v) && v >= 100 && v <= 600_000 ? v : null;
  } catch {
    return null;
  }
}
const URL_TIMEOUT = readUrlTimeout();

/** Milliseconds without progress after which a download is abandoned. */
export function loadTimeoutMs(): number {
  const flag = (globalThis as { __segvLoadTimeoutMs?: unknown }).__segvLoadTimeoutMs;
  if (typeof flag === 'number' && flag > 0) return flag;
  return URL_TIMEOUT ?? DEFAULT_TIMEOUT_MS;
}

function statusKind(status: number): LoadErrorKind {
  return status === 404 || status === 410 ? 'not_found' : 'server';
}

const isOffline = (): boolean => (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false;

/**
 * A watchdog that aborts `controller` after `ms` without a call to `kick()` (and after TOTAL_FACTOR·ms in any case).
 * A busy page (its timer late by more than a quarter period) gets another period instead.
 * `expired` tells whether it fired; `stop()` disarms it.
 */
export function watchdog(ms: number, controller: AbortController) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = 0;
  const state = { expired: false };
  const fire = () => {
    state.expired = true;
    controller.abort();
  };
  const total = setTimeout(fire, ms * TOTAL_FACTOR);
  /** Progress: watch for the next `period` ms (default `ms`). */
  const kick = (period = ms) => {
    clearTimeout(timer);
    due = Date.now() + period;
    timer = setTimeout(check, period);
  };
  // A timer that runs much later than due means the page itself was busy (data may be waiting to be read): that is
  // no stall of the server, so watch for another period.
  const check = () => (Date.now() - due > Math.max(250, ms / 4) ? kick(ms) : fire());
  kick();
  return {
    kick,
    get expired() {
      return state.expired;
    },
    stop() {
      clearTimeout(timer);
      clearTimeout(total);
    },
  };
}

export interface FetchOptions {
  target: FailureTarget;
  /** Fraction (0–1) of the body received, when the server sends its length. */
  onProgress?: (fraction: number) => void;
  timeoutMs?: number;
  /** 'HEAD' only checks that the file is there (the body is empty). */
  method?: 'GET' | 'HEAD';
}

async function readBody(res: Response, kick: () => void, onProgress?: (f: number) => void): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const total = Number(res.headers.get('content-length')) || 0;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    kick();
    chunks.push(value);
    received += value.byteLength;
    if (onProgress && total > 0) onProgress(Math.min(1, received / total));
  }
  const out = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The whole body of `url`, or a LoadError (offline, unreachable, timeout, not_found, server). */
export async function fetchBytes(url: string, opts: FetchOptions): Promise<Uint8Array> {
  const ms = opts.timeoutMs ?? loadTimeoutMs();
  const controller = new AbortController();
  const dog = watchdog(ms, controller);
  try {
    const res = await fetch(url, { signal: controller.signal, method: opts.method ?? 'GET' });
    if (!res.ok) throw new LoadError({ ...opts.target, kind: statusKind(res.status) }, `${url}: HTTP ${res.status}`);
    dog.kick();
    return await readBody(res, () => dog.kick(), opts.onProgress);
  } catch (e) {
    if (e instanceof LoadError) throw e;
    if (dog.expired)
      throw new LoadError({ ...opts.target, kind: 'timeout', seconds: Math.max(1, Math.round(ms / 1000)) }, `${url}: no data for ${ms} ms`);
    throw new LoadError({ ...opts.target, kind: isOffline() ? 'offline' : 'unreachable' }, `${url}: ${String(e)}`);
  } finally {
    dog.stop();
  }
}

/** A 'damaged' LoadError for `target`, with the parser's message as (console-only) detail. */
export function damaged(target: FailureTarget, url: string, e: unknown): LoadError {
  return new LoadError({ ...target, kind: 'damaged' }, `${url}: ${e instanceof Error ? e.message : String(e)}`);
}

/** JSON from `url`; a body that does not parse, or fails `check`, is a 'damaged' file. */
export async function fetchJson<T>(url: string, opts: FetchOptions, check?: (x: unknown) => string | null): Promise<T> {
  const bytes = await fetchBytes(url, opts);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw damaged(opts.target, url, e);
  }
  const problem = check?.(value) ?? null;
  if (problem) throw damaged(opts.target, url, problem);
  return value as T;
}

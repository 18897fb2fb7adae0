/**
 * GET a JSON document with retries. Rules:
 * - the fetch function, the clock (sleep) and the randomness are injected (tests run without network or waiting);
 * - retried: network failures (refused, reset, DNS), timeouts, HTTP 429 and every 5xx, up to `attempts` tries;
 * - the wait before try n+1 is exponential with jitter: base × 2^(n−1) × (0.5 … 1.0), at most `maxDelayMs`;
 *   a Retry-After header (seconds or an HTTP date) on 429/503 replaces it (capped at `maxRetryAfterMs`);
 * - 404 and 410 mean the address is gone (retired): FetchError 'retired' at once, no retry;
 * - other 4xx: FetchError 'httpFailed' at once; after the last try: 'unreachable' (network) or 'httpFailed';
 * - a body that is not JSON: FetchError 'malformed';
 * - `signal` (Ctrl-C) aborts a request and any wait: InterruptedError.
 */
import { EXIT, FetchError, InterruptedError } from './errors';

export type FetchFn = (url: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<Response>;

export interface RetryInfo {
  what: string;
  url: string;
  reason: string;
  /** The try about to be made (2 = first retry). */
  attempt: number;
  max: number;
  delayMs: number;
}

export interface HttpOptions {
  fetch: FetchFn;
  attempts: number;
  timeoutMs: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  maxRetryAfterMs?: number;
  onRetry?: (info: RetryInfo) => void;
  signal?: AbortSignal;
  now?: () => number;
}

/** Sleep that ends early (rejecting) when `signal` aborts. */
export function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new InterruptedError(String(signal.reason ?? 'aborted')));
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new InterruptedError(String(signal?.reason ?? 'aborted')));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Milliseconds asked by a Retry-After header (delta seconds or HTTP date), or null. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const s = header.trim();
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

/** Exponential back-off with jitter for the wait before try `attempt` (2 = first retry). */
export function backoffMs(attempt: number, random: () => number, baseMs: number, maxMs: number): number {
  const raw = Math.min(maxMs, baseMs * 2 ** (attempt - 2));
  return Math.round(raw * (0.5 + random() / 2));
}

type Outcome = { ok: true; body: string } | { ok: false; retry: boolean; reason: string; status?: number; retryAfter: number | null };

function networkReason(e: unknown): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError') return 'timeout';
  return err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(e);
}

async function tryOnce(url: string, o: HttpOptions): Promise<Outcome> {
  const signals = [AbortSignal.timeout(o.timeoutMs), ...(o.signal ? [o.signal] : [])];
  let res: Response;
  try {
    res = await o.fetch(url, { signal: AbortSignal.any(signals), headers: { accept: 'application/json' } });
  } catch (e) {
    if (o.signal?.aborted) throw new InterruptedError(String(o.signal.reason ?? 'aborted'));
    return { ok: false, retry: true, reason: networkReason(e), retryAfter: null };
  }
  if (res.ok) {
    try {
      return { ok: true, body: await res.text() };
    } catch (e) {
      if (o.signal?.aborted) throw new InterruptedError(String(o.signal.reason ?? 'aborted'));
      return { ok: false, retry: true, reason: networkReason(e), retryAfter: null };
    }
  }
  await res.body?.cancel().catch(() => undefined);
  const retry = res.status === 429 || res.status >= 500;
  const retryAfter = retryAfterMs(res.headers.get('retry-after'), (o.now ?? Date.now)());
  return { ok: false, retry, reason: `HTTP ${res.status}`, status: res.status, retryAfter };
}

/** GET `url` and parse its JSON body, following the rules at the top. `what` names the service in messages. */
export async function getJson(url: string, what: string, o: HttpOptions): Promise<unknown> {
  const sleep = o.sleep ?? realSleep;
  const random = o.random ?? Math.random;
  let last: Extract<Outcome, { ok: false }> | undefined;
  for (let attempt = 1; attempt <= o.attempts; attempt++) {
    if (attempt > 1 && last) {
      const delayMs =
        last.retryAfter !== null
          ? Math.min(last.retryAfter, o.maxRetryAfterMs ?? 300_000)
          : backoffMs(attempt, random, o.baseDelayMs ?? 1000, o.maxDelayMs ?? 60_000);
      o.onRetry?.({ what, url, reason: last.reason, attempt, max: o.attempts, delayMs });
      await sleep(delayMs, o.signal);
    }
    const out = await tryOnce(url, o);
    if (out.ok) return parseJson(out.body, url, what);
    if (out.status === 404 || out.status === 410)
      throw new FetchError('retired', { what, url, status: out.status }, EXIT.retired, out.status);
    last = out;
    if (!out.retry) break;
  }
  if (last?.status !== undefined)
    throw new FetchError('httpFailed', { what, url, status: last.status, attempts: o.attempts }, EXIT.unreachable, last.status);
  const reason = last?.reason ?? 'unknown';
  const timeout: Record<string, string | number> =
    reason === 'timeout' ? { reasonKey: 'reasonTimeout', seconds: Math.round(o.timeoutMs / 1000) } : {};
  throw new FetchError('unreachable', { what, url, reason, ...timeout }, EXIT.unreachable);
}

function parseJson(body: string, url: string, what: string): unknown {
  try {
    return JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  } catch {
    throw new FetchError('malformed', { what, url, reason: 'not valid JSON', reasonKey: 'reasonNotJson' }, EXIT.malformed);
  }
}

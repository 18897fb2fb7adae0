import { describe, expect, it } from 'vitest';
import { backoffMs, getJson, retryAfterMs, type FetchFn, type HttpOptions } from '../../../src/data/fetch/http';
import { FetchError } from '../../../src/data/fetch/errors';

/** A fetch answering the given replies in order (a string = JSON body with 200; an Error = network failure). */
function scripted(replies: (Response | Error)[]): { fetch: FetchFn; calls: number } {
  const state = {
    calls: 0,
    fetch: (async () => {
      const r = replies[Math.min(state.calls++, replies.length - 1)]!;
      if (r instanceof Error) throw r;
      return r;
    }) as FetchFn,
  };
  return state;
}

const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });
const status = (s: number, headers: Record<string, string> = {}) => new Response('busy', { status: s, headers });

function opts(fetch: FetchFn, sleeps: number[], extra: Partial<HttpOptions> = {}): HttpOptions {
  return { fetch, attempts: 4, timeoutMs: 1000, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, ...extra };
}

describe('getJson: retries with back-off', () => {
  it('a 503 then success is retried once after an exponential, jittered wait', async () => {
    const f = scripted([status(503), ok({ value: [1] })]);
    const sleeps: number[] = [];
    await expect(getJson('http://x/a', 'CBS', opts(f.fetch, sleeps))).resolves.toEqual({ value: [1] });
    expect(f.calls).toBe(2);
    // base 1000 ms × 2^0 × (0.5 + 0.5/2)
    expect(sleeps).toEqual([750]);
  });

  it('waits grow exponentially (1, 2, 4 s before jitter) and network errors are retried too', async () => {
    const f = scripted([new TypeError('fetch failed'), status(502), status(500), ok({})]);
    const sleeps: number[] = [];
    await getJson('http://x/a', 'CBS', opts(f.fetch, sleeps, { random: () => 1 }));
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('Retry-After (seconds or HTTP date) replaces the back-off on 429 and 503', async () => {
    const f = scripted([status(429, { 'retry-after': '7' }), status(503, { 'retry-after': 'Wed, 21 Oct 2026 07:28:05 GMT' }), ok({})]);
    const sleeps: number[] = [];
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    await getJson('http://x/a', 'CBS', opts(f.fetch, sleeps, { now: () => now }));
    expect(sleeps).toEqual([7000, 5000]);
    expect(retryAfterMs('soon', now)).toBeNull();
  });

  it('jitter stays within half to all of the exponential step, capped', () => {
    for (const r of [0, 0.3, 0.99]) {
      const d = backoffMs(4, () => r, 1000, 60_000);
      expect(d).toBeGreaterThanOrEqual(2000);
      expect(d).toBeLessThanOrEqual(4000);
    }
    expect(backoffMs(30, () => 1, 1000, 60_000)).toBe(60_000);
  });

  it('404 and 410 are "retired" at once, without retry', async () => {
    for (const s of [404, 410]) {
      const f = scripted([status(s), ok({})]);
      const err = await getJson('http://x/a', 'CBS', opts(f.fetch, [])).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FetchError);
      expect((err as FetchError).key).toBe('retired');
      expect((err as FetchError).exitCode).toBe(3);
      expect(f.calls).toBe(1);
    }
  });

  it('gives up after the last attempt: unreachable for network errors, httpFailed for 5xx', async () => {
    const net = scripted([new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })]);
    const e1 = (await getJson('http://x/a', 'CBS', opts(net.fetch, [])).catch((e: unknown) => e)) as FetchError;
    expect([e1.key, e1.params.reason, e1.exitCode, net.calls]).toEqual(['unreachable', 'ECONNREFUSED', 2, 4]);
    const busy = scripted([status(503)]);
    const e2 = (await getJson('http://x/a', 'CBS', opts(busy.fetch, [])).catch((e: unknown) => e)) as FetchError;
    expect([e2.key, e2.status, busy.calls]).toEqual(['httpFailed', 503, 4]);
  });

  it('a body that is not JSON is malformed (exit 4); a 400 is not retried', async () => {
    const html = scripted([new Response('<html>maintenance</html>', { status: 200 })]);
    const e1 = (await getJson('http://x/a', 'CBS', opts(html.fetch, [])).catch((e: unknown) => e)) as FetchError;
    expect([e1.key, e1.exitCode]).toEqual(['malformed', 4]);
    const bad = scripted([status(400)]);
    const e2 = (await getJson('http://x/a', 'CBS', opts(bad.fetch, [])).catch((e: unknown) => e)) as FetchError;
    expect([e2.key, bad.calls]).toEqual(['httpFailed', 1]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { failureText } from '../../../src/app/i18n-errors';
import { failureKey, failureOf, fetchBytes, fetchJson, LoadError, type LoadFailure } from '../../../src/app/load-errors';

const target = { resource: 'geometry' as const, level: 'gemeente', year: 2019 };

/** Rejection of `p` as its classified failure. */
async function failure(p: Promise<unknown>): Promise<LoadFailure> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(LoadError);
    return (e as LoadError).failure;
  }
  throw new Error('did not fail');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('fetch with timeout and classified errors', () => {
  it('classifies HTTP status, network errors, damaged JSON', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404 }));
    expect((await failure(fetchBytes('/x', { target }))).kind).toBe('not_found');
    vi.stubGlobal('fetch', async () => new Response('oops', { status: 503 }));
    expect((await failure(fetchBytes('/x', { target }))).kind).toBe('server');
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await failure(fetchBytes('/x', { target }))).kind).toBe('unreachable');
    vi.stubGlobal('fetch', async () => new Response('{"type":"Topology","arcs":[], "obj'));
    expect(await failure(fetchJson('/x', { target }))).toEqual({ ...target, kind: 'damaged' });
    vi.stubGlobal('fetch', async () => new Response('<!doctype html><p>index</p>'));
    expect((await failure(fetchJson('/x', { target }))).kind).toBe('damaged');
    vi.stubGlobal('fetch', async () => new Response('{"a":1}'));
    expect((await failure(fetchJson('/x', { target }, () => 'wrong shape'))).kind).toBe('damaged');
    expect(await fetchJson('/x', { target })).toEqual({ a: 1 });
  });

  it('aborts a request that never answers after the timeout, and one that stalls mid-body', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise((_, reject) => {
          init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const t0 = Date.now();
    expect(await failure(fetchBytes('/x', { target, timeoutMs: 80 }))).toEqual({ ...target, kind: 'timeout', seconds: 1 });
    expect(Date.now() - t0).toBeLessThan(1000);
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new Uint8Array([1, 2, 3]));
          init.signal!.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body);
    });
    expect((await failure(fetchBytes('/x', { target, timeoutMs: 80 }))).kind).toBe('timeout');
  });

  it('reads the body with progress', async () => {
    vi.stubGlobal('fetch', async () => new Response(new Uint8Array(1000), { headers: { 'content-length': '1000' } }));
    const seen: number[] = [];
    const bytes = await fetchBytes('/x', { target, onProgress: (f) => seen.push(f) });
    expect(bytes.byteLength).toBe(1000);
    expect(seen.at(-1)).toBe(1);
  });

  it('keeps the classification across the worker boundary (name + message only)', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const e = new LoadError({ ...target, kind: 'damaged' }, 'SyntaxError: Unexpected end of JSON input at position 169117');
    const copied = Object.assign(new Error(e.message), { name: e.name, message: e.message });
    expect(failureOf(copied, { resource: 'computation' })).toEqual(e.failure);
    expect(failureOf(new TypeError('x is undefined'), { resource: 'computation' })).toEqual({
      resource: 'computation',
      kind: 'unexpected',
    });
    expect(failureKey(e.failure)).toBe('geometry:gemeente:2019');
  });
});

describe('failures in words', () => {
  it('says what failed and why, in Dutch and English, without technical detail', () => {
    const kinds = ['offline', 'unreachable', 'timeout', 'not_found', 'server', 'damaged', 'unexpected'] as const;
    const resources = ['catalog', 'stats', 'duckdb', 'geometry', 'engine', 'computation'] as const;
    for (const kind of kinds) {
      for (const resource of resources) {
        for (const lang of ['nl', 'en'] as const) {
          const text = failureText(lang, { kind, resource, level: 'wijk', year: 2022, seconds: 20 });
          expect(text).not.toMatch(/SyntaxError|TypeError|JSON|HTTP|undefined|\{|position|\.json|\.parquet/);
          expect(text.length).toBeGreaterThan(30);
        }
      }
    }
    expect(failureText('nl', { kind: 'not_found', resource: 'geometry', level: 'gemeente', year: 2019 })).toBe(
      'De kaartgrenzen (gemeenten 2019) konden niet worden geladen: het bestand ontbreekt op de server.',
    );
    expect(failureText('en', { kind: 'timeout', resource: 'stats', level: 'wijk', seconds: 20 })).toBe(
      'The statistics (districts) could not be loaded: the server did not answer within 20 seconds.',
    );
  });
});

/**
 * Replays the recorded CBS/PDOK responses in tests/fixtures/cbs-http as the services would serve them, without any
 * network: through an injected fetch (unit tests) or a local node:http server (the CLI test). Recorded addresses
 * (`https://datasets.cbs.nl/...` in @odata.nextLink) are rewritten to the origin asked, like a replay proxy.
 * - OData v4: static pages (`v4/<level>-<n>.json`, the next one named by `$skip` in @odata.nextLink);
 * - OData v3: DataProperties as recorded; TypedDataSet and WijkenEnBuurten filtered by `startswith(…,'XX')`, cut
 *   by `$select`, `$top`, `$skip` (the service caps cells at 10,000 and answers 500 above that);
 * - PDOK WFS: the recorded collections cut by startIndex/count, with numberMatched/numberReturned/timeStamp.
 * `failures` makes given paths answer with given statuses first (503 with Retry-After …); `v4Retired` answers 404
 * for every v4 address; every request is logged.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../fixtures/cbs-http', import.meta.url));
const load = (rel: string): unknown => JSON.parse(readFileSync(join(DIR, rel), 'utf8'));

export interface Scenario {
  v4Retired?: boolean;
  /** pathname + search substring → statuses to answer (in order) before the real response, with optional headers. */
  failures?: { match: string; status: number; headers?: Record<string, string>; times?: number }[];
  /** Stop serving after this many successful responses (simulates a dropped connection: network error). */
  dropAfter?: number;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export class FixtureServer {
  readonly log: string[] = [];
  private served = 0;
  private readonly failures: { match: string; status: number; headers?: Record<string, string>; left: number }[];

  constructor(private readonly scenario: Scenario = {}) {
    this.failures = (scenario.failures ?? []).map((f) => ({ ...f, left: f.times ?? 1 }));
  }

  /** The reply to GET `url`; `origin` replaces the recorded hosts in bodies. Throws for a dropped connection. */
  reply(url: string, origin: string): Reply {
    const u = new URL(url);
    const path = decodeURIComponent(u.pathname + u.search);
    this.log.push(path);
    const fail = this.failures.find((f) => f.left > 0 && path.includes(f.match));
    if (fail) {
      fail.left -= 1;
      return { status: fail.status, headers: fail.headers ?? {}, body: '<html>Service Unavailable</html>' };
    }
    if (this.scenario.dropAfter !== undefined && this.served >= this.scenario.dropAfter) throw new TypeError('fetch failed');
    const body = this.route(u);
    if (body === null) return { status: 404, headers: {}, body: '{"error":"not found"}' };
    this.served += 1;
    const text = JSON.stringify(body)
      .replaceAll('https://datasets.cbs.nl/odata/v1', `${origin}/odata/v1`)
      .replaceAll('https://opendata.cbs.nl/ODataApi', `${origin}/ODataApi`);
    return { status: 200, headers: { 'content-type': 'application/json' }, body: text };
  }

  private route(u: URL): unknown {
    const p = u.pathname;
    const q = u.searchParams;
    const prefix = /startswith\(\w+,'(\w\w)'\)/.exec(q.get('$filter') ?? '')?.[1] ?? '';
    const level = ({ GM: 'gemeente', WK: 'wijk', BU: 'buurt' } as Record<string, string>)[prefix];
    if (p.startsWith('/odata/v1/CBS/85984NED/')) {
      if (this.scenario.v4Retired || !level) return null;
      if (p.endsWith('/Observations')) {
        const page = Number(q.get('$skip') ?? 0) / 30;
        try {
          return load(`v4/${level}-${page}.json`);
        } catch {
          return null;
        }
      }
      if (p.endsWith('/WijkenEnBuurtenCodes')) return load(`v4/codes-${level}.json`);
      return null;
    }
    if (p === '/ODataApi/odata/85984NED/DataProperties') return load('v3/DataProperties.json');
    if (p === '/ODataApi/odata/85984NED/TypedDataSet') return v3Slice(load('v3/TypedDataSet.json'), q, 'WijkenEnBuurten', prefix);
    if (p === '/ODataApi/odata/85984NED/WijkenEnBuurten') return v3Slice(load('v3/WijkenEnBuurten.json'), q, 'Key', prefix);
    if (p === '/cbs/wijkenbuurten/2024/wfs/v1_0') return wfsSlice(q);
    return null;
  }

  /** As an injected fetch function (unit tests). */
  fetch = async (url: string): Promise<Response> => {
    const r = this.reply(url, 'http://fixture.test');
    return new Response(r.body, { status: r.status, headers: r.headers });
  };
}

function v3Slice(doc: unknown, q: URLSearchParams, keyField: string, prefix: string): unknown {
  const d = doc as { value: Record<string, unknown>[] };
  const select = q.get('$select')?.split(',');
  const top = Number(q.get('$top') ?? 10_000);
  const skip = Number(q.get('$skip') ?? 0);
  const rows = d.value.filter((r) => String(r[keyField]).startsWith(prefix));
  const cells = top * (select?.length ?? Object.keys(rows[0] ?? {}).length);
  if (cells > 10_000) return { 'odata.error': { code: '', message: { lang: 'en-US', value: 'Maximum of 10000 cells exceeded' } } };
  const page = rows.slice(skip, skip + top).map((r) => (select ? Object.fromEntries(select.map((k) => [k, r[k]])) : r));
  return { ...d, value: page };
}

function wfsSlice(q: URLSearchParams): unknown {
  const layer = (q.get('typeNames') ?? '').replace('wijkenbuurten:', '');
  const fc = load(`wfs/${layer}.json`) as { features: unknown[] };
  const start = Number(q.get('startIndex') ?? 0);
  const count = Number(q.get('count') ?? 1000);
  const features = fc.features.slice(start, start + count);
  return {
    type: 'FeatureCollection',
    features,
    totalFeatures: fc.features.length,
    numberMatched: fc.features.length,
    numberReturned: features.length,
    timeStamp: '2025-01-10T09:00:00.000Z',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
  };
}

/** Serve `fixtures` on 127.0.0.1 (a free port); resolves to the origin and a close function. */
export async function startServer(fixtures: FixtureServer): Promise<{ origin: string; server: Server; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const r = fixtures.reply(`${origin}${req.url}`, origin);
      res.writeHead(r.status, r.headers).end(r.body);
    } catch {
      req.socket.destroy();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, server, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

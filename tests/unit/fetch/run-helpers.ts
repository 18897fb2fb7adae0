/** Runs data:fetch's main() against the recorded fixtures (no network) and reads back what it wrote. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { main } from '../../../src/data/fetch/main';
import { FixtureServer, type Scenario } from './fixture-http';

export const ORIGIN = 'http://fixture.test';

export function endpointConfig(dir: string, origin = ORIGIN, extra: Record<string, unknown> = {}): string {
  const file = join(dir, 'endpoints.json');
  const cfg = {
    odataV4: `${origin}/odata/v1/CBS`,
    odataV3: `${origin}/ODataApi/odata`,
    wfs: `${origin}/cbs/wijkenbuurten/{year}/wfs/v1_0`,
    wfsPageSize: 3,
    v3PageCells: 60,
    ...extra,
  };
  writeFileSync(file, JSON.stringify(cfg));
  return file;
}

export interface RunResult {
  code: number;
  out: string[];
  err: string;
  sleeps: number[];
  server: FixtureServer;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'segv-fetch-'));
}

/** main() with the fixture server as fetch; `dir` holds out/, cache/ and endpoints.json. */
export async function runFetch(
  dir: string,
  args: string[],
  scenario: Scenario = {},
  server = new FixtureServer(scenario),
  signal?: AbortSignal,
): Promise<RunResult> {
  const out: string[] = [];
  let err = '';
  const sleeps: number[] = [];
  const code = await main(
    [...(args.includes('--out') ? [] : ['--out', join(dir, 'out')]), '--cache', join(dir, 'cache'), ...args],
    { out: (l) => out.push(l), err: { isTTY: false, write: (t: string) => (err += t) }, env: {} },
    { fetch: (url) => server.fetch(url), sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, ...(signal ? { signal } : {}) },
  );
  return { code, out, err, sleeps, server };
}

export async function readParquet(path: string): Promise<Record<string, unknown>[]> {
  const b = readFileSync(path);
  return (await parquetReadObjects({ file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer })) as Record<
    string,
    unknown
  >[];
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

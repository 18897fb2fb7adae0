import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer, startServer } from './fixture-http';
import { endpointConfig, readJson, readParquet, tempDir } from './run-helpers';

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', 'src/cli/data-fetch.ts', ...args], { env: { ...process.env, SEGV_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run data:fetch (spawned) against a local server replaying the recorded responses', () => {
  const fixtures = new FixtureServer({
    failures: [{ match: "startswith(WijkenEnBuurten,'WK')", status: 503, headers: { 'retry-after': '0' } }],
  });
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer(fixtures);
  });
  afterAll(() => server.close());

  it('downloads wijk and buurt 2024, retries a 503, and writes the data folder with checksums', async () => {
    const dir = tempDir();
    const cfg = endpointConfig(dir, server.origin);
    const r = await runCli([
      '--year',
      '2024',
      '--level',
      'wijk,buurt',
      '--endpoint-config',
      cfg,
      '--out',
      join(dir, 'out'),
      '--cache',
      join(dir, 'cache'),
      '--lang',
      'en',
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/data:fetch wrote 6 files to .*wijk_2024 2, buurt_2024 7/);
    // Not a terminal: plain progress lines, no carriage returns.
    expect(r.stderr).toContain('CBS OData v4 buurt: page 3, 84 rows\n');
    expect(r.stderr).toContain('HTTP 503; attempt 2 of 6 in 0.0 s');
    expect(r.stderr).not.toContain('\r');
    const rows = await readParquet(join(dir, 'out/stats/wijk.parquet'));
    expect(rows.map((x) => [x.code, x.population])).toEqual([
      ['WK006000', 3840],
      ['WK006099', 0],
    ]);
    expect(readJson<{ files: unknown[] }>(join(dir, 'out/fetch-manifest.json')).files).toHaveLength(6);
  });

  it('an endpoint nobody answers: exit 2, one message in Dutch, no stack trace', async () => {
    const dir = tempDir();
    const closed = await startServer(new FixtureServer());
    await closed.close();
    const cfg = endpointConfig(dir, closed.origin, { attempts: 1 });
    const r = await runCli([
      '--year',
      '2024',
      '--level',
      'wijk',
      '--endpoint-config',
      cfg,
      '--out',
      join(dir, 'out'),
      '--cache',
      join(dir, 'cache'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^data:fetch: CBS OData v4 is niet bereikbaar \(http:\/\/127\.0\.0\.1:\d+\/odata\/v1\/CBS\/85984NED\/Observations\?…\): ECONNREFUSED\./,
    );
    expect(r.stderr).toContain('--resume');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../src/data/fetch/progress-bar';
import { endpointConfig, runFetch, tempDir } from './run-helpers';

const ARGS = ['--year', '2024', '--level', 'wijk,buurt'];
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at \S+.*:\d+:\d+/);

describe('data:fetch: every failure is a clear message in the chosen language with its exit code', () => {
  it('v4 retired and no v3 fallback: exit 3, says the endpoint may be retired (nl and en)', async () => {
    for (const [lang, text] of [
      ['nl', 'bestaat niet (meer)'],
      ['en', 'no longer exists'],
    ] as const) {
      const dir = tempDir();
      const cfg = endpointConfig(dir, undefined, { odataV3: null });
      const r = await runFetch(dir, [...ARGS, '--endpoint-config', cfg, '--lang', lang], { v4Retired: true });
      expect(r.code).toBe(3);
      expect(r.err).toContain(text);
      expect(r.err).toContain('--endpoint-config');
      noStack(r.err);
    }
  });

  it('unreachable after all attempts: exit 2 with the resume command', async () => {
    const dir = tempDir();
    const r = await runFetch(dir, [...ARGS, '--endpoint-config', endpointConfig(dir), '--lang', 'nl'], { dropAfter: 0 });
    expect(r.code).toBe(2);
    expect(r.err).toContain('is niet bereikbaar');
    expect(r.err).toMatch(/ga later verder met: npm run data:fetch -- .* --resume/);
    expect(r.sleeps).toHaveLength(5);
    noStack(r.err);
  });

  it('a malformed page (HTML instead of JSON, or JSON without the expected list): exit 4, nothing written', async () => {
    const dir = tempDir();
    const server = (await import('./fixture-http')).FixtureServer;
    const s = new server();
    const orig = s.fetch;
    s.fetch = async (url: string) => (url.includes("'BU'") && url.includes('Observations') ? new Response('{"values": []}') : orig(url));
    const r = await runFetch(dir, [...ARGS, '--endpoint-config', endpointConfig(dir), '--lang', 'en'], {}, s);
    expect(r.code).toBe(4);
    expect(r.err).toContain('Unexpected answer from CBS OData v4');
    expect(r.err).toContain('no "value" list');
    noStack(r.err);
  });

  it('Ctrl-C during the download: exit 130, says where the pages are and how to resume; --resume then completes', async () => {
    const dir = tempDir();
    const cfg = endpointConfig(dir);
    const { FixtureServer } = await import('./fixture-http');
    const s = new FixtureServer();
    const controller = new AbortController();
    const orig = s.fetch;
    s.fetch = async (url: string) => {
      if (s.log.length === 4) controller.abort('SIGINT');
      if (controller.signal.aborted) throw new DOMException('aborted', 'AbortError');
      return orig(url);
    };
    const r = await runFetch(dir, [...ARGS, '--endpoint-config', cfg, '--lang', 'en'], {}, s, controller.signal);
    expect(r.code).toBe(130);
    expect(r.err).toMatch(
      /The download was interrupted \(SIGINT\)\. Pages already fetched are kept in .*cache.2024; continue with: npm run data:fetch -- .*--resume/,
    );
    noStack(r.err);
    const again = await runFetch(dir, [...ARGS, '--endpoint-config', cfg, '--resume']);
    expect(again.code).toBe(0);
    expect(again.server.log).not.toContain(s.log[0]);
  });

  it('bad command lines and endpoint files: exit 1, in the chosen language', async () => {
    const dir = tempDir();
    const cases: [string[], RegExp][] = [
      [['--year', '2011', '--lang', 'en'], /No CBS table is known for year 2011\. Known years: 2013, .*2025/],
      [['--year', '2024', '--level', 'wijk,straat'], /Onbekend niveau "straat"/],
      [['--year', '2024', '--variables', 'population,shoe_size', '--lang', 'en'], /Unknown variable "shoe_size"/],
      [['--year', '2024', '--endpoint-config', join(dir, 'none.json'), '--lang', 'en'], /cannot be used: the file does not exist/],
      [['--yaer', '2024', '--lang', 'en'], /Command line: Unknown option --yaer.*did you mean --year/i],
    ];
    for (const [args, re] of cases) {
      const r = await runFetch(dir, args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toMatch(re);
      noStack(r.err);
    }
    writeFileSync(join(dir, 'typo.json'), JSON.stringify({ odataV5: 'https://x' }));
    const typo = await runFetch(dir, ['--year', '2024', '--endpoint-config', join(dir, 'typo.json'), '--lang', 'en']);
    expect(typo.err).toMatch(/unknown key "odataV5"/);
  });

  it('--out that is not a data folder is refused before any download', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine/notes.txt'), 'mine');
    const r = await runFetch(dir, [...ARGS, '--endpoint-config', endpointConfig(dir), '--out', join(dir, 'mine'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Cannot write to .*mine: .*without manifest\.json, so not a data folder/);
    expect(r.server.log).toEqual([]);
    const nested = await runFetch(dir, [...ARGS, '--endpoint-config', endpointConfig(dir), '--out', dir, '--lang', 'nl']);
    expect(nested.err).toMatch(/Kan niet schrijven naar .*: de cachemap .* ligt erin/);
  });
});

describe('data:fetch adds to an existing data folder', () => {
  it('keeps other levels and years, replaces the fetched level/year, and the app loader reads the result', async () => {
    const dir = tempDir();
    cpSync('data', join(dir, 'out'), { recursive: true });
    const r = await runFetch(dir, ['--year', '2024', '--level', 'buurt', '--endpoint-config', endpointConfig(dir), '--lang', 'en']);
    expect(r.code).toBe(0);
    const { openRepository, readCatalog } = await import('../../../src/cli/node-data');
    const { readParquet, readJson } = await import('./run-helpers');
    const rows = await readParquet(join(dir, 'out/stats/buurt.parquet'));
    // buurt 2024 is now the 7 fetched buurten; the wijk file (not fetched) is byte-identical.
    expect(rows.filter((x) => x.year === 2024)).toHaveLength(7);
    const nes = rows.find((x) => x.code === 'BU00600000')!;
    expect([nes.population, nes.province_name, nes.wijk_name]).toEqual([1220, 'Fryslân', 'Wijk 00']);
    const before = readJson<{ files: { path: string; sha256: string }[] }>('data/manifest.json').files;
    const after = readJson<{ files: { path: string; sha256: string }[] }>(join(dir, 'out/manifest.json')).files;
    expect(after.find((f) => f.path === 'stats/wijk.parquet')).toEqual(before.find((f) => f.path === 'stats/wijk.parquet'));
    const catalog = readCatalog(join(dir, 'out'));
    expect(catalog.geometry.buurt).toEqual([2024]);
    expect(catalog.geometry.gemeente).toContain(2012);

    // The app's own loader (Parquet → DuckDB-WASM, as in the browser) sees the fetched values.
    const repo = await openRepository(join(dir, 'out'), ['buurt']);
    const values = await repo.values('buurt', 2024, 'population', 'GM0060');
    expect(values.map((v) => [v.code, v.value])).toEqual(
      rows.filter((x) => x.year === 2024 && x.gemeente_code === 'GM0060').map((x) => [x.code, x.population]),
    );
    expect(values.find((v) => v.code === 'BU00600002')?.value).toBe(430);
  });
});

describe('progress on stderr', () => {
  it('a terminal gets one redrawn line with a bar; a pipe gets plain lines', () => {
    let tty = '';
    const p = createProgress({ isTTY: true, columns: 80, write: (t: string) => (tty += t) }, 'en');
    p.page('PDOK WFS buurten', 1, 3, 1000, false);
    p.page('PDOK WFS buurten', 2, 3, 1000, false);
    p.end('PDOK WFS buurten');
    expect(tty).toContain('\r\x1b[2K');
    expect(tty).toMatch(/page 2\/3 \[#+-+\] 2,000 rows\n$/);
    let plain = '';
    const q = createProgress({ isTTY: false, write: (t: string) => (plain += t) }, 'nl');
    q.page('CBS OData v4 buurt', 1, undefined, 100000, true);
    expect(plain).toBe('CBS OData v4 buurt: pagina 1, 100.000 rijen (cache)\n');
  });
});

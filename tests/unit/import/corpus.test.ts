/**
 * The bad-input corpus (tests/fixtures/bad-input, expected.json) through the parser (importFile) and through the
 * data:check CLI: its main function for every file, and the real entry point (spawned) for a few. Every file must
 * give its expected message code with the expected severity, in Dutch and in English, and the expected exit code;
 * no output may contain a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/data-check';
import { importFile } from '../../../src/data/import';

const DIR = 'tests/fixtures/bad-input';

interface Expected {
  code: string;
  severity: 'error' | 'warning' | 'info';
  nl: string;
  en: string;
  exit: number;
  known?: string;
  maxMb?: number;
  maxBytes?: number;
  name?: { code: string; value: string };
}

const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
const CASES = Object.entries(EXPECTED);

function knownCodes(path: string): Set<string> {
  const r = importFile(path, new Uint8Array(readFileSync(join(DIR, path))));
  return new Set(r.features.map((f) => f.code));
}

function cliArgs(file: string, e: Expected, lang: 'nl' | 'en'): string[] {
  const args = [join(DIR, file), '--lang', lang];
  if (e.known) args.push('--known', join(DIR, e.known));
  if (e.maxMb) args.push(`--max-mb=${e.maxMb}`);
  return args;
}

function runMain(args: string[]): { code: number; out: string } {
  let out = '';
  const io = { out: (t: string) => void (out += t), err: (t: string) => void (out += t) };
  return { code: main(args, io), out };
}

const STACK = /^\s+at .+\(.*:\d+:\d+\)|^\s+at [\w.<>]+ \(/m;

describe('bad-input corpus', () => {
  it('has at least 25 files, each with its expected message', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    for (const [, e] of CASES) expect(e.nl.length * e.en.length).toBeGreaterThan(0);
  });

  it.each(CASES)('parser: %s', (file, e) => {
    const bytes = new Uint8Array(readFileSync(join(DIR, file)));
    const r = importFile(file, bytes, { knownCodes: e.known ? knownCodes(e.known) : undefined, maxBytes: e.maxBytes });
    const m = r.messages.find((x) => x.code === e.code);
    expect(m, `${file}: ${r.messages.map((x) => x.code).join(', ')}`).toBeDefined();
    expect(m!.severity).toBe(e.severity);
    expect(m!.nl).toContain(e.nl);
    expect(m!.en).toContain(e.en);
    expect(r.ok).toBe(e.exit === 0);
    if (e.name) expect(r.rows.buurt.find((x) => x.code === e.name!.code)?.name).toBe(e.name.value);
  });

  it.each(CASES)('data:check main: %s', (file, e) => {
    const nl = runMain(cliArgs(file, e, 'nl'));
    const en = runMain(cliArgs(file, e, 'en'));
    expect(nl.code).toBe(e.exit);
    expect(en.code).toBe(e.exit);
    expect(nl.out).toContain(`[${e.code}]`);
    expect(nl.out).toContain(e.nl);
    expect(en.out).toContain(e.en);
    expect(nl.out).toContain(e.exit === 0 ? 'bruikbaar' : 'NIET bruikbaar');
    expect(nl.out + en.out).not.toMatch(STACK);
  });
});

describe('data:check as a process (npm run data:check)', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/data-check.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('exits 1 for a file with an error and 0 for usable files, one report per file', () => {
    const bad = run([join(DIR, 'kwb-2024-share-over-100.csv'), join(DIR, 'kwb-2024-some-bad-codes.csv'), '--lang', 'en']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('[share-over-100]');
    expect(bad.stdout).toContain('[skipped-rows]');
    expect(bad.stdout + bad.stderr).not.toMatch(STACK);
    const good = run([join(DIR, 'kwb-2024-some-bad-codes.csv'), join(DIR, 'odata-v3-without-dataproperties.json')]);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('WAARSCHUWING [skipped-rows]');
  });

  it('prints JSON with --format json', () => {
    const r = run([join(DIR, 'boundaries-epsg3857.geojson'), '--format', 'json', '--lang', 'en']);
    expect(r.status).toBe(1);
    const parsed = JSON.parse(r.stdout) as { ok: boolean; messages: { code: string }[] }[];
    expect(parsed[0].ok).toBe(false);
    expect(parsed[0].messages.map((m) => m.code)).toContain('unexpected-crs');
  });

  it('says what is wrong with the command line or a missing file, without a stack trace', () => {
    const none = run([]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/^Error: give at least one FILE/);
    const lang = run([join(DIR, 'empty.csv'), '--lang', 'de']);
    expect(lang.status).toBe(1);
    expect(lang.stderr).toContain('--lang');
    const missing = run(['tests/fixtures/bad-input/does-not-exist.csv', '--lang', 'en']);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('the file does not exist');
    for (const r of [none, lang, missing]) expect(r.stdout + r.stderr).not.toMatch(STACK);
  });
});

/**
 * Runs every case of tests/bad-inputs/cli.cases.ts against the real entry points (node --import tsx
 * src/cli/<name>.ts), three processes at a time (the DuckDB cases first, they are the slow ones), and classifies
 * each run:
 * - "stack trace": a line `    at …`, or a line starting with an error class other than the one `Error: ` line;
 * - "clear error": exit 1 as expected, one `Error: ` block matching the expected message, files as expected;
 * - "correct result": exit 0 as expected and every output check passes;
 * - "silent wrong": anything else (exit 0 where an error was due, wrong files, missing message …).
 * Logs `cli corpus: N tried, A correct result, B clear error, C silent wrong, D stack trace`; C and D must be 0.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_CASES, type CliCase } from '../../bad-inputs/cli.cases';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  dir: string;
}

type Verdict = 'correct result' | 'clear error' | 'silent wrong' | 'stack trace';

const root = mkdtempSync(join(tmpdir(), 'cli-corpus-'));

function prepare(c: CliCase): string {
  const dir = join(root, c.id);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(c.files ?? {})) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function run(c: CliCase): Promise<Run> {
  const dir = prepare(c);
  const argv = c.argv.map((a) => a.replaceAll('{dir}', dir));
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', `src/cli/${c.cli}.ts`, ...argv], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...c.env },
    });
    let stdout = '',
      stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => p.kill(), 60_000);
    p.on('error', reject);
    p.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, dir });
    });
  });
}

const read = (dir: string) => (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : null);

/** What is wrong with a run, by the case's expectations (empty: nothing). */
function problems(c: CliCase, r: Run): string[] {
  const out: string[] = [];
  const e = c.expect;
  if (r.status !== e.exit) out.push(`exit ${r.status}, expected ${e.exit}`);
  if (e.stderr && !e.stderr.test(r.stderr)) out.push(`stderr does not match ${e.stderr}`);
  if (e.stdout && !e.stdout.test(r.stdout)) out.push(`stdout does not match ${e.stdout}`);
  const errorLines = r.stderr.split('\n').filter((l) => /^\s*\w*Error\b/.test(l));
  if (e.exit === 1 && !(errorLines.length === 1 && errorLines[0]!.startsWith('Error: ')))
    out.push(`expected one "Error: " line, got ${errorLines.length}`);
  if (e.exit === 0 && errorLines.length > 0) out.push(`error lines in a successful run: ${errorLines[0]}`);
  for (const [name, want] of Object.entries(e.files ?? {})) {
    const text = read(r.dir)(name);
    if (want === null && text !== null) out.push(`${name} exists`);
    if (want !== null && (text === null || !want.test(text))) out.push(`${name} ${text === null ? 'missing' : `does not match ${want}`}`);
  }
  for (const name of e.unchanged ?? []) if (read(r.dir)(name) !== String(c.files?.[name] ?? '')) out.push(`${name} changed`);
  if (e.check) out.push(...e.check({ stdout: r.stdout, stderr: r.stderr, read: read(r.dir) }));
  return out;
}

function verdict(c: CliCase, r: Run): Verdict {
  const lines = r.stderr.split('\n');
  const traced =
    lines.some((l) => /^\s+at /.test(l)) || lines.filter((l) => /^\s*\w*Error\b/.test(l)).some((l, i) => i > 0 || !l.startsWith('Error: '));
  if (traced) return 'stack trace';
  if (problems(c, r).length > 0) return 'silent wrong';
  return c.outcome === 'ok' ? 'correct result' : 'clear error';
}

const runs = new Map<string, Run>();

beforeAll(async () => {
  const queue = [...CLI_CASES].sort((a, b) => Number(!!b.db) - Number(!!a.db));
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) runs.set(c.id, await run(c));
  };
  await Promise.all([worker(), worker(), worker()]);
  const tally: Record<Verdict, number> = { 'correct result': 0, 'clear error': 0, 'silent wrong': 0, 'stack trace': 0 };
  for (const c of CLI_CASES) tally[verdict(c, runs.get(c.id)!)]++;
  console.log(
    `cli corpus: ${CLI_CASES.length} tried, ${tally['correct result']} correct result, ${tally['clear error']} clear error, ${tally['silent wrong']} silent wrong, ${tally['stack trace']} stack trace`,
  );
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('CLI corpus of bad inputs', () => {
  it('has at least 25 cases with unique ids', () => {
    expect(CLI_CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CLI_CASES.map((c) => c.id)).size).toBe(CLI_CASES.length);
  });

  for (const c of CLI_CASES) {
    it(`${c.id}: ${c.description}`, () => {
      const r = runs.get(c.id)!;
      const detail = `${c.cli} ${c.argv.join(' ')}\nstderr: ${r.stderr.slice(0, 1500)}\nstdout: ${r.stdout.slice(0, 300)}`;
      expect(problems(c, r), detail).toEqual([]);
      expect(verdict(c, r), detail).toBe(c.outcome === 'ok' ? 'correct result' : 'clear error');
    });
  }
});

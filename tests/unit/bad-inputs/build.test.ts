/**
 * Runs the data:build bad-input corpus (tests/bad-inputs/build.cases.ts) against the real entry point
 * (node --import tsx scripts/build-data.ts), two cases at a time, and logs one line:
 * `build corpus: N tried, A correct result, B clear error, 0 silent wrong, 0 stack trace`.
 * Verdicts: "correct result" (exit 0 as expected, outputs right), "clear error" (exit 1, stderr names the file or
 * option, --out untouched, nothing left beside it), "silent wrong" (exit 0 where an error was due, or wrong
 * outputs), "stack trace" (a stack on stderr), "unclear" (anything else: wrong code, message or a touched --out).
 * Skipped when the real raw folder (../shared/data-raw or $SEGV_RAW_DIR) is not there. With SEGV_CORPUS_LOG=<file>
 * each case's verdict and duration is appended to that file.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '../../../src/data/build/sources';
import { BUILD_CASES, type BuildCase, type CasePaths } from '../../bad-inputs/build.cases';

const RAW = resolve(process.env.SEGV_RAW_DIR ?? '../shared/data-raw');
const ENTRY = 'scripts/build-data.ts';
const COMMITTED_MANIFEST = readFileSync('data/manifest.json', 'utf8');
const STACK = /^\s+at .+(\(.*:\d+:\d+\)|:\d+:\d+)$/m;

type Verdict = 'correct result' | 'clear error' | 'silent wrong' | 'stack trace' | 'unclear';
interface Outcome {
  id: string;
  verdict: Verdict;
  why: string;
  ms: number;
}

/** A raw folder of symbolic links to the real files that sources.ts lists. */
function mirrorRaw(dst: string): void {
  for (const file of new Set(SOURCES.map((s) => s.file))) {
    mkdirSync(dirname(join(dst, file)), { recursive: true });
    symlinkSync(join(RAW, file), join(dst, file));
  }
}

function prepareOut(kind: BuildCase['out'], out: string): void {
  if (kind === 'absent') return;
  if (kind === 'file') return writeFileSync(out, 'a file, not a folder\n');
  mkdirSync(out);
  if (kind === 'foreign') return writeFileSync(join(out, 'thesis.tex'), '\\documentclass{article}\n');
  writeFileSync(join(out, 'manifest.json'), COMMITTED_MANIFEST);
  writeFileSync(join(out, 'SENTINEL.txt'), randomBytes(32).toString('hex'));
}

/** Checksum of a file or of a folder's relative paths and contents; 'absent' if nothing is there. */
function digest(path: string): string {
  if (!existsSync(path)) return 'absent';
  const h = createHash('sha256');
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) for (const e of readdirSync(p).sort()) walk(join(p, e));
    else h.update(relative(path, p)).update('\0').update(readFileSync(p));
  };
  walk(path);
  return h.digest('hex');
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const env = { ...process.env };
    delete env.SEGV_DEBUG;
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const pattern = (r: RegExp | ((p: CasePaths) => RegExp), p: CasePaths): RegExp => (typeof r === 'function' ? r(p) : r);

/** The built --out holds the committed manifest, every file it lists with its checksum, and no sentinel. */
function builtRight(out: string): string {
  if (!existsSync(join(out, 'manifest.json'))) return 'no manifest.json in --out';
  const text = readFileSync(join(out, 'manifest.json'), 'utf8');
  if (text !== COMMITTED_MANIFEST) return 'manifest.json differs from the committed one';
  if (existsSync(join(out, 'SENTINEL.txt'))) return 'the old --out folder was not replaced';
  const files = (JSON.parse(text) as { files: { path: string; sha256: string }[] }).files;
  const bad = files.find(
    (f) =>
      createHash('sha256')
        .update(readFileSync(join(out, f.path)))
        .digest('hex') !== f.sha256,
  );
  return bad ? `${bad.path} differs from its manifest checksum` : '';
}

function judge(c: BuildCase, r: Awaited<ReturnType<typeof run>>, p: CasePaths, before: string): { verdict: Verdict; why: string } {
  if (STACK.test(r.stderr)) return { verdict: 'stack trace', why: r.stderr.slice(0, 400) };
  const leftovers = readdirSync(p.tmp).filter((e) => e !== 'raw' && e !== 'out');
  if (leftovers.length) return { verdict: 'unclear', why: `left beside --out: ${leftovers.join(', ')}` };
  if (c.expect.exit === 1) {
    if (r.code === 0) return { verdict: 'silent wrong', why: `exit 0; stdout: ${r.stdout.slice(0, 200)}` };
    if (r.code !== 1) return { verdict: 'unclear', why: `exit ${r.code}` };
    if (!pattern(c.expect.stderr, p).test(r.stderr)) return { verdict: 'unclear', why: `stderr did not match: ${r.stderr.slice(0, 600)}` };
    if (digest(p.out) !== before) return { verdict: 'unclear', why: '--out was changed by a failed run' };
    return { verdict: 'clear error', why: '' };
  }
  if (r.code !== 0) return { verdict: 'unclear', why: `exit ${r.code}; stderr: ${r.stderr.slice(0, 600)}` };
  if (!pattern(c.expect.stdout, p).test(r.stdout))
    return { verdict: 'silent wrong', why: `stdout did not match: ${r.stdout.slice(0, 300)}` };
  const wrong = c.expect.built ? builtRight(p.out) : digest(p.out) !== before ? '--out changed' : '';
  return wrong ? { verdict: 'silent wrong', why: wrong } : { verdict: 'correct result', why: '' };
}

async function runCase(c: BuildCase, root: string): Promise<Outcome> {
  const tmp = mkdtempSync(join(root, `${c.id}-`));
  const p: CasePaths = { tmp, raw: join(tmp, 'raw'), out: join(tmp, 'out') };
  mkdirSync(p.raw);
  mirrorRaw(p.raw);
  c.alter?.(p.raw);
  prepareOut(c.out ?? 'data', p.out);
  const before = digest(p.out);
  const t0 = performance.now();
  const r = await run(c.args ? c.args(p) : ['--raw', p.raw, '--out', p.out]);
  const ms = performance.now() - t0;
  const { verdict, why } = judge(c, r, p, before);
  rmSync(tmp, { recursive: true, force: true });
  return { id: c.id, verdict, why, ms };
}

/** Run `cases` with at most `width` at a time. */
async function pool(cases: readonly BuildCase[], width: number, root: string): Promise<Map<string, Outcome>> {
  const results = new Map<string, Outcome>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const c = cases[next++]!;
      const o = await runCase(c, root);
      results.set(c.id, o);
      if (process.env.SEGV_CORPUS_LOG)
        appendFileSync(process.env.SEGV_CORPUS_LOG, `${c.id}: ${o.verdict} (${(o.ms / 1000).toFixed(1)} s) ${o.why}\n`);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

describe.skipIf(!existsSync(RAW))('data:build bad-input corpus', () => {
  let results = new Map<string, Outcome>();
  let root = '';

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'segv-build-corpus-'));
    results = await pool(BUILD_CASES, 2, root);
    const n = (v: Verdict) => [...results.values()].filter((o) => o.verdict === v).length;
    const unclear = n('unclear') ? `, ${n('unclear')} unclear` : '';
    console.log(
      `build corpus: ${results.size} tried, ${n('correct result')} correct result, ${n('clear error')} clear error, ` +
        `${n('silent wrong')} silent wrong, ${n('stack trace')} stack trace${unclear}`,
    );
  }, 300_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('has at least 12 cases with unique ids', () => {
    expect(BUILD_CASES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(BUILD_CASES.map((c) => c.id)).size).toBe(BUILD_CASES.length);
  });

  it.each(BUILD_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const o = results.get(c.id)!;
    const want: Verdict = c.expect.exit === 0 ? 'correct result' : 'clear error';
    expect({ verdict: o.verdict, why: o.why }).toEqual({ verdict: want, why: '' });
  });
});

/**
 * `npm run data:fetch`: statistics (statistics.ts) and boundaries (wfs.ts) for one year → the data folder
 * (write-out.ts). Every failure is one or two lines in the chosen language with its exit code (errors.ts), never a
 * stack trace (SEGV_DEBUG=1 adds it, for developers); an interrupted or failed download says how to resume.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseCli, usageText, UsageError } from '../../cli/args';
import { checkOutTarget } from '../build/out-dir';
import { BuildError } from '../build/problems';
import { loadEndpoints, tableFor, wfsBase } from './endpoints';
import { EXIT, FetchError, InterruptedError } from './errors';
import type { FetchFn, HttpOptions } from './http';
import { FETCH_SPEC, langFromArgv, parseLevels, parseVariables } from './options';
import { PageCache } from './page-cache';
import { fetchAllPages, type PagerContext } from './pager';
import { createProgress, type ProgressSink } from './progress-bar';
import { fetchStatistics } from './statistics';
import { say, type Lang } from './strings';
import { wfsSource } from './wfs';
import { boundaryCollection, importNotes, importWfs, type FetchLevel } from './convert';
import type { Endpoints } from './endpoints';
import { prepare, writeOut, type FetchedData } from './write-out';

export interface FetchIo {
  out: (line: string) => void;
  err: ProgressSink;
  env: Readonly<Record<string, string | undefined>>;
}

export interface FetchDeps {
  fetch: FetchFn;
  sleep?: HttpOptions['sleep'];
  random?: () => number;
  signal?: AbortSignal;
}

interface Run {
  lang: Lang;
  cacheDir: string;
  resumeCommand: string;
}

const line = (io: FetchIo, text: string) => io.err.write(`${text}\n`);

/** Run data:fetch; resolves to the exit code and never rejects. */
export async function main(argv: readonly string[], io: FetchIo, deps: FetchDeps): Promise<number> {
  const run: Run = { lang: langFromArgv(argv), cacheDir: '', resumeCommand: resumeCommand(argv) };
  try {
    return await fetchRun(argv, io, deps, run);
  } catch (err) {
    for (const l of failureLines(err, run, io.env.SEGV_DEBUG === '1')) line(io, l);
    return exitCode(err);
  }
}

function resumeCommand(argv: readonly string[]): string {
  const args = argv.includes('--resume') ? argv : [...argv, '--resume'];
  return `npm run data:fetch -- ${args.map((a) => (/^[\w.,:=/@-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}`;
}

/** An address without its (long) query: origin and path, `?…` when there was a query. */
function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}${u.search ? '?…' : ''}`;
  } catch {
    return url;
  }
}

export function exitCode(err: unknown): number {
  if (err instanceof FetchError) return err.exitCode;
  if (err instanceof InterruptedError) return EXIT.interrupted;
  if (err instanceof UsageError || err instanceof BuildError) return EXIT.usage;
  return EXIT.write;
}

/** The lines printed for a failure (see the rules at the top). */
export function failureLines(err: unknown, run: Run, debug: boolean): string[] {
  const { lang } = run;
  const prefix = 'data:fetch: ';
  const hint = run.cacheDir ? [prefix + say(lang, 'resumeHint', { cache: run.cacheDir, command: run.resumeCommand })] : [];
  if (err instanceof UsageError) return [prefix + say(lang, 'usage', { reason: err.message })];
  if (err instanceof BuildError) return [prefix + say(lang, 'outRefused', { out: '--out', reason: err.message })];
  if (err instanceof InterruptedError)
    return [prefix + say(lang, 'interrupted', { reason: err.reason, cache: run.cacheDir, command: run.resumeCommand })];
  if (err instanceof FetchError) {
    const p = { ...err.params };
    if (typeof p.url === 'string') p.url = shortUrl(p.url);
    if (typeof p.reasonKey === 'string') p.reason = say(lang, p.reasonKey as Parameters<typeof say>[1], p);
    const network = err.exitCode === EXIT.unreachable || err.exitCode === EXIT.malformed || err.exitCode === EXIT.retired;
    return [prefix + say(lang, err.key, p), ...(network ? hint : [])];
  }
  const e = err as NodeJS.ErrnoException;
  if (e instanceof Error && typeof e.code === 'string' && typeof e.syscall === 'string')
    return [prefix + say(lang, 'writeFailed', { reason: `${e.syscall} ${e.path ?? ''}: ${e.code}`, out: '--out', cache: run.cacheDir })];
  const lines = [
    prefix +
      say(lang, 'internal', {
        reason: `${e instanceof Error ? e.name : typeof err}: ${e instanceof Error ? e.message : String(err)}`,
        cache: run.cacheDir,
      }),
  ];
  if (debug && e instanceof Error && e.stack) lines.push(e.stack);
  return lines;
}

const inside = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Refuse an --out that is not a data folder, or that holds the cache, before any download. */
function checkOut(outDir: string, cacheDir: string, shown: string, lang: Lang): void {
  const refuse = (reason: string) => new FetchError('outRefused', { out: shown, reason }, EXIT.usage);
  if (inside(cacheDir, outDir) || inside(outDir, cacheDir)) throw refuse(say(lang, 'cacheInOut', { cache: cacheDir }));
  if (existsSync(outDir)) {
    if (!statSync(outDir).isDirectory()) throw refuse(say(lang, 'outIsFile'));
    const entries = readdirSync(outDir);
    if (entries.length > 0 && !entries.includes('manifest.json')) throw refuse(say(lang, 'outNotData'));
  }
  checkOutTarget(outDir, cacheDir, shown);
}

async function fetchBoundaries(e: Endpoints, year: number, levels: readonly FetchLevel[], ctx: PagerContext, lang: Lang) {
  const what = say(lang, 'whatWfs');
  const out: FetchedData['boundaries'] = {};
  for (const level of levels) {
    const src = wfsSource(wfsBase(e, year), level, e.wfsSrs, e.wfsPageSize, what, lang);
    const result = importWfs(await fetchAllPages(src, ctx), `PDOK ${year} ${level}`, src.firstUrl, what, lang);
    for (const note of importNotes(result, src.label, lang)) ctx.progress.note(note);
    out[level] = boundaryCollection(result, level);
  }
  return out;
}

async function fetchRun(argv: readonly string[], io: FetchIo, deps: FetchDeps, run: Run): Promise<number> {
  const args = parseCli(argv, FETCH_SPEC);
  if (args.help) {
    io.out(usageText(FETCH_SPEC));
    return EXIT.ok;
  }
  const v = args.values;
  const lang = (run.lang = v.lang);
  const endpoints = loadEndpoints(v['endpoint-config']);
  const table = tableFor(endpoints, v.year);
  const levels = parseLevels(v.level);
  const measures = parseVariables(v.variables);
  const outDir = resolve(v.out);
  run.cacheDir = join(resolve(v.cache), String(v.year));
  checkOut(outDir, run.cacheDir, v.out, lang);

  const progress = createProgress(io.err, lang);
  const cache = new PageCache(run.cacheDir, v.resume);
  const http: HttpOptions = {
    fetch: deps.fetch,
    attempts: endpoints.attempts,
    timeoutMs: endpoints.timeoutMs,
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
    ...(deps.random ? { random: deps.random } : {}),
    ...(deps.signal ? { signal: deps.signal } : {}),
    onRetry: (r) =>
      progress.note(
        say(lang, 'retrying', { what: r.what, reason: r.reason, attempt: r.attempt, max: r.max, seconds: (r.delayMs / 1000).toFixed(1) }),
      ),
  };
  const ctx: PagerContext = { http, cache, progress };
  const stats = await fetchStatistics({ e: endpoints, table, levels, measures, ctx, lang });
  if (stats.missing.length) progress.note(say(lang, 'missingMeasures', { table, names: stats.missing.join(', ') }));
  for (const note of stats.notes) progress.note(note);
  const empty = levels.find((l) => (stats.stats[l]?.features.length ?? 0) === 0);
  if (empty) throw new FetchError('noRows', { level: empty, year: v.year, table }, EXIT.empty);

  const data: FetchedData = {
    year: v.year,
    table,
    protocol: stats.protocol,
    stats: stats.stats,
    boundaries: {},
    endpoints: { odataV4: endpoints.odataV4, odataV3: endpoints.odataV3, wfs: v['no-boundaries'] ? null : wfsBase(endpoints, v.year) },
  };
  if (!v['no-boundaries']) data.boundaries = await fetchBoundaries(endpoints, v.year, levels, ctx, lang);
  if (cache.reused) progress.note(say(lang, 'resumed', { count: cache.reused, cache: run.cacheDir }));
  const summary = writeOut(outDir, data, await prepare(outDir, data));
  const rows = Object.entries(summary.rowCounts)
    .filter(([k]) => k.endsWith(`_${v.year}`) && levels.some((l) => k.startsWith(`${l}_`)))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  io.out(say(lang, 'wrote', { files: summary.files.length, out: v.out, rows, checksums: join(v.out, 'fetch-manifest.json') }));
  return EXIT.ok;
}

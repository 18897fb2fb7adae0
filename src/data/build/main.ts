/**
 * `npm run data:build [-- --raw <dir>] [--out <dir>] [--check]`: the raw CBS files → the committed data/ folder.
 * Order of work (each step stops the run with exit code 1 and writes nothing if it fails):
 * 1. the command line (src/cli/args.ts: node:util parseArgs, strict; `--raw=dir` and `--raw dir` both work;
 *    unknown options and empty values are errors);
 * 2. the raw folder (--raw, else $SEGV_RAW_DIR, else ../shared/data-raw) exists and is not empty;
 * 3. --out (default data) can be replaced (out-dir.ts);
 * 4. every raw file listed in sources.ts passes validate.ts; all problems are listed, one
 *    `data:build: <file>: <problem>` line each;
 * 5. the outputs are built in `<out>.tmp-<pid>` and swapped into place (out-dir.ts).
 * Every failure is printed as `data:build: …` without a stack trace; a failure that is a bug rather than bad input
 * says "internal error" (its stack only with SEGV_DEBUG=1).
 */
import { resolve } from 'node:path';
import { parseCli, usageText, UsageError, type CliSpec } from '../../cli/args';
import { checkOutTarget, replaceFolder } from './out-dir';
import { BuildError, formatCount, PREFIX, ProblemList } from './problems';
import { checkRawFolder } from './raw-files';
import { SOURCES, type SourceSpec } from './sources';
import { validateRaw } from './validate';
import type { BuildSummary } from './write-data';

export const DEFAULT_RAW = '../shared/data-raw';

export const BUILD_SPEC = {
  name: 'data:build',
  summary:
    'Validates the raw CBS files, then builds stats/*.parquet, geo/*.topo.json, reports/buurt-wijk-check.json,\n' +
    'variables.json and manifest.json ' +
    'into a temporary folder and swaps it in for --out. Nothing is written when any raw file fails a check.',
  options: {
    raw: { type: 'string', valueName: 'dir', help: `folder with the raw files (default $SEGV_RAW_DIR, else ${DEFAULT_RAW})` },
    out: { type: 'string', valueName: 'dir', default: 'data', help: 'output folder, replaced as a whole' },
    check: { type: 'flag', help: 'only validate the raw files; write nothing' },
  },
  examples: ['npm run data:build', 'npm run data:build -- --raw=../shared/data-raw --out /tmp/data', 'npm run data:build -- --check'],
} as const satisfies CliSpec;

export interface BuildIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Readonly<Record<string, string | undefined>>;
}

const processIo: BuildIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  env: process.env,
};

/** Run data:build; resolves to the exit code. Never rejects: failures are printed as described at the top. */
export async function main(argv: readonly string[], io: BuildIo = processIo, sources: readonly SourceSpec[] = SOURCES): Promise<number> {
  try {
    return await runBuild(argv, io, sources);
  } catch (err) {
    for (const line of failureLines(err, io.env.SEGV_DEBUG === '1')) io.err(line);
    return 1;
  }
}

/** The `data:build: …` lines for a failure (see the rules at the top). */
export function failureLines(err: unknown, debug = false): string[] {
  if (err instanceof UsageError) return [`${PREFIX} ${err.message} (see --help)`];
  if (err instanceof BuildError) return [`${PREFIX} ${err.message}`, ...err.lines.map((l) => `${PREFIX} ${l}`)];
  const e = err as NodeJS.ErrnoException;
  if (e instanceof Error && typeof e.code === 'string' && typeof e.syscall === 'string') {
    // A file-system failure while writing (disk full, permissions): the input was fine, the place is not.
    return [`${PREFIX} cannot ${e.syscall} ${e.path ?? ''}: ${e.code}; --out was left as it was`];
  }
  const lines = [`${PREFIX} internal error (${e instanceof Error ? e.name : typeof err}): ${e instanceof Error ? e.message : String(err)}`];
  if (debug && e instanceof Error && e.stack) lines.push(e.stack);
  return lines;
}

async function runBuild(argv: readonly string[], io: BuildIo, sources: readonly SourceSpec[]): Promise<number> {
  const args = parseCli(argv, BUILD_SPEC);
  if (args.help) {
    io.out(usageText(BUILD_SPEC));
    return 0;
  }
  const rawShown = args.values.raw ?? (io.env.SEGV_RAW_DIR || DEFAULT_RAW);
  const rawDir = resolve(rawShown);
  const outDir = resolve(args.values.out);
  const files = [...new Set(sources.map((s) => s.file))];
  checkRawFolder(rawDir, rawShown, files);
  if (!args.values.check) checkOutTarget(outDir, rawDir, args.values.out);

  const t0 = performance.now();
  const problems = new ProblemList();
  const validated = validateRaw(rawDir, rawShown, sources, problems);
  if (problems.count > 0) {
    for (const line of problems.lines()) io.err(line);
    const where = args.values.check ? '' : `; nothing was written (${args.values.out} is unchanged)`;
    io.err(
      `${PREFIX} refused: ${problems.count} problem${problems.count === 1 ? '' : 's'} in ${problems.files} of ${files.length} raw files${where}`,
    );
    return 1;
  }
  if (args.values.check) {
    io.out(
      `${PREFIX} raw files OK: ${files.length} files, ${formatCount(validated.features)} features in ${rawShown} (--check: nothing written)`,
    );
    return 0;
  }
  // Loaded only now: turf, topojson and the Parquet writer take longer to load than a failed validation takes.
  const { writeDataFolder } = await import('./write-data');
  const summary = replaceFolder(outDir, (dir) => writeDataFolder(dir, sources, validated.collections));
  report(summary, args.values.out, (performance.now() - t0) / 1000, io);
  return 0;
}

function report(s: BuildSummary, outShown: string, seconds: number, io: BuildIo): void {
  io.out(`data:build wrote ${s.files} files, ${(s.bytes / 1e6).toFixed(2)} MB, to ${outShown} in ${seconds.toFixed(1)} s`);
  io.out(`rows per level/year: ${JSON.stringify(s.rowCounts)}`);
  if (s.conflicts.length) {
    io.out(`source disagreements (first source kept): ${s.conflicts.length}`);
    for (const c of s.conflicts.slice(0, 10)) io.out(`   ${JSON.stringify(c)}`);
  }
}

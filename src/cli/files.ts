/**
 * Output files of the CLIs. Rules (planOutput applies the first two before any work is done):
 * - Format: `--format` wins when the extension agrees or says nothing; `.csv` / `.json` (any case) decide the
 *   format when --format is absent; an extension that contradicts --format (x.json with --format csv) is an error;
 *   any other extension (or none) gets CSV, with a note on stderr saying so. Without --out: --format, else CSV.
 * - Checked before any work is done: an output may not be an input (same resolved path, or the same file through
 *   a link), a folder or a device, nor lie in a folder that does not exist; two outputs may not be the same file.
 * - Written atomically: every file first goes to a temporary file beside its target (`.<name>.<pid>.tmp`), and
 *   only when all of them are complete are they renamed over their targets, in the order given (sidecar first,
 *   main file last). A failure while writing leaves every target as it was, removes the temporary files and
 *   names the path; readers never see half a file.
 */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CliError } from './run';

export type OutputFormat = 'csv' | 'json';

/** `<dir>/<name without extension><suffix>`: crosswalk.csv → crosswalk.meta.json. */
export function sibling(out: string, suffix: string): string {
  const ext = extname(out);
  return join(dirname(out), `${basename(out, ext)}${suffix}`);
}

/** The format of `out` (see the rules above), and a note for stderr when it was not evident. */
export function outputFormat(out: string | undefined, format: OutputFormat | undefined): { format: OutputFormat; note: string | null } {
  if (out === undefined) return { format: format ?? 'csv', note: null };
  const ext = extname(out).toLowerCase();
  const byExt = ext === '.csv' ? 'csv' : ext === '.json' ? 'json' : null;
  if (byExt && format && byExt !== format)
    throw new CliError(`--out ${out} ends in ${extname(out)} but --format ${format} was given: use a .${format} name or --format ${byExt}`);
  if (byExt) return { format: byExt, note: null };
  if (format) return { format, note: null };
  return { format: 'csv', note: `note: writing CSV to ${out} (the extension is not .csv or .json; pass --format json for JSON)` };
}

/** A file the run reads or writes, with the words that name it in messages (e.g. "--input counts.csv"). */
export interface NamedPath {
  path: string;
  label: string;
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  if (!existsSync(a) || !existsSync(b)) return false;
  const sa = statSync(a),
    sb = statSync(b);
  return sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Refuse outputs that would overwrite an input or each other, or that cannot be files (rules above). */
export function checkOutputs(outputs: readonly NamedPath[], inputs: readonly NamedPath[]): void {
  outputs.forEach((o, i) => {
    for (const input of inputs)
      if (sameFile(o.path, input.path))
        throw new CliError(`${o.label} is the same file as ${input.label}: refusing to overwrite the input; choose another --out`);
    for (const other of outputs.slice(0, i))
      if (sameFile(o.path, other.path)) throw new CliError(`${o.label} and ${other.label} are the same file: choose another --out`);
    const dir = dirname(resolve(o.path));
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new CliError(`cannot write ${o.path}: folder ${dirname(o.path)} does not exist`);
    if (existsSync(o.path) && !statSync(o.path).isFile())
      throw new CliError(`cannot write ${o.path}: it is ${statSync(o.path).isDirectory() ? 'a folder' : 'not a regular file'}`);
  });
}

/** A file to write: its path and complete text. */
export interface OutputFile {
  path: string;
  text: string;
}

const tmpOf = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

/** Write every file atomically (rules above): all temporary files first, then the renames in the given order. */
export function writeFilesAtomic(files: readonly OutputFile[]): void {
  const staged: string[] = [];
  try {
    for (const f of files) {
      const tmp = tmpOf(f.path);
      staged.push(tmp);
      writeOrExplain(f.path, 'nothing was written', () => writeFileSync(tmp, f.text));
    }
    files.forEach((f, i) => {
      const done = files.slice(0, i).map((x) => x.path);
      writeOrExplain(f.path, done.length ? `already replaced: ${done.join(', ')}` : 'nothing was written', () =>
        renameSync(staged[i]!, f.path),
      );
    });
  } finally {
    for (const tmp of staged) removeFile(tmp);
  }
}

/** Remove a temporary file of ours if it is (still) there; a folder or a missing file is left alone. */
function removeFile(path: string): void {
  try {
    if (statSync(path).isFile()) rmSync(path);
  } catch {
    // already renamed or never created
  }
}

function writeOrExplain(path: string, outcome: string, write: () => void): void {
  try {
    write();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why: Record<string, string> = {
      ENOENT: `folder ${dirname(path)} does not exist`,
      EISDIR: 'it is a folder',
      ENOTDIR: `${dirname(path)} is not a folder`,
      ENOSPC: 'the disk is full',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EROFS: 'the file system is read-only',
      EDQUOT: 'disk quota exceeded',
    };
    throw new CliError(`cannot write ${path}: ${why[err.code ?? ''] ?? err.message} (${outcome})`);
  }
}

export interface OutputPlan {
  /** --out as given, or null for stdout. */
  out: string | null;
  format: OutputFormat;
  /** Sidecar path (CSV written to a file only), else null. */
  sidecar: string | null;
}

export interface PlanOptions {
  /** Sidecar path for a CSV written to `out`; none when absent. */
  sidecarOf?: (out: string) => string;
  /** Files the run reads (--input, --apply …). */
  inputs?: readonly NamedPath[];
  /** More files the run writes beside --out (e.g. crosswalk.applied.csv). */
  extra?: readonly NamedPath[];
  note?: (line: string) => void;
}

/** Check and plan the outputs (rules above). */
export function planOutput(out: string | undefined, format: OutputFormat | undefined, options: PlanOptions = {}): OutputPlan {
  const f = outputFormat(out, format);
  if (f.note) (options.note ?? ((l) => void process.stderr.write(`${l}\n`)))(f.note);
  if (out === undefined) return { out: null, format: f.format, sidecar: null };
  const sidecar = f.format === 'csv' && options.sidecarOf ? options.sidecarOf(out) : null;
  const outputs: NamedPath[] = [
    { path: out, label: `--out ${out}` },
    ...(sidecar ? [{ path: sidecar, label: `the sidecar ${sidecar}` }] : []),
    ...(options.extra ?? []),
  ];
  checkOutputs(outputs, options.inputs ?? []);
  return { out, format: f.format, sidecar };
}

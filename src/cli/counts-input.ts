/**
 * `indices --input`: the researcher's long counts file, read as bytes and parsed by long-counts.ts
 * (parseLongCountsBytes: encoding detected, binary / compressed / spreadsheet files refused in words, one number
 * convention per file, the focal group chosen by `--focal` or the documented default: the group with the smallest
 * total, ties by name, independent of row order).
 * Rules here: a missing path, a folder, or a file above MAX_INPUT_BYTES is an error before reading; parse errors
 * are listed with their line (at most MAX_LISTED, then how many more), except a --focal that names no group,
 * which is reported as a --focal error; warnings are returned for stderr. Files from LARGE_INPUT_BYTES on get a
 * "reading …" line on stderr first (parsing a large file takes seconds).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseLongCountsBytes, type FocalChoice } from '../engine/long-counts';
import type { BatchInput } from '../engine/batch';
import { CliError } from './run';

/** Files above this size are refused with a message (they are read into memory whole). */
export const MAX_INPUT_BYTES = 500e6;
const MAX_LISTED = 20;
const LARGE_INPUT_BYTES = 5e6;

export interface OwnCounts {
  input: BatchInput & { focalGroup: string };
  focal: FocalChoice;
  rows: number;
  bytes: number;
  encoding: string;
  warnings: string[];
}

/** Check the path (exists, is a file, not too large) and return its size in bytes. */
export function checkInputFile(path: string): number {
  if (!existsSync(path)) throw new CliError(`--input ${path}: file not found`);
  const st = statSync(path);
  if (!st.isFile()) throw new CliError(`--input ${path}: is ${st.isDirectory() ? 'a folder' : 'not a regular file'}, expected a CSV file`);
  if (st.size > MAX_INPUT_BYTES)
    throw new CliError(
      `--input ${path}: ${(st.size / 1e6).toFixed(0)} MB is larger than the ${MAX_INPUT_BYTES / 1e6} MB this tool reads; aggregate or split the file`,
    );
  return st.size;
}

/** Read and parse `path` (rules above); `focal` as given with --focal. */
export function readOwnCounts(path: string, focal: string | undefined): OwnCounts {
  const size = checkInputFile(path);
  if (size >= LARGE_INPUT_BYTES) process.stderr.write(`reading ${path} (${(size / 1e6).toFixed(0)} MB) …\n`);
  const bytes = readFileSync(path);
  const parsed = parseLongCountsBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path, { focal });
  if (!parsed.ok) {
    const focalError = parsed.errors.find((e) => e.line === 0 && /^focal group/.test(e.message));
    if (focal !== undefined && focalError)
      throw new CliError(`--focal ${focal}: ${focalError.message.replace(/^focal group "[^"]*" /, '')} (in ${path})`);
    const lines = parsed.errors.slice(0, MAX_LISTED).map((e) => (e.line > 0 ? `  line ${e.line}: ${e.message}` : `  ${e.message}`));
    const more = parsed.errors.length > MAX_LISTED ? [`  … and ${parsed.errors.length - MAX_LISTED} more`] : [];
    throw new CliError([`--input ${path} cannot be used:`, ...lines, ...more].join('\n'));
  }
  return { input: parsed.input, focal: parsed.focal, rows: parsed.rows, bytes: size, encoding: parsed.encoding, warnings: parsed.warnings };
}

/**
 * Reading the raw files for `data:build`, with every failure said in words. Rules:
 * - the raw folder must exist and be a folder; an empty folder is refused with the list of expected files;
 * - each file must exist, be a regular file, be readable, be UTF-8 text and parse as JSON; a JSON failure reads
 *   "truncated or not JSON: …" with where it went wrong (line and column), never a SyntaxError dump;
 * - files in the raw folder that sources.ts does not list are ignored; they are only mentioned as a hint when a
 *   listed file in the same folder is missing (a renamed file is the usual cause).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { BuildError, formatCount } from './problems';

export type ReadResult = { ok: true; text: string; value: unknown } | { ok: false; problem: string };

/** What went wrong opening or reading a file, from its Node error code. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'missing';
    case 'EACCES':
    case 'EPERM':
      return 'not readable (permission denied)';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'missing (part of its path is a file, not a folder)';
    case 'ELOOP':
      return 'is a symbolic link that loops';
    default:
      return `cannot be read (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: pos - lineStart + 1 };
}

/** The start of a text for a message: at most `n` characters, control characters shown as spaces. */
export function snippet(text: string, n = 24): string {
  const s = Array.from(text.slice(0, n), (ch) => (ch.charCodeAt(0) < 0x20 || ch === '\u007f' ? ' ' : ch)).join('');
  return JSON.stringify(s.length < text.length ? s + '…' : s);
}

/** Where JSON.parse stopped for `text` of length `end` at most: its position, or `end` for "ran out of text". */
function parseStop(text: string, end: number): number {
  try {
    JSON.parse(text.slice(0, end));
    return end;
  } catch (err) {
    const m = /at position (\d+)/.exec(err instanceof Error ? err.message : '');
    if (m) return Math.min(Number(m[1]), end);
    return /end of JSON input/i.test(String(err)) ? end : -1;
  }
}

/**
 * The offset of the first character JSON.parse refuses, for messages without a position ("Unexpected token 'x',
 * …"): the shortest prefix that fails for another reason than running out of text ends just after it (binary
 * search, about 20 parses of a 1 MB file; only run once a file has failed).
 */
function errorOffset(text: string): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (parseStop(text, mid + 1) === mid + 1) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A JSON.parse failure in words: "truncated or not JSON: …" with what and where (line, column), or that the text
 * stops early; never the SyntaxError text with its source dump. V8 gives "Unexpected end of JSON input", a message
 * ending in "at position N", or "Unexpected token …" without a position (then errorOffset finds it).
 */
export function describeJsonError(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const start = text.search(/\S/);
  if (start >= 0 && text[start] !== '{' && text[start] !== '[') {
    return `truncated or not JSON: it starts with ${snippet(text.slice(start))}, not with "{"`;
  }
  const m = /at position (\d+)/.exec(message);
  const pos = m ? Number(m[1]) : /end of JSON input/i.test(message) ? text.length : errorOffset(text);
  if (pos >= text.trimEnd().length - 1) {
    const { line } = lineColumn(text, text.length);
    const after = `after ${formatCount(text.length)} characters, line ${line}`;
    return `truncated or not JSON: the text stops before the JSON is complete (${after}); is the file cut off?`;
  }
  const { line, column } = lineColumn(text, pos);
  const what = message
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/,\s*".*$/s, '')
    .replace(/^Unexpected/, 'unexpected');
  return `truncated or not JSON: ${what} at line ${line}, column ${formatCount(column)} (near ${snippet(text.slice(pos), 16)})`;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Read and parse one JSON file; a failure comes back as a problem sentence, never as a thrown error. */
export function readJsonFile(path: string): ReadResult {
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) return { ok: false, problem: 'is not a regular file' };
    bytes = readFileSync(path);
  } catch (err) {
    return { ok: false, problem: describeFsError(err) };
  }
  if (bytes.byteLength === 0) return { ok: false, problem: 'is empty (0 bytes)' };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: false, problem: 'not JSON: it is not UTF-8 text (a binary file?)' };
  }
  if (text.trim() === '') return { ok: false, problem: 'is empty (only white space)' };
  try {
    return { ok: true, text, value: JSON.parse(text) as unknown };
  } catch (err) {
    return { ok: false, problem: describeJsonError(text, err) };
  }
}

/** The raw folder exists, is a folder and is not empty; otherwise a BuildError saying what to pass. */
export function checkRawFolder(rawDir: string, shown: string, expected: readonly string[]): void {
  let entries: string[];
  try {
    if (!statSync(rawDir).isDirectory()) throw new BuildError(`raw folder ${shown} is a file, not a folder`);
    entries = readdirSync(rawDir);
  } catch (err) {
    if (err instanceof BuildError) throw err;
    throw new BuildError(
      `raw folder ${shown}: ${describeFsError(err)}. Pass --raw <dir> or set SEGV_RAW_DIR (see ../shared/data-raw/SOURCES.md).`,
    );
  }
  if (entries.length === 0) {
    throw new BuildError(
      `raw folder ${shown} is empty; it must hold the ${expected.length} files listed in src/data/build/sources.ts:`,
      expected.map((f) => `${join(shown, f)}: missing`),
    );
  }
}

/**
 * For a missing listed file: same-extension files in its folder that sources.ts does not list (e.g. a renamed
 * copy), as a short hint; '' when there are none or the folder itself is missing.
 */
export function unlistedHint(rawDir: string, file: string, listed: ReadonlySet<string>): string {
  const folder = dirname(file);
  const ext = file.slice(file.lastIndexOf('.'));
  let names: string[];
  try {
    names = readdirSync(join(rawDir, folder));
  } catch {
    return folder === '.' ? '' : ` (the folder ${folder}/ is missing too)`;
  }
  const others = names.map((n) => posix.join(folder, n)).filter((p) => p.endsWith(ext) && !listed.has(p));
  if (!others.length) return '';
  const shown = others.slice(0, 3).join(', ') + (others.length > 3 ? `, … (${others.length} in all)` : '');
  return ` (not listed in sources.ts, so ignored: ${shown}; renamed?)`;
}

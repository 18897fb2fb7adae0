/**
 * `crosswalk --apply counts.csv`: the user's long counts table of the earlier year (code,variable,count).
 * Rules:
 * - read as bytes by src/data/tabular (encoding detected; binary, compressed and spreadsheet files refused in
 *   words; delimiter `,` `;` or tab sniffed from the header; rows with a wrong number of fields are errors);
 * - columns code, variable, count (trimmed header names; others ignored); at least one row;
 * - count: decimal digits with an optional fraction (`.`; with `;` or tab separators also a decimal comma, `12,5`);
 *   no sign, exponent, hexadecimal, thousands separators or words; at most MAX_COUNT (10^12), so moved sums stay
 *   finite; negative counts and empty cells are errors;
 * - codes are trimmed and upper-cased (gm0788 = GM0788); a (code, variable) pair given twice is an error naming both lines;
 * - codes must be units of the earlier layer (checked by checkCodes, up to 5 named).
 * Every message starts with `counts file <path>` and names the line.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { MAX_COUNT } from '../data/tabular/numbers';
import { readTable } from '../data/tabular/read';
import type { CountRecord } from '../pipeline/crosswalk-export';
import { CliError } from './run';

const DECIMAL = /^\d+(\.\d+)?$/;

function readRows(file: string): { columns: string[]; rows: { line: number; fields: string[] }[]; delimiter: string } {
  if (!existsSync(file)) throw new CliError(`counts file ${file} does not exist`);
  if (!statSync(file).isFile()) throw new CliError(`counts file ${file} is a folder, not a file`);
  const b = readFileSync(file);
  const table = readTable(new Uint8Array(b.buffer, b.byteOffset, b.byteLength), file);
  if (!table.ok) throw new CliError(`counts file ${table.message.en}`);
  const bad = table.badRows[0];
  if (bad) throw new CliError(`counts file ${file}, line ${bad.line}: ${bad.message.en}`);
  return { columns: table.header, rows: table.rows, delimiter: table.delimiter };
}

/** One count cell → a number, or an error message (without the file and line). */
function countOf(raw: string, decimalComma: boolean): number | string {
  const normalised = decimalComma && /^\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
  if (raw === '') return 'count is empty';
  if (/^[-−]\s*\d/.test(raw)) return `count ${raw} is negative`;
  if (!DECIMAL.test(normalised)) return `count "${raw}" is not a number (write decimal digits, like 1200 or 12.5)`;
  const count = Number(normalised);
  if (count > MAX_COUNT) return `count ${raw} is larger than ${MAX_COUNT.toExponential()} (the largest count this tool accepts)`;
  return count;
}

/** Parse and check the counts table (every rule above but the codes). */
export function parseCounts(file: string): CountRecord[] {
  const { columns, rows, delimiter } = readRows(file);
  const missing = ['code', 'variable', 'count'].filter((c) => !columns.includes(c));
  if (missing.length > 0)
    throw new CliError(
      `counts file ${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${columns.filter(Boolean).join(', ') || 'none'}; expected code,variable,count)`,
    );
  if (rows.length === 0) throw new CliError(`counts file ${file} has no rows`);
  const [ci, vi, ni] = ['code', 'variable', 'count'].map((c) => columns.indexOf(c)) as [number, number, number];
  const seen = new Map<string, number>();
  return rows.map(({ fields, line }) => {
    const code = fields[ci]!.trim().toUpperCase(),
      variable = fields[vi]!.trim(),
      raw = fields[ni]!.trim();
    const at = `counts file ${file}, line ${line}`;
    if (!code) throw new CliError(`${at}: empty code`);
    if (!variable) throw new CliError(`${at}: empty variable`);
    const count = countOf(raw, delimiter !== ',');
    if (typeof count === 'string') throw new CliError(`${at}: ${count}`);
    const key = `${code}\u0000${variable}`;
    const first = seen.get(key);
    if (first !== undefined) throw new CliError(`${at}: duplicate code ${code} with variable ${variable} (first on line ${first})`);
    seen.set(key, line);
    return { code, variable, count };
  });
}

/** Codes of the counts that are not units of the earlier layer: an error naming up to 5 of them. */
export function checkCodes(records: readonly CountRecord[], fromCodes: readonly string[], file: string, level: string, from: number): void {
  const known = new Set(fromCodes);
  const unknown = [...new Set(records.map((r) => r.code).filter((c) => !known.has(c)))];
  if (unknown.length === 0) return;
  const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
  throw new CliError(
    `counts file ${file}: ${unknown.length} code${unknown.length > 1 ? 's are' : ' is'} not ${level} code${unknown.length > 1 ? 's' : ''} of ${from}: ${unknown.slice(0, 5).join(', ')}${more}`,
  );
}

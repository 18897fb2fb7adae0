/**
 * One CSV writer for every output table. Rules:
 * - quoting follows RFC 4180 (d3-dsv): a cell with the delimiter, a quote or a line break is quoted, `"` → `""`;
 * - rows end in `\n`, and so does the file (after the last row); the first line is the header;
 * - `bom: true` puts a UTF-8 byte-order mark first, so Excel reads UTF-8 (names with é, ë);
 * - `dutch: true` writes for Dutch Excel: `;` between cells and a decimal comma (`0,633`);
 * - text cells and header labels that begin with `=`, `+`, `-`, `@`, tab or CR are neutralised against formula
 *   injection by a leading `'` (Excel and LibreOffice then show them as text); numbers are never touched: a
 *   negative number stays a number;
 * - every number must be finite: NaN and ±Infinity throw a RangeError naming the column and row (write an empty
 *   cell and say why in a reason column instead); null and undefined become an empty cell;
 * - booleans are written as true/false, Dates as ISO 8601, bigints in digits; other objects throw a TypeError.
 */
import { dsvFormat } from 'd3';

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (for Excel). */
  bom?: boolean;
  /** Dutch Excel: `;` delimiter and decimal comma. */
  dutch?: boolean;
  /** Header label per column id (default: the id). */
  labels?: Readonly<Record<string, string>>;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a cell: a leading `'` when it would start a formula in a spreadsheet. */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A finite number as cell text: shortest round-trip digits (`String(n)`), with a decimal comma when `dutch`.
 * Throws a RangeError for NaN and ±Infinity.
 */
export function formatNumberCell(value: number, dutch = false, where = 'a number cell'): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${where}: ${value} is not a finite number; write an empty cell and give the reason in another column`);
  }
  const text = Object.is(value, -0) ? '0' : String(value);
  return dutch ? text.replace('.', ',') : text;
}

/** One value as cell text (before quoting); see the module comment for the rules. */
export function formatCell(value: unknown, dutch = false, where = 'a cell'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumberCell(value, dutch, where);
  if (typeof value === 'string') return neutraliseText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError(`${where}: invalid date`);
    return value.toISOString();
  }
  throw new TypeError(`${where}: a ${typeof value} cannot be written to a CSV cell; flatten it to text or numbers first`);
}

/** Rows → CSV text with the given columns in order; see the module comment for the rules. */
export function formatCsv(rows: readonly Record<string, unknown>[], columns: readonly string[], opts: CsvOptions = {}): string {
  const dutch = opts.dutch === true;
  const dsv = dsvFormat(dutch ? ';' : ',');
  const header = columns.map((c) => neutraliseText(opts.labels?.[c] ?? c));
  const body = rows.map((row, r) => columns.map((c) => formatCell(row[c], dutch, `column "${c}", row ${r + 1}`)));
  const text = dsv.formatRows([header, ...body]);
  return `${opts.bom ? '\ufeff' : ''}${text}\n`;
}

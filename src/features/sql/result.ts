/**
 * A console result as a table on screen and as CSV. On screen: the first `shown` rows, NULL as "–", numbers in the
 * UI language's format (one number of decimals per column, up to 6; a column of years is not grouped). CSV: every fetched
 * row by the shared writer's rules (src/data/tabular/write.ts formatCell / neutraliseText: BOM, column names as header
 * labels, formula neutralisation of text), for Excel (comma, decimal point) or Dutch Excel (semicolon, decimal comma); numbers unrounded;
 * NULL as an empty cell; NaN and ±Infinity as text, since a CSV number cell must be finite. Integers and decimals too
 * large for a JS number arrive from the session as exact digit text (sql-session.ts): in an integer or decimal column
 * they are written as numbers (digits, a decimal comma for Dutch Excel, never a formula guard on a minus sign).
 */
import { dsvFormat } from 'd3';
import { MINUS, type Lang } from '../../app/i18n';
import type { SqlResult } from '../../data/db/db';
import { formatCell, neutraliseText } from '../../data/tabular/write';
import { csvName, type CsvVariant } from '../export/table';

export const NULL_MARK = '–';
/** Rows kept of a result (the rest is not fetched). */
export const MAX_ROWS = 10_000;
/** Rows drawn on screen. */
export const SHOWN_ROWS = 200;

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const MAX_DIGITS = 6;

/** How a numeric column is shown: its number of decimals and whether thousands are grouped. */
export interface ColumnFormat {
  digits: number;
  grouping: boolean;
}

const decimalsOf = (v: number): number => {
  if (!Number.isFinite(v) || Number.isInteger(v)) return 0;
  const text = Math.abs(v).toFixed(MAX_DIGITS).replace(/0+$/, '');
  return text.length - text.indexOf('.') - 1;
};

/**
 * One format per numeric column: as many decimals as its most precise value needs (at most 6), so a column lines
 * up; thousands grouped, except in a column of four-digit whole numbers only (years).
 */
export function columnFormat(values: readonly unknown[]): ColumnFormat {
  const nums = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const digits = Math.min(MAX_DIGITS, Math.max(0, ...nums.map(decimalsOf)));
  const years = nums.length > 0 && nums.every((v) => Number.isInteger(v) && v >= 1000 && v <= 9999);
  return { digits, grouping: !years };
}

/** One value as screen text (numbers in `format`, by default grouped with up to 6 decimals). */
export function displayCell(lang: Lang, v: unknown, format?: ColumnFormat): string {
  if (v === null || v === undefined) return NULL_MARK;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NaN';
    if (!Number.isFinite(v)) return v > 0 ? '∞' : `${MINUS}∞`;
    const body = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: format?.digits ?? 0,
      maximumFractionDigits: format?.digits ?? MAX_DIGITS,
      useGrouping: format?.grouping ?? true,
    }).format(Math.abs(v));
    return v < 0 && /[1-9]/.test(body) ? `${MINUS}${body}` : body;
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

export interface ScreenTable {
  headers: string[];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  rows: string[][];
}

/** The first `shown` rows as screen text. */
export function screenTable(lang: Lang, result: SqlResult, shown = SHOWN_ROWS): ScreenTable {
  const first = result.rows.slice(0, shown);
  const numeric = result.columns.map(
    (_, i) => first.some((r) => typeof r[i] === 'number') && first.every((r) => r[i] === null || typeof r[i] === 'number'),
  );
  const formats = result.columns.map((_, i) => columnFormat(first.map((r) => r[i])));
  return {
    headers: result.columns.map((c) => c.name),
    numeric,
    rows: first.map((r) => r.map((v, i) => displayCell(lang, v, formats[i]))),
  };
}

/** Arrow types whose values may come as exact digit text (BIGINT beyond ±2^53, HUGEINT, wide DECIMAL). */
const EXACT_TYPES = new Set(['Int', 'Decimal']);
const EXACT_NUMBER = /^(-?\d+)(?:\.(\d+))?$/;

/** One fetched value as cell text (before quoting): the writer's rules (formatCell), plus exact digit text. */
function csvCell(v: unknown, exact: boolean, dutch: boolean, where: string): string {
  if (typeof v === 'number' && !Number.isFinite(v)) return neutraliseText(String(v));
  const m = exact && typeof v === 'string' ? EXACT_NUMBER.exec(v) : null;
  if (m) return m[2] === undefined ? m[1]! : `${m[1]}${dutch ? ',' : '.'}${m[2]}`;
  return formatCell(v, dutch, where);
}

/**
 * Every fetched row as CSV text (BOM; header = the result's column names, repeated names kept) for Excel or Dutch
 * Excel. The same text as the shared writer's formatCsv (same cells, quoting, BOM and line ends), which cannot take
 * exact digit text as a number: that is the one addition here.
 */
export function resultCsv(result: SqlResult, variant: CsvVariant = 'excel'): string {
  const dutch = variant === 'dutch';
  const exact = result.columns.map((c) => EXACT_TYPES.has(c.type));
  const header = result.columns.map((c) => neutraliseText(c.name));
  const body = result.rows.map((r, k) =>
    r.map((v, i) => csvCell(v, exact[i]!, dutch, `column "${result.columns[i]!.name}", row ${k + 1}`)),
  );
  return `\ufeff${dsvFormat(dutch ? ';' : ',').formatRows([header, ...body])}\n`;
}

/** File name of a downloaded result: sql-result-<yyyy-mm-dd-hhmmss>[_nl-excel].csv (local time). */
export function csvFileName(now: Date, variant: CsvVariant = 'excel'): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
  return csvName(`sql-result-${stamp}`, variant);
}

/** Seconds with one decimal in the UI language ("1,3" / "1.3"). */
export function seconds(lang: Lang, ms: number): string {
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ms / 1000);
}

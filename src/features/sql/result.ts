/**
 * A console result as a table on screen and as CSV. On screen: the first `shown` rows, NULL as "–", numbers in the
 * UI language's format (one number of decimals per column, up to 6; a column of years is not grouped). CSV: every fetched
 * row through the shared writer (src/data/tabular/write.ts: BOM, column names as header labels, formula
 * neutralisation), numbers unformatted; NaN and ±Infinity as text, since a CSV number cell must be finite.
 */
import { MINUS, type Lang } from '../../app/i18n';
import type { SqlResult } from '../../data/db/db';
import { formatCsv } from '../../data/tabular/write';

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

const csvValue = (v: unknown): unknown => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v);

/** Every fetched row as CSV text (comma, decimal point, BOM; header = the result's column names). */
export function resultCsv(result: SqlResult): string {
  const ids = result.columns.map((_, i) => `c${i}`);
  const labels = Object.fromEntries(result.columns.map((c, i) => [`c${i}`, c.name]));
  const rows = result.rows.map((r) => Object.fromEntries(r.map((v, i) => [`c${i}`, csvValue(v)])));
  return formatCsv(rows, ids, { bom: true, labels });
}

/** File name of a downloaded result: sql-result-<yyyy-mm-dd-hhmmss>.csv (local time). */
export function csvFileName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `sql-result-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}.csv`;
}

/** Seconds with one decimal in the UI language ("1,3" / "1.3"). */
export function seconds(lang: Lang, ms: number): string {
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ms / 1000);
}

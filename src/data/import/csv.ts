/**
 * CSV imports: StatLine "CSV met statistische symbolen" (BOM, `;`, quoted, padded codes, "." secret, decimal point
 * or comma), the KWB flat file kwb-YYYY.csv (gwb_code_10, regio, gm_naam, recs, a_inw, …) and any other CSV with a
 * CBS code column. Reading (encoding, delimiter, quotes, line numbers) is src/data/tabular/read.ts.
 */
import { readTableText, type TableRow } from '../tabular/read';
import { StatsBuilder } from './builder';
import { looksLikeCodes } from './codes';
import { findCodeColumn, findNameColumn, isIgnored, planForHeader } from './columns';
import { at, exampleList, msg } from './messages';
import type { ImportFormat, ImportMessage, ImportOptions, ImportResult } from './types';
import { emptyResult } from './builder';
import { readCell } from './values';

export function csvFormatOf(header: readonly string[]): ImportFormat {
  const names = header.map((h) => h.trim().toLowerCase());
  if (names.includes('gwb_code_10') || (names.includes('gwb_code') && names.includes('recs'))) return 'kwb-csv';
  if (names.includes('perioden') || names.some((n) => n.startsWith('regiocode') || /\((aantal|%|code)\)$/.test(n))) return 'statline-csv';
  return 'csv';
}

/** Import decoded CSV text; `pre` are messages from decoding (encoding warnings). */
export function importCsvText(fileName: string, text: string, options: ImportOptions = {}, pre: ImportMessage[] = []): ImportResult {
  const table = readTableText(text, fileName);
  if (!table.ok) {
    const code = /delimiter/.test(table.detail.en) ? 'wrong-delimiter' : /empty/.test(table.detail.en) ? 'empty-file' : 'binary-file';
    return emptyResult(fileName, null, [...pre, msg(code, 'error', table.detail.en, table.detail.nl, { line: table.line })]);
  }
  const format = csvFormatOf(table.header);
  const messages = [...pre];
  if (table.header.length === 1) {
    messages.push(wrongDelimiter(table.header[0]));
    return emptyResult(fileName, format, messages);
  }
  if (table.badRows.length > 0) messages.push(rowWidth(table.badRows, table.rowCount));
  if (table.rowCount === 0) {
    if (table.badRows.length > 0) return emptyResult(fileName, format, messages);
    messages.push(
      msg('no-rows', 'error', 'the file has a header but no data rows', 'het bestand heeft een kopregel maar geen gegevensrijen'),
    );
    return emptyResult(fileName, format, messages);
  }
  const codeColumn = findCodeColumn(table.header, (k) => looksLikeCodes(table.rows.slice(0, 500).map((r) => r.fields[k])));
  if (codeColumn < 0) {
    messages.push(missingCodeColumn(table.header));
    return emptyResult(fileName, format, messages);
  }
  const nameColumn = findNameColumn(table.header, codeColumn);
  const valueColumns = table.header.map((_, k) => k).filter((k) => k !== codeColumn && k !== nameColumn && !isIgnored(table.header[k]));
  const plans = valueColumns.map((k) => planForHeader(table.header[k]));
  const keep = valueColumns.map((k, i) => plans[i].kind !== 'code' && (plans[i].target.type !== 'other' || isNumericColumn(table.rows, k)));
  const b = new StatsBuilder(fileName, format, 'line', { ...options, year: options.year ?? yearOf(fileName, table) ?? undefined });
  b.messages.push(...messages);
  b.setColumns(plans.filter((_, i) => keep[i]));
  const cols = valueColumns.filter((_, i) => keep[i]);
  const dutch = usesDecimalComma(table.rows, cols);
  for (const r of table.rows) {
    const name = nameColumn >= 0 ? r.fields[nameColumn].trim() : null;
    const cells = cols.map((k) => (dutch ? dutchCell(r.fields[k]) : r.fields[k]));
    b.addRow(r.fields[codeColumn], name === '' ? null : name, cells, r.line);
  }
  return b.finish();
}

const DECIMAL_COMMA = /^\s*[+-]?\d+,\d+\s*$/;
const THOUSANDS_POINTS = /^\s*[+-]?\d{1,3}(\.\d{3})+\s*$/;

/** A file saved from Dutch Excel: some value cell has a decimal comma (then "1.234" means one thousand two hundred …). */
function usesDecimalComma(rows: readonly TableRow[], cols: readonly number[]): boolean {
  return rows.some((r) => cols.some((k) => DECIMAL_COMMA.test(r.fields[k])));
}

/** In a decimal-comma file, points are thousands separators ("1.234" → "1234"). */
const dutchCell = (raw: string): string => (THOUSANDS_POINTS.test(raw) ? raw.replace(/\./g, '') : raw);

/** A column of numbers (with "." and blanks): at least one number and at most half of the filled cells text. */
function isNumericColumn(rows: readonly TableRow[], k: number): boolean {
  let numbers = 0;
  let text = 0;
  for (const r of rows) {
    const c = readCell(r.fields[k]).kind;
    if (c === 'value') numbers++;
    else if (c === 'invalid') text++;
  }
  return numbers > 0 && text <= numbers;
}

function yearOf(fileName: string, table: { header: string[]; rows: TableRow[] }): number | null {
  const p = table.header.findIndex((h) => h.trim().toLowerCase() === 'perioden');
  const fromCell = p >= 0 ? /^(\d{4})/.exec(table.rows[0]?.fields[p]?.trim() ?? '') : null;
  const fromName = /(?:^|[^0-9])((?:19|20)\d\d)(?:[^0-9]|$)/.exec(fileName);
  const y = fromCell?.[1] ?? fromName?.[1];
  return y ? Number(y) : null;
}

function wrongDelimiter(header: string): ImportMessage {
  const seen = ['|', ':', ' '].find((c) => header.includes(c));
  const what = seen ? ` (it contains "${seen}")` : '';
  const wat = seen ? ` (de regel bevat "${seen}")` : '';
  return msg(
    'wrong-delimiter',
    'error',
    `the header line is a single column${what}: the columns are not separated by a semicolon (;), comma (,) or tab. Export the file as CSV with ";" (StatLine: "CSV met statistische symbolen")`,
    `de kopregel is één enkele kolom${wat}: de kolommen zijn niet gescheiden door een puntkomma (;), komma (,) of tab. Exporteer het bestand als CSV met ";" (StatLine: "CSV met statistische symbolen")`,
    { line: 1 },
  );
}

function rowWidth(bad: readonly { line: number; message: { en: string; nl: string } }[], good: number): ImportMessage {
  const en = exampleList(
    bad.slice(0, 3).map((b) => `${at('line', b.line).en}: ${b.message.en}`),
    bad.length,
  ).en;
  const nl = exampleList(
    bad.slice(0, 3).map((b) => `${at('line', b.line).nl}: ${b.message.nl}`),
    bad.length,
  ).nl;
  const hint = {
    en: good === 0 ? ' A decimal comma in a comma-separated file splits numbers: use ";" as the delimiter.' : '',
    nl: good === 0 ? ' Een decimale komma in een bestand met komma als scheidingsteken splitst getallen: gebruik ";".' : '',
  };
  return msg(
    'row-width',
    good === 0 ? 'error' : 'warning',
    `${bad.length} row(s) skipped because they have a different number of fields than the header: ${en}.${hint.en}`,
    `${bad.length} rij(en) overgeslagen omdat ze een ander aantal velden hebben dan de kopregel: ${nl}.${hint.nl}`,
    { line: bad[0].line, count: bad.length },
  );
}

function missingCodeColumn(header: readonly string[]): ImportMessage {
  const cols = header
    .slice(0, 6)
    .map((h) => `"${h}"`)
    .join(', ');
  return msg(
    'missing-code-column',
    'error',
    `no column with CBS region codes (GM0363, WK036300, BU03630000) was found; expected e.g. "gwb_code_10", "Regiocode" or "WijkenEnBuurten". Columns: ${cols}`,
    `geen kolom met CBS-regiocodes (GM0363, WK036300, BU03630000) gevonden; verwacht bijv. "gwb_code_10", "Regiocode" of "WijkenEnBuurten". Kolommen: ${cols}`,
    { line: 1 },
  );
}

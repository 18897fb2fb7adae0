/**
 * One reader for tabular input (CSV, semicolon CSV from Dutch Excel, tab-separated), on d3-dsv.
 * Rules:
 * - bytes are decoded by decode.ts (UTF-8, UTF-16 with mark, Windows-1252 fallback with a warning; binary,
 *   compressed and archive files refused in words); a string is checked the same way (BOM removed, NUL refused);
 * - the delimiter is sniffed from the header line (delimiter.ts); quotes, `""` escapes, CRLF and line breaks
 *   inside quoted fields follow RFC 4180 (d3-dsv);
 * - the header names are trimmed; data fields are passed as they are (callers trim);
 * - every row carries its 1-based line number in the file (line 1 = header; a quoted field with a line break makes
 *   the next row start further down);
 * - blank rows (every field empty or white space) are skipped, also before the header;
 * - a row with more or fewer fields than the header is not passed on but reported with its line (and a hint when an
 *   unclosed quote is the likely cause);
 * - an empty file is an error; every error message names the file.
 * scanTable streams rows to a handler (memory stays bounded by the text itself); readTable collects them.
 */
import { dsvFormat } from 'd3';
import { bi, type Bilingual, type LineMessage } from './bilingual';
import { decodeText, inspectText, type DecodeResult, type TextEncodingName } from './decode';
import { sniffDelimiter, type Delimiter } from './delimiter';

export interface TableInfo {
  fileName: string;
  /** Trimmed header names, in file order. */
  header: string[];
  delimiter: Delimiter;
  encoding: TextEncodingName;
  warnings: Bilingual[];
  /** Data rows passed on (blank and wrong-width rows excluded). */
  rowCount: number;
  /** Rows whose field count differs from the header's, with their line. */
  badRows: LineMessage[];
}

export interface TableRow {
  line: number;
  fields: string[];
}

export interface TableError {
  ok: false;
  /** Names the file (and the line when there is one). */
  message: Bilingual;
  /** The same without file name and line, for callers that print those themselves. */
  detail: Bilingual;
  line?: number;
}

export type ScanResult = ({ ok: true } & TableInfo) | TableError;
export type ReadResult = ({ ok: true; rows: TableRow[] } & TableInfo) | TableError;

/** What a scan does with the table: `header` sees the trimmed names first (return false to stop reading), `row` every data row. */
export interface TableHandler {
  header?: (names: readonly string[]) => boolean | void;
  /** `fields` has exactly as many entries as the header; `line` is 1-based. */
  row: (fields: string[], line: number) => void;
}

/** Decode the bytes and stream the data rows to the handler. */
export function scanTable(bytes: Uint8Array, fileName: string, handler: TableHandler): ScanResult {
  return scanDecoded(decodeText(bytes), fileName, handler);
}

/** As scanTable, for text that is already decoded (a leading BOM is removed). */
export function scanTableText(text: string, fileName: string, handler: TableHandler): ScanResult {
  return scanDecoded(inspectText(text), fileName, handler);
}

/** Decode the bytes and return every data row with its line number. */
export function readTable(bytes: Uint8Array, fileName: string): ReadResult {
  return collect((handler) => scanTable(bytes, fileName, handler));
}

/** As readTable, for text that is already decoded. */
export function readTableText(text: string, fileName: string): ReadResult {
  return collect((handler) => scanTableText(text, fileName, handler));
}

function collect(scan: (handler: TableHandler) => ScanResult): ReadResult {
  const rows: TableRow[] = [];
  const result = scan({ row: (fields, line) => rows.push({ fields, line }) });
  return result.ok ? { ...result, rows } : result;
}

/** Thrown inside d3's parse loop to stop it when the header handler says so. */
const STOP = Symbol('stop');

const inFile = (fileName: string, m: Bilingual, line?: number): Bilingual =>
  line === undefined
    ? bi(`${fileName}: ${m.en}`, `${fileName}: ${m.nl}`)
    : bi(`${fileName}, line ${line}: ${m.en}`, `${fileName}, regel ${line}: ${m.nl}`);

const failure = (fileName: string, detail: Bilingual, line?: number): TableError => ({
  ok: false,
  message: inFile(fileName, detail, line),
  detail,
  line,
});

function scanDecoded(decoded: DecodeResult, fileName: string, handler: TableHandler): ScanResult {
  if (!decoded.ok) return failure(fileName, decoded.message);
  const { text, encoding, warnings } = decoded;
  if (text.trim() === '') return failure(fileName, bi('the file is empty', 'het bestand is leeg'), 1);
  const sniffed = sniffDelimiter(text);
  if (!sniffed.ok) return failure(fileName, sniffed.message, 1);
  const { delimiter } = sniffed;
  let header: string[] | null = null;
  let line = 1;
  let rowCount = 0;
  const badRows: LineMessage[] = [];
  const onRecord = (fields: string[]): null => {
    const start = line;
    line += 1 + lineBreaks(fields);
    if (isBlank(fields)) return null;
    if (header === null) {
      header = fields.map((h) => h.trim());
      if (handler.header?.(header) === false) throw STOP;
    } else if (fields.length !== header.length) badRows.push({ line: start, message: widthMessage(fields, header.length) });
    else {
      rowCount++;
      handler.row(fields, start);
    }
    return null;
  };
  try {
    dsvFormat(delimiter).parseRows(text, onRecord);
  } catch (e) {
    if (e !== STOP) throw e;
  }
  return { ok: true, fileName, header: header ?? [], delimiter, encoding, warnings, rowCount, badRows };
}

function isBlank(fields: readonly string[]): boolean {
  for (const f of fields) if (f !== '' && f.trim() !== '') return false;
  return true;
}

function widthMessage(fields: readonly string[], width: number): Bilingual {
  const base = bi(`has ${fields.length} field(s), the header has ${width}`, `heeft ${fields.length} veld(en), de kopregel ${width}`);
  if (!fields.some((f) => f.includes('\n') || f.includes('\r'))) return base;
  return bi(
    `${base.en} (a quoted field spans several lines: a quote (") may not be closed)`,
    `${base.nl} (een veld tussen aanhalingstekens loopt over meerdere regels: een aanhalingsteken (") is mogelijk niet gesloten)`,
  );
}

/** Line breaks inside the fields of one record (CRLF, CR and LF each count once). */
function lineBreaks(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) {
    if (f.length === 0 || (f.indexOf('\n') < 0 && f.indexOf('\r') < 0)) continue;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === 10) n++;
      else if (c === 13) {
        n++;
        if (f.charCodeAt(i + 1) === 10) i++;
      }
    }
  }
  return n;
}

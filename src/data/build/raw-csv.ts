/**
 * Reading a raw CSV source (SourceSpec.format 'csv') for `data:build`, as features without geometry so the same
 * validation and harmonisation apply as to GeoJSON. Rules:
 * - the bytes must be UTF-8 text (a UTF-8 BOM is dropped); any other encoding, a binary or empty file is refused;
 * - the table is read by src/data/tabular/read.ts (RFC 4180 quotes, the delimiter sniffed from the header);
 * - the header names must be unique; every data row must have as many fields as the header (the first wrong row
 *   is named by its line, with how many more there are);
 * - each row becomes a Feature whose properties are header name → the field exactly as written, except that an
 *   empty field becomes null (missing, never 0); nothing else is trimmed or converted (value-rules.ts checks text).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { readTable } from '../tabular/read';
import type { RawCollection } from './harmonise';
import { formatCount } from './problems';
import { describeFsError, type ReadResult } from './raw-files';

/** Rows of a parsed table → a FeatureCollection of property-only features. */
export function tableToCollection(header: readonly string[], rows: readonly (readonly string[])[]): RawCollection {
  return {
    type: 'FeatureCollection',
    features: rows.map((fields) => ({
      type: 'Feature',
      geometry: null,
      properties: Object.fromEntries(header.map((h, i) => [h, fields[i] === '' ? null : (fields[i] ?? null)])),
    })),
  };
}

/** The first header name that occurs twice, or null. */
function duplicateName(header: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const h of header) {
    if (seen.has(h)) return h;
    seen.add(h);
  }
  return null;
}

/** Read and parse one CSV file; a failure comes back as a problem sentence, never as a thrown error. */
export function readCsvFile(path: string): ReadResult {
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) return { ok: false, problem: 'is not a regular file' };
    bytes = readFileSync(path);
  } catch (err) {
    return { ok: false, problem: describeFsError(err) };
  }
  if (bytes.byteLength === 0) return { ok: false, problem: 'is empty (0 bytes)' };
  const table = readTable(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), basename(path));
  if (!table.ok) return { ok: false, problem: `not a readable CSV table: ${table.detail.en}${table.line ? ` (line ${table.line})` : ''}` };
  if (table.encoding !== 'utf-8') return { ok: false, problem: `is not UTF-8 text (it reads as ${table.encoding}); save it as UTF-8` };
  const dup = duplicateName(table.header);
  if (dup !== null) return { ok: false, problem: `the header names column "${dup}" twice` };
  const [bad, ...more] = table.badRows;
  if (bad) {
    const rest = more.length ? ` (and ${formatCount(more.length)} more row${more.length === 1 ? '' : 's'} like it)` : '';
    return { ok: false, problem: `line ${formatCount(bad.line)} ${bad.message.en}${rest}; is the file cut off or a field unquoted?` };
  }
  const value = tableToCollection(
    table.header,
    table.rows.map((r) => r.fields),
  );
  return { ok: true, text: '', value };
}

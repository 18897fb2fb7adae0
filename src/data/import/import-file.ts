/**
 * One entry point for a whole file (bytes): size limit, empty and binary files, encoding, then JSON (OData v3, v4,
 * GeoJSON — told apart by their shape) or CSV (StatLine, KWB flat file, other). Never throws: an unexpected failure
 * becomes one error message.
 */
import { decodeText } from '../tabular/decode';
import { emptyResult } from './builder';
import { importCsvText } from './csv';
import { importGeoJson } from './geojson';
import { parseJsonText } from './json';
import { MB, msg } from './messages';
import { importTypedDataSet, parseODataV3Page, readDataProperties } from './odata-v3';
import { importObservations, parseODataV4Page } from './odata-v4';
import { DEFAULT_MAX_BYTES, type ImportFormat, type ImportMessage, type ImportOptions, type ImportResult } from './types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const EXT_JSON = /\.(geo)?json$/i;

/** Format from the name and the first bytes (null = not recognised); JSON shapes are told apart by their keys. */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat | null {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 65536)).replace(/^\ufeff/, '');
  const first = head.trimStart()[0];
  if (first === '{' || first === '[') {
    if (/"(Feature|FeatureCollection)"/.test(head)) return 'geojson';
    if (/"Measure"\s*:/.test(head) && /"ValueAttribute"/.test(head)) return 'odata-v4';
    if (/"(WijkenEnBuurten|RegioS)"\s*:/.test(head)) return 'odata-v3';
    return /\.geojson$/i.test(fileName) ? 'geojson' : null;
  }
  if (EXT_JSON.test(fileName)) return null;
  const firstLine = head.split(/\r?\n/, 1)[0].toLowerCase();
  if (firstLine.includes('gwb_code_10') || firstLine.includes('gwb_code')) return 'kwb-csv';
  if (firstLine.includes('perioden') || firstLine.includes('regiocode')) return 'statline-csv';
  return /[;,\t]/.test(firstLine) ? 'csv' : null;
}

/** Import a file of any supported format. */
export function importFile(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  try {
    return importUnchecked(fileName, bytes, options);
  } catch (e) {
    const what = e instanceof Error ? e.message : String(e);
    return emptyResult(fileName, null, [
      msg(
        'unknown-format',
        'error',
        `the file could not be read (unexpected: ${what})`,
        `het bestand kon niet worden gelezen (onverwacht: ${what})`,
      ),
    ]);
  }
}

/** The refusal for a file above the size limit (null when it fits): callers can check the size before reading. */
export function checkSize(fileName: string, size: number, options: ImportOptions = {}): ImportResult | null {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return size > max ? emptyResult(fileName, null, [tooLarge(size, max)]) : null;
}

function importUnchecked(fileName: string, bytes: Uint8Array, options: ImportOptions): ImportResult {
  const refused = checkSize(fileName, bytes.length, options);
  if (refused) return refused;
  if (bytes.length === 0) return emptyResult(fileName, null, [empty()]);
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const badUtf8 = decoded.message.en.includes('byte-order mark');
    if (badUtf8 && bytes.subarray(0, 65536).indexOf(0) >= 0) return emptyResult(fileName, null, [binary()]);
    return emptyResult(fileName, null, [msg(badUtf8 ? 'encoding' : 'binary-file', 'error', decoded.message.en, decoded.message.nl)]);
  }
  const pre: ImportMessage[] = decoded.warnings.map((w) => msg('encoding', 'warning', w.en, w.nl));
  const text = decoded.text;
  if (text.trim() === '') return emptyResult(fileName, null, [empty()]);
  const first = text.trimStart()[0];
  if (first === '{' || first === '[' || EXT_JSON.test(fileName)) return withPre(importJsonText(fileName, text, options), pre);
  return importCsvText(fileName, text, options, pre);
}

const withPre = (r: ImportResult, pre: ImportMessage[]): ImportResult =>
  pre.length === 0 ? r : { ...r, messages: [...pre, ...r.messages], ok: r.ok && !pre.some((m) => m.severity === 'error') };

/** JSON text of any supported shape. */
export function importJsonText(fileName: string, text: string, options: ImportOptions = {}): ImportResult {
  const geo = /\.geojson$/i.test(fileName) || /"type"\s*:\s*"Feature/.test(text.slice(0, 4096));
  const parsed = parseJsonText(text, geo ? 'GeoJSON' : 'JSON');
  if (!parsed.ok) return emptyResult(fileName, geo ? 'geojson' : null, [parsed.message]);
  return importJsonValue(fileName, parsed.value, options);
}

/** An already parsed JSON document of any supported shape. */
export function importJsonValue(fileName: string, json: unknown, options: ImportOptions = {}): ImportResult {
  if (isObject(json) && (json.type === 'FeatureCollection' || json.type === 'Feature')) return importGeoJson(json, fileName, options);
  if (/\.geojson$/i.test(fileName)) return importGeoJson(json, fileName, options);
  const list = isObject(json) && Array.isArray(json.value) ? json.value : null;
  const sample: unknown = list?.[0];
  if (isObject(sample) && 'Measure' in sample) {
    const page = parseODataV4Page(json);
    return page.ok ? importObservations(page.items, fileName, options) : emptyResult(fileName, 'odata-v4', [page.message]);
  }
  if (isObject(sample) && ('WijkenEnBuurten' in sample || 'RegioS' in sample)) {
    const page = parseODataV3Page(json);
    return page.ok ? importTypedDataSet(page.items, fileName, options) : emptyResult(fileName, 'odata-v3', [page.message]);
  }
  if (readDataProperties(json)) return emptyResult(fileName, null, [metadataOnly()]);
  if (list && list.length === 0)
    return emptyResult(fileName, null, [
      msg('no-rows', 'error', 'the JSON "value" list is empty: no records', 'de JSON-lijst "value" is leeg: geen records'),
    ]);
  return emptyResult(fileName, null, [unknownJson()]);
}

function tooLarge(size: number, max: number): ImportMessage {
  return msg(
    'file-too-large',
    'error',
    `the file is ${MB(size)}, above the limit of ${MB(max)}; split it (e.g. per gemeente) or filter the table before exporting`,
    `het bestand is ${MB(size)}, meer dan de grens van ${MB(max)}; splits het (bijv. per gemeente) of filter de tabel voor het exporteren`,
  );
}

const binary = (): ImportMessage =>
  msg(
    'binary-file',
    'error',
    'the file looks like a binary file (it contains NUL bytes), not a CBS text or JSON file; export the table again as CSV or JSON',
    'het bestand lijkt een binair bestand (het bevat NUL-bytes), geen CBS-tekst- of JSON-bestand; exporteer de tabel opnieuw als CSV of JSON',
  );

const empty = (): ImportMessage => msg('empty-file', 'error', 'the file is empty', 'het bestand is leeg', { line: 1 });

function metadataOnly(): ImportMessage {
  return msg(
    'unknown-format',
    'error',
    'this is a CBS DataProperties (metadata) document, not data; give it together with the TypedDataSet file',
    'dit is een CBS-DataProperties-document (metadata), geen gegevens; geef het samen met het TypedDataSet-bestand',
  );
}

function unknownJson(): ImportMessage {
  return msg(
    'unknown-format',
    'error',
    'the JSON is not a known CBS format: expected GeoJSON boundaries, OData v3 TypedDataSet or OData v4 Observations',
    'de JSON is geen bekend CBS-formaat: verwacht GeoJSON-grenzen, OData v3-TypedDataSet of OData v4-Observations',
  );
}

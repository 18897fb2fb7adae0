/**
 * From downloaded pages to the raw collections the build's harmonise step reads, through the shared CBS import
 * parsers (src/data/import: the same code as the browser import and `data:check`):
 * - each page is checked with parseODataV4Page / parseODataV3Page / parseGeoJsonPage as it arrives (a page that
 *   fails is malformed: nothing is cached or written);
 * - the pages of a stream together go through importObservations / importTypedDataSet (with the table's
 *   DataProperties) / importGeoJson, which map measures onto catalogue variables, turn secret values and sentinels
 *   into null and reproject RD New to WGS84;
 * - rows become features without geometry (`code`, `name`, catalogue ids), boundaries features with geometry; the
 *   importer's warnings and errors are shown as notes (in the chosen language).
 */
import {
  importGeoJson,
  importObservations,
  importTypedDataSet,
  messageText,
  parseGeoJsonPage,
  parseODataV3Page,
  parseODataV4Page,
  type ImportResult,
  type V3Record,
  type V4Observation,
} from '../import';
import type { RawCollection } from '../build/unit-row';
import { EXIT, FetchError } from './errors';
import type { Lang } from './strings';

export type FetchLevel = 'gemeente' | 'wijk' | 'buurt';
export const FETCH_LEVELS: readonly FetchLevel[] = ['gemeente', 'wijk', 'buurt'];

export type PageKind = 'odata-v4' | 'odata-v3' | 'wfs';

const parsers = { 'odata-v4': parseODataV4Page, 'odata-v3': parseODataV3Page, wfs: parseGeoJsonPage } as const;

/** The records of one page, or FetchError 'malformed' with the parser's message. */
export function pageItems(kind: PageKind, body: unknown, url: string, what: string, lang: Lang): unknown[] {
  const page = parsers[kind](body);
  if (!page.ok) throw new FetchError('malformed', { what, url, reason: messageText(page.message, lang) }, EXIT.malformed);
  return page.items;
}

const all = (kind: PageKind, pages: readonly unknown[], url: string, what: string, lang: Lang) =>
  pages.flatMap((p) => pageItems(kind, p, url, what, lang));

export function importV4(pages: readonly unknown[], name: string, url: string, what: string, lang: Lang): ImportResult {
  return importObservations(all('odata-v4', pages, url, what, lang) as V4Observation[], name);
}

export function importV3(
  pages: readonly unknown[],
  dataProperties: unknown,
  name: string,
  url: string,
  what: string,
  lang: Lang,
): ImportResult {
  return importTypedDataSet(all('odata-v3', pages, url, what, lang) as V3Record[], name, { dataProperties });
}

export function importWfs(pages: readonly unknown[], name: string, url: string, what: string, lang: Lang): ImportResult {
  return importGeoJson({ type: 'FeatureCollection', features: all('wfs', pages, url, what, lang) }, name);
}

/** Statistics rows of `level` as features without geometry; names from the code list where the rows have none. */
export function statsCollection(r: ImportResult, level: FetchLevel, names: ReadonlyMap<string, string>): RawCollection {
  return {
    type: 'FeatureCollection',
    features: r.rows[level].map((row) => ({
      type: 'Feature',
      geometry: null,
      properties: { code: row.code, name: row.name ?? names.get(row.code) ?? row.code, ...row.values },
    })),
  };
}

/** Boundary features (WGS84) of `level` with their mapped values. */
export function boundaryCollection(r: ImportResult, level: FetchLevel): RawCollection {
  return {
    type: 'FeatureCollection',
    features: r.features
      .filter((f) => f.level === level)
      .map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { code: f.code, name: f.name ?? f.code, ...f.values } })),
  };
}

/** The importer's warnings and errors, one line each, prefixed with the stream. */
export function importNotes(r: ImportResult, label: string, lang: Lang): string[] {
  return r.messages.filter((m) => m.severity !== 'info').map((m) => `${label}: ${messageText(m, lang)}`);
}

/** Code → title from code-list pages (v4 `Identifier`/`Title`, v3 `Key`/`Title`; codes trimmed). */
export function codeNames(pages: readonly unknown[], codeField: 'Identifier' | 'Key'): Map<string, string> {
  const out = new Map<string, string>();
  for (const page of pages)
    for (const c of (page as { value: Record<string, unknown>[] }).value)
      if (typeof c[codeField] === 'string' && typeof c.Title === 'string') out.set(c[codeField].trim().toUpperCase(), c.Title.trim());
  return out;
}

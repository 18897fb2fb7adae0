/**
 * CBS OData v3 (opendata.cbs.nl/ODataApi/odata/<table>), the fallback when v4 is gone or lacks the table. Rules:
 * - DataProperties lists the keys; a key's numeric suffix changes between years and table versions, so a measure
 *   is found by the key without suffix (measures.ts keyBase) and, where that base occurs more than once, by the
 *   title of its parent group; a base that stays ambiguous is not used (reported as missing);
 * - TypedDataSet rows are wide (`{ID, WijkenEnBuurten: "BU00600002", AantalInwoners_5: 430, …}`, region keys padded
 *   to 10 characters, secret = null); at most 10,000 cells per request, so $top = cells / selected columns and
 *   pages follow with $skip (or `odata.nextLink` when the server sends one) until a page is short;
 * - region names come from the `WijkenEnBuurten` dimension (`Key`, `Title`), paged the same way;
 * - the rows are turned into catalogue values by the shared importer (convert.ts importV3), with the DataProperties.
 */
import { EXIT, FetchError } from './errors';
import { keyBase, type MeasureSpec } from './measures';
import type { PagedSource } from './pager';
import { pageItems, type FetchLevel } from './convert';
import type { Lang } from './strings';

const PREFIX: Record<FetchLevel, string> = { gemeente: 'GM', wijk: 'WK', buurt: 'BU' };

interface Property {
  ID: number;
  ParentID: number | null;
  Key: string;
  Title: string;
  Type: string;
}

/** The DataProperties list (a bare array, or `{value: […]}` as the service sends it). */
export function dataPropertiesList(body: unknown, url: string, what: string): Property[] {
  const list = Array.isArray(body) ? body : (body as { value?: unknown } | null)?.value;
  if (!Array.isArray(list) || !list.every((p) => p && typeof (p as Property).Key === 'string' && typeof (p as Property).ID === 'number'))
    throw new FetchError('malformed', { what, url, reason: 'DataProperties is not a list of {ID, Key, …}' }, EXIT.malformed);
  return list as Property[];
}

/** measure → the table's key for it (see the rules at the top); measures without a unique key are left out. */
export function matchKeys(props: readonly Property[], measures: readonly MeasureSpec[]): Map<MeasureSpec, string> {
  const byId = new Map(props.map((p) => [p.ID, p]));
  const out = new Map<MeasureSpec, string>();
  for (const m of measures) {
    let hits = props.filter((p) => p.Type !== 'TopicGroup' && p.Key && keyBase(p.Key) === m.v3.base);
    if (hits.length > 1 && m.v3.parent) {
      const parent = m.v3.parent.toLowerCase();
      hits = hits.filter(
        (p) =>
          byId
            .get(p.ParentID ?? -1)
            ?.Title.trim()
            .toLowerCase() === parent,
      );
    }
    if (hits.length === 1) out.set(m, hits[0]!.Key);
  }
  return out;
}

export function dataPropertiesUrl(base: string, table: string): string {
  return `${base}/${table}/DataProperties?$format=json`;
}

function rowsOf(body: unknown, url: string, what: string, lang: Lang): Record<string, unknown>[] {
  return pageItems('odata-v3', body, url, what, lang) as Record<string, unknown>[];
}

/** Next page: the server's `odata.nextLink`, else $skip + $top while pages are full. */
function nextPage(body: unknown, url: string, got: number, top: number): string | null {
  const link = (body as Record<string, unknown>)['odata.nextLink'];
  if (typeof link === 'string') return new URL(link, url).href;
  if (got < top) return null;
  const u = new URL(url);
  u.searchParams.set('$skip', String(Number(u.searchParams.get('$skip') ?? 0) + top));
  return u.href;
}

function pagedUrl(path: string, params: Record<string, string>, top: number): string {
  const u = new URL(path);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  u.searchParams.set('$top', String(top));
  u.searchParams.set('$skip', '0');
  u.searchParams.set('$format', 'json');
  return u.href;
}

export function typedDataSetSource(
  base: string,
  table: string,
  level: FetchLevel,
  keys: readonly string[],
  maxCells: number,
  what: string,
  lang: Lang,
): PagedSource {
  const select = ['WijkenEnBuurten', ...keys];
  const top = Math.max(1, Math.floor(maxCells / select.length));
  const firstUrl = pagedUrl(
    `${base}/${table}/TypedDataSet`,
    { $filter: `startswith(WijkenEnBuurten,'${PREFIX[level]}')`, $select: select.join(',') },
    top,
  );
  return {
    stream: `v3-typeddataset-${level}`,
    label: `${what} ${level}`,
    what,
    firstUrl,
    read(body, url) {
      const rows = rowsOf(body, url, what, lang);
      for (const r of rows)
        if (typeof r.WijkenEnBuurten !== 'string')
          throw new FetchError('malformed', { what, url, reason: 'a row lacks the WijkenEnBuurten key' }, EXIT.malformed);
      return { rows: rows.length, next: nextPage(body, url, rows.length, top) };
    },
  };
}

export function regionNamesSource(base: string, table: string, level: FetchLevel, what: string, lang: Lang): PagedSource {
  const top = 4000;
  return {
    stream: `v3-names-${level}`,
    label: `${what} ${level} codes`,
    what,
    firstUrl: pagedUrl(`${base}/${table}/WijkenEnBuurten`, { $filter: `startswith(Key,'${PREFIX[level]}')`, $select: 'Key,Title' }, top),
    read(body, url) {
      const rows = rowsOf(body, url, what, lang);
      return { rows: rows.length, next: nextPage(body, url, rows.length, top) };
    },
  };
}

/**
 * CBS OData v4 (datasets.cbs.nl/odata/v1/CBS/<table>): Observations are long rows
 * `{Id, Measure, ValueAttribute, Value, WijkenEnBuurten}` in pages of up to 100,000 that end with
 * `@odata.nextLink` while more follow; a secret value is `Value: null` with `ValueAttribute: "."`.
 * Region names come from `WijkenEnBuurtenCodes` (`Identifier`, `Title`), paged the same way.
 * One stream per level: `startswith(WijkenEnBuurten,'BU')` plus the wanted measures. Pages are checked with the
 * shared parser (convert.ts).
 */
import { pageItems, type FetchLevel } from './convert';
import { EXIT, FetchError } from './errors';
import type { MeasureSpec } from './measures';
import type { PagedSource } from './pager';
import type { Lang } from './strings';

export const PREFIX: Record<FetchLevel, string> = { gemeente: 'GM', wijk: 'WK', buurt: 'BU' };

function nextLink(body: unknown, url: string, what: string): string | null {
  const link = (body as Record<string, unknown>)['@odata.nextLink'];
  if (link === undefined || link === null) return null;
  if (typeof link !== 'string') throw new FetchError('malformed', { what, url, reason: '"@odata.nextLink" is not text' }, EXIT.malformed);
  return new URL(link, url).href;
}

export function observationsUrl(base: string, table: string, level: FetchLevel, measures: readonly MeasureSpec[]): string {
  const m = measures.map((x) => `Measure eq '${x.v4}'`).join(' or ');
  const filter = `startswith(WijkenEnBuurten,'${PREFIX[level]}') and (${m})`;
  return `${base}/${table}/Observations?$filter=${encodeURIComponent(filter)}`;
}

export function codesUrl(base: string, table: string, level: FetchLevel): string {
  return `${base}/${table}/WijkenEnBuurtenCodes?$filter=${encodeURIComponent(`startswith(Identifier,'${PREFIX[level]}')`)}&$select=Identifier,Title`;
}

export function observationsSource(
  base: string,
  table: string,
  level: FetchLevel,
  measures: readonly MeasureSpec[],
  what: string,
  lang: Lang,
): PagedSource {
  return {
    stream: `v4-observations-${level}`,
    label: `${what} ${level}`,
    what,
    firstUrl: observationsUrl(base, table, level, measures),
    read(body, url) {
      return { rows: pageItems('odata-v4', body, url, what, lang).length, next: nextLink(body, url, what) };
    },
  };
}

export function codesSource(base: string, table: string, level: FetchLevel, what: string): PagedSource {
  return {
    stream: `v4-codes-${level}`,
    label: `${what} ${level} codes`,
    what,
    firstUrl: codesUrl(base, table, level),
    read(body, url) {
      const value = (body as { value?: unknown } | null)?.value;
      if (!Array.isArray(value)) throw new FetchError('malformed', { what, url, reason: 'no "value" list' }, EXIT.malformed);
      return { rows: value.length, next: nextLink(body, url, what) };
    },
  };
}

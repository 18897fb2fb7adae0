/**
 * PDOK WFS of the CBS Wijk- en Buurtkaart (service.pdok.nl/cbs/wijkenbuurten/<year>/wfs/v1_0), layers
 * `wijkenbuurten:gemeenten|wijken|buurten`, GeoJSON via `outputFormat=application/json`, at most 1,000 features a
 * page: `startIndex` advances by the features received while `numberMatched` says more follow (without it, while
 * pages are full). Geometry is asked in RD New (EPSG:28992: x/y, no axis-order doubt) by default; the shared
 * importer (convert.ts importWfs) reprojects it to WGS84 and reads the camelCase attributes (sentinels → null).
 */
import { pageItems, type FetchLevel } from './convert';
import type { PagedSource } from './pager';
import type { Lang } from './strings';

const LAYER: Record<FetchLevel, string> = { gemeente: 'gemeenten', wijk: 'wijken', buurt: 'buurten' };

export function wfsUrl(base: string, level: FetchLevel, srs: string, count: number, startIndex: number): string {
  const u = new URL(base);
  const p: Record<string, string> = {
    service: 'WFS',
    version: '2.0.0',
    request: 'GetFeature',
    typeNames: `wijkenbuurten:${LAYER[level]}`,
    outputFormat: 'application/json',
    srsName: srs,
    count: String(count),
    startIndex: String(startIndex),
  };
  for (const [k, v] of Object.entries(p)) u.searchParams.set(k, v);
  return u.href;
}

export function wfsSource(base: string, level: FetchLevel, srs: string, count: number, what: string, lang: Lang): PagedSource {
  return {
    stream: `wfs-${LAYER[level]}`,
    label: `${what} ${LAYER[level]}`,
    what,
    firstUrl: wfsUrl(base, level, srs, count, 0),
    read(body, url) {
      const got = pageItems('wfs', body, url, what, lang).length;
      const start = Number(new URL(url).searchParams.get('startIndex') ?? 0);
      const m = (body as { numberMatched?: unknown }).numberMatched;
      const matched = typeof m === 'number' && Number.isFinite(m) ? m : undefined;
      const more = matched !== undefined ? got > 0 && start + got < matched : got >= count;
      return {
        rows: got,
        next: more ? wfsUrl(base, level, srs, count, start + got) : null,
        totalPages: matched !== undefined ? Math.max(1, Math.ceil(matched / count)) : undefined,
      };
    },
  };
}

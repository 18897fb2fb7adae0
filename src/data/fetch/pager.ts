/**
 * Walks a paged download: the first address, then the next one derived from each page (OData v4
 * `@odata.nextLink`, OData v3 `$skip`, WFS `startIndex`), until a page says there is no more. Each page comes from
 * the cache when --resume finds it there (page-cache.ts), else from the network (http.ts), and is cached at once.
 */
import { getJson, type HttpOptions } from './http';
import type { PageCache } from './page-cache';
import type { FetchProgress } from './progress-bar';

export interface PagedSource {
  /** Cache name of the stream (file-name safe), e.g. `v4-observations-buurt`. */
  stream: string;
  /** Shown in progress lines, e.g. `CBS OData v4 buurt`. */
  label: string;
  /** Service name for messages (strings.ts what*). */
  what: string;
  firstUrl: string;
  /** Checks one page and returns its rows, the next address (null at the end) and the page total when known. */
  read(body: unknown, url: string, index: number): { rows: number; next: string | null; totalPages?: number };
}

export interface PagerContext {
  http: HttpOptions;
  cache: PageCache;
  progress: FetchProgress;
  /** Safety stop against a server that links in circles. */
  maxPages?: number;
}

/** Every page body of `src`, in order (see the rules at the top). */
export async function fetchAllPages(src: PagedSource, ctx: PagerContext): Promise<unknown[]> {
  const bodies: unknown[] = [];
  const seen = new Set<string>();
  let url: string | null = src.firstUrl;
  for (let n = 0; url !== null; n++) {
    if (seen.has(url) || n >= (ctx.maxPages ?? 100_000)) break;
    seen.add(url);
    let body = ctx.cache.get(src.stream, n, url);
    const cached = body !== undefined;
    if (!cached) body = await getJson(url, src.what, ctx.http);
    const page = src.read(body, url, n);
    if (!cached) ctx.cache.put(src.stream, n, url, body);
    bodies.push(body);
    ctx.progress.page(src.label, n + 1, page.totalPages, page.rows, cached);
    url = page.next;
  }
  ctx.cache.complete(src.stream, bodies.length);
  ctx.progress.end(src.label);
  return bodies;
}

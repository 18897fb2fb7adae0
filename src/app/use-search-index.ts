/**
 * The place search index, built from the names in the decoded statistics files (gemeenten first, then with the
 * wijken once the first choropleth is painted) — it needs no database, so the search box works long before DuckDB is ready. Marks segv:search-ready
 * when gemeenten can be found. Loads again on a retry (`version`) when the statistics could not be loaded.
 */
import { useEffect, useState } from 'react';
import type { NameRow } from '../data/arrow-values';
import type { DataService } from './data-service';
import { buildSearchIndex, type SearchEntry, type SearchIndex, type SearchLevel } from './search-index';

const entries = (rows: NameRow[], level: SearchLevel): SearchEntry[] => rows.map((r) => ({ ...r, level }));

export function useSearchIndex(service: DataService, version: number): SearchIndex | null {
  const [index, setIndex] = useState<SearchIndex | null>(null);
  useEffect(() => {
    let live = true;
    const gm = service.names('gemeente').then((rows) => entries(rows, 'gemeente'));
    gm.then(
      (g) => {
        if (!live) return;
        setIndex((cur) => cur ?? buildSearchIndex(g));
        performance.mark('segv:search-ready');
      },
      () => undefined,
    );
    const wk = service.whenPainted().then(() => service.names('wijk'));
    Promise.all([gm, wk]).then(
      ([g, wk]) => live && setIndex(buildSearchIndex([...g, ...entries(wk, 'wijk')])),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [service, version]);
  return index;
}

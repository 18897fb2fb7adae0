/**
 * The buurt statistics (every buurt of the embedded year, all columns), loaded into DuckDB on first use — after the
 * first screen is up — and kept for search, the buurt table, the detail panel and the buurt indices. A failure is
 * reported (the error panel names it) and loaded again on a retry (`version`).
 */
import { useEffect, useMemo, useState } from 'react';
import type { DataService } from '../../app/data-service';
import { failureOf, type LoadFailure } from '../../app/load-errors';
import { buildSearchIndex, type SearchIndex, type SearchResult } from '../../app/search-index';
import type { UnitRecord } from '../../data/queries';

export interface BuurtRows {
  rows: readonly UnitRecord[] | null;
  error: LoadFailure | null;
}

export function useBuurtRows(service: DataService, wanted: boolean, version: number): BuurtRows {
  const [state, setState] = useState<BuurtRows>({ rows: null, error: null });
  const available = (service.catalog.levels as readonly string[]).includes('buurt');
  useEffect(() => {
    if (!wanted || !available) return;
    let live = true;
    service.all('buurt').then(
      (rows) => live && setState({ rows, error: null }),
      (e: unknown) => live && setState({ rows: null, error: failureOf(e, { resource: 'stats', level: 'buurt' }) }),
    );
    return () => {
      live = false;
    };
  }, [service, wanted, available, version]);
  return state;
}

/** Search over buurt names and codes (built once when the rows arrive). */
export function useBuurtSearch(rows: readonly UnitRecord[] | null): SearchIndex | null {
  return useMemo(
    () =>
      rows
        ? buildSearchIndex(
            rows.map((r) => ({
              code: r.code,
              name: r.name,
              level: 'buurt' as const,
              gemeente_code: r.gemeente_code,
              gemeente_name: r.gemeente_name,
              wijk_code: typeof r.wijk_code === 'string' ? r.wijk_code : null,
              wijk_name: typeof r.wijk_name === 'string' ? r.wijk_name : null,
              year: r.year,
            })),
          )
        : null,
    [rows],
  );
}

/**
 * Results of the place search followed by buurten: gemeenten and wijken keep their places and buurten fill in by
 * match quality (an exact buurt name still comes before a mere substring of a wijk name).
 */
export function withBuurten(
  search: (q: string, limit?: number) => SearchResult[],
  buurten: SearchIndex | null,
): (q: string, limit?: number) => SearchResult[] {
  if (!buurten) return search;
  const order = { gemeente: 0, wijk: 1, buurt: 2 } as const;
  return (q, limit = 12) =>
    [...search(q, limit), ...buurten.search(q, limit)].sort((a, b) => a.rank - b.rank || order[a.level] - order[b.level]).slice(0, limit);
}

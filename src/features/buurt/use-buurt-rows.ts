/**
 * The buurt statistics (every buurt of the embedded year, all columns), decoded in the buurt worker
 * (buurt-client.ts) so the main thread stays free: the names for the place search and the selection once the
 * statistics are ready, every row only when a view asks for them (a gemeente opened, the buurt or scale drawer, a
 * selected buurt, the buurt map; beside a gemeente just opened, once its map is painted). A failure is reported (the
 * error panel names it) and loaded again on a retry (`version`).
 */
import { useEffect, useState } from 'react';
import type { DataService } from '../../app/data-service';
import { failureOf, type LoadFailure } from '../../app/load-errors';
import { afterMapPaint } from '../../app/map-painted';
import { searchIndexOf, type SearchIndex, type SearchResult } from '../../app/search-index';
import type { UnitRecord } from '../../data/queries';
import { buurtLoader } from './buurt-client';

export interface BuurtRows {
  rows: readonly UnitRecord[] | null;
  error: LoadFailure | null;
}

export interface BuurtNamesState {
  /** Search over buurt names and codes. */
  search: SearchIndex | null;
  /** Identity columns of every buurt row. */
  identities: readonly UnitRecord[] | null;
  error: LoadFailure | null;
}

const fail = (e: unknown): LoadFailure => failureOf(e, { resource: 'stats', level: 'buurt' });

/** Loads `load(service)` (a module-level function) once `wanted` (again on `version`); keeps the answer or the failure. */
function useLoaded<T>(service: DataService, wanted: boolean, version: number, load: (s: DataService) => Promise<T>) {
  const [state, setState] = useState<{ value: T | null; error: LoadFailure | null }>({ value: null, error: null });
  const available = (service.catalog.levels as readonly string[]).includes('buurt');
  useEffect(() => {
    if (!wanted || !available) return;
    let live = true;
    load(service).then(
      (value) => live && setState({ value, error: null }),
      (e: unknown) => live && setState({ value: null, error: fail(e) }),
    );
    return () => {
      live = false;
    };
  }, [service, wanted, available, version, load]);
  return state;
}

const namesOf = async (service: DataService): Promise<{ search: SearchIndex; identities: UnitRecord[] }> => {
  const { items, identities } = await buurtLoader(service).names();
  return { search: searchIndexOf(items), identities };
};
const rowsOf = (service: DataService): Promise<UnitRecord[]> => buurtLoader(service).rows();
const rowsAfterPaint = async (service: DataService): Promise<UnitRecord[]> => {
  await afterMapPaint();
  return rowsOf(service);
};

export function useBuurtNames(service: DataService, wanted: boolean, version: number): BuurtNamesState {
  const { value, error } = useLoaded(service, wanted, version, namesOf);
  return { search: value?.search ?? null, identities: value?.identities ?? null, error };
}

/** `afterPaint`: start once the map has painted the view (it does not need these rows), not at once. */
export function useBuurtRows(service: DataService, wanted: boolean, version: number, afterPaint = false): BuurtRows {
  const { value, error } = useLoaded(service, wanted, version, afterPaint ? rowsAfterPaint : rowsOf);
  return { rows: value, error };
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

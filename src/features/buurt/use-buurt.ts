/**
 * The buurt feature's data: search over buurt names (after the first screen), the buurt rows (when a view needs them),
 * the buurten of the open gemeente, and — through the engine worker — the indices over those buurten, the scale
 * comparison (every gemeente over wijken and over buurten) and the three-level split of M. The same pipeline
 * functions as `npm run indices -- --level buurt` run on the same rows (DuckDB `SELECT *` of the buurt table), so
 * the numbers equal the CLI's. Stale answers are dropped.
 */
import { useEffect, useMemo, useState } from 'react';
import type { DataService } from '../../app/data-service';
import { engine } from '../../app/engine-client';
import { failureOf, type LoadFailure } from '../../app/load-errors';
import type { ViewState } from '../../app/url-state';
import type { UnitRecord } from '../../data/queries';
import type { BuurtSplitResult } from '../../pipeline/decomposition-buurt';
import type { IndicesRecord } from '../../pipeline/indices';
import type { ScaleResult } from '../../pipeline/scale';
import type { SearchIndex } from '../../app/search-index';
import { useBuurtNames, useBuurtRows } from './use-buurt-rows';

export interface BuurtFeature {
  /** Every buurt row; loaded only once a view needs them (`wantsRows`). */
  rows: readonly UnitRecord[] | null;
  /** Identity columns (names, wijk, gemeente) of every buurt row: loaded with the search names. */
  identities: readonly UnitRecord[] | null;
  error: LoadFailure | null;
  search: SearchIndex | null;
  byCode: ReadonlyMap<string, UnitRecord>;
  /** Buurten of the open gemeente. */
  gemeenteRows: readonly UnitRecord[] | null;
}

/** Views that show buurt rows: a gemeente opened (its buurten beside the map), the drawers, a buurt selected. */
export const wantsRows = (state: ViewState): boolean =>
  !!state.gemeente ||
  state.level === 'buurt' ||
  state.drawer === 'buurten' ||
  state.drawer === 'scale' ||
  !!state.selected?.startsWith('BU');

/**
 * Views that show little without the buurt rows (the buurt drawers, a selected buurt, the buurt level); an opened
 * gemeente shows its wijk map first, so its buurten load once that map is painted.
 */
const needsRowsNow = (state: ViewState): boolean =>
  state.level === 'buurt' || state.drawer === 'buurten' || state.drawer === 'scale' || !!state.selected?.startsWith('BU');

/** `ready`: the names for search may load (the first screen is up). */
export function useBuurt(service: DataService, state: ViewState, ready: boolean, version: number): BuurtFeature {
  const wanted = wantsRows(state);
  const names = useBuurtNames(service, ready || wanted, version);
  const { rows, error } = useBuurtRows(service, wanted, version, !needsRowsNow(state));
  const identities = names.identities;
  const byCode = useMemo(() => new Map((identities ?? rows ?? []).map((r) => [r.code, r])), [identities, rows]);
  const gemeenteRows = useMemo(
    () => (rows && state.gemeente ? rows.filter((r) => r.gemeente_code === state.gemeente) : null),
    [rows, state.gemeente],
  );
  return { rows, identities, error: error ?? names.error, search: names.search, byCode, gemeenteRows };
}

interface Answer<T> {
  value: T | null;
  error: LoadFailure | null;
  busy: boolean;
}

const why = (e: unknown): LoadFailure => failureOf(e, { resource: 'computation' });

/** Runs `compute` (memoised by the caller on its inputs) when it changes; keeps the answer for the current one only. */
function useComputed<T>(compute: (() => Promise<T>) | null): Answer<T> {
  const [s, setS] = useState<Answer<T>>({ value: null, error: null, busy: false });
  useEffect(() => {
    if (!compute) {
      setS({ value: null, error: null, busy: false });
      return;
    }
    let live = true;
    setS({ value: null, error: null, busy: true });
    compute().then(
      (value) => live && setS({ value, error: null, busy: false }),
      (e: unknown) => live && setS({ value: null, error: why(e), busy: false }),
    );
    return () => {
      live = false;
    };
  }, [compute]);
  return s;
}

/**
 * Indices over the buurten of one gemeente, or of one wijk (`within: 'wijk'`): D with its expected value under
 * random allocation. `rows`: the buurten of the gemeente.
 */
export function useBuurtIndices(
  rows: readonly UnitRecord[] | null,
  region: string | null,
  within: 'gemeente' | 'wijk',
  group: string,
  year: number,
) {
  const run = useMemo(
    () =>
      rows && region && rows.length
        ? async (): Promise<IndicesRecord | null> => {
            const r = await engine().buurtIndices([...rows], { year, group, regions: [region], within });
            return r.records.find((x) => x.regionCode === region) ?? null;
          }
        : null,
    [rows, region, within, group, year],
  );
  return useComputed(run);
}

/** Every gemeente over its wijken and over its buurten, and the three-level split of M (scale tab). */
export function useScale(rows: readonly UnitRecord[] | null, group: string, index: 'D' | 'H' | 'M', active: boolean) {
  const runScale = useMemo(
    () => (rows && active ? (): Promise<ScaleResult> => engine().scaleComparison([...rows], { group, index }) : null),
    [rows, group, index, active],
  );
  const runSplit = useMemo(
    () => (rows && active ? (): Promise<BuurtSplitResult> => engine().splitBuurten([...rows], group) : null),
    [rows, group, active],
  );
  return { scale: useComputed(runScale), split: useComputed(runSplit) };
}

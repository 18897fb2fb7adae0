/**
 * Segregation indices for the app: a ranking of every gemeente (units = its wijken; no resampling, fast) and the
 * full result for the selected gemeente (bootstrap CIs and expected D). Rows come from the decoded statistics,
 * computation runs in the engine worker; stale answers are dropped. The heavy computations start once the map has
 * painted the view they belong to (map-painted.ts): on two cores they would otherwise delay that paint.
 */
import { useEffect, useState } from 'react';
import type { Catalog } from '../data/catalog';
import { GROUP_DEFINITIONS, variablesOf, type GroupDefinition } from '../engine/groups';
import type { DecompositionRow } from '../pipeline/decomposition';
import type { IndicesRecord, IndicesResult } from '../pipeline/indices';
import type { LocalQuotients } from '../worker/engine-api';
import type { DataService } from './data-service';
import { engine } from './engine-client';
import { afterMapPaint } from './map-painted';
import { failureOf, type LoadFailure } from './load-errors';
import type { Lang } from './i18n';
import { failureText, te } from './i18n-errors';

export const WIJK_YEARS = [2022, 2024] as const;

/** The wijk year used for indices when the map shows another level/year. */
export function indexYear(level: string, year: number): number {
  return level === 'wijk' ? year : year >= 2023 ? 2024 : 2022;
}

/** Group definitions whose variables all exist at wijk level in `year`. */
export function groupsFor(catalog: Catalog, year: number): GroupDefinition[] {
  return GROUP_DEFINITIONS.filter((d) =>
    variablesOf(d).every((v) => catalog.variables.find((c) => c.id === v)?.availability.wijk?.includes(year)),
  );
}

export interface IndicesState {
  ranking: IndicesResult | null;
  /** Between/within-gemeente split of M for NL and each province. */
  decomposition: DecompositionRow[] | null;
  detail: IndicesResult | null;
  /** The gemeente `detail` was computed for. */
  detailFor: string | null;
  local: LocalQuotients | null;
  busy: boolean;
  /** Why the ranking could not be computed (a load failure, or the computation itself). */
  error: LoadFailure | null;
  /** Why the selected gemeente's indices could not be computed. */
  detailError: LoadFailure | null;
}

const why = (e: unknown): LoadFailure => failureOf(e, { resource: 'computation' });

export function useIndices(
  service: DataService,
  year: number,
  group: string | null,
  gemeente: string | null,
  version: number,
): IndicesState {
  const [s, setS] = useState<IndicesState>({
    ranking: null,
    decomposition: null,
    detail: null,
    detailFor: null,
    local: null,
    busy: false,
    error: null,
    detailError: null,
  });

  useEffect(() => {
    if (!group) return;
    let live = true;
    setS((p) => ({ ...p, ranking: null, decomposition: null, busy: true, error: null }));
    const def = GROUP_DEFINITIONS.find((d) => d.id === group)!;
    (async () => {
      // the map first (at start-up its first paint; after a year switch its new layer), then the wijk rows (a
      // download at start-up) and the worker's work
      await Promise.all([service.whenPainted(), afterMapPaint()]);
      const rows = await service.rows('wijk', year, variablesOf(def));
      const [ranking, decomposition] = await Promise.all([
        engine().computeIndices(rows, { level: 'wijk', year, group, bootstrapReplicates: 0, randomReplicates: 0 }, null),
        engine().decompose(rows, group),
      ]);
      if (live) setS((p) => ({ ...p, ranking, decomposition, busy: false }));
    })().catch((e: unknown) => live && setS((p) => ({ ...p, busy: false, error: why(e) })));
    return () => {
      live = false;
    };
  }, [service, year, group, version]);

  useEffect(() => {
    if (!group || !gemeente) {
      setS((p) => ({ ...p, detail: null, local: null, detailError: null }));
      return;
    }
    let live = true;
    setS((p) => ({ ...p, detail: null, local: null, detailError: null }));
    const def = GROUP_DEFINITIONS.find((d) => d.id === group)!;
    (async () => {
      const all = await service.rows('wijk', year, variablesOf(def));
      const rows = all.filter((r) => r.gemeente_code === gemeente);
      const local = await engine().localQuotients(rows, group); // cheap, and the map may show it
      if (live) setS((p) => ({ ...p, local }));
      // a drill-down: the wijk map first (the bootstrap would compete with it for the cores)
      await Promise.all([service.whenPainted(), afterMapPaint()]);
      const detail = await engine().computeIndices(
        rows,
        { level: 'wijk', year, group, regions: [gemeente] },
        service.topologyUrl('wijk', year),
      );
      if (live) setS((p) => ({ ...p, detail, detailFor: gemeente }));
    })().catch((e: unknown) => live && setS((p) => ({ ...p, detailError: why(e) })));
    return () => {
      live = false;
    };
  }, [service, year, group, gemeente, version]);

  return s;
}

/** The selected gemeente's record of the detail result, and why the indices panel cannot show one (in words). */
export function detailOf(
  lang: Lang,
  indices: IndicesState,
  gemeente: string | null,
  year: number,
): { record: IndicesRecord | null; problem: string | null } {
  const record = indices.detail?.records.find((r) => r.regionCode === gemeente) ?? null;
  const error = indices.error ?? indices.detailError;
  const problem = error
    ? failureText(lang, error)
    : gemeente && indices.detail && indices.detailFor === gemeente && !record
      ? te(lang, 'noDetailWijken', { year })
      : null;
  return { record, problem };
}

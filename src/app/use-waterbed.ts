/**
 * Runs a waterbed comparison in the engine worker: rows for every year with the indicator come from DuckDB, the
 * worker fetches the boundary layers itself and caches crosswalks and adjacency. Stale answers are dropped.
 */
import { useEffect, useState } from 'react';
import type { Level } from '../data/catalog';
import type { WaterbedRequest, WaterbedResult, WaterbedRow } from '../pipeline/waterbed';
import type { DataService } from './data-service';
import { engine } from './engine-client';
import { failureText } from './i18n-errors';
import { failureOf } from './load-errors';

export interface WaterbedState {
  result: WaterbedResult | null;
  error: { nl: string; en: string } | null;
  busy: boolean;
}

/** Years in which the indicator and boundaries exist at this level. */
export function waterbedYears(service: DataService, level: Level, indicator: string): number[] {
  const v = service.catalog.variables.find((x) => x.id === indicator);
  return (v?.availability[level] ?? []).filter((y) => service.hasGeometry(level, y));
}

/** Wijk rows (population, gemeente code) and boundary URLs of every wijk year with boundaries. */
async function finerLayer(service: DataService): Promise<{ rows: Record<number, WaterbedRow[]>; urls: Record<number, string> }> {
  const rows: Record<number, WaterbedRow[]> = {};
  const urls: Record<number, string> = {};
  for (const y of service.catalog.geometry.wijk ?? []) {
    const url = service.topologyUrl('wijk', y);
    if (!url) continue;
    rows[y] = (await service.rows('wijk', y, ['population'])) as unknown as WaterbedRow[];
    urls[y] = url;
  }
  return { rows, urls };
}

export function useWaterbed(service: DataService, request: WaterbedRequest | null): WaterbedState {
  const [s, setS] = useState<WaterbedState>({ result: null, error: null, busy: false });
  // The effect follows the request's content (a new object with the same fields is the same request).
  const key = request ? JSON.stringify(request) : null;
  useEffect(() => {
    if (key === null) {
      setS({ result: null, error: null, busy: false });
      return;
    }
    const request = JSON.parse(key) as WaterbedRequest;
    let live = true;
    setS((p) => ({ ...p, busy: true, error: null }));
    (async () => {
      const level = request.level as Level;
      const v = service.catalog.variables.find((x) => x.id === request.indicator);
      const vars = [...new Set([request.indicator, v?.denominator ?? 'population', 'population', 'dwellings', 'households'])];
      const years = waterbedYears(service, level, request.indicator);
      const rows: Record<number, WaterbedRow[]> = {};
      const urls: Record<number, string> = {};
      for (const y of years) {
        rows[y] = (await service.rows(level, y, vars)) as unknown as WaterbedRow[];
        urls[y] = service.topologyUrl(level, y)!;
      }
      // Wijken with population for dasymetric gemeente crosswalks (the worker fetches and caches their boundaries).
      const finer = level === 'gemeente' ? await finerLayer(service) : null;
      const answer = await engine().waterbed(request, rows, urls, service.catalog.variables, finer);
      if (!live) return;
      setS(answer.ok ? { result: answer.result, error: null, busy: false } : { result: null, error: answer.error, busy: false });
    })().catch((e: unknown) => {
      if (!live) return;
      const f = failureOf(e, { resource: 'computation' });
      setS({ result: null, error: { nl: failureText('nl', f), en: failureText('en', f) }, busy: false });
    });
    return () => {
      live = false;
    };
  }, [service, key]);
  return s;
}

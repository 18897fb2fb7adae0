/**
 * Runs a waterbed comparison in the engine worker: rows for every year with the indicator come from the decoded
 * statistics (all years at once, imports laid over them), the worker fetches the boundary layers itself and caches
 * crosswalks and adjacency. Entering the mode warms up the worker (`prepareWaterbed`: its script and every boundary
 * layer a comparison of the level needs), so the first comparison does not wait for them. Results are kept per
 * request: asking again is instant. Stale answers are dropped. Marks segv:waterbed-rows and segv:waterbed-result.
 */
import { useEffect, useState } from 'react';
import type { Catalog, Level } from '../data/catalog';
import type { WaterbedRequest, WaterbedResult, WaterbedRow } from '../pipeline/waterbed';
import type { DataService } from './data-service';
import { engine } from './engine-client';
import { failureText } from './i18n-errors';
import { failureOf } from './load-errors';
import { isIndexIndicator } from '../views/waterbed/index-indicator';
import { linkYears } from './url-state-waterbed';
import { importedTopologyUrl } from './imported-topology';
import { layerKeyOf, type Registration } from './imported-boundaries';
import { withBoundaries } from '../features/waterbed-buurt/years';

export interface WaterbedState {
  result: WaterbedResult | null;
  error: { nl: string; en: string } | null;
  busy: boolean;
}

/**
 * Years in which the indicator and boundaries exist at this level (a segregation index: its supported years).
 * Boundaries: the embedded layers and the imported ones (buurt comparisons run on imported layers only).
 */
export function waterbedYears(
  service: DataService,
  level: Level,
  indicator: string,
  imported: Registration = service.imported.registration,
  catalog: Catalog = service.catalog,
): number[] {
  if (isIndexIndicator(indicator)) return linkYears(catalog, level, indicator).filter((y) => service.hasGeometry('gemeente', y));
  const v = catalog.variables.find((x) => x.id === indicator);
  return withBoundaries(v?.availability[level] ?? [], (y) => service.hasGeometry(level, y) || imported.layers.has(layerKeyOf(level, y)));
}

/** The boundary layer's URL for the worker: the embedded file, else the imported layer as a blob: URL. */
export function boundaryUrl(service: DataService, level: Level, year: number): string | null {
  return service.topologyUrl(level, year) ?? importedTopologyUrl(service.imported, level, year);
}

/** Boundary URLs of the waterbed years of a level, and of every wijk year (finer layer for gemeente crosswalks). */
export function waterbedUrls(service: DataService, level: Level, indicator: string): string[] {
  const years = waterbedYears(service, level, indicator).map((y) => boundaryUrl(service, level, y));
  const finer = level === 'gemeente' ? (service.catalog.geometry.wijk ?? []).map((y) => service.topologyUrl('wijk', y)) : [];
  return [...years, ...finer].filter((u): u is string => u !== null);
}

/** Rows of `level` with `vars` for each of `years`, queried at once. */
async function rowsByYear(service: DataService, level: Level, years: number[], vars: string[]): Promise<Record<number, WaterbedRow[]>> {
  const all = await Promise.all(years.map((y) => service.rows(level, y, vars)));
  return Object.fromEntries(years.map((y, i) => [y, all[i] as unknown as WaterbedRow[]]));
}

type Inputs = Awaited<ReturnType<typeof loadInputs>>;
/**
 * Inputs per service, level and indicator: the warm-up and the comparisons after it share one read. Keyed by the
 * service's version too (an import added or removed, a retry): then they are read again.
 */
const inputs = new WeakMap<DataService, Map<string, Promise<Inputs>>>();

function inputsOf(service: DataService, level: Level, indicator: string): Promise<Inputs> {
  let byKey = inputs.get(service);
  if (!byKey) inputs.set(service, (byKey = new Map()));
  const layers = waterbedYears(service, level, indicator).map((y) => boundaryUrl(service, level, y));
  const key = `${level}|${indicator}|${service.getStatus().version}|${layers.join(',')}`;
  let p = byKey.get(key);
  if (!p) {
    p = loadInputs(service, level, indicator);
    byKey.set(key, p);
    p.catch(() => byKey.delete(key));
  }
  return p;
}

/** Everything the worker needs for one comparison of `indicator` at `level` (rows from the decoded statistics). */
async function loadInputs(service: DataService, level: Level, indicator: string) {
  const v = service.catalog.variables.find((x) => x.id === indicator);
  const vars = [...new Set([indicator, v?.denominator ?? 'population', 'population', 'dwellings', 'households'])];
  const years = waterbedYears(service, level, indicator);
  const urls = Object.fromEntries(years.map((y) => [y, boundaryUrl(service, level, y)!]));
  // Wijken with population for dasymetric gemeente crosswalks (the worker fetches and caches their boundaries).
  const wijkYears = (service.catalog.geometry.wijk ?? []).filter((y) => service.topologyUrl('wijk', y));
  const [rows, finerRows] = await Promise.all([
    rowsByYear(service, level, years, vars),
    level === 'gemeente' ? rowsByYear(service, 'wijk', wijkYears, ['population']) : null,
  ]);
  const finer = finerRows
    ? { rows: finerRows, urls: Object.fromEntries(wijkYears.map((y) => [y, service.topologyUrl('wijk', y)!])) }
    : null;
  return { rows, urls, finer };
}

/** The latest warm-up asked for: an older one still waiting for its inputs is dropped (the worker does one at a time). */
let warmTicket = 0;

/**
 * Prepare the worker for comparisons of `indicator` at `level` ending in `to`: its script, the boundary layers
 * (fetched as soon as possible) and, once the statistics are decoded, the crosswalks of every year to `to` and the
 * adjacency of the `to` layer. A warm-up overtaken by a newer one (the form changed meanwhile) stops before the
 * worker starts on it, so the comparison the user asks for next does not queue behind it.
 */
export async function warmWaterbed(service: DataService, level: Level, indicator: string, to: number): Promise<void> {
  const ticket = ++warmTicket;
  if (isIndexIndicator(indicator)) {
    // The index comparison needs the gemeente layers of its years (fetched and cached by the worker).
    const urls = waterbedYears(service, level, indicator).map((y) => service.topologyUrl('gemeente', y));
    await engine().prepareWaterbed(urls.filter((u): u is string => u !== null));
    return;
  }
  await engine().prepareWaterbed(waterbedUrls(service, level, indicator));
  const { rows, urls, finer } = await inputsOf(service, level, indicator);
  if (ticket !== warmTicket) return;
  await engine().warmWaterbed(level as WaterbedRequest['level'], to, rows, urls, finer, {
    indicator,
    variables: service.catalog.variables,
  });
  performance.mark('segv:waterbed-warm');
}

/** Answers per request (JSON), for this page: the data do not change while it is open. */
const answers = new Map<string, WaterbedState>();

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
    const known = answers.get(key);
    if (known) {
      setS(known);
      performance.mark('segv:waterbed-result');
      return;
    }
    setS((p) => ({ ...p, busy: true, error: null }));
    (async () => {
      const { rows, urls, finer } = await inputsOf(service, request.level as Level, request.indicator);
      performance.mark('segv:waterbed-rows');
      const answer = await engine().waterbed(request, rows, urls, service.catalog.variables, finer);
      const next = answer.ok ? { result: answer.result, error: null, busy: false } : { result: null, error: answer.error, busy: false };
      answers.set(key, next);
      if (!live) return;
      setS(next);
      performance.mark('segv:waterbed-result');
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

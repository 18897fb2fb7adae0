/**
 * What the engine worker offers (via comlink). Thin: fetches/caches the boundary layer and its spatial summaries,
 * then calls the shared pipeline — the same code the CLI runs in Node.
 */
import type { Topology } from 'topojson-specification';
import { groupDefinitionFor, type GroupLevel } from '../engine/groups';
import { locationQuotient } from '../engine/indices/local';
import { runIndices, type IndicesRequest, type IndicesResult, type LayerSpatial, type SourceRow } from '../pipeline/indices';
import { decomposeByProvince, type DecompositionRow } from '../pipeline/decomposition';
import { splitBuurtenByProvince, type BuurtSplitResult } from '../pipeline/decomposition-buurt';
import { countsOfRows } from '../pipeline/indices-rows';
import { scaleComparison, type ScaleRequest, type ScaleResult } from '../pipeline/scale';
import { layerSpatial } from '../pipeline/spatial';
import { runIndexWaterbed, type IndexWaterbedRequest, type IndexWaterbedResult } from '../pipeline/waterbed-index';
import {
  createWaterbedCache,
  runWaterbed,
  WaterbedError,
  type WaterbedCache,
  type WaterbedRequest,
  type WaterbedResult,
  type WaterbedRow,
} from '../pipeline/waterbed';
import type { CatalogVariable } from '../data/catalog';
import { fetchJson, isLoadError } from '../app/load-errors';
import { crosswalkFamily } from '../pipeline/crosswalks';
import { createScenarioApi } from './scenario-api';

const topologyCache = new Map<string, Promise<Topology>>();
const spatialCache = new Map<string, Promise<LayerSpatial>>();
const waterbedCache = createWaterbedCache();
/**
 * Imported layers come as blob: URLs, one per layer version (src/app/imported-topology.ts). Their crosswalks and
 * adjacency are cached per set of URLs (the pipeline's cache is keyed by level and years only): a changed import
 * gets new URLs and so a fresh cache.
 */
const importedCaches = new Map<string, WaterbedCache>();

function cacheFor(...urlSets: Record<number, string>[]): WaterbedCache {
  const blobs = urlSets.flatMap((u) => Object.entries(u)).filter(([, url]) => url.startsWith('blob:'));
  if (blobs.length === 0) return waterbedCache;
  const key = blobs
    .map(([y, url]) => `${y}=${url}`)
    .sort()
    .join('|');
  let c = importedCaches.get(key);
  if (!c) importedCaches.set(key, (c = createWaterbedCache()));
  return c;
}

function topologyFor(url: string): Promise<Topology> {
  let p = topologyCache.get(url);
  if (!p) {
    // Same timeout and classified errors (LoadError, rethrown to the app) as the app's own downloads.
    const m = /\/([a-z]+)_(\d{4})\.topo\.json/.exec(url);
    const target = { resource: 'geometry' as const, ...(m ? { level: m[1], year: Number(m[2]) } : {}) };
    p = fetchJson<Topology>(url, { target }, (x) =>
      (x as Partial<Topology> | null)?.type === 'Topology' ? null : 'not a TopoJSON topology',
    );
    topologyCache.set(url, p);
    p.catch(() => topologyCache.delete(url));
  }
  return p;
}

function spatialFor(url: string): Promise<LayerSpatial> {
  let p = spatialCache.get(url);
  if (!p) {
    p = topologyFor(url).then(layerSpatial);
    spatialCache.set(url, p);
    p.catch(() => spatialCache.delete(url));
  }
  return p;
}

/** The topologies of several years, downloaded at once. */
async function topologiesOf(urls: Record<number, string>): Promise<Record<number, Topology>> {
  const entries = Object.entries(urls);
  const all = await Promise.all(entries.map(([, url]) => topologyFor(url)));
  return Object.fromEntries(entries.map(([y], i) => [Number(y), all[i]!]));
}

export type IndexWaterbedAnswer = { ok: true; result: IndexWaterbedResult } | { ok: false; error: string };
export type WaterbedAnswer = { ok: true; result: WaterbedResult } | { ok: false; error: { nl: string; en: string } };

export interface LocalQuotients {
  group: string;
  /** code → LQ (focal share in the unit / focal share in the region), null when not computable. */
  values: [string, number | null][];
  excluded: { code: string; reason: string }[];
}

/** A buurt indices request: regions are gemeenten, or wijken with `within: 'wijk'`. */
export type BuurtIndicesRequest = Omit<IndicesRequest, 'level'>;

export const engineApi = {
  /** What-if scenarios (src/worker/scenario-api.ts): `scenario(spec, rows, gemeenteRow, topologyUrl)`. */
  ...createScenarioApi(topologyFor),

  /** Indices per region; with `topologyUrl`, spatial indices too (adjacency computed once per layer). */
  async computeIndices(rows: SourceRow[], request: IndicesRequest, topologyUrl: string | null): Promise<IndicesResult> {
    const spatial = topologyUrl ? await spatialFor(topologyUrl) : undefined;
    return runIndices(rows, request, spatial);
  },

  /**
   * Waterbed comparison (target, adjacent ring, rest, region; t0 → t1 on harmonised t1 units). Crosswalks and
   * adjacency are cached in the worker, so a second comparison on the same layers takes milliseconds.
   */
  async waterbed(
    request: WaterbedRequest,
    rows: Record<number, WaterbedRow[]>,
    topologyUrls: Record<number, string>,
    variables: CatalogVariable[],
    finer: { rows: Record<number, WaterbedRow[]>; urls: Record<number, string> } | null = null,
  ): Promise<WaterbedAnswer> {
    try {
      const [topologies, finerTopologies] = await Promise.all([topologiesOf(topologyUrls), topologiesOf(finer?.urls ?? {})]);
      const finerLayers = finer ? { rows: finer.rows, topologies: finerTopologies } : null;
      const cache = cacheFor(topologyUrls, finer?.urls ?? {});
      return { ok: true, result: runWaterbed({ rows, topologies, variables, finer: finerLayers, cache }, request) };
    } catch (e) {
      if (e instanceof WaterbedError) return { ok: false, error: e.messages };
      if (isLoadError(e)) throw e; // the app words it in the UI language
      const msg = e instanceof Error ? e.message : String(e);
      return { ok: false, error: { nl: msg, en: msg } };
    }
  },

  /** Fetch and keep boundary layers ahead of a comparison (failures are left to the comparison itself). */
  async prepareWaterbed(urls: string[]): Promise<void> {
    await Promise.all(urls.map((u) => topologyFor(u).catch(() => undefined)));
  },

  /**
   * Crosswalks of every year to `to` and the adjacency of the `to` layer computed ahead, while the user picks
   * targets (they depend neither on the targets nor on the indicator); the comparison that follows finds them in the
   * cache. The adjacency comes from a throw-away comparison on the layer's first unit (same code path, same cache).
   */
  async warmWaterbed(
    level: WaterbedRequest['level'],
    to: number,
    rows: Record<number, WaterbedRow[]>,
    topologyUrls: Record<number, string>,
    finer: { rows: Record<number, WaterbedRow[]>; urls: Record<number, string> } | null,
    probe: { indicator: string; variables: CatalogVariable[] } | null = null,
  ): Promise<void> {
    const [topologies, finerTopologies] = await Promise.all([topologiesOf(topologyUrls), topologiesOf(finer?.urls ?? {})]);
    const finerLayers = finer ? { rows: finer.rows, topologies: finerTopologies } : null;
    const src = { level, layers: { topologies, rows }, finer: finerLayers };
    const cache = cacheFor(topologyUrls, finer?.urls ?? {});
    for (const y of Object.keys(topologies).map(Number)) if (y !== to && topologies[to]) crosswalkFamily(src, y, to, cache.crosswalks);
    const from = Math.min(...Object.keys(rows).map(Number));
    const target = rows[to]?.[0]?.code;
    if (!probe || !target || !(from < to)) return;
    const request: WaterbedRequest = { level, targets: [target], indicator: probe.indicator, from, to, trajectories: false };
    try {
      runWaterbed({ rows, topologies, variables: probe.variables, finer: finerLayers, cache }, request);
    } catch {
      // a comparison that cannot run now will say why when the user asks for it
    }
  },

  /** Waterbed comparison on a segregation index (D or H over pooled wijken of target, rings, rest, NL). */
  async indexWaterbed(
    request: IndexWaterbedRequest,
    wijkRows: Record<number, SourceRow[]>,
    gemeenteTopologyUrls: Record<number, string>,
  ): Promise<IndexWaterbedAnswer> {
    try {
      const topologies: Record<number, Topology> = {};
      for (const [y, url] of Object.entries(gemeenteTopologyUrls)) topologies[Number(y)] = await topologyFor(url);
      return { ok: true, result: runIndexWaterbed({ wijkRows, gemeenteTopologies: topologies }, request) };
    } catch (e) {
      if (isLoadError(e)) throw e; // the app words it in the UI language
      const msg = e instanceof Error ? e.message : String(e);
      return { ok: false, error: msg };
    }
  },

  /** M over all wijken of each province and NL, split into between- and within-gemeente parts. */
  decompose(rows: SourceRow[], group: string): DecompositionRow[] {
    return decomposeByProvince(rows, group);
  },

  /**
   * Indices over buurten (rows of level buurt with wijk_code/wijk_name): one record per gemeente, or per wijk with
   * `within: 'wijk'`; D with its expected value under random allocation; spatial indices not computable.
   */
  buurtIndices(rows: SourceRow[], request: BuurtIndicesRequest): IndicesResult {
    return runIndices(rows, { ...request, level: 'buurt' });
  },

  /** Segregation by scale: per gemeente the index over its wijken and over its buurten (same buurt counts). */
  scaleComparison(rows: SourceRow[], request: ScaleRequest): ScaleResult {
    return scaleComparison(rows, request);
  },

  /** M over all buurten of NL and each province in three parts: between gemeenten, between wijken, within wijken. */
  splitBuurten(rows: SourceRow[], group: string): BuurtSplitResult {
    return splitBuurtenByProvince(rows, group);
  },

  /**
   * Location quotient of the focal group per unit, relative to the units given (e.g. the wijken of one gemeente);
   * `level` picks the group definition (buurt definitions use counts).
   */
  localQuotients(rows: SourceRow[], group: string, level: GroupLevel = 'wijk'): LocalQuotients {
    const def = groupDefinitionFor(group, level);
    if (!def) throw new Error(`Unknown group definition "${group}" at ${level} level`);
    const gc = countsOfRows(def, rows);
    const x = gc.counts[0]!;
    const y = Float64Array.from(x, (_, i) => gc.counts.slice(1).reduce((s, c) => s + c[i]!, 0));
    const lq = locationQuotient(x, y);
    const excluded = gc.excluded.map(({ code, reason }) => ({ code, reason }));
    return { group, values: gc.units.map((code, i) => [code, lq.values[i] ?? null]), excluded };
  },
};

export type EngineApi = typeof engineApi;

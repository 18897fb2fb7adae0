/**
 * Contiguity (rook / queen) and shared boundary lengths from a TopoJSON layer (pure, no DOM).
 *
 * Conventions
 * - Rook neighbours share a boundary of positive length:
 *   (a) exactly: a TopoJSON arc of positive length referenced by both units (refs i and ~i are the same arc; an
 *       arc referenced by 3+ units, i.e. overlapping polygons, makes every pair neighbours; an arc referenced
 *       twice by one unit makes no self-neighbour), or
 *   (b) near-coincidently: their "loose" arcs (referenced by one unit only) run within `toleranceKm` of each other,
 *       roughly parallel, for ≥ `minSharedKm` (see nearcoincident.ts). Needed because several committed layers
 *       (gemeente_YYYY, wijk_2024) were generalised polygon by polygon: with exact arcs only, gemeente_2022 has 658
 *       of ~883 neighbour pairs and wijk_2024 has 99 units without neighbours. Defaults (100 m / 50 m) were chosen
 *       against wijk_2022 (clean) aggregated to gemeenten: 882 pairs found, the misses are source differences.
 *       In a clean layer the tolerance only adds pairs across gaps < 100 m (3 pairs in wijk_2022), or
 *   (c) through a collapsed border: a border across a narrow strip (dam, dike, bridge) that generalisation reduced
 *       to facing needle tips, minSharedKm ≤ gap ≤ toleranceKm apart (see collapsed.ts), e.g. Súdwest-Fryslân –
 *       Hollands Kroon on the Afsluitdijk (89 m). Only pairs not rook by (a) or (b) are tested; point contacts
 *       (corners, identical vertices) never qualify.
 *   toleranceKm = 0 gives strict exact-arc contiguity.
 * - Queen neighbours = rook neighbours plus units that only touch: an identical vertex (exact identity on the
 *   quantised grid: corner touches at arc end points, coincident vertices anywhere), a zero-length shared arc, or
 *   loose boundaries within `touchToleranceKm` (default 20 m) without reaching `minSharedKm`.
 * - weights[i][k] = shared boundary length in km between i and neighbours[i][k] (sum of haversine lengths of the
 *   shared arcs plus the mean of both directions' near-coincident matched lengths, or the collapsed border's length
 *   when that is longer). Pairs that are queen-only neighbours get weight 0 (corner touch: no common edge).
 * - perimeterKm[i] = haversine length of all rings of unit i (outer rings, holes and all parts).
 * - Units without neighbours (e.g. Wadden islands at gemeente level, or exclaves within a subset) keep an empty
 *   neighbour list; their indices are listed in `islands`. Nothing is connected artificially; callers decide.
 * - Subsets (e.g. the wijken of one gemeente): `subsetAdjacency(topo, indices)` restricts the cached whole-layer
 *   adjacency; local index k is layer unit indices[k]. A wijk whose only neighbours lie outside is an island there.
 */
import type { Topology } from 'topojson-specification';
import type { Adjacency, Contiguity } from '../engine/types';
import { arcIndex, prepareLayer, type PreparedLayer } from './arcs';
import { restrictAdjacency } from './graph';
import { collapsedBorders } from './collapsed';
import { matchNearCoincident } from './nearcoincident';
import { DEFAULT_OBJECT } from './topology';

export interface AdjacencyOptions {
  /** Default 'rook'. */
  contiguity?: Contiguity;
  /** Near-coincidence tolerance in km (default 0.1 = 100 m); 0 disables near-coincident matching. */
  toleranceKm?: number;
  /**
   * Minimum near-coincident shared length (or collapsed border length) for a rook pair, km (default 0.05).
   * Exact shared arcs need only > 0.
   */
  minSharedKm?: number;
  /** Queen only: loose boundaries closer than this touch (km, default 0.02, capped at toleranceKm). */
  touchToleranceKm?: number;
  /** Minimum |cos| of the angle between matched segments (default 0.7 ≈ 45°). */
  minCos?: number;
  /** TopoJSON object holding the units (default 'units'). */
  objectName?: string;
}

export const DEFAULT_TOLERANCE_KM = 0.1;
export const DEFAULT_MIN_SHARED_KM = 0.05;
export const DEFAULT_MIN_COS = 0.7;
export const DEFAULT_TOUCH_KM = 0.02;

export interface LayerAdjacency extends Adjacency {
  contiguity: Contiguity;
  /** Shared boundary length in km, parallel to neighbours (0 for queen-only corner neighbours). */
  weights: Float64Array[];
  /** Local indices of units without any neighbour. */
  islands: number[];
  /** Perimeter per local unit, km. */
  perimeterKm: Float64Array;
  /** Layer unit index of each local unit. */
  units: Int32Array;
}

const layerCache = new WeakMap<object, Map<string, LayerAdjacency>>();
const cacheKey = (o: AdjacencyOptions) =>
  JSON.stringify([
    o.objectName ?? DEFAULT_OBJECT,
    o.contiguity ?? 'rook',
    o.toleranceKm ?? DEFAULT_TOLERANCE_KM,
    o.minSharedKm ?? DEFAULT_MIN_SHARED_KM,
    o.touchToleranceKm ?? DEFAULT_TOUCH_KM,
    o.minCos ?? DEFAULT_MIN_COS,
  ]);

/**
 * Adjacency over every unit of the layer (local index = layer index). Computed once per topology object and
 * options (WeakMap cache); each call returns fresh arrays, so results may be mutated or transferred to a worker.
 */
export function layerAdjacency(topo: Topology, opts: AdjacencyOptions = {}): LayerAdjacency {
  const adj = cachedLayerAdjacency(topo, opts);
  return {
    ...adj,
    neighbours: adj.neighbours.map((a) => a.slice()),
    weights: adj.weights.map((a) => a.slice()),
    islands: [...adj.islands],
    perimeterKm: adj.perimeterKm.slice(),
    units: adj.units.slice(),
  };
}

function cachedLayerAdjacency(topo: Topology, opts: AdjacencyOptions): LayerAdjacency {
  const key = cacheKey(opts);
  let byKey = layerCache.get(topo);
  if (!byKey) layerCache.set(topo, (byKey = new Map()));
  let adj = byKey.get(key);
  if (!adj) {
    const layer = prepareLayer(topo, opts.objectName ?? DEFAULT_OBJECT);
    const all = new Int32Array(layer.n);
    for (let i = 0; i < layer.n; i++) all[i] = i;
    byKey.set(key, (adj = computeAdjacency(layer, all, opts)));
  }
  return adj;
}

/**
 * Adjacency among the units at `indices` (layer indices, distinct); result index k ↔ indices[k]. It is the
 * (cached) whole-layer adjacency restricted to the subset, so a unit's neighbours and shared lengths do not depend
 * on which subset is asked for. (Computing on the subset alone, via computeAdjacency, can differ in
 * near-coincident layers: a border piece that belongs to an outside unit may then be matched to an inside one.)
 */
export function subsetAdjacency(topo: Topology, indices: ArrayLike<number>, opts: AdjacencyOptions = {}): LayerAdjacency {
  const full = cachedLayerAdjacency(topo, opts);
  const r = restrictAdjacency(full, indices);
  return {
    ...r,
    weights: r.weights!,
    contiguity: full.contiguity,
    perimeterKm: Float64Array.from(indices as ArrayLike<number>, (u) => full.perimeterKm[u]),
    units: Int32Array.from(indices as ArrayLike<number>),
  };
}

/** Adjacency computed from the geometry of `units` only (layer indices; result index k ↔ units[k]); uncached. */
export function computeAdjacency(layer: PreparedLayer, units: Int32Array, opts: AdjacencyOptions = {}): LayerAdjacency {
  const contiguity = opts.contiguity ?? 'rook';
  const tol = opts.toleranceKm ?? DEFAULT_TOLERANCE_KM;
  const minShared = opts.minSharedKm ?? DEFAULT_MIN_SHARED_KM;
  const N = layer.n;
  const local = new Int32Array(N).fill(-1);
  units.forEach((u, k) => {
    if (u < 0 || u >= N) throw new RangeError(`unit index ${u} out of range (${N} units)`);
    if (local[u] !== -1) throw new Error(`unit index ${u} given twice`);
    local[u] = k;
  });
  const { exactKm, touch, looseArcs, looseUnits } = sharedArcs(layer, units, local);

  const near = matchNearCoincident(layer, looseArcs, looseUnits, {
    toleranceKm: tol,
    minCos: opts.minCos ?? DEFAULT_MIN_COS,
    touchKm: Math.min(tol, opts.touchToleranceKm ?? DEFAULT_TOUCH_KM),
  });
  if (contiguity === 'queen') {
    for (const key of sharedVertexPairs(layer, units)) touch.add(key);
    for (const key of near.near) touch.add(key);
  }
  const isRook = (key: number) => exactKm.has(key) || (near.matchedKm.get(key) ?? 0) / 2 >= minShared;
  const collapsed = collapsedBorders(layer, units, isRook, { minKm: minShared, maxKm: tol });

  // Combine into per-unit lists.
  const lists: number[][] = Array.from({ length: units.length }, () => []);
  const wlists: number[][] = Array.from({ length: units.length }, () => []);
  const keys = new Set<number>([...exactKm.keys(), ...near.matchedKm.keys(), ...collapsed.keys()]);
  if (contiguity === 'queen') for (const key of touch) keys.add(key);
  for (const key of keys) {
    const a = Math.floor(key / N),
      b = key - a * N;
    const la = local[a],
      lb = local[b];
    if (la < 0 || lb < 0 || la === lb) continue;
    const exact = exactKm.get(key) ?? 0;
    const fuzzy = (near.matchedKm.get(key) ?? 0) / 2;
    const bridged = collapsed.get(key) ?? 0; // > 0 only for pairs that are not rook otherwise
    const rook = exact > 0 || fuzzy >= minShared || bridged > 0;
    let w: number;
    if (rook) w = exact + Math.max(fuzzy, bridged);
    else if (contiguity === 'queen') w = 0;
    else continue;
    lists[la].push(lb);
    wlists[la].push(w);
    lists[lb].push(la);
    wlists[lb].push(w);
  }
  const neighbours: Int32Array[] = [];
  const weights: Float64Array[] = [];
  const islands: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const order = lists[i].map((_, k) => k).sort((p, q) => lists[i][p] - lists[i][q]);
    neighbours.push(Int32Array.from(order, (k) => lists[i][k]));
    weights.push(Float64Array.from(order, (k) => wlists[i][k]));
    if (order.length === 0) islands.push(i);
  }
  const perimeterKm = Float64Array.from(units, (u) => layer.perimeterKm[u]);
  return { n: units.length, neighbours, weights, contiguity, islands, perimeterKm, units: Int32Array.from(units) };
}

/**
 * Exact shared arcs among `units` (local[u] ≥ 0 marks members): pair key → summed length of shared arcs of positive
 * length; `touch` holds pairs sharing only zero-length arcs. Also collects the loose arcs (one reference in the
 * whole layer) with their unit.
 */
function sharedArcs(layer: PreparedLayer, units: Int32Array, local: Int32Array) {
  const N = layer.n;
  const pairKey = (a: number, b: number) => (a < b ? a * N + b : b * N + a);
  const exactKm = new Map<number, number>();
  const touch = new Set<number>();
  const { arcUnitStart, arcUnitList, arcKm } = layer;
  const seen = new Uint8Array(arcKm.length);
  const looseArcs: number[] = [];
  const looseUnits: number[] = [];
  const users: number[] = [];
  for (const u of units)
    for (const poly of layer.rings[u])
      for (const ring of poly)
        for (const ref of ring) {
          const a = arcIndex(ref);
          if (seen[a]) continue;
          seen[a] = 1;
          const r0 = arcUnitStart[a],
            r1 = arcUnitStart[a + 1];
          if (r1 - r0 === 1) {
            looseArcs.push(a);
            looseUnits.push(u);
            continue;
          }
          users.length = 0;
          for (let r = r0; r < r1; r++) {
            const v = arcUnitList[r];
            if (local[v] >= 0 && !users.includes(v)) users.push(v);
          }
          for (let i = 0; i < users.length; i++)
            for (let j = i + 1; j < users.length; j++) {
              const key = pairKey(users[i], users[j]);
              if (arcKm[a] > 0) exactKm.set(key, (exactKm.get(key) ?? 0) + arcKm[a]);
              else touch.add(key);
            }
        }
  return { exactKm, touch, looseArcs, looseUnits };
}

/** Pair keys (layer indices) of units that have at least one identical vertex. */
function sharedVertexPairs(layer: PreparedLayer, units: Int32Array): Set<number> {
  const { arcStart, q, lonlat } = layer;
  const N = layer.n;
  const out = new Set<number>();
  let lastKey = -1;
  const pair = (a: number, b: number) => {
    const key = a < b ? a * N + b : b * N + a;
    if (key !== lastKey) out.add((lastKey = key));
  };
  let visits = 0;
  for (const u of units)
    for (const poly of layer.rings[u])
      for (const ring of poly) for (const ref of ring) visits += arcStart[arcIndex(ref) + 1] - arcStart[arcIndex(ref)];
  // Open-addressing hash of vertices (quantised integers, or coordinate strings for unquantised layers);
  // each slot heads a linked list of the distinct units having that vertex.
  let cap = 16;
  while (cap < 2 * visits) cap *= 2;
  const kx = new Int32Array(q ? cap : 0),
    ky = new Int32Array(q ? cap : 0),
    head = new Int32Array(q ? cap : 0).fill(-1);
  const strHead = new Map<string, number>();
  const poolU = new Int32Array(visits),
    poolN = new Int32Array(visits);
  let np = 0;
  for (const u of units)
    for (const poly of layer.rings[u])
      for (const ring of poly)
        for (const ref of ring) {
          const a = arcIndex(ref);
          for (let p = arcStart[a]; p < arcStart[a + 1]; p++) {
            let h = -1,
              k = '',
              first: number;
            if (q) {
              const x = q[2 * p],
                y = q[2 * p + 1];
              h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca77)) & (cap - 1);
              while (head[h] !== -1 && (kx[h] !== x || ky[h] !== y)) h = (h + 1) & (cap - 1);
              kx[h] = x;
              ky[h] = y;
              first = head[h];
            } else {
              k = `${lonlat[2 * p]},${lonlat[2 * p + 1]}`;
              first = strHead.get(k) ?? -1;
            }
            let found = false;
            for (let i = first; i !== -1 && !found; i = poolN[i]) found = poolU[i] === u;
            if (found) continue;
            for (let i = first; i !== -1; i = poolN[i]) pair(poolU[i], u);
            poolU[np] = u;
            poolN[np] = first;
            if (q) head[h] = np++;
            else strHead.set(k, np++);
          }
        }
  return out;
}

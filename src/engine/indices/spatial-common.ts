/**
 * Shared pieces of the adjacency-based spatial indices (Morrill 1991; Wong 1993): mapping the caller's unit order
 * to the usable units, and the neighbour contrast Σ_ij w_ij |p_i − p_j| over ordered pairs i ≠ j.
 * Pairs that involve an excluded unit (zero population, invalid counts) are dropped, as R seg does.
 */
import type { Adjacency } from '../types';
import type { EngineWarning, TwoGroupData } from '../result';
import { FRESH_ARRAYS, type TypedArrays } from '../scratch';

/** Position of every original unit among the usable units, or −1 when excluded. */
export function usedPositions(index: Int32Array, n: number, arrays: TypedArrays = FRESH_ARRAYS): Int32Array {
  const pos = arrays.int32(n).fill(-1);
  for (let k = 0; k < index.length; k++) pos[index[k]] = k;
  return pos;
}

export function groupShares(d: TwoGroupData, arrays: TypedArrays = FRESH_ARRAYS): Float64Array {
  const p = arrays.float64(d.used);
  for (let k = 0; k < d.used; k++) p[k] = d.x[k] / d.t[k];
  return p;
}

/** What the adjacency-based indices read: the prepared data of n units, the shares p and every unit's position. */
export interface SpatialData {
  d: TwoGroupData;
  n: number;
  p: Float64Array;
  pos: Int32Array;
}

/** Computed once per region and shared by D(adj), D(w) and D(s). */
export function spatialData(d: TwoGroupData, n: number, arrays: TypedArrays = FRESH_ARRAYS): SpatialData {
  return { d, n, p: groupShares(d, arrays), pos: usedPositions(d.index, n, arrays) };
}

export function checkAdjacencySize(adj: Adjacency, n: number): void {
  if (adj.n !== n || adj.neighbours.length !== n) {
    throw new RangeError(`adjacency describes ${adj.n} units but the counts have ${n}`);
  }
  if (adj.weights && adj.weights.length !== n) throw new RangeError('adjacency.weights must run parallel to neighbours');
}

export interface NeighbourContrast {
  /** Σ_ij w_ij f_ij |p_i − p_j| over ordered pairs of usable neighbours. */
  num: number;
  /** Σ_ij w_ij over the same pairs. */
  den: number;
  pairs: number;
  /** Usable units without a usable neighbour (islands, or neighbours all excluded). */
  isolated: number;
  /** A weight was negative or non-finite. */
  badWeight: boolean;
}

/**
 * Sum the neighbour contrast. `useWeights` false = binary a_ij = 1; true = adjacency.weights (shared boundary
 * length). `pairFactor(i, j)` (usable positions) multiplies each term, e.g. Wong's perimeter/area factor.
 */
export function neighbourContrast(
  p: Float64Array,
  pos: Int32Array,
  adj: Adjacency,
  useWeights: boolean,
  pairFactor?: (i: number, j: number) => number,
): NeighbourContrast {
  const out: NeighbourContrast = { num: 0, den: 0, pairs: 0, isolated: 0, badWeight: false };
  for (let a = 0; a < adj.n; a++) {
    const i = pos[a];
    if (i < 0) continue;
    const nb = adj.neighbours[a];
    const wts = useWeights ? adj.weights?.[a] : undefined;
    let has = false;
    for (let k = 0; k < nb.length; k++) {
      const b = nb[k];
      if (b === a) continue;
      const j = pos[b];
      if (j < 0) continue;
      has = true;
      let w = 1;
      if (useWeights) {
        w = wts ? wts[k] : NaN;
        if (!Number.isFinite(w) || w < 0) {
          out.badWeight = true;
          continue;
        }
      }
      const f = pairFactor ? pairFactor(i, j) : 1;
      out.num += w * f * Math.abs(p[i] - p[j]);
      out.den += w;
      out.pairs++;
    }
    if (!has) out.isolated++;
  }
  return out;
}

export function spatialWarnings(c: NeighbourContrast, value: number | null): EngineWarning[] {
  const w: EngineWarning[] = [];
  if (c.isolated > 0) {
    w.push({
      code: 'isolated_units',
      message: `${c.isolated} usable unit(s) have no usable neighbour and add nothing to the spatial term`,
      count: c.isolated,
    });
  }
  if (value !== null && value < 0) {
    w.push({ code: 'negative_spatial_adjustment', message: 'the spatial adjustment exceeds D: the adjusted index is negative' });
  }
  return w;
}

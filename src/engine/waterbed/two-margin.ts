/**
 * Two-margin crosswalk weights (pure): iterative proportional fitting (IPF) of the overlay matrix M(s, t) — the
 * from-year people of source s who live in what becomes target t — to both years' unit populations.
 *
 * Margins
 * - Rows are exact: Σ_t M(s, t) = P0_s, the from-year population of s (each source's count is split, never lost).
 * - Columns are a hint: target t's t1 population P1_t says where its t0 people are, up to its growth. Within a
 *   connected group of redrawn units (a component of the bipartite graph of split pieces) the growth g_c =
 *   Σ P1 / Σ C is shared, so the hinted t0 population is P1_t / g_c. Seed and hint are combined by their
 *   precision: the seed's moved people V_t (the part of t's seed column C_t from split sources) are taken as
 *   uncertain by ±τ·V_t (τ = 0.5: a seed places moved people within a factor of about 1.5), the hint by
 *   ±σ·P1_t / g_c, with σ the spread of growth among unchanged units of the same two layers (growth.ts). So
 *   λ_t = (τV_t)² / ((τV_t)² + (σP1_t/g_c)²) and the column target is T_t = C_t + λ_t · (P1_t / g_c − C_t).
 *   A gemeente that takes in a small piece (V_t ≪ P1_t) keeps its seed estimate, because its own growth explains
 *   its t1 population better than the piece; a wijk drawn from split wijken (V_t ≈ P1_t) is fitted to it.
 * - Fixed entries are not fitted: identical units (weight 1) and sources with a single piece (weight 1).
 *
 * Seed: any non-negative mass per crosswalk entry (intersection areas for 'ipf'; the to-year population of the
 * piece from a finer layer for 'dasymetric'), row-normalised to P0_s. IPF then alternates column and row scaling
 * until every hinted column is within `tolerance` (relative) of its target or `maxIterations` is reached; rows are
 * exact after the last step. A source whose population is unknown, or whose seed is all 0, keeps its fallback
 * weights, and targets it feeds take no hint.
 * Reference: Deming & Stephan (1940), Ann. Math. Stat. 11(4); for areal interpolation with two margins see e.g.
 * Logan, Xu & Stults (2014), "Interpolating U.S. decennial census tract data", Prof. Geogr. 66(3).
 */
import type { Crosswalk } from './crosswalk';
import { unchangedGrowth } from './growth';

/** Relative uncertainty of a seed's estimate of the people moved by a split (see the header). */
export const SEED_UNCERTAINTY = 0.5;

export interface TwoMarginInput {
  /** Seed mass per crosswalk entry (≥ 0), aligned with cw.source. */
  seed: ArrayLike<number>;
  /** From-year population per source (cw.fromCodes order); null = unknown. */
  fromPopulation: readonly (number | null)[];
  /** To-year population per target (cw.toCodes order); null = unknown. */
  toPopulation: readonly (number | null)[];
  /** Weights used where the two margins cannot be used (default: the crosswalk's own weights). */
  fallback?: readonly number[];
  /** Spread of ln(growth) of unchanged units (default: measured on the crosswalk's identical units). */
  growthSpread?: number;
  maxIterations?: number;
  tolerance?: number;
}

export interface TwoMarginResult {
  weight: number[];
  iterations: number;
  /** Largest relative gap between a hinted column and its target after the last iteration. */
  maxColumnGap: number;
}

const known = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Target of each entry (crosswalks store entries grouped by target). */
export function entryTargets(cw: Crosswalk): Int32Array {
  const target = new Int32Array(cw.source.length);
  for (let t = 0; t < cw.toCodes.length; t++) for (let k = cw.start[t]; k < cw.start[t + 1]; k++) target[k] = t;
  return target;
}

/** Connected components of the bipartite graph of free entries (union–find over sources 0..nFrom-1, targets nFrom..). */
function components(cw: Crosswalk, target: Int32Array, free: Uint8Array): Int32Array {
  const nFrom = cw.fromCodes.length;
  const parent = Int32Array.from({ length: nFrom + cw.toCodes.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (let k = 0; k < cw.source.length; k++) if (free[k]) parent[find(cw.source[k])] = find(nFrom + target[k]);
  return Int32Array.from(parent, (_, i) => find(i));
}

interface ColumnInput {
  nFrom: number;
  P1: readonly (number | null)[];
  comp: Int32Array;
  freeCol: Float64Array;
  fixedCol: Float64Array;
  blocked: Uint8Array;
  sigma: number;
}

/**
 * Target of the free part of each hinted column (NaN: no hint). Seed and hint are combined by precision; within a
 * component the targets are then made to add up to the free mass (the rows' total) by spreading the gap over the
 * columns in proportion to the variance of their combined estimate, so tightly known columns hardly move.
 */
function columnTargets({ nFrom, P1, comp, freeCol, fixedCol, blocked, sigma }: ColumnInput): Float64Array {
  const nTo = freeCol.length;
  const p1Sum = new Map<number, number>(),
    cSum = new Map<number, number>();
  for (let t = 0; t < nTo; t++) {
    if (!(freeCol[t] > 0)) continue;
    const c = comp[nFrom + t];
    const p1 = known(P1[t]) && !blocked[t] ? P1[t]! : NaN;
    p1Sum.set(c, (p1Sum.get(c) ?? 0) + p1);
    cSum.set(c, (cSum.get(c) ?? 0) + freeCol[t] + fixedCol[t]);
  }
  const freeTarget = new Float64Array(nTo).fill(NaN),
    variance = new Float64Array(nTo);
  for (let t = 0; t < nTo; t++) {
    if (!(freeCol[t] > 0)) continue;
    const c = comp[nFrom + t],
      growth = p1Sum.get(c)! / cSum.get(c)!;
    if (!Number.isFinite(growth) || !(growth > 0)) continue;
    const C = freeCol[t] + fixedCol[t],
      hint = P1[t]! / growth;
    const vSeed = (SEED_UNCERTAINTY * freeCol[t]) ** 2,
      vHint = (sigma * hint) ** 2;
    freeTarget[t] = C + (vSeed / (vSeed + vHint)) * (hint - C) - fixedCol[t];
    variance[t] = vSeed + vHint > 0 ? (vSeed * vHint) / (vSeed + vHint) : 0;
  }
  const gap = new Map<number, number>(),
    varSum = new Map<number, number>();
  for (let t = 0; t < nTo; t++) {
    if (!Number.isFinite(freeTarget[t])) continue;
    const c = comp[nFrom + t];
    gap.set(c, (gap.get(c) ?? 0) + freeCol[t] - freeTarget[t]);
    varSum.set(c, (varSum.get(c) ?? 0) + variance[t]);
  }
  for (let t = 0; t < nTo; t++) {
    if (!Number.isFinite(freeTarget[t])) continue;
    const c = comp[nFrom + t],
      vs = varSum.get(c)!;
    freeTarget[t] = Math.max(freeTarget[t] + (vs > 0 ? (gap.get(c)! * variance[t]) / vs : 0), 1e-3 * freeCol[t]);
  }
  return freeTarget;
}

/** Two-margin (IPF) weights for a crosswalk; see the header for the rule. */
export function twoMarginWeights(cw: Crosswalk, input: TwoMarginInput): TwoMarginResult {
  const nFrom = cw.fromCodes.length,
    nTo = cw.toCodes.length,
    n = cw.source.length;
  const { seed, fromPopulation: P0, toPopulation: P1 } = input;
  const fallback = input.fallback ?? cw.weight;
  const target = entryTargets(cw);
  const entries = Array.from({ length: nFrom }, () => [] as number[]);
  for (let k = 0; k < n; k++) entries[cw.source[k]].push(k);
  // Free sources: known population, more than one piece, none of them an identity, some seed mass.
  const freeSource = new Uint8Array(nFrom);
  for (let s = 0; s < nFrom; s++) {
    const ks = entries[s];
    const seedSum = ks.reduce((a, k) => a + Math.max(0, seed[k]), 0);
    freeSource[s] = Number(known(P0[s]) && P0[s]! > 0 && ks.length > 1 && ks.every((k) => !cw.identical[target[k]]) && seedSum > 0);
  }
  const free = Uint8Array.from(cw.source, (s) => freeSource[s]);
  // Mass: free entries from the row-normalised seed; fixed entries from the fallback weights.
  const M = new Float64Array(n);
  for (let s = 0; s < nFrom; s++) {
    const ks = entries[s],
      pop = known(P0[s]) ? P0[s]! : 0;
    const seedSum = ks.reduce((a, k) => a + Math.max(0, seed[k]), 0);
    for (const k of ks) M[k] = freeSource[s] ? (pop * Math.max(0, seed[k])) / seedSum : pop * fallback[k];
  }
  const fixedCol = new Float64Array(nTo),
    freeCol = new Float64Array(nTo);
  const blocked = new Uint8Array(nTo); // fed by a source of unknown population
  for (let k = 0; k < n; k++) {
    if (free[k]) freeCol[target[k]] += M[k];
    else fixedCol[target[k]] += M[k];
    if (!known(P0[cw.source[k]])) blocked[target[k]] = 1;
  }
  const comp = components(cw, target, free);
  const sigma = input.growthSpread ?? unchangedGrowth(cw, P0, P1).spread;
  const freeTarget = columnTargets({ nFrom, P1, comp, freeCol, fixedCol, blocked, sigma });
  const maxIterations = input.maxIterations ?? 500,
    tolerance = input.tolerance ?? 1e-6;
  let iterations = 0,
    gap = 0;
  const col = new Float64Array(nTo);
  for (; iterations < maxIterations; iterations++) {
    col.fill(0);
    for (let k = 0; k < n; k++) if (free[k]) col[target[k]] += M[k];
    gap = 0;
    for (let t = 0; t < nTo; t++)
      if (Number.isFinite(freeTarget[t]) && col[t] > 0) gap = Math.max(gap, Math.abs(col[t] - freeTarget[t]) / freeTarget[t]);
    if (gap <= tolerance) break;
    for (let k = 0; k < n; k++)
      if (free[k] && Number.isFinite(freeTarget[target[k]]) && col[target[k]] > 0) M[k] *= freeTarget[target[k]] / col[target[k]];
    for (let s = 0; s < nFrom; s++) {
      if (!freeSource[s]) continue;
      const sum = entries[s].reduce((a, k) => a + M[k], 0);
      for (const k of entries[s]) M[k] *= P0[s]! / sum;
    }
  }
  const weight = Array.from({ length: n }, (_, k) => (free[k] ? M[k] / P0[cw.source[k]]! : fallback[k]));
  return { weight, iterations, maxColumnGap: gap };
}

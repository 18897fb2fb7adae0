/**
 * Areal interpolation between two boundary layers (pure, no DOM): the overlay of layer `from` (e.g. gemeenten
 * 2012) with layer `to` (gemeenten 2022), from overlay.ts, turned into a crosswalk that moves counts from the
 * `from` units onto the `to` units.
 *
 * Crosswalk weights (the exact rule; defaults in CrosswalkOptions)
 * - Area weighting (default): weight(s → t) = area(s ∩ t) / Σ_t' area(s ∩ t') over the pieces kept, i.e. the share
 *   of the source's counts that goes to t is the intersection area over the source area (renormalised over the
 *   kept pieces, so each source's counts are moved exactly once and totals are preserved; area of a source outside
 *   the to-layer, e.g. sea after a coastline change, carries no counts).
 * - Noise: the two years' files are generalised differently (between the 2022 and 2024 wijk files the boundary of
 *   a same-code wijk moves 9 m (median), 22 m at the 95th percentile). A piece that is less than half of both
 *   its source and its target is dropped when it is thin (mean width 2·area/perimeter < sliverWidthKm, 30 m) or
 *   small (< sliverTolerance = 1 % of both areas).
 * - Identity: a (source, target) pair that exchanges at most identityTolerance (5 %) of either unit's area with
 *   other units (after noise removal), and contains no other unit's major part (≥ half of it), is one unit:
 *   weight 1, no other pieces in or out, `identical` = true. Pairs with the same code are matched first; then
 *   recoded units (other code, each at least half of the other), e.g. Amsterdam's wijken renumbered from WK036305
 *   to WK0363AA in 2024.
 * - A source whose pieces all went to identical units goes wholly to its largest piece, and that target is then
 *   no longer identical; a source with only noise overlap (e.g. GM9999 in 2012: the Belgian enclaves of
 *   Baarle-Hertog, holes in Baarle-Nassau) or none is listed in `unmatched` and its counts are not moved.
 * - Density weighting (`populationWeighted`, weighting 'density'): weight(s → t) ∝ area(s ∩ t) · density_t, with
 *   density_t the to-year population per km² of t; sources touching a unit of unknown population keep area
 *   weights; identical units keep weight 1. One column step of IPF; kept for comparison.
 * - Two-margin weighting (`twoMarginWeighted`, 'ipf' seeded by areas, 'dasymetric' seeded by a finer layer's
 *   population): engine/waterbed/two-margin.ts. docs/methods.md compares the four on real splits.
 */
import type { Crosswalk } from '../engine/waterbed/crosswalk';
import { twoMarginWeights } from '../engine/waterbed/two-margin';
import { overlayAreas, type AreaFeature, type Overlay, type OverlayPair } from './overlay';

export { overlayAreas, type AreaFeature, type Overlay, type OverlayPair } from './overlay';

export interface CrosswalkOptions {
  /** Same-code units exchanging at most this fraction of their area with other units are the same unit (default 0.05). */
  identityTolerance?: number;
  /** Pieces below this fraction of both their source and their target area are noise (default 0.01). */
  sliverTolerance?: number;
  /** Pieces thinner than this mean width (2·area/perimeter, km) are noise unless ≥ half a unit (default 0.03). */
  sliverWidthKm?: number;
}

export const DEFAULT_IDENTITY_TOLERANCE = 0.05;
export const DEFAULT_SLIVER_TOLERANCE = 0.01;
export const DEFAULT_SLIVER_WIDTH_KM = 0.03;

export interface CrosswalkMeta {
  level: string;
  fromYear: number;
  toYear: number;
}

/** Area-weighted crosswalk from the `from` units onto the `to` units (see the header for the exact rule). */
export function buildCrosswalk(
  from: readonly AreaFeature[],
  to: readonly AreaFeature[],
  meta: CrosswalkMeta,
  opts: CrosswalkOptions = {},
): Crosswalk {
  return crosswalkFromOverlay(
    overlayAreas(from, to),
    from.map((f) => String(f.properties.code)),
    to.map((f) => String(f.properties.code)),
    meta,
    opts,
  );
}

/** The crosswalk for an already computed overlay (codes index-aligned with the overlay's layers). */
export function crosswalkFromOverlay(
  ov: Overlay,
  fromCodes: readonly string[],
  toCodes: readonly string[],
  meta: CrosswalkMeta,
  opts: CrosswalkOptions = {},
): Crosswalk {
  const idTol = opts.identityTolerance ?? DEFAULT_IDENTITY_TOLERANCE;
  const sliver = opts.sliverTolerance ?? DEFAULT_SLIVER_TOLERANCE;
  const width = opts.sliverWidthKm ?? DEFAULT_SLIVER_WIDTH_KM;
  const nFrom = fromCodes.length,
    nTo = toCodes.length;
  const A = ov.fromAreaKm2,
    B = ov.toAreaKm2;
  // 1. Noise: pieces that are not a major part of either unit and are tiny or thin.
  const signal = ov.pairs.filter((p) => isSignal(p, A, B, sliver, width));
  // 2. Identity.
  const { identical, identicalTarget } = identities(signal, A, B, fromCodes, toCodes, idTol);
  // 3. Identical units take only themselves; everything else keeps its signal pieces.
  const touchesIdentity = (p: OverlayPair) => identical[p.to] || identicalTarget[p.from] >= 0;
  const kept = signal.filter((p) => identicalTarget[p.from] === p.to || !touchesIdentity(p));
  const keptArea = new Float64Array(nFrom);
  for (const p of kept) keptArea[p.from] += p.areaKm2;
  // 4. Sources left without pieces.
  const unmatched = placeOrphans(signal, kept, keptArea, identical, identicalTarget);
  kept.sort((p, q) => p.to - q.to || p.from - q.from);
  const start = new Array<number>(nTo + 1).fill(0);
  for (const p of kept) start[p.to + 1]++;
  for (let t = 0; t < nTo; t++) start[t + 1] += start[t];
  return {
    ...meta,
    fromCodes: [...fromCodes],
    toCodes: [...toCodes],
    start,
    source: kept.map((p) => p.from),
    weight: kept.map((p) => (identicalTarget[p.from] === p.to ? 1 : p.areaKm2 / keptArea[p.from])),
    areaKm2: kept.map((p) => p.areaKm2),
    identical,
    fromAreaKm2: Array.from(A),
    toAreaKm2: Array.from(B),
    unmatched,
    weighting: 'area',
  };
}

/** A piece is signal unless it is not a major part of either unit and is tiny (< sliver of both) or thin (< width). */
function isSignal(p: OverlayPair, A: Float64Array, B: Float64Array, sliver: number, width: number): boolean {
  const fs = p.areaKm2 / A[p.from],
    ft = p.areaKm2 / B[p.to];
  if (fs >= 0.5 || ft >= 0.5) return true;
  const thin = p.perimeterKm > 0 && (2 * p.areaKm2) / p.perimeterKm < width;
  return !(thin || (fs < sliver && ft < sliver));
}

/**
 * A pair that exchanges at most idTol of either unit's area with other units, and takes in no other unit's major
 * part, is one unit — first pairs with the same code, then recoded units (other code, each at least half of the
 * other). identical[t]: target t is such a unit; identicalTarget[s]: its target for source s, else -1.
 */
function identities(
  signal: readonly OverlayPair[],
  A: Float64Array,
  B: Float64Array,
  fromCodes: readonly string[],
  toCodes: readonly string[],
  idTol: number,
): { identical: boolean[]; identicalTarget: Int32Array } {
  const nFrom = fromCodes.length,
    nTo = toCodes.length;
  const fromIndex = new Map(fromCodes.map((c, i) => [c, i]));
  const totIn = new Float64Array(nTo),
    totOut = new Float64Array(nFrom);
  const majorIn = new Int32Array(nTo),
    majorOut = new Int32Array(nFrom); // pieces that are ≥ half of the other unit
  for (const p of signal) {
    totIn[p.to] += p.areaKm2;
    totOut[p.from] += p.areaKm2;
    if (p.areaKm2 >= 0.5 * A[p.from]) majorIn[p.to]++;
    if (p.areaKm2 >= 0.5 * B[p.to]) majorOut[p.from]++;
  }
  const sameCode = (p: OverlayPair) => fromCodes[p.from] === toCodes[p.to] && fromIndex.get(toCodes[p.to]) === p.from;
  const identical: boolean[] = new Array(nTo).fill(false);
  const identicalTarget = new Int32Array(nFrom).fill(-1);
  const byPriority = [...signal].sort((p, q) => Number(sameCode(q)) - Number(sameCode(p)) || q.areaKm2 - p.areaKm2);
  for (const p of byPriority) {
    if (identical[p.to] || identicalTarget[p.from] >= 0) continue;
    const a = p.areaKm2,
      selfMajorIn = a >= 0.5 * A[p.from] ? 1 : 0,
      selfMajorOut = a >= 0.5 * B[p.to] ? 1 : 0;
    if (totIn[p.to] - a > idTol * B[p.to] || totOut[p.from] - a > idTol * A[p.from]) continue;
    if (majorIn[p.to] > selfMajorIn || majorOut[p.from] > selfMajorOut) continue;
    if (!sameCode(p) && (a < 0.5 * A[p.from] || a < 0.5 * B[p.to])) continue;
    identical[p.to] = true;
    identicalTarget[p.from] = p.to;
  }
  return { identical, identicalTarget };
}

/**
 * A source whose signal pieces all went to identical units goes wholly to its largest one (pushed onto kept); that
 * target is no longer identical (its identity source keeps weight 1). Returns the sources with only noise overlap
 * (unmatched).
 */
function placeOrphans(
  signal: readonly OverlayPair[],
  kept: OverlayPair[],
  keptArea: Float64Array,
  identical: boolean[],
  identicalTarget: Int32Array,
): number[] {
  const best = new Map<number, OverlayPair>();
  for (const p of signal) {
    const b = best.get(p.from);
    if (!b || p.areaKm2 > b.areaKm2) best.set(p.from, p);
  }
  const unmatched: number[] = [];
  for (let s = 0; s < keptArea.length; s++) {
    if (keptArea[s] > 0 || identicalTarget[s] >= 0) continue;
    const p = best.get(s);
    if (!p) {
      unmatched.push(s);
      continue;
    }
    kept.push(p);
    keptArea[s] = p.areaKm2;
    identical[p.to] = false;
  }
  return unmatched;
}

/**
 * Population-weighted variant of an area crosswalk: weight(s → t) ∝ area(s ∩ t) · population_t / area_t, using the
 * to-year population of each target. A source keeps its area weights when any of its targets has an unknown
 * population or all have density 0. Identity entries keep weight 1.
 */
export function populationWeighted(cw: Crosswalk, toPopulation: readonly (number | null | undefined)[]): Crosswalk {
  if (toPopulation.length !== cw.toCodes.length)
    throw new Error(`population has ${toPopulation.length} values, crosswalk ${cw.toCodes.length} targets`);
  const nFrom = cw.fromCodes.length;
  const mass = new Float64Array(nFrom);
  const unknown = new Uint8Array(nFrom);
  const target = new Int32Array(cw.source.length);
  for (let t = 0; t < cw.toCodes.length; t++)
    for (let k = cw.start[t]; k < cw.start[t + 1]; k++) {
      target[k] = t;
      const pop = toPopulation[t];
      if (pop == null || !Number.isFinite(pop) || !(cw.toAreaKm2[t] > 0)) unknown[cw.source[k]] = 1;
      else mass[cw.source[k]] += (cw.areaKm2[k] * pop) / cw.toAreaKm2[t];
    }
  const weight = cw.weight.map((w, k) => {
    const s = cw.source[k],
      t = target[k];
    if (cw.identical[t] || unknown[s] || !(mass[s] > 0)) return w;
    return (cw.areaKm2[k] * (toPopulation[t] as number)) / cw.toAreaKm2[t] / mass[s];
  });
  return { ...cw, weight, weighting: 'density' };
}

/**
 * Two-margin (IPF) variant of an area crosswalk: rows fitted to the from-year populations, columns pulled towards
 * the to-year populations (engine/waterbed/two-margin.ts). `seed` per entry: the intersection areas for 'ipf', a
 * finer layer's population per piece for 'dasymetric' (geo/dasymetric.ts).
 */
export function twoMarginWeighted(
  cw: Crosswalk,
  weighting: 'ipf' | 'dasymetric',
  seed: ArrayLike<number>,
  fromPopulation: readonly (number | null)[],
  toPopulation: readonly (number | null)[],
  growthSpread?: number,
): Crosswalk {
  const r = twoMarginWeights(cw, { seed, fromPopulation, toPopulation, growthSpread });
  return { ...cw, weight: r.weight, weighting, fit: { iterations: r.iterations, maxColumnGap: r.maxColumnGap } };
}

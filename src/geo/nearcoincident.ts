/**
 * Shared boundary between units whose common border is NOT a shared TopoJSON arc (pure, no DOM).
 *
 * Why: topojson-server only shares an arc when both polygons carry the identical vertex sequence. Layers built from
 * separately generalised polygons (the geoinzicht gemeente_YYYY and wijk_2024 files) have common borders drawn with
 * different vertices (T-vertices, offsets of metres to tens of metres), so there most borders are two "loose" arcs,
 * each referenced by one unit only.
 *
 * Method, on loose arcs only, in RD-like planar km:
 * - A piece of unit A's loose boundary is matched to unit B when its perpendicular foot lies on one of B's loose
 *   segments (within the segment, not beyond its ends), at distance ≤ tolerance, and the two segments are roughly
 *   parallel (|cos angle| ≥ minCos). Requiring the foot within the segment and parallelism keeps the boundary that
 *   merely runs up to a junction, a corner or a coast end from being matched.
 * - Where pieces qualify for several units (near junctions), each sub-piece goes to the nearest unit.
 * - The result per unordered pair is A→B matched length + B→A matched length (km, haversine lengths of the pieces);
 *   the caller halves it. Pairs whose loose boundaries come within `touchKm` anywhere are reported as `near`
 *   (used for queen contiguity).
 * - Cost: a uniform grid over the loose segments; wijk_2024 (≈ 53k loose segments) takes ~0.1–0.2 s.
 */
import type { PreparedLayer } from './arcs';
import { looseSegments, pointSegDist, SegmentGrid, segDist, type LooseSegments } from './segment-grid';

export interface NearCoincidentOptions {
  toleranceKm: number;
  minCos: number;
  /** Loose boundaries closer than this count as touching (`near`); capped at toleranceKm. */
  touchKm: number;
}

export interface NearCoincidentResult {
  /** key lo·N + hi (N = number of units in the layer) → summed directional matched length, km. */
  matchedKm: Map<number, number>;
  /** keys of pairs whose loose boundaries come within touchKm of each other. */
  near: Set<number>;
}

/** looseArcs[k] is an arc referenced exactly once in the layer, by unit looseUnits[k] (grouped by unit is fastest). */
export function matchNearCoincident(
  layer: PreparedLayer,
  looseArcs: readonly number[],
  looseUnits: readonly number[],
  opts: NearCoincidentOptions,
): NearCoincidentResult {
  const eps = opts.toleranceKm;
  const N = layer.n;
  const matchedKm = new Map<number, number>();
  const near = new Set<number>();
  if (!(eps > 0) || looseArcs.length === 0) return { matchedKm, near };
  const g = looseSegments(layer, looseArcs, looseUnits);
  const S = g.n;
  if (S === 0) return { matchedKm, near };

  const ctx: MatchContext = {
    g,
    grid: new SegmentGrid(g, eps),
    opts,
    N,
    near,
    stamp: new Int32Array(S).fill(-1),
    nearOf: new Int32Array(N).fill(-1),
    iv: { unit: new Int32Array(64), seg: new Int32Array(64), lo: new Float64Array(64), hi: new Float64Array(64) },
    span: new Float64Array(2),
  };
  const sums = new PairSums(N, matchedKm);
  for (let s = 0; s < S; s++) {
    if (s > 0 && g.unit[s - 1] !== g.unit[s]) sums.flush(g.unit[s - 1]);
    const nIv = collectIntervals(ctx, s);
    if (nIv > 0) creditSegment(ctx, s, nIv, sums);
  }
  sums.flush(g.unit[S - 1]);
  return { matchedKm, near };
}

/** Matched km of the current unit A against each other unit B, added to `matchedKm` (per pair key) on flush. */
class PairSums {
  private readonly acc: Float64Array;
  private readonly accUnits: number[] = [];
  private readonly N: number;
  private readonly matchedKm: Map<number, number>;

  constructor(N: number, matchedKm: Map<number, number>) {
    this.N = N;
    this.matchedKm = matchedKm;
    this.acc = new Float64Array(N);
  }

  /** Adds v km of the current unit's boundary matched to unit B. */
  credit(B: number, v: number): void {
    if (this.acc[B] === 0) this.accUnits.push(B);
    this.acc[B] += v;
  }

  /** Moves the sums of unit A into matchedKm and clears them. */
  flush(A: number): void {
    const N = this.N;
    for (const B of this.accUnits) {
      const key = A < B ? A * N + B : B * N + A;
      this.matchedKm.set(key, (this.matchedKm.get(key) ?? 0) + this.acc[B]);
      this.acc[B] = 0;
    }
    this.accUnits.length = 0;
  }
}

/** Candidate intervals [lo[i], hi[i]] (parameters along the current segment) matched to unit[i] via segment seg[i]. */
interface Intervals {
  unit: Int32Array<ArrayBuffer>;
  seg: Int32Array<ArrayBuffer>;
  lo: Float64Array<ArrayBuffer>;
  hi: Float64Array<ArrayBuffer>;
}

/** State shared by the per-segment steps of one matchNearCoincident call. */
interface MatchContext {
  g: LooseSegments;
  grid: SegmentGrid;
  opts: NearCoincidentOptions;
  N: number;
  near: Set<number>;
  /** stamp[t] = s once segment t has been looked at for segment s. */
  stamp: Int32Array;
  /** nearOf[B] = A once pair (A, B) is recorded as near. */
  nearOf: Int32Array;
  iv: Intervals;
  /** Scratch [lo, hi] written by footSpan. */
  span: Float64Array;
}

/**
 * The intervals of segment s whose perpendicular foot lies on a roughly parallel segment of another unit within
 * the tolerance, written into ctx.iv; returns their number. Records touching pairs in ctx.near on the way.
 */
function collectIntervals(ctx: MatchContext, s: number): number {
  const { g, grid, opts, N, near, stamp, nearOf, iv, span } = ctx;
  const { ax, ay, bx, by, unit } = g;
  const eps = opts.toleranceKm;
  const A = unit[s];
  const sx0 = Math.min(ax[s], bx[s]) - eps,
    sx1 = Math.max(ax[s], bx[s]) + eps;
  const sy0 = Math.min(ay[s], by[s]) - eps,
    sy1 = Math.max(ay[s], by[s]) + eps;
  let nIv = 0;
  const nc = grid.cellsOf(s, grid.half);
  const buf = grid.buf;
  for (let i = 0; i < nc; i++) {
    const c = buf[i];
    for (let m = grid.start[c], mEnd = grid.start[c + 1]; m < mEnd; m++) {
      const t = grid.members[m];
      if (stamp[t] === s) continue;
      stamp[t] = s;
      const B = unit[t];
      if (B === A) continue;
      if (Math.max(ax[t], bx[t]) < sx0 || Math.min(ax[t], bx[t]) > sx1 || Math.max(ay[t], by[t]) < sy0 || Math.min(ay[t], by[t]) > sy1)
        continue;
      const gap = segDist(g, s, t);
      if (gap > eps) continue;
      if (gap <= opts.touchKm && nearOf[B] !== A) {
        nearOf[B] = A;
        near.add(A < B ? A * N + B : B * N + A);
      }
      if (!footSpan(g, s, t, eps, opts.minCos, span)) continue;
      if (nIv === iv.unit.length) {
        iv.unit = growI(iv.unit);
        iv.seg = growI(iv.seg);
        iv.lo = growF(iv.lo);
        iv.hi = growF(iv.hi);
      }
      iv.unit[nIv] = B;
      iv.seg[nIv] = t;
      iv.lo[nIv] = span[0];
      iv.hi[nIv++] = span[1];
    }
  }
  return nIv;
}

/**
 * The parameters u ∈ [lo, hi] ⊂ [0, 1] of segment s whose foot lies within segment t at distance ≤ eps, when s and
 * t are roughly parallel (|cos| ≥ minCos); writes [lo, hi] into out and returns false when there are none.
 */
function footSpan(g: LooseSegments, s: number, t: number, eps: number, minCos: number, out: Float64Array): boolean {
  const { ax, ay, bx, by } = g;
  const dx = bx[s] - ax[s],
    dy = by[s] - ay[s];
  const dl = Math.sqrt(dx * dx + dy * dy);
  const ex = bx[t] - ax[t],
    ey = by[t] - ay[t];
  const el = Math.sqrt(ex * ex + ey * ey);
  const de = dx * ex + dy * ey;
  if (Math.abs(de) < minCos * dl * el) return false;
  const wx = ax[s] - ax[t],
    wy = ay[s] - ay[t];
  // u ∈ [0, 1] with foot within t: 0 ≤ (W + uD)·E ≤ |E|², and distance |(W + uD) × E| ≤ eps·|E|.
  const c0 = wx * ex + wy * ey,
    p0 = wx * ey - wy * ex,
    p1 = dx * ey - dy * ex;
  let lo = 0,
    hi = 1,
    u1: number,
    u2: number;
  if (Math.abs(de) < 1e-15) {
    if (c0 < 0 || c0 > el * el) return false;
  } else {
    u1 = -c0 / de;
    u2 = (el * el - c0) / de;
    lo = Math.max(0, Math.min(u1, u2));
    hi = Math.min(1, Math.max(u1, u2));
    if (lo >= hi) return false;
  }
  if (Math.abs(p1) < 1e-15) {
    if (Math.abs(p0) > eps * el) return false;
  } else {
    u1 = (-eps * el - p0) / p1;
    u2 = (eps * el - p0) / p1;
    lo = Math.max(lo, Math.min(u1, u2));
    hi = Math.min(hi, Math.max(u1, u2));
    if (lo >= hi) return false;
  }
  out[0] = lo;
  out[1] = hi;
  return true;
}

/**
 * Credits segment s's matched length to the units of its nIv intervals: all to one unit when only one qualifies,
 * else per elementary piece between interval ends, contested pieces going to the nearest unit, sampled at ≤ eps/4.
 */
function creditSegment(ctx: MatchContext, s: number, nIv: number, sums: PairSums): void {
  const { g, iv } = ctx;
  const eps = ctx.opts.toleranceKm;
  const { ax, ay, bx, by, km } = g;
  let single = true;
  for (let i = 1; i < nIv; i++) if (iv.unit[i] !== iv.unit[0]) single = false;
  if (single) {
    sums.credit(iv.unit[0], unionLength(iv.lo, iv.hi, nIv) * km[s]);
    return;
  }
  const dx = bx[s] - ax[s],
    dy = by[s] - ay[s];
  const dl = Math.sqrt(dx * dx + dy * dy);
  const cuts = new Float64Array(2 * nIv);
  cuts.set(iv.lo.subarray(0, nIv));
  cuts.set(iv.hi.subarray(0, nIv), nIv);
  cuts.sort();
  for (let c = 0; c + 1 < cuts.length; c++) {
    const u0 = cuts[c],
      u1 = cuts[c + 1];
    if (u1 <= u0) continue;
    const mid = (u0 + u1) / 2;
    const cover: number[] = [];
    for (let i = 0; i < nIv; i++) if (iv.lo[i] <= mid && mid <= iv.hi[i]) cover.push(i);
    if (cover.length === 0) continue;
    if (cover.every((i) => iv.unit[i] === iv.unit[cover[0]])) {
      sums.credit(iv.unit[cover[0]], (u1 - u0) * km[s]);
      continue;
    }
    const m = Math.min(64, Math.max(1, Math.ceil(((u1 - u0) * dl) / (eps / 4))));
    for (let j = 0; j < m; j++) {
      const u = u0 + ((j + 0.5) * (u1 - u0)) / m;
      const px = ax[s] + u * dx,
        py = ay[s] + u * dy;
      let best = -1,
        bestD = Infinity;
      for (const i of cover) {
        const d = pointSegDist(g, px, py, iv.seg[i]);
        if (d < bestD) {
          bestD = d;
          best = iv.unit[i];
        }
      }
      sums.credit(best, ((u1 - u0) / m) * km[s]);
    }
  }
}

/** Total length of the union of intervals [lo[i], hi[i]], i < n. */
function unionLength(lo: Float64Array, hi: Float64Array, n: number): number {
  if (n === 1) return hi[0] - lo[0];
  const order = Array.from({ length: n }, (_, i) => i).sort((p, q) => lo[p] - lo[q]);
  let sum = 0,
    curLo = -Infinity,
    curHi = -Infinity;
  for (const i of order) {
    if (lo[i] > curHi) {
      if (curHi > curLo) sum += curHi - curLo;
      curLo = lo[i];
      curHi = hi[i];
    } else if (hi[i] > curHi) curHi = hi[i];
  }
  if (curHi > curLo) sum += curHi - curLo;
  return sum;
}

function growI(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

function growF(a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const b = new Float64Array(2 * a.length);
  b.set(a);
  return b;
}

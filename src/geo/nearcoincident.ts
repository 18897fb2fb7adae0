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

  // Flatten loose segments (zero-length ones dropped).
  const { arcStart, xy, segKm } = layer;
  let total = 0;
  for (const a of looseArcs) total += arcStart[a + 1] - arcStart[a] - 1;
  const ax = new Float64Array(total),
    ay = new Float64Array(total),
    bx = new Float64Array(total),
    by = new Float64Array(total);
  const km = new Float64Array(total);
  const unit = new Int32Array(total);
  let S = 0;
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  looseArcs.forEach((a, k) => {
    for (let p = arcStart[a]; p < arcStart[a + 1] - 1; p++) {
      const x0 = xy[2 * p],
        y0 = xy[2 * p + 1],
        x1 = xy[2 * p + 2],
        y1 = xy[2 * p + 3];
      if (x0 === x1 && y0 === y1) continue;
      ax[S] = x0;
      ay[S] = y0;
      bx[S] = x1;
      by[S] = y1;
      km[S] = segKm[p];
      unit[S++] = looseUnits[k];
      minX = Math.min(minX, x0, x1);
      maxX = Math.max(maxX, x0, x1);
      minY = Math.min(minY, y0, y1);
      maxY = Math.max(maxY, y0, y1);
    }
  });
  if (S === 0) return { matchedKm, near };

  // Uniform grid in CSR form. Segment t is registered in every cell whose centre lies within eps + half a cell
  // diagonal of it; segment s queries the cells whose centre lies within half a diagonal of it. Any point of s
  // within eps of t lies in a cell of both lists.
  const cell = Math.max(8 * eps, 0.25, Math.sqrt(((maxX - minX + 2 * eps) * (maxY - minY + 2 * eps)) / 4e6));
  const half = (cell * Math.SQRT2) / 2;
  minX -= eps + cell;
  minY -= eps + cell;
  const W = Math.floor((maxX + eps - minX) / cell) + 2,
    H = Math.floor((maxY + eps - minY) / cell) + 2;
  let buf = new Int32Array(64);
  const cellsOf = (t: number, reach: number): number => {
    const x0 = Math.max(0, Math.floor((Math.min(ax[t], bx[t]) - reach - minX) / cell));
    const x1 = Math.min(W - 1, Math.floor((Math.max(ax[t], bx[t]) + reach - minX) / cell));
    const y0 = Math.max(0, Math.floor((Math.min(ay[t], by[t]) - reach - minY) / cell));
    const y1 = Math.min(H - 1, Math.floor((Math.max(ay[t], by[t]) + reach - minY) / cell));
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > buf.length) buf = new Int32Array(2 * (x1 - x0 + 1) * (y1 - y0 + 1));
    const dx = bx[t] - ax[t],
      dy = by[t] - ay[t];
    const l2 = dx * dx + dy * dy,
      r2 = reach * reach;
    let n = 0;
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const px = minX + (cx + 0.5) * cell - ax[t],
          py = minY + (cy + 0.5) * cell - ay[t];
        let u = (px * dx + py * dy) / l2;
        u = u < 0 ? 0 : u > 1 ? 1 : u;
        const qx = px - u * dx,
          qy = py - u * dy;
        if (qx * qx + qy * qy <= r2) buf[n++] = cy * W + cx;
      }
    return n;
  };
  const start = new Int32Array(W * H + 1);
  for (let t = 0; t < S; t++) for (let i = 0, n = cellsOf(t, eps + half); i < n; i++) start[buf[i] + 1]++;
  for (let c = 0; c < W * H; c++) start[c + 1] += start[c];
  const members = new Int32Array(start[W * H]);
  const fill = start.slice(0, W * H);
  for (let t = 0; t < S; t++) for (let i = 0, n = cellsOf(t, eps + half); i < n; i++) members[fill[buf[i]]++] = t;

  const pointSegDist = (px: number, py: number, s: number): number => {
    const dx = bx[s] - ax[s],
      dy = by[s] - ay[s];
    let u = ((px - ax[s]) * dx + (py - ay[s]) * dy) / (dx * dx + dy * dy);
    u = u < 0 ? 0 : u > 1 ? 1 : u;
    const qx = ax[s] + u * dx - px,
      qy = ay[s] + u * dy - py;
    return Math.sqrt(qx * qx + qy * qy);
  };
  const orient = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const segDist = (s: number, t: number): number => {
    const o1 = orient(ax[s], ay[s], bx[s], by[s], ax[t], ay[t]),
      o2 = orient(ax[s], ay[s], bx[s], by[s], bx[t], by[t]);
    const o3 = orient(ax[t], ay[t], bx[t], by[t], ax[s], ay[s]),
      o4 = orient(ax[t], ay[t], bx[t], by[t], bx[s], by[s]);
    if (o1 * o2 < 0 && o3 * o4 < 0) return 0;
    return Math.min(
      pointSegDist(ax[t], ay[t], s),
      pointSegDist(bx[t], by[t], s),
      pointSegDist(ax[s], ay[s], t),
      pointSegDist(bx[s], by[s], t),
    );
  };

  const stamp = new Int32Array(S).fill(-1);
  const nearOf = new Int32Array(N).fill(-1); // nearOf[B] = A once pair (A, B) is recorded as near
  const acc = new Float64Array(N); // matched km of the current unit A against each B
  const accUnits: number[] = [];
  const flush = (A: number) => {
    for (const B of accUnits) {
      const key = A < B ? A * N + B : B * N + A;
      matchedKm.set(key, (matchedKm.get(key) ?? 0) + acc[B]);
      acc[B] = 0;
    }
    accUnits.length = 0;
  };
  const credit = (B: number, v: number) => {
    if (acc[B] === 0) accUnits.push(B);
    acc[B] += v;
  };
  let ivUnit = new Int32Array(64),
    ivSeg = new Int32Array(64),
    ivLo = new Float64Array(64),
    ivHi = new Float64Array(64);
  const cosMin = opts.minCos;

  for (let s = 0; s < S; s++) {
    const A = unit[s];
    if (s > 0 && unit[s - 1] !== A) flush(unit[s - 1]);
    const dx = bx[s] - ax[s],
      dy = by[s] - ay[s];
    const dl = Math.sqrt(dx * dx + dy * dy);
    const sx0 = Math.min(ax[s], bx[s]) - eps,
      sx1 = Math.max(ax[s], bx[s]) + eps;
    const sy0 = Math.min(ay[s], by[s]) - eps,
      sy1 = Math.max(ay[s], by[s]) + eps;
    let nIv = 0; // intervals of segment s
    const nc = cellsOf(s, half);
    for (let i = 0; i < nc; i++) {
      const c = buf[i];
      for (let m = start[c], mEnd = start[c + 1]; m < mEnd; m++) {
        const t = members[m];
        if (stamp[t] === s) continue;
        stamp[t] = s;
        const B = unit[t];
        if (B === A) continue;
        if (Math.max(ax[t], bx[t]) < sx0 || Math.min(ax[t], bx[t]) > sx1 || Math.max(ay[t], by[t]) < sy0 || Math.min(ay[t], by[t]) > sy1)
          continue;
        const gap = segDist(s, t);
        if (gap > eps) continue;
        if (gap <= opts.touchKm && nearOf[B] !== A) {
          nearOf[B] = A;
          near.add(A < B ? A * N + B : B * N + A);
        }
        const ex = bx[t] - ax[t],
          ey = by[t] - ay[t];
        const el = Math.sqrt(ex * ex + ey * ey);
        const de = dx * ex + dy * ey;
        if (Math.abs(de) < cosMin * dl * el) continue;
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
          if (c0 < 0 || c0 > el * el) continue;
        } else {
          u1 = -c0 / de;
          u2 = (el * el - c0) / de;
          lo = Math.max(0, Math.min(u1, u2));
          hi = Math.min(1, Math.max(u1, u2));
          if (lo >= hi) continue;
        }
        if (Math.abs(p1) < 1e-15) {
          if (Math.abs(p0) > eps * el) continue;
        } else {
          u1 = (-eps * el - p0) / p1;
          u2 = (eps * el - p0) / p1;
          lo = Math.max(lo, Math.min(u1, u2));
          hi = Math.min(hi, Math.max(u1, u2));
          if (lo >= hi) continue;
        }
        if (nIv === ivUnit.length) {
          ivUnit = growI(ivUnit);
          ivSeg = growI(ivSeg);
          ivLo = growF(ivLo);
          ivHi = growF(ivHi);
        }
        ivUnit[nIv] = B;
        ivSeg[nIv] = t;
        ivLo[nIv] = lo;
        ivHi[nIv++] = hi;
      }
    }
    if (nIv === 0) continue;
    let single = true;
    for (let i = 1; i < nIv; i++) if (ivUnit[i] !== ivUnit[0]) single = false;
    if (single) {
      credit(ivUnit[0], unionLength(ivLo, ivHi, nIv) * km[s]);
      continue;
    }
    // Elementary pieces between interval ends; contested pieces go to the nearest unit, sampled at ≤ eps/4.
    const cuts = new Float64Array(2 * nIv);
    cuts.set(ivLo.subarray(0, nIv));
    cuts.set(ivHi.subarray(0, nIv), nIv);
    cuts.sort();
    for (let c = 0; c + 1 < cuts.length; c++) {
      const u0 = cuts[c],
        u1 = cuts[c + 1];
      if (u1 <= u0) continue;
      const mid = (u0 + u1) / 2;
      const cover: number[] = [];
      for (let i = 0; i < nIv; i++) if (ivLo[i] <= mid && mid <= ivHi[i]) cover.push(i);
      if (cover.length === 0) continue;
      if (cover.every((i) => ivUnit[i] === ivUnit[cover[0]])) {
        credit(ivUnit[cover[0]], (u1 - u0) * km[s]);
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
          const d = pointSegDist(px, py, ivSeg[i]);
          if (d < bestD) {
            bestD = d;
            best = ivUnit[i];
          }
        }
        credit(best, ((u1 - u0) / m) * km[s]);
      }
    }
  }
  flush(unit[S - 1]);
  return { matchedKm, near };
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

/**
 * Loose boundary segments of a prepared layer in flat typed arrays, a uniform grid over them in CSR form, and the
 * planar distances between them — the spatial index of near-coincident matching (nearcoincident.ts). Pure, no DOM;
 * all coordinates in RD-like planar km.
 */
import type { PreparedLayer } from './arcs';

/** Segment s runs from (ax[s], ay[s]) to (bx[s], by[s]), s < n; zero-length segments are dropped. */
export interface LooseSegments {
  n: number;
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  /** Haversine length of each segment, km. */
  km: Float64Array;
  /** Unit owning each segment. */
  unit: Int32Array;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The segments of the loose arcs (looseArcs[k] owned by looseUnits[k]), in arc order, with their bounding box. */
export function looseSegments(layer: PreparedLayer, looseArcs: readonly number[], looseUnits: readonly number[]): LooseSegments {
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
  return { n: S, ax, ay, bx, by, km, unit, minX, minY, maxX, maxY };
}

/**
 * Uniform grid in CSR form. Segment t is registered in every cell whose centre lies within eps + half a cell
 * diagonal of it; segment s queries the cells whose centre lies within half a diagonal of it (`cellsOf(s, half)`).
 * Any point of s within eps of t lies in a cell of both lists. Cell c holds members[start[c] .. start[c + 1] - 1].
 */
export class SegmentGrid {
  readonly half: number;
  readonly start: Int32Array;
  readonly members: Int32Array;
  /** Cells found by the last cellsOf call: buf[0 .. n - 1] (the buffer grows as needed). */
  buf = new Int32Array(64);
  private readonly cell: number;
  private readonly minX: number;
  private readonly minY: number;
  private readonly W: number;
  private readonly H: number;
  private readonly g: LooseSegments;

  constructor(g: LooseSegments, eps: number) {
    this.g = g;
    const cell = Math.max(8 * eps, 0.25, Math.sqrt(((g.maxX - g.minX + 2 * eps) * (g.maxY - g.minY + 2 * eps)) / 4e6));
    this.cell = cell;
    this.half = (cell * Math.SQRT2) / 2;
    this.minX = g.minX - (eps + cell);
    this.minY = g.minY - (eps + cell);
    this.W = Math.floor((g.maxX + eps - this.minX) / cell) + 2;
    this.H = Math.floor((g.maxY + eps - this.minY) / cell) + 2;
    const nCells = this.W * this.H;
    const reach = eps + this.half;
    const start = new Int32Array(nCells + 1);
    for (let t = 0; t < g.n; t++) for (let i = 0, n = this.cellsOf(t, reach); i < n; i++) start[this.buf[i] + 1]++;
    for (let c = 0; c < nCells; c++) start[c + 1] += start[c];
    const members = new Int32Array(start[nCells]);
    const fill = start.slice(0, nCells);
    for (let t = 0; t < g.n; t++) for (let i = 0, n = this.cellsOf(t, reach); i < n; i++) members[fill[this.buf[i]]++] = t;
    this.start = start;
    this.members = members;
  }

  /** Writes the cells whose centre lies within `reach` of segment t into buf; returns their number. */
  cellsOf(t: number, reach: number): number {
    const { ax, ay, bx, by } = this.g;
    const { cell, minX, minY, W, H } = this;
    const x0 = Math.max(0, Math.floor((Math.min(ax[t], bx[t]) - reach - minX) / cell));
    const x1 = Math.min(W - 1, Math.floor((Math.max(ax[t], bx[t]) + reach - minX) / cell));
    const y0 = Math.max(0, Math.floor((Math.min(ay[t], by[t]) - reach - minY) / cell));
    const y1 = Math.min(H - 1, Math.floor((Math.max(ay[t], by[t]) + reach - minY) / cell));
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > this.buf.length) this.buf = new Int32Array(2 * (x1 - x0 + 1) * (y1 - y0 + 1));
    const buf = this.buf;
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
  }
}

/** Distance from point (px, py) to segment s. */
export function pointSegDist(g: LooseSegments, px: number, py: number, s: number): number {
  const { ax, ay, bx, by } = g;
  const dx = bx[s] - ax[s],
    dy = by[s] - ay[s];
  let u = ((px - ax[s]) * dx + (py - ay[s]) * dy) / (dx * dx + dy * dy);
  u = u < 0 ? 0 : u > 1 ? 1 : u;
  const qx = ax[s] + u * dx - px,
    qy = ay[s] + u * dy - py;
  return Math.sqrt(qx * qx + qy * qy);
}

/** Twice the signed area of triangle p, q, r (> 0 when r lies left of p → q). */
const orient = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => (qx - px) * (ry - py) - (qy - py) * (rx - px);

/** Distance between segments s and t: 0 when they cross, else the least endpoint-to-segment distance. */
export function segDist(g: LooseSegments, s: number, t: number): number {
  const { ax, ay, bx, by } = g;
  const o1 = orient(ax[s], ay[s], bx[s], by[s], ax[t], ay[t]),
    o2 = orient(ax[s], ay[s], bx[s], by[s], bx[t], by[t]);
  const o3 = orient(ax[t], ay[t], bx[t], by[t], ax[s], ay[s]),
    o4 = orient(ax[t], ay[t], bx[t], by[t], bx[s], by[s]);
  if (o1 * o2 < 0 && o3 * o4 < 0) return 0;
  return Math.min(
    pointSegDist(g, ax[t], ay[t], s),
    pointSegDist(g, bx[t], by[t], s),
    pointSegDist(g, ax[s], ay[s], t),
    pointSegDist(g, bx[s], by[s], t),
  );
}

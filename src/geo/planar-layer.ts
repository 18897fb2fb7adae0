/**
 * Planar rings of a boundary layer for the overlay (overlay.ts): GeoJSON features (WGS84 lon/lat) projected to
 * RD-like planar km (projection.ts) around Amersfoort, duplicate and closing vertices dropped, degenerate rings
 * left out, outer rings counter-clockwise and holes clockwise; with unit bounding boxes, areas and an even-odd
 * point-in-polygon test. Pure, no DOM.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { rdKm } from './projection';

export type AreaFeature = Feature<Polygon | MultiPolygon | null, { code: string } & Record<string, unknown>>;

/** Planar rings of one layer (each ring open: the closing vertex is not repeated; outer CCW, holes CW). */
export interface PlanarLayer {
  n: number;
  x: Float64Array;
  y: Float64Array;
  /** Ring r has vertices ringStart[r] .. ringStart[r + 1] - 1. */
  ringStart: Int32Array;
  /** Unit u has rings unitRing[u] .. unitRing[u + 1] - 1. */
  unitRing: Int32Array;
  /** Unit of each vertex (= of the edge starting there). */
  vertexUnit: Int32Array;
  /** Edge p runs from vertex p to vertex next[p]. */
  next: Int32Array;
  bbox: Float64Array;
  areaKm2: Float64Array;
}

const ORIGIN_X = 155,
  ORIGIN_Y = 463; // Amersfoort, keeps coordinates small for the shoelace sums

/** The planar rings of `features`, shifted by (dx, dy) km. */
export function planarLayer(features: readonly AreaFeature[], dx: number, dy: number): PlanarLayer {
  const xs: number[] = [],
    ys: number[] = [],
    ringStart: number[] = [0],
    unitRing: number[] = [0],
    vu: number[] = [];
  const out = [0, 0];
  const n = features.length;
  const bbox = new Float64Array(4 * n);
  const areaKm2 = new Float64Array(n);
  features.forEach((f, u) => {
    const g = f.geometry;
    const polys: Position[][][] = !g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (const poly of polys)
      poly.forEach((ring, r) => {
        const start = xs.length;
        for (const p of ring) {
          rdKm(p[0], p[1], out);
          const x = out[0] - ORIGIN_X + dx,
            y = out[1] - ORIGIN_Y + dy;
          const k = xs.length;
          if (k > start && xs[k - 1] === x && ys[k - 1] === y) continue;
          xs.push(x);
          ys.push(y);
        }
        while (xs.length > start + 1 && xs[xs.length - 1] === xs[start] && ys[ys.length - 1] === ys[start]) {
          xs.pop();
          ys.pop();
        }
        if (xs.length - start < 3) {
          xs.length = ys.length = start;
          return;
        }
        let a = 0;
        for (let p = start; p < xs.length; p++) {
          const q = p + 1 < xs.length ? p + 1 : start;
          a += xs[p] * ys[q] - xs[q] * ys[p];
        }
        // Outer rings counter-clockwise (positive), holes clockwise.
        if ((r === 0) !== a > 0) {
          reverse(xs, start);
          reverse(ys, start);
        }
        areaKm2[u] += (Math.abs(a) / 2) * (r === 0 ? 1 : -1);
        for (let p = start; p < xs.length; p++) {
          vu.push(u);
          if (xs[p] < x0) x0 = xs[p];
          if (xs[p] > x1) x1 = xs[p];
          if (ys[p] < y0) y0 = ys[p];
          if (ys[p] > y1) y1 = ys[p];
        }
        ringStart.push(xs.length);
      });
    unitRing.push(ringStart.length - 1);
    bbox.set([x0, y0, x1, y1], 4 * u);
  });
  const next = new Int32Array(xs.length);
  for (let r = 0; r + 1 < ringStart.length; r++)
    for (let p = ringStart[r]; p < ringStart[r + 1]; p++) next[p] = p + 1 < ringStart[r + 1] ? p + 1 : ringStart[r];
  return {
    n,
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    ringStart: Int32Array.from(ringStart),
    unitRing: Int32Array.from(unitRing),
    vertexUnit: Int32Array.from(vu),
    next,
    bbox,
    areaKm2,
  };
}

/** Reverses a[start ..] in place. */
function reverse(a: number[], start: number): void {
  for (let i = start, j = a.length - 1; i < j; i++, j--) [a[i], a[j]] = [a[j], a[i]];
}

/** Even-odd point-in-polygon over all rings of unit u. */
export function inside(L: PlanarLayer, u: number, x: number, y: number): boolean {
  if (x < L.bbox[4 * u] || x > L.bbox[4 * u + 2] || y < L.bbox[4 * u + 1] || y > L.bbox[4 * u + 3]) return false;
  let c = false;
  for (let r = L.unitRing[u]; r < L.unitRing[u + 1]; r++)
    for (let p = L.ringStart[r], end = L.ringStart[r + 1], q = end - 1; p < end; q = p++) {
      const yi = L.y[p],
        yj = L.y[q];
      if (yi > y !== yj > y && x < ((L.x[q] - L.x[p]) * (y - yi)) / (yj - yi) + L.x[p]) c = !c;
    }
  return c;
}

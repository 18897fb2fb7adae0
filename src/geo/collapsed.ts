/**
 * Short borders that per-polygon generalisation collapsed to a point in each unit (pure, no DOM).
 *
 * Why: where a narrow strip (a dam, a dike, a bridge) is cut by a border, the border is a short segment across the
 * strip. Generalising each polygon separately (gemeente_YYYY, wijk_2024) keeps at most one end of that segment per
 * unit, so the strip becomes a needle in both units and the border itself is not on either boundary. Example:
 * gemeente_2022 Súdwest-Fryslân / Hollands Kroon on the Afsluitdijk: the clean wijk_2022 layer shares an 89 m arc
 * between the two; in gemeente_2022 Súdwest-Fryslân keeps its north-west end, Hollands Kroon its south-east end,
 * and the two needle tips lie side by side, 89 m apart across the dike (their sides overlap by under 2 m, so
 * near-coincident matching finds nearly nothing).
 *
 * Rule: units A ≠ B have a collapsed border of length |ab| when a vertex a of A and b of B (planar RD-like km)
 * - are at distance minKm ≤ |ab| ≤ maxKm (the caller passes the near-coincidence minimum length and tolerance);
 * - are needle tips facing across ab: each is a convex vertex of its ring, both boundary edges at a lie strictly on
 *   one side of the line ab and both edges at b on the other side, and every one of these edges makes an angle of
 *   at least MIN_FACE_DEG with ab (so the tips are at most 2·(90° − MIN_FACE_DEG) sharp, and ab runs across them);
 * - the open segment ab crosses no boundary segment of any unit and its midpoint lies in no unit.
 * A point contact (corner) is no such border: an identical vertex has |ab| = 0; corners with offset vertices are
 * blunter than 60° (grid corners are 90°), and between diagonal corners ab runs through a third unit.
 * The length per pair is the longest such ab (haversine km).
 */
import { arcIndex, type PreparedLayer } from './arcs';
import { haversineKm } from './projection';

/** Minimum angle between each edge at a tip and the collapsed border ab, degrees (tips at most 60° sharp). */
export const MIN_FACE_DEG = 60;

export interface CollapsedOptions {
  /** Minimum |ab|, km; vertices closer than this (or identical) are point contacts. */
  minKm: number;
  /** Maximum |ab|, km (the near-coincidence tolerance). */
  maxKm: number;
}

/** Unit boundaries as point-index rings: ring r of the layer is pts[ringStart[r] .. ringStart[r + 1] - 1], open. */
interface Rings {
  pts: number[];
  ringStart: number[];
  ringUnit: number[];
  /** Per ring: the polygon interior lies left of the ring's direction. */
  interiorLeft: boolean[];
  /** Per unit (layer index): bbox minX, minY, maxX, maxY, or undefined without geometry / outside the subset. */
  bbox: (Float64Array | undefined)[];
  /** Ring indices per unit. */
  unitRings: number[][];
}

/**
 * Pair key (lo·N + hi, N = layer.n) → collapsed border length (km) among `units`, for pairs where `skip(key)` is
 * false (the caller skips pairs that are rook neighbours already).
 */
export function collapsedBorders(
  layer: PreparedLayer,
  units: Int32Array,
  skip: (key: number) => boolean,
  opts: CollapsedOptions,
): Map<number, number> {
  const out = new Map<number, number>();
  const { minKm, maxKm } = opts;
  if (!(maxKm > 0) || !(maxKm >= minKm)) return out;
  const rings = unitRings(layer, units);
  const tips = needleTips(layer, rings);
  const { xy, lonlat } = layer;
  const N = layer.n;
  const grid = new Map<number, number[]>();
  const cellOf = (cx: number, cy: number) => cx * 1_000_003 + cy;
  for (let i = 0; i < tips.length; i += 3) {
    const p = tips[i];
    const c = cellOf(Math.floor(xy[2 * p] / maxKm), Math.floor(xy[2 * p + 1] / maxKm));
    const list = grid.get(c);
    if (list) list.push(i);
    else grid.set(c, [i]);
  }
  for (let i = 0; i < tips.length; i += 3) {
    const p = tips[i],
      A = rings.ringUnit[tips[i + 1]];
    const cx = Math.floor(xy[2 * p] / maxKm),
      cy = Math.floor(xy[2 * p + 1] / maxKm);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const j of grid.get(cellOf(cx + dx, cy + dy)) ?? []) {
          const q = tips[j],
            B = rings.ringUnit[tips[j + 1]];
          if (j <= i || A === B) continue;
          const key = A < B ? A * N + B : B * N + A;
          const d = Math.hypot(xy[2 * q] - xy[2 * p], xy[2 * q + 1] - xy[2 * p + 1]);
          if (d < minKm || d > maxKm || d === 0 || skip(key)) continue;
          if (!facing(layer, rings, tips, i, j) || blocked(layer, rings, p, q)) continue;
          const km = haversineKm(lonlat[2 * p], lonlat[2 * p + 1], lonlat[2 * q], lonlat[2 * q + 1]);
          out.set(key, Math.max(out.get(key) ?? 0, km));
        }
  }
  return out;
}

/** Rings of the given units as point indices (consecutive duplicate points dropped), with orientation and bboxes. */
function unitRings(layer: PreparedLayer, units: Int32Array): Rings {
  const { arcStart, xy } = layer;
  const r: Rings = { pts: [], ringStart: [0], ringUnit: [], interiorLeft: [], bbox: [], unitRings: [] };
  const same = (p: number, q: number) => xy[2 * p] === xy[2 * q] && xy[2 * p + 1] === xy[2 * q + 1];
  for (const u of units) {
    const box = new Float64Array([Infinity, Infinity, -Infinity, -Infinity]);
    r.unitRings[u] = [];
    for (const poly of layer.rings[u])
      poly.forEach((ring, k) => {
        const s = r.pts.length;
        for (const ref of ring) {
          const a = arcIndex(ref),
            p0 = arcStart[a],
            m = arcStart[a + 1] - p0;
          for (let t = 0; t < m; t++) {
            const p = p0 + (ref < 0 ? m - 1 - t : t);
            if (r.pts.length > s && same(r.pts[r.pts.length - 1], p)) continue;
            r.pts.push(p);
            box[0] = Math.min(box[0], xy[2 * p]);
            box[2] = Math.max(box[2], xy[2 * p]);
            box[1] = Math.min(box[1], xy[2 * p + 1]);
            box[3] = Math.max(box[3], xy[2 * p + 1]);
          }
        }
        if (r.pts.length - s > 1 && same(r.pts[s], r.pts[r.pts.length - 1])) r.pts.pop(); // closing point
        if (r.pts.length - s < 3) {
          r.pts.length = s;
          return;
        }
        let area2 = 0;
        for (let t = s, e = r.pts.length; t < e; t++) {
          const p = r.pts[t],
            q = r.pts[t + 1 < e ? t + 1 : s];
          area2 += xy[2 * p] * xy[2 * q + 1] - xy[2 * q] * xy[2 * p + 1];
        }
        r.unitRings[u].push(r.ringUnit.length);
        r.ringUnit.push(u);
        r.interiorLeft.push(k === 0 ? area2 > 0 : area2 < 0);
        r.ringStart.push(r.pts.length);
      });
    if (box[0] <= box[2]) r.bbox[u] = box;
  }
  return r;
}

/**
 * Convex ring vertices sharper than 2·(90° − MIN_FACE_DEG), as triples (point index, ring, position in pts).
 * Only these can face another tip under the rule.
 */
function needleTips(layer: PreparedLayer, rings: Rings): number[] {
  const { xy } = layer;
  const { pts, ringStart } = rings;
  const cosMax = Math.cos(2 * (90 - MIN_FACE_DEG) * (Math.PI / 180));
  const out: number[] = [];
  for (let r = 0; r + 1 < ringStart.length; r++) {
    const s = ringStart[r],
      e = ringStart[r + 1];
    for (let t = s; t < e; t++) {
      const p = pts[t],
        a = pts[t > s ? t - 1 : e - 1],
        b = pts[t + 1 < e ? t + 1 : s];
      const ux = xy[2 * a] - xy[2 * p],
        uy = xy[2 * a + 1] - xy[2 * p + 1];
      const vx = xy[2 * b] - xy[2 * p],
        vy = xy[2 * b + 1] - xy[2 * p + 1];
      // at p the ring turns from direction -u to v; convex when that turn is towards the interior
      const turn = -ux * vy + uy * vx;
      if (turn === 0 || turn > 0 !== rings.interiorLeft[r]) continue;
      if (ux * vx + uy * vy < cosMax * Math.hypot(ux, uy) * Math.hypot(vx, vy)) continue;
      out.push(p, r, t);
    }
  }
  return out;
}

/** Tips i and j (offsets into `tips`) face each other across the segment between them (see the rule above). */
function facing(layer: PreparedLayer, rings: Rings, tips: number[], i: number, j: number): boolean {
  const { xy } = layer;
  const p = tips[i],
    q = tips[j];
  const ux = xy[2 * q] - xy[2 * p],
    uy = xy[2 * q + 1] - xy[2 * p + 1];
  const ul = Math.hypot(ux, uy);
  const sinMin = Math.sin(MIN_FACE_DEG * (Math.PI / 180));
  const side = (k: number): number => {
    const r = tips[k + 1],
      t = tips[k + 2],
      s = rings.ringStart[r],
      e = rings.ringStart[r + 1];
    const v = tips[k];
    let sign = 0;
    for (const w of [rings.pts[t > s ? t - 1 : e - 1], rings.pts[t + 1 < e ? t + 1 : s]]) {
      const ex = xy[2 * w] - xy[2 * v],
        ey = xy[2 * w + 1] - xy[2 * v + 1];
      const c = ux * ey - uy * ex;
      if (Math.abs(c) < sinMin * ul * Math.hypot(ex, ey)) return 0;
      if (sign !== 0 && Math.sign(c) !== sign) return 0;
      sign = Math.sign(c);
    }
    return sign;
  };
  const si = side(i);
  return si !== 0 && side(j) === -si;
}

/** The open segment p–q crosses a boundary segment of some unit, or its midpoint lies inside some unit. */
function blocked(layer: PreparedLayer, rings: Rings, p: number, q: number): boolean {
  const { xy } = layer;
  const ax = xy[2 * p],
    ay = xy[2 * p + 1],
    bx = xy[2 * q],
    by = xy[2 * q + 1];
  const mx = (ax + bx) / 2,
    my = (ay + by) / 2;
  const orient = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => (qx - px) * (ry - py) - (qy - py) * (rx - px);
  for (let u = 0; u < rings.bbox.length; u++) {
    const box = rings.bbox[u];
    if (!box || box[2] < Math.min(ax, bx) || box[0] > Math.max(ax, bx)) continue;
    if (box[3] < Math.min(ay, by) || box[1] > Math.max(ay, by)) continue;
    let inside = false;
    for (const r of rings.unitRings[u]) {
      const s = rings.ringStart[r],
        e = rings.ringStart[r + 1];
      for (let t = s; t < e; t++) {
        const v = rings.pts[t],
          w = rings.pts[t + 1 < e ? t + 1 : s];
        const cx = xy[2 * v],
          cy = xy[2 * v + 1],
          dx = xy[2 * w],
          dy = xy[2 * w + 1];
        if (cy > my !== dy > my && mx < cx + ((my - cy) * (dx - cx)) / (dy - cy)) inside = !inside;
        const o1 = orient(ax, ay, bx, by, cx, cy),
          o2 = orient(ax, ay, bx, by, dx, dy);
        const o3 = orient(cx, cy, dx, dy, ax, ay),
          o4 = orient(cx, cy, dx, dy, bx, by);
        if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) return true;
      }
    }
    if (inside) return true;
  }
  return false;
}

/**
 * Decoded arc structure of a TopoJSON layer, shared by adjacency and measures (pure, no DOM).
 *
 * Conventions
 * - Arc references follow the TopoJSON spec: ref ≥ 0 is arc `ref`, ref < 0 is arc `~ref` (= -ref - 1) reversed.
 * - Points of all arcs live in flat typed arrays; arc a owns points arcStart[a] .. arcStart[a + 1] - 1.
 * - Quantised topologies (with `transform`) are delta-decoded; the absolute integer positions (`q`) give exact
 *   vertex identity. Unquantised topologies have `q = null` and callers compare coordinates.
 * - Per point we keep lon/lat (degrees), RD-like planar km (see projection.ts) and segKm = haversine length (km) of
 *   the segment to the next point of the same arc (0 for an arc's last point). A unit's perimeter is the sum of the
 *   lengths of all its ring arcs (holes and all parts included).
 * - `prepareLayer` caches its result per topology object and object name (WeakMap), so repeated subset queries on
 *   the same layer decode it once. The cache assumes the topology is not mutated afterwards.
 */
import type { Topology } from 'topojson-specification';
import { EARTH_RADIUS_KM, rdKm } from './projection';
import { DEFAULT_OBJECT, unitObjects, type UnitGeometryObject } from './topology';

export interface PreparedLayer {
  n: number;
  units: UnitGeometryObject[];
  /** Point offset of each arc (length nArcs + 1). */
  arcStart: Int32Array;
  /** Interleaved absolute lon, lat in degrees, per point. */
  lonlat: Float64Array;
  /** Interleaved RD-like planar x, y in km, per point. */
  xy: Float64Array;
  /** Interleaved absolute quantised integer x, y per point (quantised topologies), else null. */
  q: Int32Array | null;
  /** Haversine length (km) of the segment from point p to p + 1 of the same arc; 0 at an arc's last point. */
  segKm: Float64Array;
  /** Haversine length of each arc, km. */
  arcKm: Float64Array;
  /** Per unit: polygons → rings → arc references. */
  rings: number[][][][];
  /** Units referencing arc a (one entry per reference): arcUnitList[arcUnitStart[a] .. arcUnitStart[a + 1] - 1]. */
  arcUnitStart: Int32Array;
  arcUnitList: Int32Array;
  perimeterKm: Float64Array;
}

export const arcIndex = (ref: number): number => (ref < 0 ? ~ref : ref);

/** Polygon → [rings], MultiPolygon → polygons; anything else (null, points, lines) → no polygons. */
export function polygonsOf(g: UnitGeometryObject): number[][][] {
  if (g.type === 'Polygon') return [g.arcs];
  if (g.type === 'MultiPolygon') return g.arcs;
  return [];
}

const cache = new WeakMap<object, Map<string, PreparedLayer>>();
const RAD = Math.PI / 180;

/** The decoded arc structure of `objectName` in `topo` (cached per topology object and object name). */
export function prepareLayer(topo: Topology, objectName: string = DEFAULT_OBJECT): PreparedLayer {
  let byName = cache.get(topo);
  if (!byName) cache.set(topo, (byName = new Map()));
  const hit = byName.get(objectName);
  if (hit) return hit;

  const units = unitObjects(topo, objectName);
  const nArcs = topo.arcs.length;
  const arcStart = new Int32Array(nArcs + 1);
  for (let a = 0; a < nArcs; a++) arcStart[a + 1] = arcStart[a] + topo.arcs[a].length;
  const { lonlat, q } = decodePoints(topo, arcStart);
  const { xy, segKm, arcKm } = measurePoints(lonlat, arcStart);
  const rings = units.map(polygonsOf);
  const { perimeterKm, arcUnitStart, arcUnitList } = arcUnits(rings, arcKm);
  const prepared: PreparedLayer = {
    n: units.length,
    units,
    arcStart,
    lonlat,
    xy,
    q,
    segKm,
    arcKm,
    rings,
    arcUnitStart,
    arcUnitList,
    perimeterKm,
  };
  byName.set(objectName, prepared);
  return prepared;
}

/** Absolute lon/lat of every arc point (delta-decoded when quantised) and the integer positions, when all are whole. */
function decodePoints(topo: Topology, arcStart: Int32Array): { lonlat: Float64Array; q: Int32Array | null } {
  const nArcs = topo.arcs.length;
  const P = arcStart[nArcs];
  const lonlat = new Float64Array(2 * P);
  const tf = topo.transform;
  let q: Int32Array | null = tf ? new Int32Array(2 * P) : null;
  for (let a = 0; a < nArcs; a++) {
    const arc = topo.arcs[a];
    let qx = 0,
      qy = 0;
    for (let k = 0, p = arcStart[a]; k < arc.length; k++, p++) {
      if (tf) {
        qx += arc[k][0];
        qy += arc[k][1];
        lonlat[2 * p] = qx * tf.scale[0] + tf.translate[0];
        lonlat[2 * p + 1] = qy * tf.scale[1] + tf.translate[1];
        if (q && (qx | 0) === qx && (qy | 0) === qy) {
          q[2 * p] = qx;
          q[2 * p + 1] = qy;
        } else q = null;
      } else {
        lonlat[2 * p] = arc[k][0];
        lonlat[2 * p + 1] = arc[k][1];
      }
    }
  }
  return { lonlat, q };
}

/** Planar km of every point, haversine length of every segment (0 at an arc's last point) and of every arc. */
function measurePoints(lonlat: Float64Array, arcStart: Int32Array): { xy: Float64Array; segKm: Float64Array; arcKm: Float64Array } {
  const nArcs = arcStart.length - 1;
  const P = arcStart[nArcs];
  const xy = new Float64Array(2 * P);
  const segKm = new Float64Array(P);
  const cosLat = new Float64Array(P);
  const arcKm = new Float64Array(nArcs);
  for (let p = 0; p < P; p++) {
    rdKm(lonlat[2 * p], lonlat[2 * p + 1], xy, 2 * p);
    cosLat[p] = Math.cos(lonlat[2 * p + 1] * RAD);
  }
  for (let a = 0; a < nArcs; a++) {
    let total = 0;
    for (let p = arcStart[a]; p < arcStart[a + 1] - 1; p++) {
      // haversine with cached cos(lat)
      const s1 = Math.sin((lonlat[2 * p + 3] - lonlat[2 * p + 1]) * RAD * 0.5);
      const s2 = Math.sin((lonlat[2 * p + 2] - lonlat[2 * p]) * RAD * 0.5);
      const h = s1 * s1 + cosLat[p] * cosLat[p + 1] * s2 * s2;
      total += segKm[p] = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
    arcKm[a] = total;
  }
  return { xy, segKm, arcKm };
}

/** Per unit its perimeter (sum of its ring arcs' lengths); per arc the units referencing it, in CSR form. */
function arcUnits(
  rings: number[][][][],
  arcKm: Float64Array,
): { perimeterKm: Float64Array; arcUnitStart: Int32Array; arcUnitList: Int32Array } {
  const nArcs = arcKm.length;
  const perimeterKm = new Float64Array(rings.length);
  const arcUnitStart = new Int32Array(nArcs + 1);
  rings.forEach((polys, u) => {
    let per = 0;
    for (const poly of polys)
      for (const ring of poly)
        for (const ref of ring) {
          const a = arcIndex(ref);
          if (a >= nArcs) throw new RangeError(`unit ${u} references arc ${ref}, topology has ${nArcs}`);
          arcUnitStart[a + 1]++;
          per += arcKm[a];
        }
    perimeterKm[u] = per;
  });
  for (let a = 0; a < nArcs; a++) arcUnitStart[a + 1] += arcUnitStart[a];
  const arcUnitList = new Int32Array(arcUnitStart[nArcs]);
  const fill = arcUnitStart.slice(0, nArcs);
  rings.forEach((polys, u) => {
    for (const poly of polys) for (const ring of poly) for (const ref of ring) arcUnitList[fill[arcIndex(ref)]++] = u;
  });
  return { perimeterKm, arcUnitStart, arcUnitList };
}

/**
 * Planar (RD-like km) coordinates of one ring, stitched from its arcs, interleaved and closed
 * (first point repeated at the end), as TopoJSON rings are.
 */
export function ringXY(layer: PreparedLayer, ring: readonly number[]): Float64Array {
  const { arcStart, xy } = layer;
  let count = 1;
  for (const ref of ring) count += arcStart[arcIndex(ref) + 1] - arcStart[arcIndex(ref)] - 1;
  const out = new Float64Array(2 * count);
  let o = 0;
  ring.forEach((ref, r) => {
    const a = arcIndex(ref);
    const p0 = arcStart[a],
      m = arcStart[a + 1] - p0;
    for (let s = r === 0 ? 0 : 1; s < m; s++) {
      const p = p0 + (ref < 0 ? m - 1 - s : s);
      out[o++] = xy[2 * p];
      out[o++] = xy[2 * p + 1];
    }
  });
  return out.subarray(0, o);
}

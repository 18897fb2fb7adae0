/**
 * Per-unit planar geometry summaries → UnitGeometry (pure, no DOM).
 *
 * Conventions
 * - areaKm2: turf `area` (geodesic, spherical, R = 6378137 m) of the unit's GeoJSON geometry, in km²; holes are
 *   subtracted, all parts of a MultiPolygon added.
 * - centroidKm: area-weighted centroid (shoelace over all rings; holes negative, whatever their winding) on a planar
 *   projection in km. Default 'rd': RD-like km (EPSG:28992 approximation / 1000, see projection.ts) — one fixed
 *   national frame, so centroids of any subset or year are directly comparable and distances are accurate to
 *   ~0.02 % in the Netherlands. 'equirectangular': km around the layer's mean vertex longitude/latitude, for data
 *   outside the Netherlands. The centroid can lie outside a non-convex unit. Units with zero planar area fall back
 *   to the mean of their vertices; units without geometry get NaN.
 * - perimeterKm: haversine length of all rings (see arcs.ts), identical to LayerAdjacency.perimeterKm.
 * - Output arrays are aligned with `indices` (default: every unit of the layer, in layer order).
 */
import { area as turfArea } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { UnitGeometry } from '../engine/types';
import { arcIndex, prepareLayer, type PreparedLayer } from './arcs';
import { equirectangularKm } from './projection';
import { DEFAULT_OBJECT } from './topology';

export interface MeasureOptions {
  objectName?: string;
  projection?: 'rd' | 'equirectangular';
}

export function unitGeometry(topo: Topology, indices?: ArrayLike<number>, opts: MeasureOptions = {}): UnitGeometry {
  const layer = prepareLayer(topo, opts.objectName ?? DEFAULT_OBJECT);
  const idx = indices ? Int32Array.from(indices as ArrayLike<number>) : Int32Array.from({ length: layer.n }, (_, i) => i);
  const planar = opts.projection === 'equirectangular' ? equirectangularPoints(layer) : layer.xy;
  const m = idx.length;
  const centroidKm = new Float64Array(2 * m);
  const areaKm2 = new Float64Array(m);
  const perimeterKm = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const u = idx[k];
    if (u < 0 || u >= layer.n) throw new RangeError(`unit index ${u} out of range (${layer.n} units)`);
    const g = layer.units[u];
    areaKm2[k] = g.type === 'Polygon' || g.type === 'MultiPolygon' ? turfArea(feature(topo, g)) / 1e6 : 0;
    perimeterKm[k] = layer.perimeterKm[u];
    const [cx, cy] = planarCentroid(layer, planar, u);
    centroidKm[2 * k] = cx;
    centroidKm[2 * k + 1] = cy;
  }
  return { centroidKm, areaKm2, perimeterKm };
}

/** Area-weighted centroid of unit u from interleaved planar point coordinates `pts` (indexed like layer points). */
function planarCentroid(layer: PreparedLayer, pts: Float64Array, u: number): [number, number] {
  const { arcStart } = layer;
  let x0 = NaN,
    y0 = NaN; // local origin for numerical stability
  let A = 0,
    Mx = 0,
    My = 0,
    sx = 0,
    sy = 0,
    count = 0;
  for (const poly of layer.rings[u])
    poly.forEach((ring, r) => {
      let a = 0,
        mx = 0,
        my = 0;
      let px = NaN,
        py = NaN;
      ring.forEach((ref, j) => {
        const arc = arcIndex(ref);
        const p0 = arcStart[arc],
          len = arcStart[arc + 1] - p0;
        for (let s = j === 0 ? 0 : 1; s < len; s++) {
          const p = p0 + (ref < 0 ? len - 1 - s : s);
          if (Number.isNaN(x0)) {
            x0 = pts[2 * p];
            y0 = pts[2 * p + 1];
          }
          const x = pts[2 * p] - x0,
            y = pts[2 * p + 1] - y0;
          sx += x;
          sy += y;
          count++;
          if (!Number.isNaN(px)) {
            const c = px * y - x * py;
            a += c;
            mx += (px + x) * c;
            my += (py + y) * c;
          }
          px = x;
          py = y;
        }
      });
      // Exterior ring counts positive, holes negative, regardless of winding.
      const f = (r === 0 ? 1 : -1) * Math.sign(a);
      A += (f * a) / 2;
      Mx += (f * mx) / 6;
      My += (f * my) / 6;
    });
  if (count === 0) return [NaN, NaN];
  if (Math.abs(A) < 1e-12) return [x0 + sx / count, y0 + sy / count];
  return [x0 + Mx / A, y0 + My / A];
}

/** Equirectangular km of every layer point around the mean vertex lon/lat. */
function equirectangularPoints(layer: PreparedLayer): Float64Array {
  const ll = layer.lonlat;
  const P = ll.length / 2;
  let lon0 = 0,
    lat0 = 0;
  for (let p = 0; p < P; p++) {
    lon0 += ll[2 * p];
    lat0 += ll[2 * p + 1];
  }
  lon0 /= P || 1;
  lat0 /= P || 1;
  const out = new Float64Array(2 * P);
  for (let p = 0; p < P; p++) equirectangularKm(ll[2 * p], ll[2 * p + 1], lon0, lat0, out, 2 * p);
  return out;
}

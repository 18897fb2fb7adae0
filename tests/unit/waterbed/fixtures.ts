/** Synthetic layers for the waterbed tests: rectangles in lon/lat (cell = 0.01°, near 5° E, 52° N). */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import type { UnitProperties } from '../../../src/geo/topology';

export const LON0 = 5.0;
export const LAT0 = 52.0;
export const D = 0.01;

export type Unit = Feature<Polygon | MultiPolygon, UnitProperties>;

const pt = (i: number, j: number): [number, number] => [LON0 + i * D, LAT0 + j * D];

/** Closed counter-clockwise ring through grid corners (fractional grid coordinates allowed). */
export function ring(...corners: [number, number][]): [number, number][] {
  const r = corners.map(([i, j]) => pt(i, j));
  r.push(r[0]);
  return r;
}

/** Axis-aligned rectangle from grid corner (i0, j0) to (i1, j1). */
export function rect(code: string, i0: number, j0: number, i1: number, j1: number, extra: Partial<UnitProperties> = {}): Unit {
  return poly(code, [ring([i0, j0], [i1, j0], [i1, j1], [i0, j1])], extra);
}

export function poly(code: string, rings: [number, number][][], extra: Partial<UnitProperties> = {}): Unit {
  return { type: 'Feature', properties: { code, name: code, ...extra }, geometry: { type: 'Polygon', coordinates: rings } };
}

export function multi(code: string, polys: [number, number][][][], extra: Partial<UnitProperties> = {}): Unit {
  return { type: 'Feature', properties: { code, name: code, ...extra }, geometry: { type: 'MultiPolygon', coordinates: polys } };
}

/** Topology with one object `units` (quantised like the committed layers). */
export function toTopology(features: Feature[], q = 1e5 + 1): Topology {
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  return quantize(topology({ units: fc }) as unknown as Parameters<typeof quantize>[0], q) as unknown as Topology;
}

/** n×m grid of unit cells, code `C{i}_{j}`, gemeente by the column split (west/east). */
export function grid(n: number, m: number, gemeente: (i: number, j: number) => string = (i) => (i < n / 2 ? 'GM0001' : 'GM0002')): Unit[] {
  const out: Unit[] = [];
  for (let j = 0; j < m; j++)
    for (let i = 0; i < n; i++) out.push(rect(`C${i}_${j}`, i, j, i + 1, j + 1, { gemeente_code: gemeente(i, j) }));
  return out;
}

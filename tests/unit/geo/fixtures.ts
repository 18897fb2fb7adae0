/** Synthetic boundary layers for the geo tests: squares in lon/lat, run through topojson-server + quantize. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Objects, Topology } from 'topojson-specification';

export const LON0 = 5.0;
export const LAT0 = 52.0;
/** Cell side in degrees. */
export const D = 0.01;

export type Ring = [number, number][];

/** Grid corner (i, j) in lon/lat; computed the same way for every cell so shared corners are identical. */
export const corner = (i: number, j: number): [number, number] => [LON0 + i * D, LAT0 + j * D];

/** Closed counter-clockwise ring through the given grid corners. */
export function ringOf(...pts: [number, number][]): Ring {
  const r = pts.map(([i, j]) => corner(i, j));
  r.push(r[0]);
  return r;
}

export const square = (i: number, j: number): Ring => ringOf([i, j], [i + 1, j], [i + 1, j + 1], [i, j + 1]);

export function polygonFeature(code: string, rings: Ring[], extra: Record<string, unknown> = {}): Feature<Polygon> {
  return { type: 'Feature', properties: { code, name: code, ...extra }, geometry: { type: 'Polygon', coordinates: rings } };
}

/**
 * Topology with one object `units`, quantised like src/data/build/outputs.ts (default 1e5 + 1 steps, so the
 * 0.01° grid lands on whole steps); q = 0 leaves it unquantised.
 */
export function toTopology(features: Feature[], q = 1e5 + 1): Topology {
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  const t = topology({ units: fc }) as unknown as Topology<Objects>;
  return (q > 0 ? quantize(t, q) : t) as Topology;
}

/** n×n grid; unit index = j·n + i (row-major from the south-west corner). */
export function gridFeatures(n = 10): Feature<Polygon>[] {
  const out: Feature<Polygon>[] = [];
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) out.push(polygonFeature(`C${i}_${j}`, [square(i, j)], { gemeente_code: i < n / 2 ? 'GM_W' : 'GM_E' }));
  return out;
}

const dataDir = fileURLToPath(new URL('../../../data/geo/', import.meta.url));
const loaded = new Map<string, Topology>();
/** A committed boundary layer, e.g. 'wijk_2022' (parsed once per test file). */
export function loadLayer(name: string): Topology {
  let t = loaded.get(name);
  if (!t) loaded.set(name, (t = JSON.parse(readFileSync(`${dataDir}${name}.topo.json`, 'utf8')) as Topology));
  return t;
}

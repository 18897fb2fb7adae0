/**
 * TopoJSON boundary layers → GeoJSON and unit lists (pure, no DOM; runs in Node and in a Web Worker).
 *
 * Conventions
 * - A layer is a TopoJSON Topology with one GeometryCollection object, named `units` by default
 *   (data/geo/*.topo.json, written by src/data/build/outputs.ts). Geometries are Polygon / MultiPolygon
 *   (a null geometry is tolerated: it becomes a feature with `geometry: null`).
 * - The unit index of a geometry is its position in that collection; every array in src/geo is aligned with it.
 *   Subsets are expressed as arrays of such indices; functions that take a subset return results in the order of
 *   the given indices ("local" indices 0..m-1).
 * - Properties are carried through unchanged: `code`, `name`, and for wijken `gemeente_code`.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

export interface UnitProperties {
  code: string;
  name: string;
  gemeente_code?: string;
  [key: string]: unknown;
}

export type UnitGeometryObject = GeometryObject<UnitProperties>;
export type UnitFeature = Feature<Polygon | MultiPolygon | null, UnitProperties>;
export type UnitFeatureCollection = FeatureCollection<Polygon | MultiPolygon | null, UnitProperties>;

export const DEFAULT_OBJECT = 'units';

/** The geometries of the layer object, in unit-index order. Throws when the object is missing or not a collection. */
export function unitObjects(topo: Topology, objectName: string = DEFAULT_OBJECT): UnitGeometryObject[] {
  const obj = topo.objects[objectName] as GeometryCollection<UnitProperties> | undefined;
  if (!obj) throw new Error(`topology has no object "${objectName}"`);
  if (obj.type !== 'GeometryCollection') throw new Error(`object "${objectName}" is ${obj.type}, expected GeometryCollection`);
  return obj.geometries;
}

function props(g: UnitGeometryObject): UnitProperties {
  return (g.properties ?? { code: '', name: '' }) as UnitProperties;
}

/** GeoJSON FeatureCollection of the layer (topojson-client `feature`), feature i = unit i. */
export function toFeatureCollection(topo: Topology, objectName: string = DEFAULT_OBJECT): UnitFeatureCollection {
  const obj = topo.objects[objectName];
  if (!obj) throw new Error(`topology has no object "${objectName}"`);
  unitObjects(topo, objectName); // validates the type
  return feature(topo, obj) as unknown as UnitFeatureCollection;
}

/** Unit codes (`properties.code`) in unit-index order. */
export function unitCodes(topo: Topology, objectName: string = DEFAULT_OBJECT): string[] {
  return unitObjects(topo, objectName).map((g) => String(props(g).code));
}

/** Unit properties in unit-index order. */
export function unitProperties(topo: Topology, objectName: string = DEFAULT_OBJECT): UnitProperties[] {
  return unitObjects(topo, objectName).map(props);
}

/** code → unit index. Throws on duplicate codes (they would make the mapping ambiguous). */
export function indexByCode(codes: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  codes.forEach((c, i) => {
    if (m.has(c)) throw new Error(`duplicate unit code ${c}`);
    m.set(c, i);
  });
  return m;
}

/** Unit indices (ascending) whose properties satisfy `pred`. */
export function indicesWhere(
  topo: Topology,
  pred: (p: UnitProperties, index: number) => boolean,
  objectName: string = DEFAULT_OBJECT,
): number[] {
  const out: number[] = [];
  unitObjects(topo, objectName).forEach((g, i) => {
    if (pred(props(g), i)) out.push(i);
  });
  return out;
}

/** Indices (ascending) of the units with `properties.gemeente_code === gemeenteCode` (e.g. the wijken of one gemeente). */
export function indicesOfGemeente(topo: Topology, gemeenteCode: string, objectName: string = DEFAULT_OBJECT): number[] {
  return indicesWhere(topo, (p) => p.gemeente_code === gemeenteCode, objectName);
}

/** Features at `indices`, in that order (feature k = unit indices[k]). */
export function subsetFeatures(fc: UnitFeatureCollection, indices: ArrayLike<number>): UnitFeatureCollection {
  const features: UnitFeature[] = [];
  for (let k = 0; k < indices.length; k++) {
    const f = fc.features[indices[k]];
    if (!f) throw new RangeError(`unit index ${indices[k]} out of range (${fc.features.length} features)`);
    features.push(f);
  }
  return { type: 'FeatureCollection', features };
}

/** Features whose `properties.gemeente_code` equals `gemeenteCode`, in layer order. */
export function featuresOfGemeente(fc: UnitFeatureCollection, gemeenteCode: string): UnitFeatureCollection {
  return { type: 'FeatureCollection', features: fc.features.filter((f) => f.properties?.gemeente_code === gemeenteCode) };
}

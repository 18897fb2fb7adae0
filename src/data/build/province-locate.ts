/**
 * Which province a gemeente lies in, from the polygons: province features are split into Polygon parts with a
 * bounding box each, and the gemeente's boundary vertices vote (province polygons are land-only while gemeente
 * polygons include water, so one interior point can fall in the sea).
 */
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { bbox, booleanPointInPolygon, coordAll, pointOnFeature } from '@turf/turf';
import type { RawCollection } from './unit-row';

/** A province polygon split into its parts, each with a bounding box so most point tests end at the box. */
export interface ProvinceParts {
  feature: Feature<Geometry | null, Record<string, unknown>>;
  parts: Feature<Polygon>[];
}

/**
 * Province features with geometry, each split into Polygon parts carrying a bbox. A point is in the province when
 * it is in one of the parts (boundary included), exactly as turf's test on the whole MultiPolygon; the boxes only
 * skip parts that cannot contain the point, so results are unchanged and the vote below is ~10x faster.
 */
export function provinceParts(features: RawCollection['features']): ProvinceParts[] {
  return features
    .filter((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
    .map((feature) => {
      const g = feature.geometry as Polygon | MultiPolygon;
      const rings = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      const parts = rings.map((coordinates): Feature<Polygon> => {
        const part: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
        return { ...part, bbox: bbox(part) };
      });
      return { feature, parts };
    });
}

function inProvince(point: Position, pv: ProvinceParts): boolean {
  return pv.parts.some((part) => booleanPointInPolygon(point, part));
}

/** The province containing most of a gemeente: up to 400 boundary vertices vote; an interior point decides a tie at 0. */
export function locateProvince(f: Feature<Geometry>, provinces: readonly ProvinceParts[]): ProvinceParts['feature'] | undefined {
  const coords = coordAll(f);
  const step = Math.max(1, Math.floor(coords.length / 400));
  const votes = new Array<number>(provinces.length).fill(0);
  for (let i = 0; i < coords.length; i += step) {
    const k = provinces.findIndex((pv) => inProvince(coords[i]!, pv));
    if (k >= 0) votes[k]! += 1;
  }
  const best = votes.indexOf(Math.max(...votes));
  if (votes[best]! > 0) return provinces[best]!.feature;
  const p = pointOnFeature(f).geometry.coordinates;
  return provinces.find((pv) => inProvince(p, pv))?.feature;
}

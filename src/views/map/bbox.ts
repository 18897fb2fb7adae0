/** Bounding box [west, south, east, north] of a set of features (all coordinates of every ring and part). */
import type { Feature, Geometry, Position } from 'geojson';

function positions(g: Geometry, out: (p: Position) => void): void {
  if (g.type === 'Point') out(g.coordinates);
  else if (g.type === 'MultiPoint' || g.type === 'LineString') g.coordinates.forEach(out);
  else if (g.type === 'MultiLineString' || g.type === 'Polygon') g.coordinates.forEach((r) => r.forEach(out));
  else if (g.type === 'MultiPolygon') g.coordinates.forEach((p) => p.forEach((r) => r.forEach(out)));
  else g.geometries.forEach((x) => positions(x, out));
}

export function bbox(fc: { features: readonly Feature<Geometry | null>[] }): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    positions(f.geometry, ([x, y]) => {
      if (x! < b[0]) b[0] = x!;
      if (y! < b[1]) b[1] = y!;
      if (x! > b[2]) b[2] = x!;
      if (y! > b[3]) b[3] = y!;
    });
  }
  return b;
}

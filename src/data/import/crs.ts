/**
 * Coordinate reference systems of boundary files: WGS84 lon/lat (EPSG:4326, CRS84) or RD New (EPSG:28992), decided
 * from a GeoJSON `crs` member when present, else from the coordinate ranges. RD New is reprojected with proj4.
 */
import proj4 from 'proj4';

export type SourceCrs = 'EPSG:4326' | 'EPSG:28992';

/** RD New (Amersfoort / RD New) with the datum shift used by PDOK/CBS. */
const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

const toWgs = proj4(RD_NEW, 'EPSG:4326');

/** EPSG number named by a GeoJSON crs member ("urn:ogc:def:crs:EPSG::28992", "EPSG:28992", CRS84 → 4326), or null. */
export function crsMemberEpsg(crs: unknown): number | 'unreadable' | null {
  if (crs === undefined || crs === null) return null;
  const name = typeof crs === 'object' ? (crs as { properties?: { name?: unknown } }).properties?.name : undefined;
  if (typeof name !== 'string') return 'unreadable';
  if (/CRS84$/i.test(name)) return 4326;
  const m = /EPSG(?::+|\/\d*\/?)(\d+)$/i.exec(name) ?? /(\d{4,5})$/.exec(name);
  return m ? Number(m[1]) : 'unreadable';
}

/** Within the Netherlands (with margin) in lon/lat. */
export const inNlLonLat = (x: number, y: number): boolean => x >= 2.5 && x <= 7.6 && y >= 50.6 && y <= 53.8;
/** Within the RD New range of the Netherlands (with margin). */
export const inRd = (x: number, y: number): boolean => x >= -7000 && x <= 300000 && y >= 289000 && y <= 629000;

/** Decide from sample coordinates: all in NL lon/lat → 4326, all in RD range → 28992, else null. */
export function crsFromCoordinates(points: readonly (readonly [number, number])[]): SourceCrs | null {
  if (points.length === 0) return null;
  if (points.every(([x, y]) => inNlLonLat(x, y))) return 'EPSG:4326';
  if (points.every(([x, y]) => inRd(x, y))) return 'EPSG:28992';
  return null;
}

/** RD New metres → WGS84 lon/lat, rounded to 7 decimals (≈1 cm). */
export function rdToWgs84(x: number, y: number): [number, number] {
  const [lon, lat] = toWgs.forward([x, y]);
  return [Math.round(lon * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7];
}

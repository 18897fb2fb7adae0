/**
 * Small geodesy helpers shared by the geo modules (pure, no DOM).
 *
 * Conventions
 * - Input coordinates are WGS84 longitude/latitude in degrees (GeoJSON order: lon, lat).
 * - Lengths are great-circle (haversine) lengths in km on a sphere of radius 6371.0088 km, the same mean radius
 *   turf's `distance`/`length` use. Over 1 km the error against the WGS84 ellipsoid is ≤ 0.5 %.
 * - Planar coordinates are "RD-like" km: the published polynomial approximation of WGS84 → Rijksdriehoek
 *   (EPSG:28992; Schreutelaar/Strang van Hees, ~1 m within the Netherlands) divided by 1000. RD is conformal with
 *   a scale error < 1e-4 inside the Netherlands, so planar distances and areas in these km are accurate to ~0.02 %
 *   there. Outside the Netherlands (roughly lon 3–7.5, lat 50.5–54) the polynomial degrades; use
 *   `equirectangularKm` for other regions.
 */

export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in km between (lon1, lat1) and (lon2, lat2), degrees. */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const h = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Amersfoort reference point of the RD approximation (degrees) and its RD coordinates (m). */
const RD_LAT0 = 52.1551744;
const RD_LON0 = 5.38720621;
const RD_X0 = 155000;
const RD_Y0 = 463000;

/**
 * WGS84 lon/lat (degrees) → RD-like planar km, written into out[o], out[o + 1].
 * x grows east, y grows north; Amersfoort maps to (155, 463).
 */
export function rdKm(lon: number, lat: number, out: Float64Array | number[], o = 0): void {
  const dp = 0.36 * (lat - RD_LAT0);
  const dl = 0.36 * (lon - RD_LON0);
  const dp2 = dp * dp;
  const dl2 = dl * dl;
  const dl3 = dl2 * dl;
  const x =
    190094.945 * dl -
    11832.228 * dp * dl -
    114.221 * dp2 * dl -
    32.391 * dl3 -
    0.705 * dp -
    2.34 * dp2 * dp * dl -
    0.608 * dp * dl3 -
    0.008 * dl2 +
    0.148 * dp2 * dl3;
  const y =
    309056.544 * dp +
    3638.893 * dl2 +
    73.077 * dp2 -
    157.984 * dp * dl2 +
    59.788 * dp2 * dp +
    0.433 * dl -
    6.439 * dp2 * dl2 -
    0.032 * dp * dl +
    0.092 * dl2 * dl2 -
    0.054 * dp * dl2 * dl2;
  out[o] = (RD_X0 + x) / 1000;
  out[o + 1] = (RD_Y0 + y) / 1000;
}

/**
 * Equirectangular km around (lon0, lat0): x = R·Δλ·cos φ0, y = R·Δφ. Distortion grows with |φ − φ0|
 * (≈ 3 % in x at 1.5° away), so pick φ0 as the mean latitude of the area of interest.
 */
export function equirectangularKm(lon: number, lat: number, lon0: number, lat0: number, out: Float64Array | number[], o = 0): void {
  out[o] = EARTH_RADIUS_KM * (lon - lon0) * RAD * Math.cos(lat0 * RAD);
  out[o + 1] = EARTH_RADIUS_KM * (lat - lat0) * RAD;
}

/**
 * GeoJSON boundaries (WGS84 or RD New EPSG:28992), including PDOK WFS output (`wijkenbuurten:gemeenten|wijken|buurten`,
 * camelCase properties statcode/statnaam/gemeentecode/buurtcode, sentinels ≤ −99,990 for missing). Features become
 * BoundaryFeatures in WGS84; numeric properties known to the crosswalk (aantalInwoners, …) become statistics rows.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { emptyResult, StatsBuilder } from './builder';
import { parseRegionCode } from './codes';
import { planForHeader } from './columns';
import { crsFromCoordinates, crsMemberEpsg, rdToWgs84, type SourceCrs } from './crs';
import { exampleList, msg } from './messages';
import type { BoundaryFeature, ImportMessage, ImportOptions, ImportResult } from './types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const CODE_PROPS = ['statcode', 'buurtcode', 'bu_code', 'wijkcode', 'wk_code', 'gemeentecode', 'gm_code', 'code', 'regiocode'];
const NAME_PROPS = ['statnaam', 'buurtnaam', 'bu_naam', 'wijknaam', 'wk_naam', 'gemeentenaam', 'gm_naam', 'naam', 'name'];
const NOT_VALUES = new Set([
  ...CODE_PROPS,
  ...NAME_PROPS,
  'id',
  'jrstatcode',
  'jaar',
  'water',
  'fid',
  'objectid',
  'indelingswijziging',
  'postcode',
]);

export interface GeoJsonPage {
  ok: true;
  items: unknown[];
  numberMatched: number | null;
  numberReturned: number | null;
  nextLink: null;
}

/** One WFS/GeoJSON page (the parsed body): its features and the WFS counts for paging with startIndex. */
export function parseGeoJsonPage(json: unknown): GeoJsonPage | { ok: false; message: ImportMessage } {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    return { ok: false, message: notGeoJson(json) };
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return {
    ok: true,
    items: json.features,
    numberMatched: num(json.numberMatched),
    numberReturned: num(json.numberReturned),
    nextLink: null,
  };
}

function notGeoJson(json: unknown): ImportMessage {
  const type = isObject(json) && typeof json.type === 'string' ? json.type : Array.isArray(json) ? 'array' : typeof json;
  return msg(
    'broken-geojson',
    'error',
    `not GeoJSON boundaries: expected a "FeatureCollection" with a "features" list, found ${type === 'FeatureCollection' ? 'no features list' : `"${type}"`}`,
    `geen GeoJSON-grenzen: verwacht een "FeatureCollection" met een lijst "features", gevonden ${type === 'FeatureCollection' ? 'geen lijst features' : `"${type}"`}`,
  );
}

/** The first coordinates of every polygon geometry (enough to tell the CRS). */
function samplePoints(features: readonly unknown[]): [number, number][] {
  const out: [number, number][] = [];
  for (const f of features.slice(0, 2000)) {
    const g = isObject(f) && isObject(f.geometry) ? f.geometry : null;
    if (!g || !Array.isArray(g.coordinates)) continue;
    let c: unknown = g.coordinates;
    while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') out.push([c[0], c[1]]);
  }
  return out;
}

function decideCrs(json: Record<string, unknown>, features: readonly unknown[]): { crs: SourceCrs } | { message: ImportMessage } {
  const epsg = crsMemberEpsg(json.crs);
  const points = samplePoints(features);
  const guessed = crsFromCoordinates(points);
  if (epsg === 28992 || epsg === 4326 || epsg === 4258) {
    const crs: SourceCrs = epsg === 28992 ? 'EPSG:28992' : 'EPSG:4326';
    if (guessed === null || guessed === crs) return { crs };
    return { message: crsMismatch(`EPSG:${epsg}`, points[0]) };
  }
  if (epsg !== null) {
    const name = epsg === 'unreadable' ? 'an unreadable "crs" member' : `EPSG:${epsg}`;
    return {
      message: msg(
        'unexpected-crs',
        'error',
        `the geometry is in ${name}; only WGS84 (EPSG:4326) and RD New (EPSG:28992) are accepted. Reproject the file (e.g. in QGIS) and try again`,
        `de geometrie staat in ${epsg === 'unreadable' ? 'een onleesbaar "crs"-lid' : name}; alleen WGS84 (EPSG:4326) en RD New (EPSG:28992) worden geaccepteerd. Projecteer het bestand om (bijv. in QGIS) en probeer opnieuw`,
      ),
    };
  }
  if (guessed) return { crs: guessed };
  return { message: crsMismatch(null, points.find((p) => !crsFromCoordinates([p])) ?? points[0]) };
}

function crsMismatch(named: string | null, p: readonly [number, number] | undefined): ImportMessage {
  const ex = p ? `(${p[0]}, ${p[1]})` : '(none)';
  const swapped = p !== undefined && p[1] >= 2.5 && p[1] <= 7.6 && p[0] >= 50.6 && p[0] <= 53.8;
  const hint = swapped
    ? { en: ' Latitude and longitude look swapped.', nl: ' Breedte- en lengtegraad lijken verwisseld.' }
    : { en: '', nl: '' };
  return msg(
    'unexpected-crs',
    'error',
    `the coordinates, e.g. ${ex}, are neither lon/lat in the Netherlands (WGS84) nor RD New metres (EPSG:28992)${named ? `, although the file says ${named}` : ''}.${hint.en}`,
    `de coördinaten, bijv. ${ex}, zijn geen lengte/breedte in Nederland (WGS84) en geen RD New-meters (EPSG:28992)${named ? `, hoewel het bestand ${named} noemt` : ''}.${hint.nl}`,
    { examples: [ex] },
  );
}

const findProp = (props: Record<string, unknown>, names: readonly string[]): unknown => {
  const lower = new Map(Object.keys(props).map((k) => [k.toLowerCase(), k]));
  for (const n of names) {
    const k = lower.get(n);
    if (k !== undefined && props[k] !== null && props[k] !== '') return props[k];
  }
  return undefined;
};

function reproject(g: Polygon | MultiPolygon, crs: SourceCrs): Polygon | MultiPolygon {
  if (crs === 'EPSG:4326') return g;
  const ring = (r: Position[]) => r.map(([x, y]) => rdToWgs84(x, y));
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}

/** A GeoJSON document (parsed) → boundaries (+ statistics from numeric properties). */
export function importGeoJson(json: unknown, fileName: string, options: ImportOptions = {}): ImportResult {
  const page = parseGeoJsonPage(isObject(json) && json.type === 'Feature' ? { type: 'FeatureCollection', features: [json] } : json);
  if (!page.ok) return emptyResult(fileName, 'geojson', [page.message]);
  const features = page.items;
  if (features.length === 0)
    return emptyResult(fileName, 'geojson', [
      msg('no-rows', 'error', 'the FeatureCollection has no features', 'de FeatureCollection heeft geen objecten'),
    ]);
  const decided = decideCrs(json as Record<string, unknown>, features);
  if ('message' in decided) return emptyResult(fileName, 'geojson', [decided.message]);
  return buildBoundaries(features, decided.crs, fileName, options);
}

function valueKeys(features: readonly unknown[]): string[] {
  const keys = new Set<string>();
  for (const f of features.slice(0, 200)) {
    if (!isObject(f) || !isObject(f.properties)) continue;
    for (const [k, v] of Object.entries(f.properties)) if (typeof v === 'number' && !NOT_VALUES.has(k.toLowerCase())) keys.add(k);
  }
  return [...keys];
}

function buildBoundaries(features: readonly unknown[], crs: SourceCrs, fileName: string, options: ImportOptions): ImportResult {
  const b = new StatsBuilder(fileName, 'geojson', 'feature', { ...options, requireValues: false });
  const keys = valueKeys(features);
  const plans = keys.map((k) => planForHeader(k));
  b.setColumns(plans);
  const out: BoundaryFeature[] = [];
  const noGeometry: string[] = [];
  let noGeometryCount = 0;
  features.forEach((raw, i) => {
    const f = raw as Feature;
    const props = isObject(f?.properties) ? f.properties : {};
    const code = findProp(props, CODE_PROPS);
    const name = findProp(props, NAME_PROPS);
    const parsed = parseRegionCode(code);
    const duplicate = parsed !== null && parsed !== 'country' && b.has(parsed.code);
    b.addRow(
      code,
      typeof name === 'string' ? name : null,
      keys.map((k) => props[k]),
      i + 1,
    );
    if (parsed === null || parsed === 'country' || duplicate) return;
    const g = isObject(f) ? f.geometry : null;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) {
      noGeometryCount++;
      if (noGeometry.length < 5) noGeometry.push(`${parsed.code} (${i + 1})`);
      return;
    }
    const values: Record<string, number | null> = {};
    out.push({ ...parsed, name: typeof name === 'string' ? name : null, geometry: reproject(g, crs), values });
  });
  const result = b.finish();
  const rowsByCode = new Map(
    Object.values(result.rows)
      .flat()
      .map((r) => [r.code, r]),
  );
  for (const f of out) Object.assign(f.values, rowsByCode.get(f.code)?.values ?? {});
  if (noGeometryCount > 0) result.messages.push(missingGeometry(noGeometry, noGeometryCount));
  if (crs === 'EPSG:28992')
    result.messages.push(
      msg(
        'reprojected',
        'info',
        'coordinates in RD New (EPSG:28992) were converted to WGS84',
        'coördinaten in RD New (EPSG:28992) zijn omgezet naar WGS84',
      ),
    );
  return { ...result, kind: 'boundaries', features: out, crs, ok: !result.messages.some((m) => m.severity === 'error') };
}

function missingGeometry(examples: readonly string[], count: number): ImportMessage {
  const ex = exampleList(examples, count);
  return msg(
    'missing-geometry',
    'warning',
    `${count} feature(s) skipped: no polygon geometry (code (feature)): ${ex.en}`,
    `${count} object(en) overgeslagen: geen vlakgeometrie (code (object)): ${ex.nl}`,
    { count, examples: examples.slice() },
  );
}

/**
 * Turns raw source features into one harmonised row per (level, year, unit): CBS codes, names, parent gemeente and
 * province, and the variables of the catalogue. Pure: takes parsed GeoJSON, returns rows plus a report.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { bbox, booleanPointInPolygon, coordAll, pointOnFeature } from '@turf/turf';
import { gemeenteOf, normaliseCode, parseCbsValue } from '../import/cbs-values';
import { VARIABLE_IDS } from '../variables';
import type { Level, SourceSpec } from './sources';

export interface UnitRow {
  level: Level;
  year: number;
  code: string;
  name: string;
  gemeente_code: string | null;
  gemeente_name: string | null;
  province_code: string | null;
  province_name: string | null;
  values: Record<string, number | null>;
}

export interface HarmoniseReport {
  /** Features skipped (no valid code, or CBS "Buitenland" GM0998). */
  skipped: { source: string; raw: string; reason: string }[];
  /** Same variable from two sources for one unit with different values (first source kept). */
  conflicts: { source: string; code: string; year: number; variable: string; kept: number; other: number }[];
  /** Count of values turned into NULL per source and reason. */
  missing: Record<string, Record<string, number>>;
  /** Which sources provided each (level, year, variable). */
  provenance: Record<string, string[]>;
}

export type RawCollection = FeatureCollection<Geometry | null, Record<string, unknown>>;

/** "Buitenland" (GM0998, and its wijk WK099899 in 2024): no territory, no statistics. */
const NOT_A_UNIT = new Set(['GM0998']);

/** Province names as CBS writes them (the tmap file has "Fryslan" without the circumflex). */
const PROVINCE_NAME_FIX: Record<string, string> = { Fryslan: 'Fryslân' };

export function provenanceKey(level: Level, year: number, variable: string): string {
  return `${level}|${year}|${variable}`;
}

/** Harmonise every source. `provinces` are the province polygons used to place each gemeente. */
export function harmonise(
  sources: readonly SourceSpec[],
  load: (spec: SourceSpec) => RawCollection,
): { rows: UnitRow[]; report: HarmoniseReport; geometry: Map<string, Feature<Geometry, { code: string; name: string; gemeente_code?: string }>[]> } {
  const report: HarmoniseReport = { skipped: [], conflicts: [], missing: {}, provenance: {} };
  const rows = new Map<string, UnitRow>();
  const geometry = new Map<string, Feature<Geometry, { code: string; name: string; gemeente_code?: string }>[]>();
  const provinceSpec = sources.find((s) => s.level === 'provincie' && s.geometry);
  const provinces = provinceSpec ? provinceParts(load(provinceSpec).features) : [];

  for (const spec of sources) {
    const fc = load(spec);
    const missing = (report.missing[spec.id] ??= {});
    const geoKey = `${spec.level}_${spec.year}`;
    for (const f of fc.features) {
      const props = f.properties ?? {};
      const code = normaliseCode(props[spec.codeField], spec.level);
      if (!code || NOT_A_UNIT.has(code) || (spec.level === 'wijk' && NOT_A_UNIT.has(gemeenteOf(code)))) {
        report.skipped.push({ source: spec.id, raw: String(props[spec.codeField]), reason: code ? 'not a territorial unit' : 'invalid code' });
        continue;
      }
      const rawName = String(props[spec.nameField] ?? code).trim();
      const name = PROVINCE_NAME_FIX[rawName] ?? rawName;
      const key = `${spec.level}|${spec.year}|${code}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          level: spec.level,
          year: spec.year,
          code,
          name,
          gemeente_code: spec.level === 'wijk' ? gemeenteOf(code) : spec.level === 'gemeente' ? code : null,
          gemeente_name: spec.level === 'gemeente' ? name : spec.level === 'wijk' && typeof props.gemeentenaam === 'string' ? props.gemeentenaam : null,
          province_code: spec.level === 'provincie' ? code : null,
          province_name: spec.level === 'provincie' ? name : null,
          values: Object.fromEntries(VARIABLE_IDS.map((id) => [id, null])),
        };
        if (spec.level === 'gemeente' && f.geometry && provinces.length) {
          const pv = locateProvince(f as Feature<Geometry>, provinces);
          if (pv) {
            row.province_code = normaliseCode(pv.properties?.code, 'provincie');
            const pn = String(pv.properties?.name ?? '');
            row.province_name = PROVINCE_NAME_FIX[pn] ?? pn;
          }
        }
        rows.set(key, row);
      }
      for (const [rawCol, variable] of Object.entries(spec.columns)) {
        const parsed = parseCbsValue(props[rawCol]);
        if (parsed.value === null) {
          if (rawCol in props) missing[parsed.reason ?? 'absent'] = (missing[parsed.reason ?? 'absent'] ?? 0) + 1;
          continue;
        }
        const prev = row.values[variable];
        if (prev === null || prev === undefined) {
          row.values[variable] = parsed.value;
          const pk = provenanceKey(spec.level, spec.year, variable);
          const list = (report.provenance[pk] ??= []);
          if (!list.includes(spec.file)) list.push(spec.file);
        } else if (Math.abs(prev - parsed.value) > 1e-9) {
          report.conflicts.push({ source: spec.id, code, year: spec.year, variable, kept: prev, other: parsed.value });
        }
      }
      if (spec.geometry && f.geometry) {
        const list = geometry.get(geoKey) ?? [];
        const gprops: { code: string; name: string; gemeente_code?: string } = { code, name };
        if (spec.level === 'wijk') gprops.gemeente_code = gemeenteOf(code);
        list.push({ type: 'Feature', geometry: f.geometry, properties: gprops });
        geometry.set(geoKey, list);
      }
    }
  }
  fillParents(rows);
  const sorted = [...rows.values()].sort(
    (a, b) => a.level.localeCompare(b.level) || a.year - b.year || a.code.localeCompare(b.code),
  );
  for (const list of geometry.values()) list.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  return { rows: sorted, report, geometry };
}

/** A province polygon split into its parts, each with a bounding box so most point tests end at the box. */
interface ProvinceParts {
  feature: Feature<Geometry | null, Record<string, unknown>>;
  parts: Feature<Polygon>[];
}

/**
 * Province features with geometry, each split into Polygon parts carrying a bbox. A point is in the province when
 * it is in one of the parts (boundary included), exactly as turf's test on the whole MultiPolygon; the boxes only
 * skip parts that cannot contain the point, so results are unchanged and the vote below is ~10x faster.
 */
function provinceParts(features: RawCollection['features']): ProvinceParts[] {
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

/**
 * The province containing most of a gemeente. Province polygons are land-only while gemeente polygons include
 * water, so one interior point can fall in the sea: the boundary vertices vote instead (up to 400 per gemeente).
 */
function locateProvince(f: Feature<Geometry>, provinces: readonly ProvinceParts[]): ProvinceParts['feature'] | undefined {
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

/** Wijk rows inherit gemeente name and province from the gemeente row of the same year (or the nearest year). */
function fillParents(rows: Map<string, UnitRow>): void {
  const gm = new Map<string, UnitRow[]>();
  for (const r of rows.values()) if (r.level === 'gemeente') gm.set(r.code, [...(gm.get(r.code) ?? []), r]);
  for (const r of rows.values()) {
    if (r.level !== 'wijk' || !r.gemeente_code) continue;
    const candidates = gm.get(r.gemeente_code) ?? [];
    const best = candidates.slice().sort((a, b) => Math.abs(a.year - r.year) - Math.abs(b.year - r.year))[0];
    if (best) {
      r.gemeente_name ??= best.name;
      r.province_code ??= best.province_code;
      r.province_name ??= best.province_name;
    }
  }
}

/**
 * Turns raw source features into one harmonised row per (level, year, unit): CBS codes, names, parent wijk,
 * gemeente and province, and the variables of the catalogue. Pure: takes parsed collections, returns rows plus a
 * report. Rules:
 * - sources are read in the order of sources.ts; for one unit, year and variable the first value wins and a
 *   different later value is reported as a conflict;
 * - an `enrichOnly` source adds values to units an earlier source created and never creates one (others are
 *   reported as skipped);
 * - "Buitenland" (GM0998 and its wijken and buurten) is no territorial unit and is skipped;
 * - parents: a wijk or buurt lies in the gemeente of its code, a buurt in the wijk of its code (buurt-codes.ts);
 *   names and provinces of parents are filled afterwards (complete-rows.ts), as are derived shares.
 */
import type { Feature, Geometry } from 'geojson';
import { buurtParents } from '../buurt-codes';
import { gemeenteOf, normaliseCode, parseCbsValue } from '../import/cbs-values';
import { VARIABLE_IDS } from '../variables';
import { deriveShares, fillParents } from './complete-rows';
import { locateProvince, provinceParts, type ProvinceParts } from './province-locate';
import { sourceCollection } from './source-rows';
import type { SourceSpec } from './sources';
import { addProvenance, type HarmoniseReport, type RawCollection, type UnitRow } from './unit-row';

export { provenanceKey, type HarmoniseReport, type RawCollection, type UnitRow } from './unit-row';

/** Boundary features as written to geo/<level>_<year>.topo.json. */
export type BoundaryFeature = Feature<Geometry, { code: string; name: string; gemeente_code?: string }>;

/** "Buitenland" (GM0998, and its wijk WK099899 in 2024): no territory, no statistics. */
export const NOT_A_UNIT: ReadonlySet<string> = new Set(['GM0998']);

/** Province names as CBS writes them (the tmap file has "Fryslan" without the circumflex). */
const PROVINCE_NAME_FIX: Record<string, string> = { Fryslan: 'Fryslân' };

interface State {
  rows: Map<string, UnitRow>;
  report: HarmoniseReport;
  geometry: Map<string, BoundaryFeature[]>;
  provinces: readonly ProvinceParts[];
}

/** Harmonise every source (see the rules at the top); `load` gives a source's whole raw file. */
export function harmonise(
  sources: readonly SourceSpec[],
  load: (spec: SourceSpec) => RawCollection,
): { rows: UnitRow[]; report: HarmoniseReport; geometry: Map<string, BoundaryFeature[]> } {
  const provinceSpec = sources.find((s) => s.level === 'provincie' && s.geometry);
  const st: State = {
    rows: new Map(),
    report: { skipped: [], conflicts: [], missing: {}, provenance: {} },
    geometry: new Map(),
    provinces: provinceSpec ? provinceParts(load(provinceSpec).features) : [],
  };
  for (const spec of sources) {
    for (const f of sourceCollection(spec, load(spec)).features) addFeature(spec, f, st);
  }
  fillParents(st.rows.values());
  deriveShares(sources, st.rows.values(), st.report);
  const sorted = [...st.rows.values()].sort((a, b) => a.level.localeCompare(b.level) || a.year - b.year || a.code.localeCompare(b.code));
  for (const list of st.geometry.values()) list.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  return { rows: sorted, report: st.report, geometry: st.geometry };
}

/** The unit code of a feature, or why it is skipped. */
function unitCode(spec: SourceSpec, raw: unknown): { code: string } | { reason: string } {
  const code = normaliseCode(raw, spec.level);
  if (!code) return { reason: 'invalid code' };
  const inBuitenland = (spec.level === 'wijk' || spec.level === 'buurt') && NOT_A_UNIT.has(gemeenteOf(code));
  return NOT_A_UNIT.has(code) || inBuitenland ? { reason: 'not a territorial unit' } : { code };
}

function addFeature(spec: SourceSpec, f: RawCollection['features'][number], st: State): void {
  const props = f.properties ?? {};
  const unit = unitCode(spec, props[spec.codeField]);
  if ('reason' in unit) {
    st.report.skipped.push({ source: spec.id, raw: String(props[spec.codeField]), reason: unit.reason });
    return;
  }
  const { code } = unit;
  const name = unitName(spec, props, code);
  const key = `${spec.level}|${spec.year}|${code}`;
  let row = st.rows.get(key);
  if (!row) {
    if (spec.enrichOnly) {
      st.report.skipped.push({ source: spec.id, raw: code, reason: `no ${spec.level} ${spec.year} from an earlier source` });
      return;
    }
    row = newRow(spec, code, name, props, f, st.provinces);
    st.rows.set(key, row);
  }
  mergeValues(spec, props, row, st.report);
  if (spec.geometry && f.geometry) {
    const geoKey = `${spec.level}_${spec.year}`;
    const list = st.geometry.get(geoKey) ?? [];
    const gprops: BoundaryFeature['properties'] = { code, name };
    if (spec.level === 'wijk') gprops.gemeente_code = gemeenteOf(code);
    list.push({ type: 'Feature', geometry: f.geometry, properties: gprops });
    st.geometry.set(geoKey, list);
  }
}

function unitName(spec: SourceSpec, props: Record<string, unknown>, code: string): string {
  const rawName = String(props[spec.nameField] ?? code).trim();
  return PROVINCE_NAME_FIX[rawName] ?? rawName;
}

function newRow(
  spec: SourceSpec,
  code: string,
  name: string,
  props: Record<string, unknown>,
  f: RawCollection['features'][number],
  provinces: readonly ProvinceParts[],
): UnitRow {
  const { level } = spec;
  const row: UnitRow = {
    level,
    year: spec.year,
    code,
    name,
    wijk_code: level === 'buurt' ? (buurtParents(code)?.wijk_code ?? null) : null,
    wijk_name: null,
    gemeente_code: level === 'wijk' || level === 'buurt' ? gemeenteOf(code) : level === 'gemeente' ? code : null,
    gemeente_name: level === 'gemeente' ? name : level === 'wijk' && typeof props.gemeentenaam === 'string' ? props.gemeentenaam : null,
    province_code: level === 'provincie' ? code : null,
    province_name: level === 'provincie' ? name : null,
    values: Object.fromEntries(VARIABLE_IDS.map((id) => [id, null])),
  };
  if (level === 'gemeente' && f.geometry && provinces.length) {
    const pv = locateProvince(f as Feature<Geometry>, provinces);
    if (pv) {
      row.province_code = normaliseCode(pv.properties?.code, 'provincie');
      const pn = String(pv.properties?.name ?? '');
      row.province_name = PROVINCE_NAME_FIX[pn] ?? pn;
    }
  }
  return row;
}

/** The source's mapped values into the row: first value wins, a different later one is a conflict. */
function mergeValues(spec: SourceSpec, props: Record<string, unknown>, row: UnitRow, report: HarmoniseReport): void {
  const missing = (report.missing[spec.id] ??= {});
  for (const [rawCol, variable] of Object.entries(spec.columns)) {
    const parsed = parseCbsValue(props[rawCol]);
    if (parsed.value === null) {
      if (rawCol in props) missing[parsed.reason ?? 'absent'] = (missing[parsed.reason ?? 'absent'] ?? 0) + 1;
      continue;
    }
    const prev = row.values[variable];
    if (prev === null || prev === undefined) {
      row.values[variable] = parsed.value;
      addProvenance(report, spec.level, spec.year, variable, spec.file);
    } else if (Math.abs(prev - parsed.value) > 1e-9) {
      report.conflicts.push({ source: spec.id, code: row.code, year: spec.year, variable, kept: prev, other: parsed.value });
    }
  }
}

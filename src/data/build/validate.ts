/**
 * Validation of every raw file before `data:build` writes anything. A file passes when (in this order):
 * 1. it exists (all missing files are listed, and then nothing else is checked), is readable, is UTF-8 and
 *    parses as JSON (raw-files.ts), or for a CSV source as a table of rows as wide as its header (raw-csv.ts);
 * 2. it is a GeoJSON FeatureCollection with a `features` list (a CSV is read into one); where sources take the
 *    rows of one file by a column (rowFilter), every row is taken by one of them (source-rows.ts);
 * 3. its number of features (of a row-filtered source: of its rows) is plausible for its level (FEATURE_RANGE: an
 *    empty but valid file is refused);
 * 4. it has the key columns: codeField and nameField, and each of the spec's expectColumns, each present on at
 *    least half of the features;
 * 5. every feature is a Feature with properties and a valid, unique unit code (normaliseCode for its level); in a
 *    geometry source its geometry is a Polygon or MultiPolygon of lon/lat positions inside NL_BOX, rings of ≥ 4;
 * 6. every mapped value passes value-rules.ts, and no mapped number is written with an exponent (nor a count
 *    with a fraction such as 12.0), which JSON.parse would hide, so the text itself is scanned;
 * 7. where a gemeente or wijk file gives population for ≥ 90 % of its features, they add up to 10–25 million.
 * Problems are collected per file (ProblemList); a file with problems is not handed on to the build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Geometry } from 'geojson';
import { normaliseCode } from '../import/cbs-values';
import type { RawCollection } from './harmonise';
import { formatCount, type ProblemList } from './problems';
import { readCsvFile } from './raw-csv';
import { readJsonFile, unlistedHint } from './raw-files';
import { sourceCollection, unmatchedRowProblems } from './source-rows';
import type { Level, SourceSpec } from './sources';
import { cellNumber, checkValue, ruleFor, type ValueRule } from './value-rules';

/** Plausible number of features per file, by level (inclusive). NL has 12 provinces, 342–416 gemeenten since 2012. */
export const FEATURE_RANGE: Record<Level, readonly [number, number]> = {
  provincie: [12, 12],
  gemeente: [100, 1000],
  wijk: [1000, 10_000],
  buurt: [5000, 30_000],
};

/** WGS84 lon/lat box around the Netherlands (its real extent is 3.3–7.3 E, 50.75–53.6 N). */
export const NL_BOX = { minLon: 3, maxLon: 7.5, minLat: 50.5, maxLat: 54 } as const;

/** A whole-country population total, for files that give population for (nearly) every unit. */
export const POPULATION_TOTAL: readonly [number, number] = [10_000_000, 25_000_000];

export interface ValidatedRaw {
  /** Parsed collections by raw file path (as in sources.ts); only files without problems. */
  collections: Map<string, RawCollection>;
  features: number;
}

/** Validate every file listed in `sources`; problems go to `problems` under `join(shownDir, file)`. */
export function validateRaw(rawDir: string, shownDir: string, sources: readonly SourceSpec[], problems: ProblemList): ValidatedRaw {
  const listed = new Set(sources.map((s) => s.file));
  const collections = new Map<string, RawCollection>();
  let features = 0;
  // Missing files first, and alone: then the run stops before parsing ~30 MB of the others.
  const missing = [...listed].filter((file) => !existsSync(join(rawDir, file)));
  for (const file of missing) problems.add(join(shownDir, file), `missing${unlistedHint(rawDir, file, listed)}`);
  if (missing.length) return { collections, features };
  for (const file of listed) {
    const shown = join(shownDir, file);
    const specs = sources.filter((s) => s.file === file);
    const read = specs[0]?.format === 'csv' ? readCsvFile(join(rawDir, file)) : readJsonFile(join(rawDir, file));
    if (!read.ok) {
      problems.add(shown, read.problem);
      continue;
    }
    const before = problems.count;
    for (const spec of specs) checkCollection(spec, read.value, read.text, shown, problems);
    if (problems.count === before) for (const p of unmatchedRowProblems(specs, read.value as RawCollection)) problems.add(shown, p);
    if (problems.count === before) {
      const fc = read.value as RawCollection;
      collections.set(file, fc);
      features += fc.features.length;
    }
  }
  return { collections, features };
}

/** Checks 2–7 for one parsed file. */
export function checkCollection(spec: SourceSpec, value: unknown, text: string, shown: string, problems: ProblemList): void {
  const shape = shapeProblem(value);
  if (shape) return problems.add(shown, shape);
  const fc = sourceCollection(spec, value as RawCollection);
  const [min, max] = FEATURE_RANGE[spec.level];
  const n = fc.features.length;
  if (n < min || n > max) {
    const range = min === max ? `${min}` : `${formatCount(min)}–${formatCount(max)}`;
    const what = spec.rowFilter ? `rows with ${spec.rowFilter.column} ${JSON.stringify(spec.rowFilter.value)}` : 'features';
    return problems.add(shown, `has ${formatCount(n)} ${what}; a ${spec.level} ${spec.rowFilter ? 'source' : 'file'} should have ${range}`);
  }
  const columns = columnProblems(spec, fc);
  for (const p of columns) problems.add(shown, p);
  // Without a usable code column every feature would repeat the same problem.
  if (columns.some((p) => p.startsWith(`column "${spec.codeField}"`))) return;
  const rules = Object.entries(spec.columns).map(([col, v]) => [col, ruleFor(v)] as const);
  const seen = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    for (const p of featureProblems(spec, fc.features[i], i, rules, seen)) problems.add(shown, p);
  }
  for (const p of notationProblems(spec, fc, text, rules)) problems.add(shown, p);
  const total = populationProblem(spec, fc);
  if (total) problems.add(shown, total);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function shapeProblem(value: unknown): string | null {
  if (!isObject(value)) return `is JSON but not a GeoJSON FeatureCollection (it is ${Array.isArray(value) ? 'a list' : typeof value})`;
  if (value.type !== 'FeatureCollection') {
    return `is JSON but not a GeoJSON FeatureCollection (its "type" is ${JSON.stringify(value.type) ?? 'missing'})`;
  }
  if (!Array.isArray(value.features)) return 'is a FeatureCollection without a "features" list';
  return null;
}

/** Rule 4: key columns present on at least half of the features. */
function columnProblems(spec: SourceSpec, fc: RawCollection): string[] {
  const out: string[] = [];
  const n = fc.features.length;
  for (const col of [spec.codeField, spec.nameField, ...spec.expectColumns]) {
    const present = fc.features.filter((f) => isObject(f?.properties) && col in f.properties).length;
    if (present === 0) out.push(`column "${col}" is missing (sources.ts expects it in this file)`);
    else if (present * 2 < n) out.push(`column "${col}" is present on only ${present} of ${n} features`);
  }
  return out;
}

function label(code: unknown, i: number): string {
  return typeof code === 'string' || typeof code === 'number' ? `feature ${String(code).trim()}` : `feature #${i + 1}`;
}

/** Rules 5 and 6 (values) for one feature. `seen`: normalised code → feature index, for duplicates. */
function featureProblems(
  spec: SourceSpec,
  f: unknown,
  i: number,
  rules: readonly (readonly [string, ValueRule])[],
  seen: Map<string, number>,
): string[] {
  if (!isObject(f) || f.type !== 'Feature') return [`feature #${i + 1} is not a GeoJSON Feature`];
  if (!isObject(f.properties)) return [`feature #${i + 1} has no properties`];
  const props = f.properties;
  const name = label(props[spec.codeField], i);
  const out: string[] = [];
  const code = normaliseCode(props[spec.codeField], spec.level);
  if (!code) {
    const raw = props[spec.codeField];
    out.push(
      `${name}: ${raw === undefined || raw === null ? 'no code' : `${JSON.stringify(raw)} is not a ${spec.level} code`} in column "${spec.codeField}"`,
    );
  } else if (seen.has(code)) out.push(`${name}: code ${code} appears twice (also feature #${seen.get(code)! + 1})`);
  else seen.set(code, i);
  if (spec.geometry) {
    const g = geometryProblem(f.geometry as Geometry | null | undefined);
    if (g) out.push(`${name}: ${g}`);
  }
  for (const [col, rule] of rules) {
    const p = checkValue(props[col], rule, spec.numbersAsText === true);
    if (p) out.push(`${name}, column ${col}: ${p}`);
  }
  return out;
}

function positionProblem(p: unknown): string | null {
  if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number') return 'a position is not [lon, lat]';
  const [lon, lat] = p as number[];
  if (!(lon! >= NL_BOX.minLon && lon! <= NL_BOX.maxLon && lat! >= NL_BOX.minLat && lat! <= NL_BOX.maxLat)) {
    return `position [${lon}, ${lat}] is outside the Netherlands in WGS84 lon/lat (wrong coordinate system?)`;
  }
  return null;
}

function polygonProblem(rings: unknown): string | null {
  if (!Array.isArray(rings) || rings.length === 0) return 'a polygon has no rings';
  for (const ring of rings) {
    if (!Array.isArray(ring) || ring.length < 4) return 'a polygon ring has fewer than 4 positions';
    for (const p of ring) {
      const bad = positionProblem(p);
      if (bad) return bad;
    }
  }
  return null;
}

/** Rule 5 (geometry): Polygon or MultiPolygon with plausible positions; the first problem found, or null. */
export function geometryProblem(g: Geometry | null | undefined): string | null {
  if (!g) return 'has no geometry (this file provides the boundaries)';
  if (g.type === 'Polygon') return polygonProblem(g.coordinates);
  if (g.type !== 'MultiPolygon') return `geometry is a ${String(g.type)}, not a Polygon or MultiPolygon`;
  if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return 'a MultiPolygon has no polygons';
  for (const poly of g.coordinates) {
    const bad = polygonProblem(poly);
    if (bad) return bad;
  }
  return null;
}

/** The number token right after a `"column"` key: `: 12`, `: 1e3`, `: 12.0`. */
const TOKEN_AFTER_KEY = /^\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/;

/** Every number written for key `col` in JSON text, as written (a linear indexOf walk per column). */
function numberTokens(text: string, col: string): string[] {
  const key = JSON.stringify(col);
  const out: string[] = [];
  for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + key.length)) {
    const m = TOKEN_AFTER_KEY.exec(text.slice(i + key.length, i + key.length + 48));
    if (m) out.push(m[1]!);
  }
  return out;
}

/**
 * Rule 6 (notation): JSON.parse reads 1e3 as 1000 and 12.0 as 12, so the text is scanned for mapped columns
 * whose number is written with an exponent, or, for counts, with a fraction. Named by the first feature that holds
 * that value. Only count columns are scanned unless the text holds an exponent somewhere.
 */
function notationProblems(spec: SourceSpec, fc: RawCollection, text: string, rules: readonly (readonly [string, ValueRule])[]): string[] {
  const anyExponent = /\d[eE][+-]?\d/.test(text);
  const out: string[] = [];
  for (const [col, rule] of rules) {
    if (!rule.integer && !anyExponent) continue;
    for (const token of numberTokens(text, col)) {
      const exponent = /[eE]/.test(token);
      if (!exponent && !(rule.integer && token.includes('.'))) continue;
      const i = fc.features.findIndex((f) => f.properties?.[col] === Number(token));
      const how = exponent ? 'with an exponent' : 'with a fraction';
      const should = rule.integer ? 'counts are plain whole numbers' : 'numbers are plain decimals';
      out.push(`${label(fc.features[i]?.properties?.[spec.codeField], i)}, column ${col}: ${token} is written ${how}; ${should}`);
      if (out.length >= 10) return out;
    }
  }
  return out;
}

/** Rule 7: a whole-country file must add up to a whole-country population. */
function populationProblem(spec: SourceSpec, fc: RawCollection): string | null {
  if (spec.level === 'provincie') return null;
  const col = Object.keys(spec.columns).find((c) => spec.columns[c] === 'population');
  if (!col) return null;
  const values = fc.features.map((f) => cellNumber(f.properties?.[col])).filter((v): v is number => v !== null);
  if (values.length < 0.9 * fc.features.length) return null;
  const total = values.reduce((s, v) => s + v, 0);
  const [lo, hi] = POPULATION_TOTAL;
  if (total >= lo && total <= hi) return null;
  return (
    `column ${col} adds up to ${formatCount(total)} inhabitants over ${formatCount(values.length)} features; ` +
    `a whole-country file should give ${formatCount(lo)}–${formatCount(hi)} (wrong unit, or only part of the country?)`
  );
}

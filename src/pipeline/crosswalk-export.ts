/**
 * What the crosswalk CLI writes, built from a crosswalk family (pure: no fs, no process): the CSV rows, the user's
 * counts moved onto the later units, the consistency list and the sidecar metadata. src/cli/crosswalk.ts reads the
 * inputs and writes these; the numbers and their formatting are decided here.
 */
import type { Topology } from 'topojson-specification';
import type { Manifest } from '../data/catalog';
import { consistencySentence, type Crosswalk, type CrosswalkWeighting, type WeightingChoice } from '../engine/waterbed';
import { entryTargets } from '../engine/waterbed/two-margin';
import { unitProperties } from '../geo/topology';
import { familyConsistency, type AncillaryInfo, type CrosswalkFamily, type PopulationRow } from './crosswalks';

export type CrosswalkLevel = 'gemeente' | 'wijk';

/** What was asked for: level, years, weighting and the --apply file as given (null without one). */
export interface CrosswalkRequest {
  level: CrosswalkLevel;
  from: number;
  to: number;
  weighting: WeightingChoice;
  apply: string | null;
}

/** One row of the crosswalk CSV, numbers already formatted. */
export interface CrosswalkRow {
  from_code: string;
  to_code: string;
  population_share: string;
  area_share: string;
  intersection_km2: string;
}

export const CROSSWALK_COLUMNS: (keyof CrosswalkRow)[] = ['from_code', 'to_code', 'population_share', 'area_share', 'intersection_km2'];

/** One validated record of the user's long counts table (code, variable, count of the earlier year). */
export interface CountRecord {
  code: string;
  variable: string;
  count: number;
}

/** Per variable: counts given, counts moved, counts of unmatched earlier units, later units fed only in part. */
export interface ApplyTotals {
  in: number;
  out: number;
  not_moved: number;
  incomplete_units: string[];
}

/** The counts moved onto the later units (sorted by code, variable), with totals per variable. */
export interface AppliedCounts {
  rows: CountRecord[];
  totals: Record<string, ApplyTotals>;
  variables: string[];
}

/** A later unit whose population implied by the crosswalk does not fit the growth of unchanged units. */
export interface ConsistencyEntry {
  code: string;
  name: string;
  scope: string | null;
  from_population: number;
  to_population: number;
  implied_growth_pct: number | null;
  scope_growth_pct: number;
  band_pct: number[];
  sentence: string;
}

/** A number rounded to 9 decimals, as plain decimal text (no exponent, no "-0"); non-finite numbers are a bug. */
export function fixed9(v: number, what: string): string {
  if (!Number.isFinite(v)) throw new Error(`internal error: ${what} is ${v}`);
  const s = v.toFixed(9).replace(/\.?0+$/, '');
  return s === '-0' || s === '' ? '0' : s;
}

/** `v` rounded to `d` decimals (for the metadata). */
export const round = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One CSV row per crosswalk piece, sorted by from_code, to_code. */
export function crosswalkRows(used: Crosswalk, area: Crosswalk): CrosswalkRow[] {
  const target = entryTargets(used);
  const rows: CrosswalkRow[] = [];
  for (let k = 0; k < used.source.length; k++) {
    const from = used.fromCodes[used.source[k]],
      to = used.toCodes[target[k]];
    rows.push({
      from_code: from,
      to_code: to,
      population_share: fixed9(used.weight[k], `population_share of ${from} → ${to}`),
      area_share: fixed9(area.weight[k], `area_share of ${from} → ${to}`),
      intersection_km2: fixed9(used.areaKm2[k], `intersection_km2 of ${from} → ${to}`),
    });
  }
  return rows.sort((a, b) => byText(a.from_code, b.from_code) || byText(a.to_code, b.to_code));
}

/**
 * Every variable's counts moved onto the later units: count_t = Σ_s weight(s→t) · count_s. The records' codes
 * must be earlier units of `cw` (the CLI checks them first).
 */
export function applyCounts(cw: Crosswalk, records: readonly CountRecord[]): AppliedCounts {
  const target = entryTargets(cw);
  const fromIndex = new Map(cw.fromCodes.map((c, i) => [c, i]));
  const pieces = cw.fromCodes.map(() => [] as number[]);
  for (let k = 0; k < cw.source.length; k++) pieces[cw.source[k]].push(k);
  const unmatched = new Set(cw.unmatched);
  const variables = [...new Set(records.map((r) => r.variable))].sort(byText);
  const out: CountRecord[] = [];
  const totals: Record<string, ApplyTotals> = {};
  for (const variable of variables) {
    const byTarget = new Map<number, number>();
    const given = new Uint8Array(cw.fromCodes.length);
    const tot = (totals[variable] = { in: 0, out: 0, not_moved: 0, incomplete_units: [] as string[] });
    for (const r of records) {
      if (r.variable !== variable) continue;
      const s = fromIndex.get(r.code)!;
      given[s] = 1;
      tot.in += r.count;
      if (unmatched.has(s)) tot.not_moved += r.count;
      for (const k of pieces[s]) byTarget.set(target[k], (byTarget.get(target[k]) ?? 0) + cw.weight[k] * r.count);
    }
    for (const [t, count] of byTarget) {
      out.push({ code: cw.toCodes[t], variable, count });
      tot.out += count;
      // A later unit fed by an earlier unit absent from the file gets only the part that was given.
      for (let k = cw.start[t]; k < cw.start[t + 1]; k++)
        if (!given[cw.source[k]] && cw.weight[k] > 0) {
          tot.incomplete_units.push(cw.toCodes[t]);
          break;
        }
    }
    tot.incomplete_units.sort(byText);
  }
  out.sort((a, b) => byText(a.code, b.code) || byText(a.variable, b.variable));
  return { rows: out, totals, variables };
}

/**
 * Warnings for the sidecar and stderr: dasymetric asked for without a finer layer (ipf is used), and per moved
 * variable the counts of unmatched earlier units and the later units that get only part of their sources.
 */
export function crosswalkWarnings(
  req: CrosswalkRequest,
  family: CrosswalkFamily,
  used: Crosswalk,
  applied: AppliedCounts | null,
): string[] {
  const warnings: string[] = [];
  if (req.weighting === 'dasymetric' && !family.dasymetric)
    warnings.push(
      `no finer layer with population for ${req.level} ${req.from} → ${req.to}: dasymetric is not possible, ipf is used instead`,
    );
  for (const [v, tot] of Object.entries(applied?.totals ?? {})) {
    if (tot.not_moved > 0)
      warnings.push(
        `${v}: ${round(tot.not_moved, 6)} counted in earlier units without a later unit (${used.unmatched.map((s) => used.fromCodes[s]).join(', ')}) is not moved`,
      );
    if (tot.incomplete_units.length > 0)
      warnings.push(
        `${v}: ${tot.incomplete_units.length} later unit(s) also cover earlier units missing from the counts file and get only the given part (${tot.incomplete_units.slice(0, 5).join(', ')}${tot.incomplete_units.length > 5 ? ', …' : ''})`,
      );
  }
  return warnings;
}

/** The later year's statistics rows and boundaries (for the units' scope and name). */
export interface LaterLayer {
  rows: readonly PopulationRow[];
  topology: Topology;
}

/** Scope (gemeente for wijken, province for gemeenten) and name of every later unit: from its row, else its boundary. */
function laterUnits(level: CrosswalkLevel, toCodes: readonly string[], later: LaterLayer): { scope: (string | null)[]; names: string[] } {
  const toRows = new Map(later.rows.map((r) => [r.code, r]));
  const toProps = unitProperties(later.topology);
  const scope = toCodes.map((c, i) => {
    const r = toRows.get(c);
    const v = level === 'wijk' ? (r?.gemeente_code ?? toProps[i].gemeente_code) : r?.province_code;
    return v ? String(v) : null;
  });
  const names = toCodes.map((c, i) => String(toRows.get(c)?.name ?? toProps[i].name ?? c));
  return { scope, names };
}

/**
 * The later units whose growth implied by the crosswalk (earlier population moved with `used` → later population)
 * lies outside the band of unchanged units in their scope, as listed in the sidecar.
 */
export function consistencyList(req: CrosswalkRequest, family: CrosswalkFamily, used: Crosswalk, later: LaterLayer): ConsistencyEntry[] {
  const { scope, names } = laterUnits(req.level, used.toCodes, later);
  const marks = familyConsistency(family, used, scope);
  return marks.flatMap((m, i) => {
    if (m?.status !== 'implausible') return [];
    return [
      {
        code: used.toCodes[i],
        name: names[i],
        scope: scope[i],
        from_population: round(m.fromPopulation, 1),
        to_population: m.toPopulation,
        implied_growth_pct: m.impliedGrowthPct === null ? null : round(m.impliedGrowthPct, 2),
        scope_growth_pct: round(m.scopeGrowthPct, 2),
        band_pct: m.bandPct.map((v) => round(v, 2)),
        sentence: consistencySentence(m, req.from, req.to, req.level).en,
      },
    ];
  });
}

/** Wall-clock times of the run, ms: data load, crosswalk family, whole run up to the metadata. */
export interface RunTimings {
  loadMs: number;
  crosswalkMs: number;
  runMs: number;
}

/** Everything the sidecar describes. */
export interface CrosswalkMetaInput {
  request: CrosswalkRequest;
  family: CrosswalkFamily;
  used: Crosswalk;
  /** Rows of the crosswalk CSV. */
  entries: number;
  manifest: Manifest | null;
  implausible: ConsistencyEntry[];
  /** The moved counts and the file they are written to, with --apply. */
  applied: { output: string; counts: AppliedCounts } | null;
  warnings: string[];
  timings: RunTimings;
}

function weightingNote(used: CrosswalkWeighting): string {
  switch (used) {
    case 'area':
      return 'area(s ∩ t) / kept area of s';
    case 'density':
      return 'area(s ∩ t) × later population density of t, normalised per earlier unit';
    case 'ipf':
      return 'two margins (earlier and later unit populations) fitted by IPF to a seed of intersection areas';
    case 'dasymetric':
      return "two margins fitted by IPF to a seed of the pieces' population from the wijk layer";
  }
}

function methodMeta(req: CrosswalkRequest, used: Crosswalk, ancillary: AncillaryInfo | null) {
  return {
    used: used.weighting,
    requested: req.weighting,
    description: weightingNote(used.weighting),
    finer_layer: ancillary
      ? {
          level: ancillary.level,
          year: ancillary.year,
          nests_in: `${ancillary.nestsIn === 'to' ? req.to : req.from} ${req.level} units`,
          placed_share: round(ancillary.placedShare, 6),
        }
      : null,
    fit: used.fit ? { iterations: used.fit.iterations, max_column_gap: used.fit.maxColumnGap } : null,
  };
}

function columnsMeta({ level, from, to }: CrosswalkRequest, used: Crosswalk) {
  return {
    from_code: `${level} code of ${from}`,
    to_code: `${level} code of ${to}`,
    population_share: `share of the ${from} unit's population (counts) assigned to the ${to} unit, weighting ${used.weighting}; the shares of one ${from} unit sum to 1`,
    area_share: `area(from ∩ to) / area of the ${from} unit kept in the crosswalk (the area weighting)`,
    intersection_km2: 'planar area of the intersection, km²',
  };
}

/** Attribution, licence, and the manifest's sources and files this crosswalk used (both years, the finer layer). */
function sourcesMeta({ level, from, to }: CrosswalkRequest, manifest: Manifest | null, ancillary: AncillaryInfo | null) {
  const usedSource = (s: { level: string; year: number }) =>
    (s.level === level && (s.year === from || s.year === to)) || (!!ancillary && s.level === 'wijk' && s.year === ancillary.year);
  return {
    attribution: manifest?.attribution ?? 'Bron: CBS, Kadaster',
    licence: manifest?.licence ?? 'CC BY 4.0',
    entries: (manifest?.sources ?? []).filter(usedSource),
    files: (manifest?.files ?? []).filter((f) =>
      f.year === undefined
        ? f.level === level || (!!ancillary && f.level === 'wijk')
        : !!f.level && usedSource({ level: f.level, year: f.year }),
    ),
  };
}

function countsMeta(used: Crosswalk, entries: number) {
  return {
    from_units: used.fromCodes.length,
    to_units: used.toCodes.length,
    entries,
    identical: used.identical.filter(Boolean).length,
    unmatched: used.unmatched.length,
    unmatched_codes: used.unmatched.map((s) => used.fromCodes[s]).sort(byText),
  };
}

function applyMeta(req: CrosswalkRequest, applied: CrosswalkMetaInput['applied']) {
  if (!applied) return null;
  const totals = Object.entries(applied.counts.totals).map(([v, t]) => [
    v,
    { in: round(t.in, 6), out: round(t.out, 6), not_moved: round(t.not_moved, 6), incomplete_units: t.incomplete_units.length },
  ]);
  return { input: req.apply, output: applied.output, variables: applied.counts.variables, totals: Object.fromEntries(totals) };
}

function timingsMeta(family: CrosswalkFamily, t: RunTimings) {
  const ms = (v: number) => round(v, 1);
  const f = family.timings;
  return {
    load: ms(t.loadMs),
    overlay: ms(f.overlayMs),
    dasymetric: ms(f.dasymetricMs),
    weights: ms(f.weightsMs),
    total: ms(t.crosswalkMs),
    run: ms(t.runMs),
  };
}

/** The sidecar <out-base>.meta.json: request, method, columns, sources, counts, consistency, apply, warnings, timings. */
export function crosswalkMeta(input: CrosswalkMetaInput) {
  const { request: req, family, used } = input;
  const yardstick = family.yardstick;
  const ancillary = used.weighting === 'dasymetric' ? family.ancillary : null;
  return {
    tool: 'npm run crosswalk',
    request: { level: req.level, from: req.from, to: req.to, weighting: req.weighting, apply: req.apply },
    level: req.level,
    years: { from: req.from, to: req.to },
    method: methodMeta(req, used, ancillary),
    columns: columnsMeta(req, used),
    sources: sourcesMeta(req, input.manifest, ancillary),
    counts: countsMeta(used, input.entries),
    growth_yardstick: {
      ...yardstick,
      growth: round(yardstick.growth, 6),
      spread: round(yardstick.spread, 6),
      band: yardstick.band.map((v) => round(v, 6)),
    },
    consistency: {
      rule: 'a redrawn later unit is implausible when the growth implied by the crosswalk, relative to its scope (gemeente for wijken, province for gemeenten), lies outside the band of 95 % of unchanged units and the gap is at least 100 people',
      implausible: input.implausible,
    },
    apply: applyMeta(req, input.applied),
    warnings: input.warnings,
    timings_ms: timingsMeta(family, input.timings),
  };
}

export type CrosswalkMeta = ReturnType<typeof crosswalkMeta>;

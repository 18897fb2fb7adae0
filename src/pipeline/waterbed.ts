/**
 * Waterbed comparison (RIGO 2009): the one code path the Web Worker and the CLI both call.
 * Rows per year (as StatsRepository.rows returns them) + boundary topologies per year + the variable catalogue in,
 * a rings table, a units table, trajectories, a bilingual summary and warnings out. Pure (no DOM, no DuckDB).
 *
 * Steps
 * 1. Validate the request (WaterbedError with a clear message, Dutch and English).
 * 2. Units are those of the `to` layer. Every other year is moved onto them by areal interpolation
 *    (src/geo/interpolate.ts; one area crosswalk per (level, year, to), kept in `cache`). By default the weights
 *    use population where known: weight(s → t) ∝ area(s ∩ t) · population_t / area_t with the to-year population
 *    (dasymetric), because pure area weighting moves people into harbours and polders when wijken are redrawn
 *    (Schiedam 2022 → 2024: area weighting gives the 2024 wijk "Schiedamse Havens", 20 inhabitants, 5,087 in 2022;
 *    population weighting 18). `weighting: 'area'` gives the plain area weights (count share = area(s ∩ t) / area(s)).
 * 3. Rings from the `to` geometry: ring 1 = units sharing a boundary with a target (queen by default), optional
 *    ring 2; rest = other units of the targets' gemeenten (wijk targets) or provinces (gemeente targets); region =
 *    the targets' province(s) or the Netherlands (default: province for wijken, Netherlands for gemeenten).
 * 4. Ring values at from/to over the units known in both years (a balanced panel); DiD vs rest and region; flags
 *    for adjacent units; summary; trajectories over every year with data (same ring membership).
 */
import type { Topology } from 'topojson-specification';
import type { CatalogVariable, Level } from '../data/catalog';
import {
  AGGREGATES, DEFAULT_THRESHOLD, aggregateRing, amountOf, assignRings, buildTrajectories, compareRings, compareUnit,
  crosswalkKey, denominatorOf, harmonise, isSupportedKind, membersOf, ownAmounts, changeMetric, ringReallocatedShare,
  summarise, type Aggregate, type Amount, type Bilingual, type ChangeMetric, type Crosswalk, type HarmonisedAmount,
  type IndicatorSpec, type Ring, type RingComparison, type Trajectory, type UnitComparison, type WaterbedWarning,
} from '../engine/waterbed';
import type { Adjacency, Contiguity } from '../engine/types';
import { layerAdjacency } from '../geo/adjacency';
import { buildCrosswalk, populationWeighted } from '../geo/interpolate';
import { targetRings } from '../geo/rings';
import { toFeatureCollection, unitProperties, type UnitFeatureCollection } from '../geo/topology';

export type WaterbedLevel = 'gemeente' | 'wijk';

/** The fields of a statistics row this pipeline reads (StatsRepository.rows returns these and more). */
export interface WaterbedRow {
  code: string;
  name: string;
  gemeente_code?: string | null;
  province_code?: string | null;
  province_name?: string | null;
  [variable: string]: number | string | null | undefined;
}

export interface WaterbedRequest {
  level: WaterbedLevel;
  /** Codes of the target units in the `to` layer (GM… for gemeenten, WK… for wijken). */
  targets: readonly string[];
  indicator: string;
  from: number;
  to: number;
  /** Default 'queen'. */
  contiguity?: Contiguity;
  /** Add ring 2 (neighbours of ring 1). Default false. */
  ring2?: boolean;
  /** Flag threshold in the change metric's unit (pp for shares, pp of growth otherwise). Default 2. */
  threshold?: number;
  /** Benchmark region. Default 'province' for wijken, 'nl' for gemeenten. */
  region?: 'province' | 'nl';
  /**
   * Crosswalk weighting. Default 'population': a source's counts are split in proportion to area × the to-year
   * population density of each target (area weighting where that population is unknown). 'area': by area only.
   */
  weighting?: 'area' | 'population';
  /** Compute trajectories over every year with data. Default true. */
  trajectories?: boolean;
}

export interface WaterbedInput {
  /**
   * Rows per year for the request's level, with the indicator, its denominator/weight and `population` (used for
   * the population-weighted crosswalk) among the variables.
   */
  rows: Readonly<Record<number, readonly WaterbedRow[]>>;
  /** Boundary layers per year for the request's level (object `units`, properties code/name[/gemeente_code]). */
  topologies: Readonly<Record<number, Topology>>;
  /** The variable catalogue (data/variables.json `variables`). */
  variables: readonly CatalogVariable[];
  /** Crosswalks and adjacencies to reuse between calls (keyed by level/years; assumes the same layers each call). */
  cache?: WaterbedCache;
}

export interface WaterbedCache {
  crosswalks: Map<string, Crosswalk>;
  adjacency: Map<string, Adjacency>;
}

export function createWaterbedCache(): WaterbedCache {
  return { crosswalks: new Map(), adjacency: new Map() };
}

export interface WaterbedRingRow extends RingComparison {
  label: Bilingual;
  /** Part of the ring's from-year amount that came from other codes (areal interpolation), 0–1. */
  reallocatedShare: number | null;
}

export interface WaterbedUnitRow extends UnitComparison {
  code: string;
  name: string;
  gemeenteCode: string | null;
  ring: Ring;
  /** Part of the unit's from-year amount that came from other codes, 0–1 (0 for unchanged units). */
  reallocatedShare: number | null;
  /** From-year codes that contributed, largest share first. */
  sourceCodes: string[];
  identical: boolean;
  /** Known in both years, so part of the ring values. */
  included: boolean;
}

export interface WaterbedResult {
  request: Required<WaterbedRequest>;
  indicator: IndicatorSpec & { metric: ChangeMetric };
  rings: WaterbedRingRow[];
  units: WaterbedUnitRow[];
  trajectories: Trajectory[];
  summary: Bilingual;
  warnings: WaterbedWarning[];
  /** Per harmonised year: how many to-units were unchanged / interpolated. */
  harmonisation: { year: number; identical: number; interpolated: number; unmatched: string[] }[];
  timings: { crosswalkMs: number; adjacencyMs: number; compareMs: number };
}

export class WaterbedError extends Error {
  constructor(readonly code: string, readonly messages: Bilingual) {
    super(messages.en);
    this.name = 'WaterbedError';
  }
}

const fail = (code: string, en: string, nl: string): never => {
  throw new WaterbedError(code, { nl, en });
};

const CODE_PATTERN: Record<WaterbedLevel, RegExp> = { gemeente: /^GM\d{4}$/, wijk: /^WK[0-9A-Z]{6}$/ };
const ROUND = (v: number) => Math.round(v * 1e9) / 1e9;
const features = new WeakMap<Topology, UnitFeatureCollection>();
const featuresOf = (t: Topology) => features.get(t) ?? (features.set(t, toFeatureCollection(t)), features.get(t)!);

function normalise(req: WaterbedRequest): Required<WaterbedRequest> {
  if (req.level !== 'gemeente' && req.level !== 'wijk') fail('level', `level must be "gemeente" or "wijk" (got "${req.level}")`, `niveau moet "gemeente" of "wijk" zijn (niet "${req.level}")`);
  if (!Number.isInteger(req.from) || !Number.isInteger(req.to)) fail('years', `from and to must be years (got ${req.from}, ${req.to})`, `van en tot moeten jaartallen zijn (${req.from}, ${req.to})`);
  if (req.from >= req.to) fail('years', `from (${req.from}) must be before to (${req.to})`, `het beginjaar (${req.from}) moet vóór het eindjaar (${req.to}) liggen`);
  const contiguity = req.contiguity ?? 'queen';
  if (contiguity !== 'queen' && contiguity !== 'rook') fail('contiguity', `contiguity must be "queen" or "rook" (got "${contiguity}")`, `aangrenzing moet "queen" of "rook" zijn (niet "${contiguity}")`);
  const threshold = req.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isFinite(threshold) || threshold < 0) fail('threshold', `threshold must be a number ≥ 0 (got ${threshold})`, `drempel moet een getal ≥ 0 zijn (niet ${threshold})`);
  const region = req.region ?? (req.level === 'wijk' ? 'province' : 'nl');
  if (region !== 'province' && region !== 'nl') fail('region', `region must be "province" or "nl" (got "${region}")`, `regio moet "province" of "nl" zijn (niet "${region}")`);
  const weighting = req.weighting ?? 'population';
  if (weighting !== 'area' && weighting !== 'population') fail('weighting', `weighting must be "area" or "population"`, `weging moet "area" of "population" zijn`);
  const targets = [...new Set(req.targets.map((t) => t.trim().toUpperCase()).filter(Boolean))];
  if (targets.length === 0) fail('targets', 'no target unit given', 'geen doelgebied opgegeven');
  for (const t of targets)
    if (!CODE_PATTERN[req.level].test(t))
      fail('target_code', `target "${t}" is not a ${req.level} code (${req.level === 'wijk' ? 'WK + 6 characters' : 'GM + 4 digits'})`, `doelgebied "${t}" is geen ${req.level}code`);
  return { level: req.level, targets, indicator: req.indicator, from: req.from, to: req.to, contiguity, ring2: req.ring2 ?? false, threshold, region, weighting, trajectories: req.trajectories ?? true };
}

/** Validated indicator spec and the years (with data and boundaries) in which it can be computed. */
function indicatorFor(req: Required<WaterbedRequest>, input: WaterbedInput, warn: (w: WaterbedWarning) => void) {
  const v = input.variables.find((x) => x.id === req.indicator);
  if (!v) fail('indicator', `unknown indicator "${req.indicator}"`, `onbekende indicator "${req.indicator}"`);
  const cv = v as CatalogVariable;
  if (!isSupportedKind(cv.kind)) fail('indicator_kind', `indicator ${cv.id} is a ${cv.kind}, which cannot be interpolated; choose a count, share or mean`, `indicator ${cv.id} (${cv.kind}) kan niet worden geïnterpoleerd; kies een aantal, aandeel of gemiddelde`);
  const kind = cv.kind as IndicatorSpec['kind'];
  const avail = (id: string) => new Set(input.variables.find((x) => x.id === id)?.availability[req.level as Level] ?? []);
  const has = avail(cv.id);
  let den = denominatorOf(cv.id, kind, cv.denominator);
  for (const y of [req.from, req.to]) {
    if (!has.has(y)) fail('indicator_year', `indicator ${cv.id} is not available for ${req.level} in ${y} (available: ${[...has].join(', ') || 'none'})`, `indicator ${cv.id} is niet beschikbaar voor ${req.level} in ${y} (wel: ${[...has].join(', ') || 'geen'})`);
    if (!input.rows[y] || !input.topologies[y]) fail('year_data', `no ${req.level} ${input.rows[y] ? 'boundaries' : 'statistics'} given for ${y}`, `geen ${req.level}${input.rows[y] ? 'grenzen' : 'statistieken'} voor ${y}`);
  }
  if (den && kind === 'mean' && ![req.from, req.to].every((y) => avail(den!).has(y))) {
    warn({ code: 'mean_weight', en: `${den} is not available in both years; ${cv.id} is weighted by population instead`, nl: `${den} ontbreekt in een van beide jaren; ${cv.id} is gewogen met het aantal inwoners` });
    den = 'population';
  }
  if (den && ![req.from, req.to].every((y) => avail(den!).has(y)))
    fail('denominator_year', `${cv.id} needs ${den}, which is not available for ${req.level} in both ${req.from} and ${req.to}`, `${cv.id} heeft ${den} nodig, dat voor ${req.level} niet in zowel ${req.from} als ${req.to} beschikbaar is`);
  if (cv.id === 'mean_income_per_recipient_keur') warn({ code: 'mean_weight', en: 'mean income per recipient is weighted by population (recipients are not in the data)', nl: 'gemiddeld inkomen per ontvanger is gewogen met het aantal inwoners (ontvangers ontbreken in de gegevens)' });
  const years = Object.keys(input.rows).map(Number)
    .filter((y) => input.topologies[y] && has.has(y) && (!den || avail(den).has(y)) && (req.trajectories || y === req.from || y === req.to))
    .sort((a, b) => a - b);
  const spec: IndicatorSpec = { id: cv.id, kind, unit: cv.unit, label: cv.label, denominator: den };
  return { spec, years };
}

export function runWaterbed(input: WaterbedInput, request: WaterbedRequest): WaterbedResult {
  const warnings: WaterbedWarning[] = [];
  const warn = (w: WaterbedWarning) => warnings.push(w);
  const req = normalise(request);
  const { spec, years } = indicatorFor(req, input, warn);
  const metric = changeMetric(spec.kind);
  const cache = input.cache ?? createWaterbedCache();
  const timings = { crosswalkMs: 0, adjacencyMs: 0, compareMs: 0 };
  const started = performance.now();

  // The to-year layer and its units.
  const topoTo = input.topologies[req.to];
  const props = unitProperties(topoTo);
  const codes = props.map((p) => String(p.code));
  const index = new Map(codes.map((c, i) => [c, i]));
  const rowsTo = new Map(input.rows[req.to].map((r) => [r.code, r]));
  const crosswalk = (year: number): Crosswalk => {
    const key = crosswalkKey(req.level, year, req.to);
    let cw = cache.crosswalks.get(key);
    if (!cw) {
      const t = performance.now();
      cw = buildCrosswalk(featuresOf(input.topologies[year]).features, featuresOf(topoTo).features, { level: req.level, fromYear: year, toYear: req.to });
      cache.crosswalks.set(key, cw);
      timings.crosswalkMs += performance.now() - t;
    }
    if (req.weighting === 'population') cw = populationWeighted(cw, codes.map((c) => num(rowsTo.get(c)?.population)));
    return cw;
  };
  checkTargets(req, input, index, crosswalk);
  if (req.weighting === 'population' && codes.every((c) => num(rowsTo.get(c)?.population) === null))
    warn({ code: 'area_weighting', en: `no ${req.to} population in the rows: the crosswalk is weighted by area only`, nl: `geen inwonertal voor ${req.to} in de gegevens: de omzetting is alleen naar oppervlakte gewogen` });

  // Rings on the to-year geometry.
  const t0 = performance.now();
  const adjKey = `${req.level}:${req.to}:${req.contiguity}`;
  let adj = cache.adjacency.get(adjKey);
  if (!adj) cache.adjacency.set(adjKey, (adj = layerAdjacency(topoTo, { contiguity: req.contiguity })));
  timings.adjacencyMs = performance.now() - t0;
  const targetIdx = req.targets.map((c) => index.get(c)!);
  const rings = targetRings(adj, targetIdx, req.ring2 ? 2 : 1);
  const gemeenteOf = codes.map((c, i) => (req.level === 'gemeente' ? c : String(rowsTo.get(c)?.gemeente_code ?? props[i].gemeente_code ?? '')) || null);
  const provinceOf = provinces(req, input, codes, gemeenteOf);
  const scopeOf = (i: number) => (req.level === 'wijk' ? gemeenteOf[i] : provinceOf[i]);
  const restKeys = new Set(targetIdx.map(scopeOf));
  const regionKeys = new Set(targetIdx.map((i) => provinceOf[i]));
  if (restKeys.has(null)) warn({ code: 'scope_unknown', en: 'the gemeente or province of a target is unknown; the rest may be incomplete', nl: 'de gemeente of provincie van een doelgebied is onbekend; de rest kan onvolledig zijn' });
  const membership = assignRings({
    n: codes.length, targets: targetIdx, ring1: rings.ring1, ring2: rings.ring2,
    restScope: codes.map((_, i) => scopeOf(i) !== null && restKeys.has(scopeOf(i))),
    region: codes.map((_, i) => req.region === 'nl' || (provinceOf[i] !== null && regionKeys.has(provinceOf[i]))),
  });
  const members = membersOf(membership);
  if (members.ring1.length === 0) warn({ code: 'no_ring1', en: 'the targets have no adjacent units', nl: 'de doelgebieden hebben geen aangrenzende eenheden' });
  if (members.rest.length === 0) warn({ code: 'no_rest', en: 'no rest units: every unit of the scope is a target or adjacent', nl: 'geen overige eenheden: alle eenheden zijn doelgebied of aangrenzend' });

  // Amounts per year on the to-year units.
  const harmonisation: WaterbedResult['harmonisation'] = [];
  const perYear = new Map<number, (HarmonisedAmount | null)[]>();
  for (const y of years) {
    const layerCodes = y === req.to ? codes : featuresOf(input.topologies[y]).features.map((f) => String(f.properties.code));
    const byCode = new Map(input.rows[y].map((r) => [r.code, r]));
    const amounts: (Amount | null)[] = layerCodes.map((c) => {
      const r = byCode.get(c);
      return r ? amountOf(spec.kind, r[spec.id], spec.denominator ? r[spec.denominator] : null) : null;
    });
    if (y === req.to) perYear.set(y, ownAmounts(codes, amounts));
    else {
      const cw = crosswalk(y);
      perYear.set(y, harmonise(cw, amounts, spec.kind));
      const identical = cw.identical.filter(Boolean).length;
      harmonisation.push({ year: y, identical, interpolated: codes.length - identical, unmatched: cw.unmatched.map((s) => cw.fromCodes[s]) });
      const lost = cw.unmatched.filter((s) => amounts[s] !== null).map((s) => cw.fromCodes[s]);
      if (y === req.from && lost.length > 0)
        warn({ code: 'unmatched', en: `${lost.length} unit(s) of ${y} do not overlap the ${req.to} boundaries; their values are left out: ${lost.join(', ')}`, nl: `${lost.length} eenheid/eenheden van ${y} overlappen niet met de grenzen van ${req.to} en tellen niet mee: ${lost.join(', ')}` });
    }
  }
  const h0 = perYear.get(req.from)!, h1 = perYear.get(req.to)!;
  const included = (i: number) => h0[i] !== null && h1[i] !== null;
  const shown: Aggregate[] = AGGREGATES.filter((a) => a !== 'ring2' || req.ring2);
  const aggregateAt = (h: readonly (HarmonisedAmount | null)[]) => shown.map((r) => aggregateRing(r, spec.kind, h, members[r], included));
  const comparisons = compareRings(aggregateAt(h0), aggregateAt(h1), metric);
  const restChange = comparisons.find((c) => c.ring === 'rest') ?? null;
  const ringRows: WaterbedRingRow[] = comparisons.map((c) => ({
    ...c, label: ringLabel(c.ring, req), reallocatedShare: ringReallocatedShare(spec.kind, h0, members[c.ring], included),
  }));

  const order: Record<Ring, number> = { target: 0, ring1: 1, ring2: 2, rest: 3 };
  const units: WaterbedUnitRow[] = [];
  membership.ring.forEach((ring, i) => {
    if (!ring) return;
    const a0 = h0[i], a1 = h1[i];
    const cmp = compareUnit(a0?.value ?? null, a1?.value ?? null, restChange, metric, req.threshold, ring === 'ring1' || ring === 'ring2');
    units.push({
      code: codes[i], name: String(rowsTo.get(codes[i])?.name ?? props[i].name ?? codes[i]), gemeenteCode: gemeenteOf[i], ring, ...cmp,
      reallocatedShare: a0 ? ROUND(a0.reallocatedShare) : null, sourceCodes: a0 ? a0.sources.map((s) => s.code) : [],
      identical: a0?.identical ?? false, included: included(i),
    });
  });
  units.sort((a, b) => order[a.ring] - order[b.ring] || a.code.localeCompare(b.code));

  const missing = units.filter((u) => !u.included);
  if (missing.length > 0)
    warn({ code: 'missing_values', en: `${missing.length} unit(s) left out: value unknown in ${req.from} or ${req.to} (${missing.slice(0, 10).map((u) => u.code).join(', ')}${missing.length > 10 ? ', …' : ''})`, nl: `${missing.length} eenheid/eenheden weggelaten: waarde onbekend in ${req.from} of ${req.to} (${missing.slice(0, 10).map((u) => u.code).join(', ')}${missing.length > 10 ? ', …' : ''})` });
  const moved = units.filter((u) => (u.reallocatedShare ?? 0) > 0);
  if (moved.length > 0) {
    const max = Math.max(...moved.map((u) => u.reallocatedShare ?? 0));
    warn({ code: 'reallocated', en: `${moved.length} unit(s) were redrawn between ${req.from} and ${req.to}; their ${req.from} values are areal interpolations (up to ${(100 * max).toFixed(0)}% from other units)`, nl: `${moved.length} eenheid/eenheden zijn tussen ${req.from} en ${req.to} heringedeeld; hun waarden voor ${req.from} zijn ruimtelijk geïnterpoleerd (tot ${(100 * max).toFixed(0)}% uit andere eenheden)` });
  }

  const trajectories = buildTrajectories(
    years.map((y) => {
      const h = perYear.get(y)!;
      const inPanel = (i: number) => included(i) && h[i] !== null;
      return {
        year: y,
        aggregates: shown.map((r) => aggregateRing(r, spec.kind, h, members[r], inPanel)),
        reallocated: Object.fromEntries(shown.map((r) => [r, ringReallocatedShare(spec.kind, h, members[r], inPanel)])),
      };
    }),
    shown,
  );
  const summary = summarise({
    level: req.level, indicator: spec, from: req.from, to: req.to,
    ring1: comparisons.find((c) => c.ring === 'ring1') ?? null, rest: restChange,
    restGemeenten: req.level === 'wijk' ? restKeys.size : undefined,
  });
  timings.compareMs = performance.now() - started - timings.crosswalkMs - timings.adjacencyMs;
  return { request: req, indicator: { ...spec, metric }, rings: ringRows, units, trajectories, summary, warnings, harmonisation, timings };
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function checkTargets(req: Required<WaterbedRequest>, input: WaterbedInput, index: Map<string, number>, crosswalk: (y: number) => Crosswalk) {
  for (const t of req.targets) {
    if (index.has(t)) continue;
    const yearsWith = Object.keys(input.topologies).map(Number).filter((y) => unitProperties(input.topologies[y]).some((p) => p.code === t) || input.rows[y]?.some((r) => r.code === t));
    if (yearsWith.length === 0) fail('target_unknown', `unknown target code ${t}: no ${req.level} has this code in any year`, `onbekende code ${t}: geen ${req.level} heeft deze code in enig jaar`);
    let hint = '';
    if (input.topologies[req.from] && yearsWith.includes(req.from)) {
      const cw = crosswalk(req.from);
      const s = cw.fromCodes.indexOf(t);
      const into: string[] = [];
      cw.toCodes.forEach((code, k) => {
        for (let e = cw.start[k]; e < cw.start[k + 1]; e++) if (cw.source[e] === s && cw.weight[e] >= 0.1) into.push(code);
      });
      if (into.length) hint = into.join(', ');
    }
    fail('target_not_in_layer',
      `target ${t} does not exist in the ${req.to} ${req.level} boundaries (it exists in ${yearsWith.join(', ')})${hint ? `; in ${req.to} its area is part of ${hint}` : ''}`,
      `doelgebied ${t} bestaat niet in de ${req.level}grenzen van ${req.to} (wel in ${yearsWith.join(', ')})${hint ? `; in ${req.to} valt het gebied onder ${hint}` : ''}`);
  }
}

/** Province per to-year unit: its own row, else any row (any year) of its gemeente. */
function provinces(req: Required<WaterbedRequest>, input: WaterbedInput, codes: readonly string[], gemeenteOf: readonly (string | null)[]): (string | null)[] {
  const byGemeente = new Map<string, string>();
  const years = Object.keys(input.rows).map(Number).sort((a, b) => Math.abs(a - req.to) - Math.abs(b - req.to)).reverse();
  for (const y of years)
    for (const r of input.rows[y]) {
      const gm = req.level === 'gemeente' ? r.code : r.gemeente_code;
      if (gm && r.province_code) byGemeente.set(gm, String(r.province_code));
    }
  const own = new Map(input.rows[req.to].map((r) => [r.code, r.province_code ?? null]));
  return codes.map((c, i) => (own.get(c) ? String(own.get(c)) : (gemeenteOf[i] && byGemeente.get(gemeenteOf[i]!)) || null));
}

function ringLabel(ring: Aggregate, req: Required<WaterbedRequest>): Bilingual {
  const wijk = req.level === 'wijk';
  switch (ring) {
    case 'target': return { nl: 'doelgebied', en: 'target' };
    case 'ring1': return { nl: 'aangrenzend (ring 1)', en: 'adjacent (ring 1)' };
    case 'ring2': return { nl: 'ring 2', en: 'ring 2' };
    case 'rest': return wijk ? { nl: 'rest van de gemeente', en: 'rest of the municipality' } : { nl: 'rest van de provincie', en: 'rest of the province' };
    case 'region': return req.region === 'nl' ? { nl: 'Nederland', en: 'the Netherlands' } : { nl: 'provincie', en: 'province' };
  }
}

const fixed = (v: number | null | undefined, d = 6) => (v === null || v === undefined ? '' : String(Math.round(v * 10 ** d) / 10 ** d));

/** Flat table for CSV: one row per ring, then one per unit (numbers rounded to 6 decimals, empty when unknown). */
export function waterbedTable(r: WaterbedResult): Record<string, string>[] {
  const rings = r.rings.map((x) => ({
    type: 'ring', ring: x.ring, code: '', name: x.label.en, gemeente_code: '', units: String(x.units), missing: String(x.missing),
    t0: fixed(x.t0), t1: fixed(x.t1), change: fixed(x.change), change_pct: fixed(x.changePct), did_vs_rest: fixed(x.didVsRest),
    did_vs_region: fixed(x.didVsRegion), did_absolute_vs_rest: fixed(x.didAbsoluteVsRest), flag: '',
    reallocated_share: fixed(x.reallocatedShare), identical: '', included: '', source_codes: '',
  }));
  const units = r.units.map((u) => ({
    type: 'unit', ring: u.ring, code: u.code, name: u.name, gemeente_code: u.gemeenteCode ?? '', units: '1', missing: u.included ? '0' : '1',
    t0: fixed(u.t0), t1: fixed(u.t1), change: fixed(u.change), change_pct: fixed(u.changePct), did_vs_rest: fixed(u.didVsRest),
    did_vs_region: '', did_absolute_vs_rest: '', flag: u.flag ?? '', reallocated_share: fixed(u.reallocatedShare),
    identical: String(u.identical), included: String(u.included), source_codes: u.sourceCodes.join(';'),
  }));
  return [...rings, ...units];
}

/**
 * Waterbed comparison (RIGO 2009): the one code path the Web Worker and the CLI both call.
 * Rows per year (as StatsRepository.rows returns them) + boundary topologies per year + the variable catalogue in,
 * a rings table, a units table, trajectories, a bilingual summary and warnings out. Pure (no DOM, no DuckDB).
 *
 * Steps
 * 1. Validate the request (waterbed-request.ts; WaterbedError with a clear message, Dutch and English).
 * 2. Units are those of the `to` layer. Every other year is moved onto them by a crosswalk (pipeline/crosswalks.ts,
 *    cached per level and years). Default weighting 'auto': dasymetric (the population of each piece from the
 *    wijken, for gemeente comparisons) where a finer layer is given, else ipf (two margins: each source's from-year
 *    population split, each target's to-year population as a hint). docs/methods.md has the measurement behind it.
 * 3. Rings from the `to` geometry: ring 1 = units sharing a boundary with a target (queen by default), optional
 *    ring 2; rest = other units of the targets' gemeenten (wijk targets) or provinces (gemeente targets); region =
 *    the targets' province(s) or the Netherlands (default: province for wijken, Netherlands for gemeenten).
 * 4. Ring values at from/to over the units known in both years (a balanced panel); DiD vs rest and region; flags
 *    for adjacent units; trajectories over every year with data (same ring membership).
 * 5. Robustness (waterbed-robustness.ts): each ring value, DiD and flag gets its range over the population-based
 *    weightings and the rounding band of the published data; redrawn units get a consistency mark; the summary
 *    claims no direction that this uncertainty does not support.
 */
import type { CatalogVariable, Level } from '../data/catalog';
import {
  AGGREGATES,
  aggregateRing,
  amountOf,
  assignRings,
  buildTrajectories,
  compareRings,
  compareUnit,
  denominatorOf,
  harmonise,
  isSupportedKind,
  membersOf,
  ownAmounts,
  changeMetric,
  ringReallocatedShare,
  summarise,
  type Aggregate,
  type Amount,
  type HarmonisedAmount,
  type IndicatorSpec,
  type WaterbedWarning,
} from '../engine/waterbed';
import type { Adjacency } from '../engine/types';
import { layerAdjacency } from '../geo/adjacency';
import { targetRings } from '../geo/rings';
import { unitProperties } from '../geo/topology';
import { crosswalkFamily, crosswalkOf, resolveWeighting, type CrosswalkFamily } from './crosswalks';
import {
  fail,
  normalise,
  type NormalisedRequest,
  type WaterbedCache,
  type WaterbedInput,
  type WaterbedRequest,
  type WaterbedResult,
  type WaterbedRingRow,
} from './waterbed-request';
import { assessRobustness } from './waterbed-robustness';
import { oneOther } from '../engine/plural-text';
import { checkTargets, provinces, ringLabel, unitRows, unitWarnings } from './waterbed-units';

export * from './waterbed-request';
export { waterbedTable } from './waterbed-table';

export function createWaterbedCache(): WaterbedCache {
  return { crosswalks: new Map(), adjacency: new Map() };
}

/** Validated indicator spec and the years (with data and boundaries) in which it can be computed. */
function indicatorFor(req: NormalisedRequest, input: WaterbedInput, warn: (w: WaterbedWarning) => void) {
  const v = input.variables.find((x) => x.id === req.indicator);
  if (!v) fail('indicator', `unknown indicator "${req.indicator}"`, `onbekende indicator "${req.indicator}"`);
  const cv = v as CatalogVariable;
  if (!isSupportedKind(cv.kind))
    fail(
      'indicator_kind',
      `indicator ${cv.id} is a ${cv.kind}, which cannot be interpolated; choose a count, share or mean`,
      `indicator ${cv.id} (${cv.kind}) kan niet worden geïnterpoleerd; kies een aantal, aandeel of gemiddelde`,
    );
  const kind = cv.kind as IndicatorSpec['kind'];
  const avail = (id: string) => new Set(input.variables.find((x) => x.id === id)?.availability[req.level as Level] ?? []);
  const has = avail(cv.id);
  let den = denominatorOf(cv.id, kind, cv.denominator);
  for (const y of [req.from, req.to]) {
    if (!has.has(y))
      fail(
        'indicator_year',
        `indicator ${cv.id} is not available for ${req.level} in ${y} (available: ${[...has].join(', ') || 'none'})`,
        `indicator ${cv.id} is niet beschikbaar voor ${req.level} in ${y} (wel: ${[...has].join(', ') || 'geen'})`,
      );
    if (!input.rows[y] || !input.topologies[y])
      fail(
        'year_data',
        `no ${req.level} ${input.rows[y] ? 'boundaries' : 'statistics'} given for ${y}`,
        `geen ${req.level}${input.rows[y] ? 'grenzen' : 'statistieken'} voor ${y}`,
      );
  }
  if (den && kind === 'mean' && ![req.from, req.to].every((y) => avail(den!).has(y))) {
    warn({
      code: 'mean_weight',
      en: `${den} is not available in both years; ${cv.id} is weighted by population instead`,
      nl: `${den} ontbreekt in een van beide jaren; ${cv.id} is gewogen met het aantal inwoners`,
    });
    den = 'population';
  }
  if (den && ![req.from, req.to].every((y) => avail(den!).has(y)))
    fail(
      'denominator_year',
      `${cv.id} needs ${den}, which is not available for ${req.level} in both ${req.from} and ${req.to}`,
      `${cv.id} heeft ${den} nodig, dat voor ${req.level} niet in zowel ${req.from} als ${req.to} beschikbaar is`,
    );
  if (cv.id === 'mean_income_per_recipient_keur')
    warn({
      code: 'mean_weight',
      en: 'mean income per recipient is weighted by population (recipients are not in the data)',
      nl: 'gemiddeld inkomen per ontvanger is gewogen met het aantal inwoners (ontvangers ontbreken in de gegevens)',
    });
  const years = Object.keys(input.rows)
    .map(Number)
    .filter((y) => input.topologies[y] && has.has(y) && (!den || avail(den).has(y)) && (req.trajectories || y === req.from || y === req.to))
    .sort((a, b) => a - b);
  const spec: IndicatorSpec = { id: cv.id, kind, unit: cv.unit, label: cv.label, denominator: den };
  return { spec, years };
}

/** The to-year layer: codes, rows, gemeente and province of each unit. */
function toLayer(req: NormalisedRequest, input: WaterbedInput) {
  const props = unitProperties(input.topologies[req.to]);
  const codes = props.map((p) => String(p.code));
  const index = new Map(codes.map((c, i) => [c, i]));
  const rowsTo = new Map(input.rows[req.to].map((r) => [r.code, r]));
  const gemeenteOf = codes.map(
    (c, i) => (req.level === 'gemeente' ? c : String(rowsTo.get(c)?.gemeente_code ?? props[i].gemeente_code ?? '')) || null,
  );
  const provinceOf = provinces(req, input, codes, gemeenteOf);
  const name = (i: number) => String(rowsTo.get(codes[i])?.name ?? props[i].name ?? codes[i]);
  return { codes, index, gemeenteOf, provinceOf, name };
}
type ToLayer = ReturnType<typeof toLayer>;

/** Ring membership on the to-year geometry (adjacency cached per level, year and contiguity). */
function ringsOf(req: NormalisedRequest, input: WaterbedInput, layer: ToLayer, cache: WaterbedCache, warn: (w: WaterbedWarning) => void) {
  const adjKey = `${req.level}:${req.to}:${req.contiguity}`;
  let adj: Adjacency | undefined = cache.adjacency.get(adjKey);
  if (!adj) cache.adjacency.set(adjKey, (adj = layerAdjacency(input.topologies[req.to], { contiguity: req.contiguity })));
  const targetIdx = req.targets.map((c) => layer.index.get(c)!);
  const rings = targetRings(adj, targetIdx, req.ring2 ? 2 : 1);
  const { gemeenteOf, provinceOf, codes } = layer;
  const scopeOf = (i: number) => (req.level === 'gemeente' ? provinceOf[i] : gemeenteOf[i]);
  const restKeys = new Set(targetIdx.map(scopeOf));
  const regionKeys = new Set(targetIdx.map((i) => provinceOf[i]));
  if (restKeys.has(null))
    warn({
      code: 'scope_unknown',
      en: 'the gemeente or province of a target is unknown; the rest may be incomplete',
      nl: 'de gemeente of provincie van een doelgebied is onbekend; de rest kan onvolledig zijn',
    });
  const membership = assignRings({
    n: codes.length,
    targets: targetIdx,
    ring1: rings.ring1,
    ring2: rings.ring2,
    restScope: codes.map((_, i) => scopeOf(i) !== null && restKeys.has(scopeOf(i))),
    region: codes.map(
      (_, i) => req.level !== 'buurt' && (req.region === 'nl' || (provinceOf[i] !== null && regionKeys.has(provinceOf[i]))),
    ),
  });
  const members = membersOf(membership);
  if (members.ring1.length === 0)
    warn({ code: 'no_ring1', en: 'the targets have no adjacent units', nl: 'de doelgebieden hebben geen aangrenzende eenheden' });
  if (members.rest.length === 0)
    warn({
      code: 'no_rest',
      en: 'no rest units: every unit of the scope is a target or adjacent',
      nl: 'geen overige eenheden: alle eenheden zijn doelgebied of aangrenzend',
    });
  return { membership, members, restGemeenten: restKeys.size };
}

/** Amounts of one year on that year's own units. */
function amountsOf(input: WaterbedInput, spec: IndicatorSpec, year: number, codes: readonly string[]): (Amount | null)[] {
  const byCode = new Map(input.rows[year].map((r) => [r.code, r]));
  return codes.map((c) => {
    const r = byCode.get(c);
    return r ? amountOf(spec.kind, r[spec.id], spec.denominator ? r[spec.denominator] : null) : null;
  });
}

/** Every year's amounts on the to-year units, through the requested crosswalk weighting. */
function harmoniseYears(
  req: NormalisedRequest,
  input: WaterbedInput,
  spec: IndicatorSpec,
  years: readonly number[],
  layer: ToLayer,
  family: (y: number) => CrosswalkFamily,
  warn: (w: WaterbedWarning) => void,
) {
  const harmonisation: WaterbedResult['harmonisation'] = [];
  const perYear = new Map<number, (HarmonisedAmount | null)[]>();
  for (const y of years) {
    if (y === req.to) {
      perYear.set(y, ownAmounts(layer.codes, amountsOf(input, spec, y, layer.codes)));
      continue;
    }
    const f = family(y),
      weighting = resolveWeighting(req.weighting, f),
      cw = crosswalkOf(f, weighting);
    const amounts = amountsOf(input, spec, y, cw.fromCodes);
    perYear.set(y, harmonise(cw, amounts, spec.kind));
    const identical = cw.identical.filter(Boolean).length;
    harmonisation.push({
      year: y,
      identical,
      interpolated: layer.codes.length - identical,
      unmatched: cw.unmatched.map((s) => cw.fromCodes[s]),
      weighting,
    });
    if (y !== req.from) continue;
    const lost = cw.unmatched.filter((s) => amounts[s] !== null).map((s) => cw.fromCodes[s]);
    if (lost.length > 0)
      warn({
        code: 'unmatched',
        en: `${oneOther(lost.length, `1 unit of ${y} does not overlap the ${req.to} boundaries; its value is`, `${lost.length} units of ${y} do not overlap the ${req.to} boundaries; their values are`)} left out: ${lost.join(', ')}`,
        nl: `${oneOther(lost.length, `1 gebied van ${y} overlapt niet`, `${lost.length} gebieden van ${y} overlappen niet`)} met de grenzen van ${req.to} en ${oneOther(lost.length, 'telt', 'tellen')} niet mee: ${lost.join(', ')}`,
      });
    if (req.weighting === 'dasymetric' && !f.dasymetric)
      warn({
        code: 'no_finer_layer',
        en: `no finer layer with population for ${y} → ${req.to}: the crosswalk uses two margins (ipf) instead of dasymetric weights`,
        nl: `geen fijnere laag met inwonertallen voor ${y} → ${req.to}: de omzetting gebruikt twee marges (ipf) in plaats van dasymetrische gewichten`,
      });
  }
  return { perYear, harmonisation };
}

export function runWaterbed(input: WaterbedInput, request: WaterbedRequest): WaterbedResult {
  const warnings: WaterbedWarning[] = [];
  const warn = (w: WaterbedWarning) => warnings.push(w);
  const req = normalise(request);
  const { spec, years } = indicatorFor(req, input, warn);
  const cache = input.cache ?? createWaterbedCache();
  const timings = { crosswalkMs: 0, adjacencyMs: 0, compareMs: 0 };
  const started = performance.now();
  const layer = toLayer(req, input);
  const family = (year: number): CrosswalkFamily => {
    const t = performance.now();
    const f = crosswalkFamily({ level: req.level, layers: input, finer: input.finer }, year, req.to, cache.crosswalks);
    timings.crosswalkMs += performance.now() - t;
    return f;
  };
  checkTargets(req, input, layer.index, (y) => crosswalkOf(family(y), 'area'));
  const t0 = performance.now();
  const rings = ringsOf(req, input, layer, cache, warn);
  timings.adjacencyMs = performance.now() - t0;
  const { perYear, harmonisation } = harmoniseYears(req, input, spec, years, layer, family, warn);
  const fromFamily = family(req.from);
  if (fromFamily.toPopulation.every((p) => p === null))
    warn({
      code: 'area_weighting',
      en: `no ${req.to} population in the rows: the crosswalk is weighted by area only`,
      nl: `geen inwonertal voor ${req.to} in de gegevens: de omzetting is alleen naar oppervlakte gewogen`,
    });
  const cmp = compareAll({ req, input, spec, layer, rings, perYear, fromFamily });
  unitWarnings(req, cmp.units, warn);
  const ring1 = cmp.ringRows.find((c) => c.ring === 'ring1') ?? null;
  const summary = summarise({
    level: req.level,
    indicator: spec,
    from: req.from,
    to: req.to,
    ring1,
    rest: cmp.restChange,
    restGemeenten: req.level === 'gemeente' ? undefined : rings.restGemeenten,
    ring1Uncertainty: ring1?.uncertainty.didVsRest ? { range: ring1.uncertainty.didVsRest, rounding: ring1.uncertainty.rounding } : null,
  });
  timings.compareMs = performance.now() - started - timings.crosswalkMs - timings.adjacencyMs;
  return {
    request: req,
    indicator: { ...spec, metric: cmp.metric },
    rings: cmp.ringRows,
    units: cmp.units,
    trajectories: trajectoriesOf(years, perYear, cmp.shown, spec, rings.members, cmp.included),
    summary,
    warnings,
    harmonisation,
    timings,
    weighting: {
      requested: req.weighting,
      used: harmonisation.find((h) => h.year === req.from)?.weighting ?? cmp.used,
      compared: cmp.robust.methods,
      ancillary: fromFamily.ancillary,
      yardstick: cmp.robust.yardstick,
      roundingStep: cmp.robust.roundingStep,
    },
  };
}

/**
 * The aggregates shown: target, ring 1, ring 2 when asked, rest and region — no region at buurt level (imported
 * buurt boundaries cover the gemeenten imported, not a province: the app says so instead of an empty row).
 */
export function shownAggregates(level: NormalisedRequest['level'], ring2: boolean): Aggregate[] {
  return AGGREGATES.filter((a) => (a !== 'ring2' || ring2) && (a !== 'region' || level !== 'buurt'));
}

interface CompareInput {
  req: NormalisedRequest;
  input: WaterbedInput;
  spec: IndicatorSpec;
  layer: ToLayer;
  rings: ReturnType<typeof ringsOf>;
  perYear: Map<number, (HarmonisedAmount | null)[]>;
  fromFamily: CrosswalkFamily;
}

/** Ring values at t0 and t1, their DiD, unit comparisons and robustness. */
function compareAll({ req, input, spec, layer, rings, perYear, fromFamily }: CompareInput) {
  const { membership, members } = rings;
  const metric = changeMetric(spec.kind);
  const h0 = perYear.get(req.from)!,
    h1 = perYear.get(req.to)!;
  const included = (i: number) => h0[i] !== null && h1[i] !== null;
  const shown = shownAggregates(req.level, req.ring2);
  const aggregateAt = (h: readonly (HarmonisedAmount | null)[]) => shown.map((r) => aggregateRing(r, spec.kind, h, members[r], included));
  const comparisons = compareRings(aggregateAt(h0), aggregateAt(h1), metric);
  const restChange = comparisons.find((c) => c.ring === 'rest') ?? null;
  const unitCmp = membership.ring.map((ring, i) =>
    ring
      ? compareUnit(h0[i]?.value ?? null, h1[i]?.value ?? null, restChange, metric, req.threshold, ring === 'ring1' || ring === 'ring2')
      : null,
  );
  const used = resolveWeighting(req.weighting, fromFamily);
  const robust = assessRobustness({
    spec,
    metric,
    threshold: req.threshold,
    family: fromFamily,
    fromAmounts: amountsOf(input, spec, req.from, fromFamily.area.fromCodes),
    h1,
    published: { from: input.rows[req.from].map((r) => r[spec.id]), to: input.rows[req.to].map((r) => r[spec.id]) },
    shown,
    members,
    included,
    scope: req.level === 'gemeente' ? layer.provinceOf : layer.gemeenteOf,
    used: crosswalkOf(fromFamily, used),
    units: membership.ring.flatMap((ring, i) =>
      ring ? [{ index: i, adjacent: ring === 'ring1' || ring === 'ring2', flag: unitCmp[i]!.flag }] : [],
    ),
  });
  const ringRows: WaterbedRingRow[] = comparisons.map((c) => ({
    ...c,
    label: ringLabel(c.ring, req),
    reallocatedShare: ringReallocatedShare(spec.kind, h0, members[c.ring], included),
    uncertainty: robust.rings.get(c.ring)!,
  }));
  const units = unitRows(membership.ring, layer, h0, included, unitCmp, robust);
  return { metric, shown, included, restChange, used, robust, ringRows, units };
}

/** Ring values over every year with data (same ring membership, same balanced panel). */
function trajectoriesOf(
  years: readonly number[],
  perYear: Map<number, (HarmonisedAmount | null)[]>,
  shown: readonly Aggregate[],
  spec: IndicatorSpec,
  members: ReturnType<typeof membersOf>,
  included: (i: number) => boolean,
) {
  return buildTrajectories(
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
}

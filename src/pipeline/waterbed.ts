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
  type Bilingual,
  type Crosswalk,
  type HarmonisedAmount,
  type IndicatorSpec,
  type Ring,
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
  type WaterbedUnitRow,
} from './waterbed-request';
import { assessRobustness } from './waterbed-robustness';
import { oneOther } from '../engine/plural-text';

export * from './waterbed-request';
export { waterbedTable } from './waterbed-table';

export function createWaterbedCache(): WaterbedCache {
  return { crosswalks: new Map(), adjacency: new Map() };
}

const ROUND = (v: number) => Math.round(v * 1e9) / 1e9;

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
  const scopeOf = (i: number) => (req.level === 'wijk' ? gemeenteOf[i] : provinceOf[i]);
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
    region: codes.map((_, i) => req.region === 'nl' || (provinceOf[i] !== null && regionKeys.has(provinceOf[i]))),
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
  const metric = changeMetric(spec.kind);
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
  const { membership, members, restGemeenten } = ringsOf(req, input, layer, cache, warn);
  timings.adjacencyMs = performance.now() - t0;
  const { perYear, harmonisation } = harmoniseYears(req, input, spec, years, layer, family, warn);
  const fromFamily = family(req.from);
  if (fromFamily.toPopulation.every((p) => p === null))
    warn({
      code: 'area_weighting',
      en: `no ${req.to} population in the rows: the crosswalk is weighted by area only`,
      nl: `geen inwonertal voor ${req.to} in de gegevens: de omzetting is alleen naar oppervlakte gewogen`,
    });

  const h0 = perYear.get(req.from)!,
    h1 = perYear.get(req.to)!;
  const included = (i: number) => h0[i] !== null && h1[i] !== null;
  const shown: Aggregate[] = AGGREGATES.filter((a) => a !== 'ring2' || req.ring2);
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
    scope: req.level === 'wijk' ? layer.gemeenteOf : layer.provinceOf,
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
  unitWarnings(req, units, warn);
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
  const ring1 = ringRows.find((c) => c.ring === 'ring1') ?? null;
  const summary = summarise({
    level: req.level,
    indicator: spec,
    from: req.from,
    to: req.to,
    ring1,
    rest: restChange,
    restGemeenten: req.level === 'wijk' ? restGemeenten : undefined,
    ring1Uncertainty: ring1?.uncertainty.didVsRest ? { range: ring1.uncertainty.didVsRest, rounding: ring1.uncertainty.rounding } : null,
  });
  timings.compareMs = performance.now() - started - timings.crosswalkMs - timings.adjacencyMs;
  return {
    request: req,
    indicator: { ...spec, metric },
    rings: ringRows,
    units,
    trajectories,
    summary,
    warnings,
    harmonisation,
    timings,
    weighting: {
      requested: req.weighting,
      used: harmonisation.find((h) => h.year === req.from)?.weighting ?? used,
      compared: robust.methods,
      ancillary: fromFamily.ancillary,
      yardstick: robust.yardstick,
      roundingStep: robust.roundingStep,
    },
  };
}

function unitRows(
  ringOf: readonly (Ring | null)[],
  layer: ToLayer,
  h0: readonly (HarmonisedAmount | null)[],
  included: (i: number) => boolean,
  unitCmp: readonly (ReturnType<typeof compareUnit> | null)[],
  robust: ReturnType<typeof assessRobustness>,
): WaterbedUnitRow[] {
  const order: Record<Ring, number> = { target: 0, ring1: 1, ring2: 2, rest: 3 };
  const units: WaterbedUnitRow[] = [];
  ringOf.forEach((ring, i) => {
    if (!ring) return;
    const a0 = h0[i];
    units.push({
      code: layer.codes[i],
      name: layer.name(i),
      gemeenteCode: layer.gemeenteOf[i],
      ring,
      ...unitCmp[i]!,
      reallocatedShare: a0 ? ROUND(a0.reallocatedShare) : null,
      sourceCodes: a0 ? a0.sources.map((s) => s.code) : [],
      identical: a0?.identical ?? false,
      included: included(i),
      uncertainty: robust.units.get(i) ?? null,
      consistency: robust.consistency[i] ?? null,
    });
  });
  return units.sort((a, b) => order[a.ring] - order[b.ring] || a.code.localeCompare(b.code));
}

function unitWarnings(req: NormalisedRequest, units: readonly WaterbedUnitRow[], warn: (w: WaterbedWarning) => void) {
  const list = (us: readonly WaterbedUnitRow[]) =>
    `${us
      .slice(0, 10)
      .map((u) => u.code)
      .join(', ')}${us.length > 10 ? ', …' : ''}`;
  const missing = units.filter((u) => !u.included);
  if (missing.length > 0)
    warn({
      code: 'missing_values',
      en: `${missing.length} ${oneOther(missing.length, 'unit', 'units')} left out: value unknown in ${req.from} or ${req.to} (${list(missing)})`,
      nl: `${missing.length} ${oneOther(missing.length, 'gebied', 'gebieden')} weggelaten: waarde onbekend in ${req.from} of ${req.to} (${list(missing)})`,
    });
  const moved = units.filter((u) => (u.reallocatedShare ?? 0) > 0);
  if (moved.length > 0) {
    const max = Math.max(...moved.map((u) => u.reallocatedShare ?? 0));
    warn({
      code: 'reallocated',
      en: `${moved.length} ${oneOther(moved.length, 'unit was redrawn', 'units were redrawn')} between ${req.from} and ${req.to}; ${oneOther(moved.length, `its ${req.from} value is an areal interpolation`, `their ${req.from} values are areal interpolations`)} (up to ${(100 * max).toFixed(0)}% from other units)`,
      nl: `${moved.length} ${oneOther(moved.length, 'gebied is', 'gebieden zijn')} tussen ${req.from} en ${req.to} heringedeeld; ${oneOther(moved.length, 'de waarde', 'hun waarden')} voor ${req.from} ${oneOther(moved.length, 'is', 'zijn')} ruimtelijk geïnterpoleerd (tot ${(100 * max).toFixed(0)}% uit andere gebieden)`,
    });
  }
  const odd = units.filter((u) => u.consistency?.status === 'implausible');
  if (odd.length > 0)
    warn({
      code: 'inconsistent',
      en: `${odd.length} redrawn ${oneOther(odd.length, 'unit gets', 'units get')} a ${req.from} population from the boundary conversion that does not fit ${oneOther(odd.length, 'its', 'their')} ${req.to} population (${list(odd)}); read ${oneOther(odd.length, 'its', 'their')} change with care`,
      nl: `${odd.length} ${oneOther(odd.length, 'heringedeeld gebied krijgt', 'heringedeelde gebieden krijgen')} bij de omrekening een inwonertal voor ${req.from} dat niet past bij dat van ${req.to} (${list(odd)}); lees ${oneOther(odd.length, 'de', 'hun')} verandering met voorzichtigheid`,
    });
  const unsure = units.filter((u) => u.flag && u.uncertainty?.flagDistinguishable === false);
  if (unsure.length > 0)
    warn({
      code: 'flag_uncertain',
      en: `${unsure.length} ${oneOther(unsure.length, 'flag is', 'flags are')} not distinguishable: within the spread between boundary conversions or the rounding of the published data (${list(unsure)})`,
      nl: `${unsure.length} ${oneOther(unsure.length, 'markering is', 'markeringen zijn')} niet te onderscheiden: binnen de spreiding tussen grensomrekeningen of de afronding van de gepubliceerde cijfers (${list(unsure)})`,
    });
}

function checkTargets(req: NormalisedRequest, input: WaterbedInput, index: Map<string, number>, crosswalk: (y: number) => Crosswalk) {
  for (const t of req.targets) {
    if (index.has(t)) continue;
    const yearsWith = Object.keys(input.topologies)
      .map(Number)
      .filter((y) => unitProperties(input.topologies[y]).some((p) => p.code === t) || input.rows[y]?.some((r) => r.code === t));
    if (yearsWith.length === 0)
      fail(
        'target_unknown',
        `unknown target code ${t}: no ${req.level} has this code in any year`,
        `onbekende code ${t}: geen ${req.level} heeft deze code in enig jaar`,
      );
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
    fail(
      'target_not_in_layer',
      `target ${t} does not exist in the ${req.to} ${req.level} boundaries (it exists in ${yearsWith.join(', ')})${hint ? `; in ${req.to} its area is part of ${hint}` : ''}`,
      `doelgebied ${t} bestaat niet in de ${req.level}grenzen van ${req.to} (wel in ${yearsWith.join(', ')})${hint ? `; in ${req.to} valt het gebied onder ${hint}` : ''}`,
    );
  }
}

/** Province per to-year unit: its own row, else any row (any year) of its gemeente. */
function provinces(
  req: NormalisedRequest,
  input: WaterbedInput,
  codes: readonly string[],
  gemeenteOf: readonly (string | null)[],
): (string | null)[] {
  const byGemeente = new Map<string, string>();
  const years = Object.keys(input.rows)
    .map(Number)
    .sort((a, b) => Math.abs(a - req.to) - Math.abs(b - req.to))
    .reverse();
  for (const y of years)
    for (const r of input.rows[y]) {
      const gm = req.level === 'gemeente' ? r.code : r.gemeente_code;
      if (gm && r.province_code) byGemeente.set(gm, String(r.province_code));
    }
  const own = new Map(input.rows[req.to].map((r) => [r.code, r.province_code ?? null]));
  return codes.map((c, i) => (own.get(c) ? String(own.get(c)) : (gemeenteOf[i] && byGemeente.get(gemeenteOf[i]!)) || null));
}

function ringLabel(ring: Aggregate, req: NormalisedRequest): Bilingual {
  const wijk = req.level === 'wijk';
  switch (ring) {
    case 'target':
      return { nl: 'doelgebied', en: 'target' };
    case 'ring1':
      return { nl: 'aangrenzend (ring 1)', en: 'adjacent (ring 1)' };
    case 'ring2':
      return { nl: 'ring 2', en: 'ring 2' };
    case 'rest':
      return wijk
        ? { nl: 'rest van de gemeente', en: 'rest of the municipality' }
        : { nl: 'rest van de provincie', en: 'rest of the province' };
    case 'region':
      return req.region === 'nl' ? { nl: 'Nederland', en: 'the Netherlands' } : { nl: 'provincie', en: 'province' };
  }
}

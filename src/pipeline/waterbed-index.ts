/**
 * Waterbed comparison on a segregation index: did segregation (D or Theil H of a group over wijken) change more in
 * the gemeenten around a target than in the rest of the province? Each ring's index is computed over all wijken
 * of the ring's gemeenten pooled (segregation inside that area), in t0 and t1; DiD = Δring − Δrest (index points).
 * Rings are drawn on the t1 gemeente layer; a t0 wijk belongs to the t1 gemeente that received most of its t0
 * gemeente (gemeente crosswalk, so mergers such as Voorne aan Zee 2023 are followed). Pure: rows and layers in.
 */
import type { Topology } from 'topojson-specification';
import { groupCounts, groupDefinitionById, variablesOf } from '../engine/groups';
import type { GroupDefinition } from '../engine/groups-types';
import { dissimilarity } from '../engine/indices/dissimilarity';
import { theilH } from '../engine/indices/entropy';
import type { Contiguity } from '../engine/types';
import { layerAdjacency } from '../geo/adjacency';
import { buildCrosswalk } from '../geo/interpolate';
import { targetRings } from '../geo/rings';
import { toFeatureCollection, unitCodes } from '../geo/topology';
import type { SourceRow } from './indices';

export type IndexRing = 'target' | 'ring1' | 'ring2' | 'rest' | 'region';

export interface IndexWaterbedRequest {
  targets: readonly string[];
  group: string;
  index: 'D' | 'H';
  from: number;
  to: number;
  contiguity?: Contiguity;
  ring2?: boolean;
}

export interface IndexWaterbedInput {
  /** Wijk rows per year (need population, the group's shares, gemeente_code, province_code). */
  wijkRows: Readonly<Record<number, readonly SourceRow[]>>;
  /** Gemeente boundary layers for `from` and `to`. */
  gemeenteTopologies: Readonly<Record<number, Topology>>;
}

export interface IndexRingRow {
  ring: IndexRing;
  gemeenten: number;
  wijkenT0: number;
  wijkenT1: number;
  t0: number | null;
  t1: number | null;
  change: number | null;
  /** Δring − Δrest, in index points. */
  didVsRest: number | null;
}

export interface IndexWaterbedResult {
  request: IndexWaterbedRequest;
  rings: IndexRingRow[];
  /** Per t1 gemeente in target, rings and rest: its own index in t0 and t1. */
  units: { code: string; ring: IndexRing; t0: number | null; t1: number | null; change: number | null }[];
  summary: { nl: string; en: string };
  /** English, for the CLI; `caveats` holds the same as codes with numbers, for the UI's languages. */
  warnings: string[];
  caveats: IndexWaterbedCaveat[];
}

/** A caveat as a code and its numbers: `count` (gemeenten gone, or wijken left out in all), `from`, `to` (years). */
export type IndexWaterbedCaveat =
  | { code: 'gemeenten_changed'; params: { count: number; from: number; to: number } }
  | { code: 'wijken_excluded'; params: { count: number; countFrom: number; countTo: number; from: number; to: number } };

/** The index waterbed comparison for `req` (see the header); throws on a bad request or missing years. */
export function runIndexWaterbed(input: IndexWaterbedInput, req: IndexWaterbedRequest): IndexWaterbedResult {
  const def = groupDefinitionById(req.group);
  if (!def || def.kind !== 'two-group') throw new Error(`"${req.group}" is not a two-group definition`);
  if (req.from >= req.to) throw new Error(`from (${req.from}) must be before to (${req.to})`);
  for (const y of [req.from, req.to]) {
    if (!input.wijkRows[y]) throw new Error(`no wijk statistics for ${y}`);
    if (!input.gemeenteTopologies[y]) throw new Error(`no gemeente boundaries for ${y}`);
  }
  const warnings: string[] = [];
  const caveats: IndexWaterbedCaveat[] = [];
  const topoTo = input.gemeenteTopologies[req.to]!;
  const codes = unitCodes(topoTo);
  const index = new Map(codes.map((c, i) => [c, i]));
  const targets = req.targets.map((t) => t.trim().toUpperCase());
  for (const t of targets) if (!index.has(t)) throw new Error(`target ${t} is not a gemeente of ${req.to}`);
  const ringOf = ringMembership(input, req, targets, codes, index);

  const { gmToT1, changed } = gemeenteSuccessors(input, req, index);
  if (changed) {
    warnings.push(
      `${changed} gemeente(n) of ${req.from} no longer exist in ${req.to}; their wijken follow the gemeente that received most of them`,
    );
    caveats.push({ code: 'gemeenten_changed', params: { count: changed, from: req.from, to: req.to } });
  }
  const t1Gemeente = (year: number, gm: string | null) =>
    gm === null ? null : year === req.to || index.has(gm) ? gm : (gmToT1.get(gm) ?? null);
  const y0 = yearPools(input.wijkRows[req.from]!, def, req.index, (gm) => t1Gemeente(req.from, gm));
  const y1 = yearPools(input.wijkRows[req.to]!, def, req.index, (gm) => t1Gemeente(req.to, gm));
  if (y0.excluded || y1.excluded) {
    warnings.push(`wijken without usable data were left out (${req.from}: ${y0.excluded}, ${req.to}: ${y1.excluded})`);
    const params = { count: y0.excluded + y1.excluded, countFrom: y0.excluded, countTo: y1.excluded, from: req.from, to: req.to };
    caveats.push({ code: 'wijken_excluded', params });
  }

  const rows = ringRows(req, ringOf, codes.length, y0, y1);
  const units = [...ringOf].map(([code, ring]) => {
    const t0 = y0.pool((gm) => gm === code).value;
    const t1 = y1.pool((gm) => gm === code).value;
    return { code, ring, t0, t1, change: t0 !== null && t1 !== null ? t1 - t0 : null };
  });
  return { request: req, rings: rows, units, summary: summarise(req, rows, def.label), warnings, caveats };
}

/** Ring of each t1 gemeente: the targets, ring 1 (and 2) around them, and the rest of the targets' provinces. */
function ringMembership(
  input: IndexWaterbedInput,
  req: IndexWaterbedRequest,
  targets: readonly string[],
  codes: readonly string[],
  index: ReadonlyMap<string, number>,
): Map<string, IndexRing> {
  const adj = layerAdjacency(input.gemeenteTopologies[req.to]!, { contiguity: req.contiguity ?? 'queen' });
  const rings = targetRings(
    adj,
    targets.map((t) => index.get(t)!),
    req.ring2 ? 2 : 1,
  );
  const ringOf = new Map<string, IndexRing>();
  for (const t of targets) ringOf.set(t, 'target');
  for (const i of rings.ring1) ringOf.set(codes[i]!, 'ring1');
  for (const i of rings.ring2 ?? []) if (!ringOf.has(codes[i]!)) ringOf.set(codes[i]!, 'ring2');
  const provinceOf = new Map<string, string | null>();
  for (const r of input.wijkRows[req.to]!) if (r.gemeente_code) provinceOf.set(r.gemeente_code, r.province_code);
  const provinces = new Set(targets.map((t) => provinceOf.get(t)).filter((p): p is string => !!p));
  for (const c of codes) if (!ringOf.has(c) && provinces.has(provinceOf.get(c) ?? '')) ringOf.set(c, 'rest');
  return ringOf;
}

/**
 * For the t0 gemeenten gone by t1 (`changed` of them): the t1 gemeente that received the largest share of each
 * t0 gemeente (gemeente crosswalk); empty when none changed.
 */
function gemeenteSuccessors(
  input: IndexWaterbedInput,
  req: IndexWaterbedRequest,
  index: ReadonlyMap<string, number>,
): { gmToT1: Map<string, string>; changed: number } {
  const gmToT1 = new Map<string, string>();
  const topoFrom = input.gemeenteTopologies[req.from]!;
  const changed = unitCodes(topoFrom).filter((c) => !index.has(c)).length;
  if (!changed) return { gmToT1, changed };
  const cw = buildCrosswalk(toFeatureCollection(topoFrom).features, toFeatureCollection(input.gemeenteTopologies[req.to]!).features, {
    level: 'gemeente',
    fromYear: req.from,
    toYear: req.to,
  });
  const best = new Map<number, { t: number; w: number }>();
  for (let t = 0; t < cw.toCodes.length; t++) {
    for (let k = cw.start[t]!; k < cw.start[t + 1]!; k++) {
      const s = cw.source[k]!;
      if ((best.get(s)?.w ?? -1) < cw.weight[k]!) best.set(s, { t, w: cw.weight[k]! });
    }
  }
  for (const [s, { t }] of best) gmToT1.set(cw.fromCodes[s]!, cw.toCodes[t]!);
  return { gmToT1, changed };
}

/** One year's wijken, pooled on demand: the index over the wijken whose t1 gemeente passes `keep`. */
interface YearPools {
  pool: (keep: (gm: string) => boolean) => { value: number | null; wijken: number };
  /** Wijken without usable data. */
  excluded: number;
}

/** The group counts of one year's wijk rows, each wijk placed in its t1 gemeente by `t1Gemeente`. */
function yearPools(
  rows: readonly SourceRow[],
  def: GroupDefinition,
  which: IndexWaterbedRequest['index'],
  t1Gemeente: (gm: string | null) => string | null,
): YearPools {
  const vars = variablesOf(def);
  const gc = groupCounts(
    def,
    rows.map((r) => ({
      code: r.code,
      values: Object.fromEntries(vars.map((v) => [v, typeof r[v] === 'number' ? (r[v] as number) : null])),
    })),
  );
  const gmOf = new Map(rows.map((r) => [r.code, t1Gemeente(r.gemeente_code)]));
  const x = gc.counts[0]!;
  const y = gc.counts[1]!;
  const compute = (xs: Float64Array, ys: Float64Array) => {
    const r = which === 'D' ? dissimilarity(xs, ys) : theilH(xs, ys);
    return r.ok ? r.value : null;
  };
  const pool = (keep: (gm: string) => boolean) => {
    const idx: number[] = [];
    gc.units.forEach((u, i) => {
      const gm = gmOf.get(u);
      if (gm && keep(gm)) idx.push(i);
    });
    return {
      value: compute(
        Float64Array.from(idx, (i) => x[i]!),
        Float64Array.from(idx, (i) => y[i]!),
      ),
      wijken: idx.length,
    };
  };
  return { pool, excluded: gc.excluded.length };
}

/** One row per ring (target, ring 1, ring 2 when asked, rest, region) with its index in both years and its DiD. */
function ringRows(
  req: IndexWaterbedRequest,
  ringOf: ReadonlyMap<string, IndexRing>,
  nGemeenten: number,
  y0: YearPools,
  y1: YearPools,
): IndexRingRow[] {
  const ringList: IndexRing[] = ['target', 'ring1', ...(req.ring2 ? (['ring2'] as IndexRing[]) : []), 'rest', 'region'];
  const member = (ring: IndexRing) => (gm: string) => (ring === 'region' ? true : ringOf.get(gm) === ring);
  const rows: IndexRingRow[] = ringList.map((ring) => {
    const a = y0.pool(member(ring));
    const b = y1.pool(member(ring));
    const change = a.value !== null && b.value !== null ? b.value - a.value : null;
    return {
      ring,
      gemeenten: ring === 'region' ? nGemeenten : [...ringOf.values()].filter((r) => r === ring).length,
      wijkenT0: a.wijken,
      wijkenT1: b.wijken,
      t0: a.value,
      t1: b.value,
      change,
      didVsRest: null,
    };
  });
  const rest = rows.find((r) => r.ring === 'rest')!;
  for (const r of rows) r.didVsRest = r.ring !== 'rest' && r.change !== null && rest.change !== null ? r.change - rest.change : null;
  return rows;
}

function summarise(req: IndexWaterbedRequest, rows: IndexRingRow[], group: { nl: string; en: string }): { nl: string; en: string } {
  const ring1 = rows.find((r) => r.ring === 'ring1');
  const did = ring1?.didVsRest;
  if (did === null || did === undefined) {
    return {
      nl: 'Niet te berekenen: te weinig bruikbare wijken in de ring of de rest.',
      en: 'Not computable: too few usable wijken in the ring or the rest.',
    };
  }
  const pts = (v: number, lang: 'nl' | 'en') =>
    new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 3 }).format(Math.abs(v));
  const idx = req.index === 'D' ? 'D' : 'H';
  if (Math.abs(did) < 0.005) {
    return {
      nl: `De segregatie (${idx}, ${group.nl.toLowerCase()}) in de aangrenzende gemeenten veranderde tussen ${req.from} en ${req.to} ongeveer even sterk als in de rest van de provincie.`,
      en: `Segregation (${idx}, ${group.en.toLowerCase()}) in the adjacent municipalities changed about as much as in the rest of the province between ${req.from} and ${req.to}.`,
    };
  }
  const worse = did > 0;
  return {
    nl: `De segregatie (${idx}, ${group.nl.toLowerCase()}) in de aangrenzende gemeenten ontwikkelde zich tussen ${req.from} en ${req.to} ${pts(did, 'nl')} indexpunt ${worse ? 'ongunstiger (meer segregatie)' : 'gunstiger (minder segregatie)'} dan in de rest van de provincie.`,
    en: `Between ${req.from} and ${req.to}, segregation (${idx}, ${group.en.toLowerCase()}) in the adjacent municipalities moved ${pts(did, 'en')} index points ${worse ? 'more towards segregation' : 'more towards integration'} than in the rest of the province.`,
  };
}

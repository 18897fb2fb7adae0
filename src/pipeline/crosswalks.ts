/**
 * Crosswalks between two years of one level, in every weighting (area, density, ipf, dasymetric), from boundary
 * topologies and unit populations: the one code path of the waterbed (worker and CLI) and the crosswalk CLI.
 *
 * - The overlay and the area crosswalk (geo/interpolate.ts) are computed once per (level, from, to) and cached.
 * - density / ipf use the from-year and to-year unit populations (rows' `population`).
 * - dasymetric needs a finer layer with population that nests in the from- or to-layer: for gemeenten the wijken
 *   of the to-year (nested by gemeente code), else those of the from-year. Without one it is null.
 * - 'auto' (the default) is dasymetric where a finer layer exists, else ipf: see docs/methods.md for the
 *   measurement behind that choice.
 */
import type { Topology } from 'topojson-specification';
import { consistencyMarks, type ConsistencyMark } from '../engine/waterbed/consistency';
import type { Crosswalk, CrosswalkWeighting, WeightingChoice } from '../engine/waterbed/crosswalk';
import { unchangedGrowth, type GrowthYardstick } from '../engine/waterbed/growth';
import { harmonise } from '../engine/waterbed/harmonise';
import { dasymetricSeed, type AncillaryLayer } from '../geo/dasymetric';
import { buildCrosswalk, populationWeighted, twoMarginWeighted } from '../geo/interpolate';
import { toFeatureCollection, unitProperties, type UnitFeatureCollection } from '../geo/topology';

export { WEIGHTING_CHOICES, type WeightingChoice } from '../engine/waterbed/crosswalk';

/** The fields of a statistics row a crosswalk reads. */
export interface PopulationRow {
  code: string;
  gemeente_code?: string | null;
  population?: number | string | null;
  [k: string]: unknown;
}

/** Boundaries and rows per year of one level. */
export interface LayerYears {
  topologies: Readonly<Record<number, Topology>>;
  rows: Readonly<Record<number, readonly PopulationRow[]>>;
}

export interface CrosswalkSources {
  level: string;
  layers: LayerYears;
  /** The finer level (wijken for gemeenten), when loaded. */
  finer?: LayerYears | null;
}

export interface AncillaryInfo {
  level: 'wijk';
  year: number;
  nestsIn: 'from' | 'to';
  /** Share of the finer layer's population that reached a kept piece. */
  placedShare: number;
}

export interface CrosswalkFamily {
  area: Crosswalk;
  density: Crosswalk;
  ipf: Crosswalk;
  dasymetric: Crosswalk | null;
  ancillary: AncillaryInfo | null;
  /** Populations used (from-year per source, to-year per target). */
  fromPopulation: (number | null)[];
  toPopulation: (number | null)[];
  /** Growth of the unchanged units between the two layers (two-margin spread, consistency band). */
  yardstick: GrowthYardstick;
  timings: { overlayMs: number; dasymetricMs: number; weightsMs: number };
}

export type CrosswalkCache = Map<string, CrosswalkFamily>;

const features = new WeakMap<Topology, UnitFeatureCollection>();
export const featuresOf = (t: Topology): UnitFeatureCollection =>
  features.get(t) ?? (features.set(t, toFeatureCollection(t)), features.get(t)!);

const num = (v: unknown): number | null => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

/** Population per code of a layer's units (null when the row or its value is missing). */
export function populationOf(codes: readonly string[], rows: readonly PopulationRow[] | undefined): (number | null)[] {
  const byCode = new Map((rows ?? []).map((r) => [r.code, num(r.population)]));
  return codes.map((c) => byCode.get(c) ?? null);
}

/** The finer layer that nests in the to-year units (preferred) or the from-year units, if any. */
function ancillaryFor(src: CrosswalkSources, from: number, to: number): (AncillaryLayer & { year: number }) | null {
  if (src.level !== 'gemeente' || !src.finer) return null;
  for (const [year, nestsIn] of [
    [to, 'to'],
    [from, 'from'],
  ] as const) {
    const topo = src.finer.topologies[year],
      rows = src.finer.rows[year];
    if (!topo || !rows) continue;
    const props = unitProperties(topo);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const parentCode = props.map((p) => String(byCode.get(String(p.code))?.gemeente_code ?? p.gemeente_code ?? '') || null);
    const population = populationOf(
      props.map((p) => String(p.code)),
      rows,
    );
    if (population.every((p) => p === null)) continue;
    return { features: featuresOf(topo).features, population, parentCode, nestsIn, year };
  }
  return null;
}

/**
 * Every weighting of the crosswalk from `from` to `to` (cached per level, years and the finer-layer years that
 * can seed it when a cache is given: a family built without a finer layer is not served to a call with one).
 */
export function crosswalkFamily(src: CrosswalkSources, from: number, to: number, cache?: CrosswalkCache): CrosswalkFamily {
  const finerYears = src.level === 'gemeente' && src.finer ? [to, from].filter((y) => src.finer!.topologies[y] && src.finer!.rows[y]) : [];
  const key = `${src.level}:${from}->${to}:finer=${finerYears.join(',')}`;
  const hit = cache?.get(key);
  if (hit) return hit;
  const topoFrom = src.layers.topologies[from],
    topoTo = src.layers.topologies[to];
  if (!topoFrom || !topoTo) throw new RangeError(`no ${src.level} boundaries for ${!topoFrom ? from : to}`);
  let t = performance.now();
  const fromF = featuresOf(topoFrom).features,
    toF = featuresOf(topoTo).features;
  const area = buildCrosswalk(fromF, toF, { level: src.level, fromYear: from, toYear: to });
  const overlayMs = performance.now() - t;
  const fromPopulation = populationOf(area.fromCodes, src.layers.rows[from]);
  const toPopulation = populationOf(area.toCodes, src.layers.rows[to]);
  const yardstick = unchangedGrowth(area, fromPopulation, toPopulation);
  t = performance.now();
  const anc = ancillaryFor(src, from, to);
  let dasymetric: Crosswalk | null = null,
    ancillary: AncillaryInfo | null = null;
  if (anc) {
    const seed = dasymetricSeed(area, anc, anc.nestsIn === 'to' ? fromF : toF);
    dasymetric = twoMarginWeighted(area, 'dasymetric', seed.seed, fromPopulation, toPopulation, yardstick.spread);
    ancillary = { level: 'wijk', year: anc.year, nestsIn: anc.nestsIn, placedShare: seed.total > 0 ? seed.placed / seed.total : 0 };
  }
  const dasymetricMs = performance.now() - t;
  t = performance.now();
  const density = populationWeighted(area, toPopulation);
  const ipf = twoMarginWeighted(area, 'ipf', area.areaKm2, fromPopulation, toPopulation, yardstick.spread);
  const family: CrosswalkFamily = {
    area,
    density,
    ipf,
    dasymetric,
    ancillary,
    fromPopulation,
    toPopulation,
    yardstick,
    timings: { overlayMs, dasymetricMs, weightsMs: performance.now() - t },
  };
  cache?.set(key, family);
  return family;
}

/**
 * The weighting actually used for a choice: 'auto' is dasymetric where a finer layer exists, else ipf; dasymetric
 * without a finer layer is ipf too (callers warn when `choice` was 'dasymetric').
 */
export function resolveWeighting(choice: WeightingChoice, family: CrosswalkFamily): CrosswalkWeighting {
  if (choice === 'auto' || choice === 'dasymetric') return family.dasymetric ? 'dasymetric' : 'ipf';
  return choice;
}

/** The crosswalk of one weighting; dasymetric without a finer layer falls back to ipf (the caller warns). */
export function crosswalkOf(family: CrosswalkFamily, weighting: CrosswalkWeighting): Crosswalk {
  return weighting === 'dasymetric' ? (family.dasymetric ?? family.ipf) : family[weighting];
}

/** The weightings that use where people live: the spread between them is the conversion's uncertainty. */
export function populationWeightings(family: CrosswalkFamily): CrosswalkWeighting[] {
  return family.dasymetric ? ['density', 'ipf', 'dasymetric'] : ['density', 'ipf'];
}

/**
 * The consistency check of one crosswalk of the family: the from-year population it gives each to-unit against
 * the unit's own to-year population, within `scope` (gemeente for wijken, province for gemeenten).
 */
export function familyConsistency(family: CrosswalkFamily, used: Crosswalk, scope: readonly (string | null)[]): (ConsistencyMark | null)[] {
  const counts = family.fromPopulation.map((p) => (p === null ? null : { value: p, num: p, den: 1 }));
  const p0 = harmonise(used, counts, 'count');
  return consistencyMarks({
    identical: used.identical,
    fromPopulation: p0.map((a) => a?.value ?? null),
    toPopulation: family.toPopulation,
    scope,
    yardstick: family.yardstick,
  });
}

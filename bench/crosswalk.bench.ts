/**
 * npm run bench:crosswalk — figures only, never asserted in tests.
 *
 * 1. Timing of crosswalkFamily (src/pipeline/crosswalks.ts) cold: every run gets freshly parsed topologies (so the
 *    module's feature cache is cold too) and no crosswalk cache. Median / min / max over 5 runs of the total and of
 *    its parts (overlay incl. topology → features, dasymetric seed and fit, density + ipf weights).
 * 2. How many people each weighting misplaces on the gemeente pairs, against a wijk-based reference: the pure
 *    dasymetric seed (geo/dasymetric.ts: wijken 2022 with population, nested in the 2022 gemeenten, overlaid with the
 *    earlier gemeenten), row-normalised: w_ref(s, t) = seed(s, t) / Σ_t' seed(s, t'); sources whose seed is all 0
 *    are left out. misplaced_m = Σ_s Σ_t |w_m(s, t) − w_ref(s, t)| · P0_s / 2 (people of the earlier year).
 *    'dasymetric' is the same seed after the two-margin fit, so its distance shows how far the fit moves the seed.
 * 3. Two real splits 2012 → 2022 per method: Haaren GM0788 → Tilburg GM0855, Slochteren GM0040 → Groningen GM0014.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { openNodeDb } from '../src/data/db/duckdb-node';
import type { Crosswalk, CrosswalkWeighting } from '../src/engine/waterbed/crosswalk';
import { entryTargets } from '../src/engine/waterbed/two-margin';
import { dasymetricSeed } from '../src/geo/dasymetric';
import { toFeatureCollection, unitProperties } from '../src/geo/topology';
import { loadLevel, readCatalog, type LevelData } from '../src/cli/layers';
import { crosswalkFamily, populationOf, type CrosswalkFamily } from '../src/pipeline/crosswalks';

const DATA = 'data';
const RUNS = 5;
const GEMEENTE_FROM = [2012, 2017, 2019];
const TO = 2022;

const catalog = readCatalog(DATA);
const db = await openNodeDb();
let gemeente: LevelData, wijk: LevelData;
try {
  gemeente = await loadLevel(db, DATA, catalog, 'gemeente', ['population'], [...GEMEENTE_FROM, TO]);
  wijk = await loadLevel(db, DATA, catalog, 'wijk', ['population'], [2022, 2024]);
} finally {
  await db.close();
}
const topoText = (level: string, year: number) => readFileSync(join(DATA, 'geo', `${level}_${year}.topo.json`), 'utf8');
const texts = new Map<string, string>();
const fresh = (level: string, years: readonly number[]): Record<number, Topology> =>
  Object.fromEntries(
    years.map((y) => {
      const k = `${level}_${y}`;
      if (!texts.has(k)) texts.set(k, topoText(level, y));
      return [y, JSON.parse(texts.get(k)!) as Topology];
    }),
  );

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s[s.length - 1]! };
};
const f = (v: number) => v.toFixed(0).padStart(6);
const cell = (xs: number[]) => {
  const { median, min, max } = stats(xs);
  return `${f(median)} [${f(min)}–${f(max)}]`.padEnd(24);
};

// 1. Timings.
console.log(`crosswalkFamily, cold (fresh topologies, no cache), ${RUNS} runs: median [min–max] ms`);
console.log(`${'pair'.padEnd(22)}${'total'.padEnd(24)}${'overlay'.padEnd(24)}${'dasymetric'.padEnd(24)}${'weights'.padEnd(24)}entries`);
const families = new Map<number, CrosswalkFamily>();
const cases = [
  ...GEMEENTE_FROM.map((y) => ({ level: 'gemeente' as const, from: y, to: TO })),
  { level: 'wijk' as const, from: 2022, to: 2024 },
];
for (const c of cases) {
  const t = { total: [] as number[], overlay: [] as number[], dasymetric: [] as number[], weights: [] as number[] };
  let family: CrosswalkFamily | null = null;
  for (let i = 0; i < RUNS; i++) {
    const own = c.level === 'gemeente' ? gemeente : wijk;
    const layers = { rows: own.rows, topologies: fresh(c.level, [c.from, c.to]) };
    const finer = c.level === 'gemeente' ? { rows: wijk.rows, topologies: fresh('wijk', [2022, 2024]) } : null;
    const t0 = performance.now();
    family = crosswalkFamily({ level: c.level, layers, finer }, c.from, c.to, new Map());
    t.total.push(performance.now() - t0);
    t.overlay.push(family.timings.overlayMs);
    t.dasymetric.push(family.timings.dasymetricMs);
    t.weights.push(family.timings.weightsMs);
  }
  if (c.level === 'gemeente') families.set(c.from, family!);
  const label = `${c.level} ${c.from} → ${c.to}`;
  console.log(`${label.padEnd(22)}${cell(t.total)}${cell(t.overlay)}${cell(t.dasymetric)}${cell(t.weights)}${family!.area.source.length}`);
}

// 2. People misplaced against the wijk-based reference.
const wijkTopo = JSON.parse(topoText('wijk', TO)) as Topology;
const wijkProps = unitProperties(wijkTopo);
const wijkRows = new Map(wijk.rows[TO]!.map((r) => [r.code, r]));
const ancillary = {
  features: toFeatureCollection(wijkTopo).features,
  population: populationOf(
    wijkProps.map((p) => String(p.code)),
    wijk.rows[TO],
  ),
  parentCode: wijkProps.map((p) => String(wijkRows.get(String(p.code))?.gemeente_code ?? p.gemeente_code ?? '') || null),
  nestsIn: 'to' as const,
};

/** Row-normalised pure seed per entry (NaN for sources whose seed is all 0). */
function reference(family: CrosswalkFamily, from: number): Float64Array {
  const cw = family.area;
  const fromFeatures = toFeatureCollection(gemeente.topologies[from]!).features;
  const { seed } = dasymetricSeed(cw, ancillary, fromFeatures);
  const sum = new Float64Array(cw.fromCodes.length);
  for (let k = 0; k < cw.source.length; k++) sum[cw.source[k]] += seed[k];
  return Float64Array.from(cw.source, (s, k) => (sum[s] > 0 ? seed[k] / sum[s] : NaN));
}

const METHODS: CrosswalkWeighting[] = ['area', 'density', 'ipf', 'dasymetric'];
const cwOf = (family: CrosswalkFamily, m: CrosswalkWeighting): Crosswalk | null => (m === 'dasymetric' ? family.dasymetric : family[m]);
const refs = new Map<number, Float64Array>();
const nf = (v: number) => Math.round(v).toLocaleString('en-GB');

console.log('\nPeople misplaced against the wijk-based reference (pure wijk 2022 seed, row-normalised): Σ_s Σ_t |w − w_ref| · P0_s / 2');
console.log(
  `${'pair'.padEnd(22)}${'split sources'.padStart(14)}${'their P0'.padStart(12)}${METHODS.map((m) => m.padStart(18)).join('')}   (people, % of the split sources' P0)`,
);
for (const from of GEMEENTE_FROM) {
  const family = families.get(from)!;
  const ref = reference(family, from);
  refs.set(from, ref);
  const cw = family.area;
  const entries = cw.fromCodes.map(() => [] as number[]);
  for (let k = 0; k < cw.source.length; k++) entries[cw.source[k]].push(k);
  let splitPop = 0,
    split = 0,
    excluded = 0;
  const misplaced = METHODS.map(() => 0);
  cw.fromCodes.forEach((_, s) => {
    const p0 = family.fromPopulation[s];
    if (entries[s].length === 0) return;
    if (entries[s].some((k) => Number.isNaN(ref[k])) || p0 === null) {
      excluded++;
      return;
    }
    if (entries[s].length > 1) {
      split++;
      splitPop += p0;
    }
    METHODS.forEach((m, i) => {
      const w = cwOf(family, m)?.weight;
      if (!w) return;
      for (const k of entries[s]) misplaced[i] += (Math.abs(w[k] - ref[k]) * p0) / 2;
    });
  });
  const cells = METHODS.map((m, i) =>
    (cwOf(family, m) ? `${nf(misplaced[i])} (${((100 * misplaced[i]) / splitPop).toFixed(1)}%)` : '–').padStart(18),
  );
  console.log(
    `${`gemeente ${from} → ${TO}`.padEnd(22)}${String(split).padStart(14)}${nf(splitPop).padStart(12)}${cells.join('')}${excluded ? `   (${excluded} source(s) without seed or population left out)` : ''}`,
  );
}

// 3. Two real splits, 2012 → 2022.
console.log(`\nTwo splits 2012 → ${TO}: share of the 2012 population and persons, per method`);
const family12 = families.get(2012)!,
  ref12 = refs.get(2012)!;
const target = entryTargets(family12.area);
for (const [s, t, label] of [
  ['GM0788', 'GM0855', 'Haaren → Tilburg'],
  ['GM0040', 'GM0014', 'Slochteren → Groningen'],
] as const) {
  const cw = family12.area;
  const si = cw.fromCodes.indexOf(s),
    ti = cw.toCodes.indexOf(t);
  const k = cw.source.findIndex((src, e) => src === si && target[e] === ti);
  const p0 = family12.fromPopulation[si] ?? NaN;
  if (k < 0) {
    console.log(`${s} → ${t}: no crosswalk entry`);
    continue;
  }
  const parts = [...METHODS.map((m) => [m, cwOf(family12, m)?.weight[k] ?? NaN] as const), ['reference', ref12[k]] as const].map(
    ([m, w]) => `${m} ${w.toFixed(3)} = ${nf(w * p0)}`,
  );
  console.log(`${`${s} → ${t} (${label}, P0 ${nf(p0)})`.padEnd(52)}${parts.join('  |  ')}`);
}

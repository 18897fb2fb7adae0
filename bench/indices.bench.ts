/**
 * npm run bench:indices — prints median timings (ms) for the index engine on real and synthetic data.
 * Targets (issue 3): all gemeenten × all two-group indices on wijk 2022 ≤ 20 ms; 1,000 bootstrap replicates for
 * one large gemeente ≤ 300 ms; 100,000 synthetic units ≤ 100 ms. Buurt section: all gemeenten over all buurten
 * (2024) with every aspatial index, with expected D, the three-level split of M and the wijk/buurt scale
 * comparison (milliseconds expected). Figures only — never asserted in tests.
 */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { openRepository } from '../src/cli/node-data';
import { atkinson, dissimilarity, exposure, gini, isolation, correlationRatio, theilH } from '../src/engine/indices';
import { bootstrapIndices } from '../src/engine/inference';
import { createRng } from '../src/engine/random';
import { splitBuurtenByProvince } from '../src/pipeline/decomposition-buurt';
import { runIndices } from '../src/pipeline/indices';
import { scaleComparison } from '../src/pipeline/scale';
import { layerSpatial } from '../src/pipeline/spatial';

/** The q-quantile of xs (nearest rank): 0.5 gives the median. */
function quantile(xs: number[], q: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))]!;
}

function time(label: string, runs: number, fn: () => unknown, target?: number): void {
  fn(); // warm-up
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  const m = quantile(ts, 0.5);
  const verdict = target === undefined ? '' : m <= target ? `  (target ≤ ${target} ms: met)` : `  (target ≤ ${target} ms: NOT met)`;
  const spread = `min ${Math.min(...ts).toFixed(1)}, p90 ${quantile(ts, 0.9).toFixed(1)}, n=${runs}`;
  console.log(`${label.padEnd(72)} median ${m.toFixed(1).padStart(8)} ms  [${spread}]${verdict}`);
}

const repo = await openRepository('data', ['wijk', 'buurt']);
const rows = await repo.rows('wijk', 2022, ['population', 'share_income_low']);
const topo = JSON.parse(readFileSync('data/geo/wijk_2022.topo.json', 'utf8')) as Topology;
const noResampling = { level: 'wijk' as const, year: 2022, group: 'income_low', bootstrapReplicates: 0, randomReplicates: 0 };
console.log(`wijk 2022: ${rows.length} wijken in ${new Set(rows.map((r) => r.gemeente_code)).size} gemeenten`);

time('all gemeenten × aspatial two-group + multigroup indices (pipeline)', 21, () => runIndices(rows, noResampling), 20);
let spatial = layerSpatial(topo);
time('layer spatial summaries: rook + queen adjacency + geometry (once per layer)', 5, () => (spatial = layerSpatial(topo)));
time('all gemeenten × all two-group indices incl. Morrill rook/queen, Wong, SP', 21, () => runIndices(rows, noResampling, spatial), 20);

const ams = rows.filter((r) => r.gemeente_code === 'GM0363');
const x = Float64Array.from(ams, (r) => ((r.population as number) * (r.share_income_low as number)) / 100);
const y = Float64Array.from(ams, (r, i) => (r.population as number) - x[i]!);
time(
  `1,000 bootstrap replicates (D, H, M), Amsterdam (${ams.length} wijken)`,
  11,
  () => bootstrapIndices([x, y], { replicates: 1000, seed: 1 }),
  300,
);
time('Amsterdam full record (bootstrap 1,000 + random allocation 100 + spatial)', 5, () =>
  runIndices(ams, { level: 'wijk', year: 2022, group: 'income_low', regions: ['GM0363'] }, spatial),
);

const rng = createRng(42);
const N = 100_000;
const sx = new Float64Array(N);
const sy = new Float64Array(N);
for (let i = 0; i < N; i++) {
  sx[i] = Math.floor(rng.nextFloat() * 500);
  sy[i] = Math.floor(rng.nextFloat() * 1500);
}
time(
  '100,000 synthetic units × D, xPx, xPy, H, Gini, V, A',
  11,
  () => {
    dissimilarity(sx, sy);
    isolation(sx, sy);
    exposure(sx, sy);
    theilH(sx, sy);
    gini(sx, sy);
    correlationRatio(sx, sy);
    atkinson(sx, sy);
  },
  100,
);
time('100,000 synthetic units × D only', 11, () => dissimilarity(sx, sy));

const buurten = (await repo.all('buurt')).filter((r) => r.year === 2024);
const buurtGemeenten = new Set(buurten.map((r) => r.gemeente_code)).size;
console.log(`\nbuurt 2024: ${buurten.length} buurten in ${buurtGemeenten} gemeenten`);
const buurtRequest = { level: 'buurt' as const, year: 2024, bootstrapReplicates: 0, randomReplicates: 0 };
for (const group of ['age_65plus', 'age3'])
  time(`all gemeenten × all buurten, every aspatial index (${group})`, 11, () => runIndices(buurten, { ...buurtRequest, group }));
time('all gemeenten × all buurten, age_65plus + expected D (100 replicates)', 5, () =>
  runIndices(buurten, { ...buurtRequest, group: 'age_65plus', randomReplicates: 100 }),
);
time('every wijk × its buurten (--within wijk), age3', 11, () => runIndices(buurten, { ...buurtRequest, group: 'age3', within: 'wijk' }));
time('three-level split of M (age3), NL + 12 provinces', 11, () => splitBuurtenByProvince(buurten, 'age3'));
time('scale comparison: D over wijken vs buurten, every gemeente (age_65plus)', 11, () =>
  scaleComparison(buurten, { group: 'age_65plus' }),
);

/**
 * npm run bench (= build + this): the app's speed figures in headless Chromium on the production build as served
 * by `npm start` (scripts/serve.mjs: precompressed, cache headers), each flow in a fresh browser (cold cache).
 * Prints median [min–max] per figure over RUNS runs (default 5), a CPU calibration figure (so runs on different
 * machines compare) and, in the same runs, the floors (bench/floor: the least MapLibre or DuckDB work each figure
 * needs, nothing else: first paint, restyle, drill-down, DuckDB ready); writes the medians as flat keys, with
 * ranges and targets, to bench-results.json at the repo root. Figures only — not a test.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { serve } from '../scripts/serve.mjs';
import { precompress } from '../scripts/vite-precompress';
import { startHarness } from '../tests/e2e/harness';
import { coldLoad, floor, waterbed, waterbedAfterWarmUp, type Figures } from './bench-runs';

const RUNS = Number(process.env.RUNS ?? 5);
const FLOOR_DIR = resolve('node_modules/.cache/segv-floor');

/** Targets of the speed issue: figure ≤ limit. */
const TARGETS: Record<string, number> = {
  first_choropleth_ms: 1200,
  search_ready_ms: 1500,
  duckdb_ready_ms: 2500,
  bytes_before_first_paint_kb: 1536,
  initial_js_gzip_kb: 350,
  restyle_ms: 50,
  restyle_painted_ms: 150,
  year_switch_painted_ms: 150,
  drilldown_ms: 500,
  waterbed_cold_ms: 1000,
  waterbed_cached_ms: 100,
};

/** ms for a fixed amount of single-threaded work (hashing 64 MB), median of 5: lower is a faster core. */
function cpuCalibration(): number {
  const data = Buffer.alloc(8 * 1024 * 1024, 7);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    for (let j = 0; j < 8; j++) createHash('sha256').update(data).digest();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[2]!;
}

/** Gzipped size of the JS that index.html loads before anything else (entry and its modulepreloads), in KB. */
function initialJsGzipKb(): number {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => join('dist', m[1]!));
  return files.reduce((s, f) => s + (existsSync(`${f}.gz`) ? readFileSync(`${f}.gz`).length : gzipSync(readFileSync(f)).length), 0) / 1024;
}

async function buildFloor(): Promise<void> {
  await build({
    configFile: false,
    root: resolve('bench/floor'),
    base: './',
    logLevel: 'warn',
    publicDir: false,
    build: { outDir: FLOOR_DIR, emptyOutDir: true, chunkSizeWarningLimit: 4000, target: 'es2022' },
    plugins: [precompress()],
  });
  mkdirSync(join(FLOOR_DIR, 'data/geo'), { recursive: true });
  for (const layer of ['gemeente_2022', 'wijk_2022']) {
    const geo = `dist/data/geo/${layer}.topo.json`;
    for (const ext of ['', '.br', '.gz'])
      if (existsSync(geo + ext)) copyFileSync(geo + ext, join(FLOOR_DIR, 'data/geo', `${layer}.topo.json${ext}`));
  }
}

const stats = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s[s.length - 1]! };
};

if (!existsSync('dist/index.html')) {
  console.error('dist/ missing: run npm run build first (npm run bench does both)');
  process.exit(1);
}
await buildFloor();
const calibration = cpuCalibration();
const samples: Record<string, number[]> = {};
const add = (f: Figures) => Object.entries(f).forEach(([k, v]) => v !== null && (samples[k] ??= []).push(v));
for (let i = 0; i < RUNS; i++) {
  const h = await startHarness();
  const floorServer = await serve({ root: FLOOR_DIR, port: 0 });
  try {
    add(await floor(h, `http://127.0.0.1:${floorServer.port}/`));
    add(await coldLoad(h));
    add(await waterbed(h));
    add(await waterbedAfterWarmUp(h));
  } finally {
    await floorServer.close();
    await h.close();
  }
  process.stdout.write(`run ${i + 1}/${RUNS} done\n`);
}
samples.initial_js_gzip_kb = [initialJsGzipKb()];

const results: Record<string, unknown> = {};
const ranges: Record<string, { median: number; min: number; max: number; n: number }> = {};
console.log(`\nSegregatieverkenner speed, production build, ${RUNS} cold runs (headless Chromium, software WebGL)`);
console.log(`CPU calibration (sha256 of 64 MB, Node): ${calibration.toFixed(0)} ms; ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}\n`);
console.log(`${'figure'.padEnd(34)} ${'median'.padStart(8)}  ${'range'.padEnd(16)} target`);
for (const [k, xs] of Object.entries(samples)) {
  const s = stats(xs);
  results[k] = Math.round(s.median);
  ranges[k] = { ...s, n: xs.length };
  const target = TARGETS[k];
  const verdict = target === undefined ? '' : `≤ ${target} ${s.median <= target ? 'met' : 'NOT met'}`;
  const range = `[${s.min.toFixed(0)}–${s.max.toFixed(0)}]`;
  console.log(`${k.padEnd(34)} ${s.median.toFixed(0).padStart(8)}  ${range.padEnd(16)} ${verdict}`);
}
results.cpu_calibration_ms = Math.round(calibration);
results.runs = RUNS;
results.date = new Date().toISOString();
results.cores = cpus().length;
results.ranges = ranges;
results.targets = TARGETS;
writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nwritten: bench-results.json');

/**
 * Crosswalk between two years of one level from the command line (the same code as the waterbed's worker,
 * src/pipeline/crosswalks.ts):
 *
 *   npx tsx src/cli/crosswalk.ts --level gemeente --from 2019 --to 2022 --out crosswalk.csv [--apply counts.csv]
 *
 * - crosswalk.csv: one row per (earlier unit, later unit) piece: from_code, to_code, population_share (the weight
 *   of the chosen weighting: share of the earlier unit's population assigned to the later unit; the shares of one
 *   earlier unit sum to 1), area_share (the area weighting's share of the same piece), intersection_km2.
 * - crosswalk.meta.json (written first): method, level, years, sources and licence, counts, the growth yardstick
 *   of unchanged units and the consistency warnings (later units whose implied growth does not fit), timings.
 * - --apply counts.csv (long table code,variable,count of the earlier year; ',' or ';' separated): every variable
 *   moved onto the later units (count_t = Σ_s weight(s→t) · count_s), written to crosswalk.applied.csv.
 * Files are written atomically (temporary file in the same folder, then rename). Without --out the crosswalk CSV
 * goes to stdout and no sidecar is written. Summary and timings go to stderr. Bad input → message, exit 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Catalog, Manifest } from '../data/catalog';
import type { Crosswalk } from '../engine/waterbed';
import { unitProperties } from '../geo/topology';
import {
  applyCounts,
  consistencyList,
  CROSSWALK_COLUMNS,
  crosswalkMeta,
  crosswalkRows,
  crosswalkWarnings,
  fixed9,
  type AppliedCounts,
  type CountRecord,
  type CrosswalkMeta,
  type CrosswalkRequest,
  type CrosswalkRow,
} from '../pipeline/crosswalk-export';
import { crosswalkFamily, crosswalkOf, resolveWeighting, type CrosswalkFamily } from '../pipeline/crosswalks';
import { parseCli, usageText, type CliValues } from './args';
import { readCatalog } from './catalog';
import { checkCodes, parseCounts } from './crosswalk-counts';
import { planOutput, sibling, writeFilesAtomic, type OutputFile } from './files';
import type { LevelData } from './layers';
import { csvText } from './output';
import { CliError, runCli } from './run';
import { CROSSWALK_SPEC } from './specs';

type Values = CliValues<typeof CROSSWALK_SPEC>;

/** Where the outputs go: --out as given, and the paths of the CSV, the sidecar and the moved counts. */
interface OutputPaths {
  outArg: string | null;
  out: string | null;
  meta: string | null;
  applied: string | null;
}

/** A checked request: what to compute, from which data directory, and where to write it. */
interface Job {
  request: CrosswalkRequest;
  dataDir: string;
  catalog: Catalog;
  paths: OutputPaths;
}

function checkYear(n: number, name: string, level: string, available: readonly number[]): number {
  if (!available.includes(n)) throw new CliError(`--${name} ${n} is not available for ${level} (available: ${available.join(', ')})`);
  return n;
}

function readManifest(dataDir: string): Manifest | null {
  const file = join(dataDir, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : null;
}

/** Level, years (those with boundaries in the data directory, from before to) and the weighting asked for. */
function parseRequest(v: Values): { request: CrosswalkRequest; catalog: Catalog } {
  const level = v.level;
  const catalog = readCatalog(v.data);
  const available = (catalog.geometry[level] ?? []).filter((y) => existsSync(join(v.data, 'geo', `${level}_${y}.topo.json`)));
  if (available.length < 2)
    throw new CliError(`${level} has fewer than two years of boundaries in ${v.data} (available: ${available.join(', ') || 'none'})`);
  const from = checkYear(v.from, 'from', level, available),
    to = checkYear(v.to, 'to', level, available);
  if (from >= to) throw new CliError(`--from (${from}) must be before --to (${to})`);
  return { request: { level, from, to, weighting: v.weighting, apply: v.apply ?? null }, catalog };
}

/**
 * Output paths: the sidecar and the applied counts sit next to --out; none may overwrite the input or each other.
 * The crosswalk is CSV only: --out x.json is an error; another extension gets CSV with a note (output.ts).
 */
function outputPaths(v: Values): OutputPaths {
  if (v.apply && !v.out) throw new CliError('--apply needs --out (the moved counts are written to <out-base>.applied.csv)');
  if (v.out && /\.json$/i.test(v.out)) throw new CliError(`--out ${v.out}: the crosswalk is written as CSV; use a .csv name`);
  const applied = v.out && v.apply ? sibling(v.out, '.applied.csv') : null;
  const plan = planOutput(v.out, 'csv', {
    sidecarOf: (out) => sibling(out, '.meta.json'),
    inputs: v.apply ? [{ path: v.apply, label: `--apply ${v.apply}` }] : [],
    extra: applied ? [{ path: applied, label: `the moved counts ${applied}` }] : [],
  });
  return {
    outArg: v.out ?? null,
    out: plan.out ? resolve(plan.out) : null,
    meta: plan.sidecar ? resolve(plan.sidecar) : null,
    applied: applied ? resolve(applied) : null,
  };
}

/** The checked request and output paths (in that order, so errors come as before). */
function parseJob(v: Values): Job {
  const { request, catalog } = parseRequest(v);
  return { request, catalog, dataDir: v.data, paths: outputPaths(v) };
}

/** The --apply counts, checked before anything slow: columns, numbers, duplicates, and codes of the earlier layer. */
function readCounts(job: Job): CountRecord[] | null {
  const { apply, level, from } = job.request;
  if (!apply) return null;
  const records = parseCounts(apply);
  const topo = JSON.parse(readFileSync(join(job.dataDir, 'geo', `${level}_${from}.topo.json`), 'utf8')) as Topology;
  checkCodes(
    records,
    unitProperties(topo).map((p) => String(p.code)),
    apply,
    level,
    from,
  );
  return records;
}

/** Both years' layers, the crosswalk family, and how long loading (since `started`) and computing took. */
interface Loaded {
  layers: LevelData;
  family: CrosswalkFamily;
  loadMs: number;
  crosswalkMs: number;
}

/** Load population and boundaries of both years (DuckDB and ./layers imported only now) and build every weighting. */
async function loadFamily(job: Job, started: number): Promise<Loaded> {
  const { level, from, to } = job.request;
  const [{ openNodeDb }, { loadLevel }] = await Promise.all([import('../data/db/duckdb-node'), import('./layers')]);
  const db = await openNodeDb();
  try {
    const layers = await loadLevel(db, job.dataDir, job.catalog, level, ['population'], [from, to]);
    for (const y of [from, to])
      if (!layers.rows[y]) throw new Error(`no ${level} statistics for ${y} in ${job.dataDir}/stats/${level}.parquet`);
    // Wijken with population, for the dasymetric gemeente crosswalk (as the waterbed does).
    const finer =
      level === 'gemeente' && (job.catalog.geometry.wijk ?? []).length > 0
        ? await loadLevel(db, job.dataDir, job.catalog, 'wijk', ['population'], [from, to])
        : null;
    const loadMs = performance.now() - started;
    const t = performance.now();
    const family = crosswalkFamily({ level, layers, finer }, from, to);
    return { layers, family, loadMs, crosswalkMs: performance.now() - t };
  } finally {
    await db.close();
  }
}

/** What is written and reported. */
interface Outputs {
  used: Crosswalk;
  rows: CrosswalkRow[];
  applied: AppliedCounts | null;
  meta: CrosswalkMeta;
}

/** The crosswalk of the resolved weighting as CSV rows, the consistency list, the moved counts and the sidecar. */
function buildOutputs(job: Job, loaded: Loaded, records: CountRecord[] | null, started: number): Outputs {
  const { request, paths } = job,
    { family, layers } = loaded;
  const used = crosswalkOf(family, resolveWeighting(request.weighting, family));
  const rows = crosswalkRows(used, family.area);
  // Later units whose implied growth does not fit the growth of unchanged units.
  const implausible = consistencyList(request, family, used, {
    rows: layers.rows[request.to],
    topology: layers.topologies[request.to],
  });
  const applied = records ? applyCounts(used, records) : null;
  const warnings = crosswalkWarnings(request, family, used, applied);
  const manifest = readManifest(job.dataDir);
  const meta = crosswalkMeta({
    request,
    family,
    used,
    entries: rows.length,
    manifest,
    implausible,
    warnings,
    applied: applied && paths.applied ? { output: paths.applied, counts: applied } : null,
    timings: { loadMs: loaded.loadMs, crosswalkMs: loaded.crosswalkMs, runMs: performance.now() - started },
  });
  return { used, rows, applied, meta };
}

/** The sidecar first, then the moved counts, then the crosswalk CSV, all atomically (files.ts); without --out the CSV to stdout. */
function writeOutputs(paths: OutputPaths, { rows, applied, meta }: Outputs): void {
  const csv = csvText(rows as unknown as Record<string, unknown>[], CROSSWALK_COLUMNS);
  if (!paths.out || !paths.meta) {
    process.stdout.write(csv);
    return;
  }
  const files: OutputFile[] = [{ path: paths.meta, text: JSON.stringify(meta, null, 1) + '\n' }];
  if (applied && paths.applied) {
    const moved = applied.rows.map((r) => ({
      code: r.code,
      variable: r.variable,
      count: fixed9(r.count, `count of ${r.code} ${r.variable}`),
    }));
    files.push({ path: paths.applied, text: csvText(moved, ['code', 'variable', 'count']) });
  }
  writeFilesAtomic([...files, { path: paths.out, text: csv }]);
}

/** Summary on stderr: weighting, entries, implausible units, warnings, timings and the files written. */
function report(
  { request: { from, to, weighting: requested }, paths }: Job,
  family: CrosswalkFamily,
  { used, rows, applied, meta }: Outputs,
): void {
  const ancillary = used.weighting === 'dasymetric' ? family.ancillary : null;
  const anc = ancillary ? ` (wijken ${ancillary.year} nested in the ${ancillary.nestsIn === 'to' ? to : from} gemeenten)` : '';
  const implausible = meta.consistency.implausible;
  console.error(`weighting: ${used.weighting}${anc}${requested !== used.weighting ? `, requested ${requested}` : ''}`);
  console.error(
    `entries: ${rows.length} (${used.fromCodes.length} units of ${from} → ${used.toCodes.length} of ${to}; ${meta.counts.identical} identical, ${used.unmatched.length} unmatched${used.unmatched.length ? `: ${meta.counts.unmatched_codes.join(', ')}` : ''})`,
  );
  if (implausible.length > 0)
    console.error(
      `consistency: ${implausible.length} later unit(s) get an implausible ${from} population: ${implausible
        .slice(0, 10)
        .map((c) => c.code)
        .join(', ')}${implausible.length > 10 ? ', …' : ''}`,
    );
  for (const w of meta.warnings) console.error(`warning: ${w}`);
  const tm = meta.timings_ms;
  console.error(
    `time: overlay ${tm.overlay.toFixed(0)} ms, dasymetric ${tm.dasymetric.toFixed(0)} ms, weights ${tm.weights.toFixed(0)} ms, total ${tm.total.toFixed(0)} ms (crosswalk; data load ${tm.load.toFixed(0)} ms, whole run ${tm.run.toFixed(0)} ms)`,
  );
  if (paths.out)
    console.error(
      `wrote ${rows.length} rows to ${paths.outArg}, metadata to ${paths.meta}${paths.applied && applied ? `, ${applied.rows.length} moved counts to ${paths.applied}` : ''}`,
    );
}

async function main(argv: string[]): Promise<number> {
  const a = parseCli(argv, CROSSWALK_SPEC);
  if (a.help) {
    process.stdout.write(`${usageText(CROSSWALK_SPEC)}\n`);
    return 0;
  }
  const job = parseJob(a.values);
  const records = readCounts(job);
  const started = performance.now();
  const loaded = await loadFamily(job, started);
  const outputs = buildOutputs(job, loaded, records, started);
  writeOutputs(job.paths, outputs);
  report(job, loaded.family, outputs);
  return 0;
}

runCli(main);

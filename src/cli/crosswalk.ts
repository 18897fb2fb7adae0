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
import { csvFormat, csvParse, dsvFormat, type DSVRowArray } from 'd3';
import type { Catalog, Manifest } from '../data/catalog';
import { unchangedGrowth, type Crosswalk } from '../engine/waterbed';
import { unitProperties } from '../geo/topology';
import {
  applyCounts, consistencyList, CROSSWALK_COLUMNS, crosswalkMeta, crosswalkRows, crosswalkWarnings, fixed9,
  type AppliedCounts, type CountRecord, type CrosswalkLevel, type CrosswalkMeta, type CrosswalkRequest, type CrosswalkRow,
} from '../pipeline/crosswalk-export';
import { crosswalkFamily, crosswalkOf, resolveWeighting, WEIGHTING_CHOICES, type CrosswalkFamily, type WeightingChoice } from '../pipeline/crosswalks';
import { parseArgs, usage, type Spec } from './args';
import { sibling, writeAtomic } from './files';
import type { LevelData } from './layers';

const SPEC: Spec = {
  level: { help: 'gemeente or wijk', choices: ['gemeente', 'wijk'] },
  from: { help: 'earlier year (its units are the sources)' },
  to: { help: 'later year (its units are the targets)' },
  weighting: {
    help: 'population_share weighting: auto (dasymetric where wijken with population nest in the gemeenten, else ipf), area, density (area × later density), ipf (two margins), dasymetric (wijk population inside gemeenten)',
    default: 'auto', choices: WEIGHTING_CHOICES,
  },
  out: { help: 'crosswalk CSV; also writes <out-base>.meta.json (default: CSV to stdout, no sidecar)' },
  apply: { help: 'own counts of the earlier year, long CSV code,variable,count (, or ; separated): moved onto the later units, written to <out-base>.applied.csv' },
  data: { help: 'data directory', default: 'data' },
  help: { help: 'show this help', flag: true },
};

/** Where the outputs go: --out as given, and the absolute paths of the CSV, the sidecar and the moved counts. */
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

function year(v: string | undefined, name: string, level: string, available: readonly number[]): number {
  if (v === undefined) throw new Error(`--${name} is required (${level} years: ${available.join(', ')})`);
  const n = Number(v);
  if (!/^\s*\d+\s*$/.test(v) || !Number.isInteger(n)) throw new Error(`--${name} must be a year (got "${v}")`);
  if (!available.includes(n)) throw new Error(`--${name} ${n} is not available for ${level} (available: ${available.join(', ')})`);
  return n;
}

/** Parse and check the user's long counts table (everything but the codes, which need the earlier layer). */
function parseCounts(file: string): CountRecord[] {
  if (!existsSync(file)) throw new Error(`counts file ${file} does not exist`);
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const semicolon = header.includes(';') && !header.includes(',');
  const rows: DSVRowArray<string> = semicolon ? dsvFormat(';').parse(text) : csvParse(text);
  const columns = rows.columns.map((c) => c.trim());
  const col = (name: string) => rows.columns[columns.indexOf(name)];
  const missing = ['code', 'variable', 'count'].filter((c) => !columns.includes(c));
  if (missing.length > 0)
    throw new Error(`counts file ${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${columns.filter(Boolean).join(', ') || 'none'}; expected code,variable,count)`);
  if (rows.length === 0) throw new Error(`counts file ${file} has no rows`);
  const seen = new Map<string, number>();
  return rows.map((r, i) => {
    const line = i + 2;
    const code = (r[col('code')] ?? '').trim(), variable = (r[col('variable')] ?? '').trim(), raw = (r[col('count')] ?? '').trim();
    if (!code) throw new Error(`counts file ${file}, line ${line}: empty code`);
    if (!variable) throw new Error(`counts file ${file}, line ${line}: empty variable`);
    // ';'-separated files often use a decimal comma (12,5).
    const normalised = semicolon && /^-?\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
    const count = normalised === '' ? NaN : Number(normalised);
    if (!Number.isFinite(count)) throw new Error(`counts file ${file}, line ${line}: count "${raw}" is not a number`);
    if (count < 0) throw new Error(`counts file ${file}, line ${line}: count ${raw} is negative`);
    const key = `${code}\u0000${variable}`;
    const first = seen.get(key);
    if (first !== undefined) throw new Error(`counts file ${file}, line ${line}: duplicate code ${code} with variable ${variable} (first on line ${first})`);
    seen.set(key, line);
    return { code, variable, count };
  });
}

/** Codes of the counts that are not units of the earlier layer: an error naming up to 5 of them. */
function checkCodes(records: readonly CountRecord[], fromCodes: readonly string[], file: string, level: string, from: number): void {
  const known = new Set(fromCodes);
  const unknown = [...new Set(records.map((r) => r.code).filter((c) => !known.has(c)))];
  if (unknown.length === 0) return;
  const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
  throw new Error(`counts file ${file}: ${unknown.length} code${unknown.length > 1 ? 's are' : ' is'} not ${level} code${unknown.length > 1 ? 's' : ''} of ${from}: ${unknown.slice(0, 5).join(', ')}${more}`);
}

/**
 * data/variables.json. A copy of readCatalog in ./layers rather than an import: layers.ts imports StatsRepository as
 * a value (data/queries → parquet-to-arrow → apache-arrow, hyparquet), which costs ~0.3 s at startup even though
 * DuckDB itself stays out; layers.ts is imported only once the input is checked, so bad input fails fast.
 */
function readCatalog(dataDir: string): Catalog {
  const file = join(dataDir, 'variables.json');
  if (!existsSync(file)) throw new Error(`no variable catalogue at ${file} (use --data <dir>)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Catalog;
}

function readManifest(dataDir: string): Manifest | null {
  const file = join(dataDir, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : null;
}

/** Level, years (those with boundaries in the data directory, from before to) and the weighting asked for. */
function parseRequest(args: Record<string, string>): { request: CrosswalkRequest; catalog: Catalog } {
  if (!args.level) throw new Error('--level is required (gemeente or wijk); see --help');
  const level = args.level as CrosswalkLevel;
  const catalog = readCatalog(args.data);
  const available = (catalog.geometry[level] ?? []).filter((y) => existsSync(join(args.data, 'geo', `${level}_${y}.topo.json`)));
  if (available.length < 2) throw new Error(`${level} has fewer than two years of boundaries in ${args.data} (available: ${available.join(', ') || 'none'})`);
  const from = year(args.from, 'from', level, available), to = year(args.to, 'to', level, available);
  if (from >= to) throw new Error(`--from (${from}) must be before --to (${to})`);
  return { request: { level, from, to, weighting: args.weighting as WeightingChoice, apply: args.apply ?? null }, catalog };
}

/** Output paths: the sidecar and the applied counts sit next to --out; none may overwrite the input. */
function outputPaths(args: Record<string, string>): OutputPaths {
  if (args.apply && !args.out) throw new Error('--apply needs --out (the moved counts are written to <out-base>.applied.csv)');
  const out = args.out ? resolve(args.out) : null;
  const meta = out ? sibling(out, '.meta.json') : null;
  const applied = out && args.apply ? sibling(out, '.applied.csv') : null;
  if (args.apply) {
    const input = resolve(args.apply);
    if (out === input) throw new Error(`--out ${args.out} is the same file as --apply ${args.apply}: refusing to overwrite the input`);
    for (const p of [meta, applied]) if (p === input) throw new Error(`--out ${args.out} would write ${p} over the --apply input ${args.apply}: choose another --out`);
  }
  if (out && (out === meta || out === applied)) throw new Error(`--out ${args.out} would collide with its own sidecar: use a name like crosswalk.csv`);
  return { outArg: args.out ?? null, out, meta, applied };
}

/** The checked request and output paths (in that order, so errors come as before). */
function parseJob(args: Record<string, string>): Job {
  const { request, catalog } = parseRequest(args);
  return { request, catalog, dataDir: args.data, paths: outputPaths(args) };
}

/** The --apply counts, checked before anything slow: columns, numbers, duplicates, and codes of the earlier layer. */
function readCounts(job: Job): CountRecord[] | null {
  const { apply, level, from } = job.request;
  if (!apply) return null;
  const records = parseCounts(apply);
  const topo = JSON.parse(readFileSync(join(job.dataDir, 'geo', `${level}_${from}.topo.json`), 'utf8')) as Topology;
  checkCodes(records, unitProperties(topo).map((p) => String(p.code)), apply, level, from);
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
    for (const y of [from, to]) if (!layers.rows[y]) throw new Error(`no ${level} statistics for ${y} in ${job.dataDir}/stats/${level}.parquet`);
    // Wijken with population, for the dasymetric gemeente crosswalk (as the waterbed does).
    const finer = level === 'gemeente' && (job.catalog.geometry.wijk ?? []).length > 0
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
  const { request, paths } = job, { family, layers } = loaded;
  const used = crosswalkOf(family, resolveWeighting(request.weighting, family));
  const rows = crosswalkRows(used, family.area);
  // Growth of unchanged units, and later units whose implied growth does not fit it.
  const yardstick = unchangedGrowth(family.area, family.fromPopulation, family.toPopulation);
  const implausible = consistencyList(request, family, used, yardstick, { rows: layers.rows[request.to], topology: layers.topologies[request.to] });
  const applied = records ? applyCounts(used, records) : null;
  const warnings = crosswalkWarnings(request, family, used, applied);
  const manifest = readManifest(job.dataDir);
  const meta = crosswalkMeta({
    request, family, used, entries: rows.length, manifest, yardstick, implausible, warnings,
    applied: applied && paths.applied ? { output: paths.applied, counts: applied } : null,
    timings: { loadMs: loaded.loadMs, crosswalkMs: loaded.crosswalkMs, runMs: performance.now() - started },
  });
  return { used, rows, applied, meta };
}

/** The sidecar first, then the moved counts, then the crosswalk CSV, each atomically; without --out the CSV to stdout. */
function writeOutputs(paths: OutputPaths, { rows, applied, meta }: Outputs): void {
  const csv = csvFormat(rows, CROSSWALK_COLUMNS) + '\n';
  if (!paths.out || !paths.meta) {
    process.stdout.write(csv);
    return;
  }
  writeAtomic(paths.meta, JSON.stringify(meta, null, 1) + '\n');
  if (applied && paths.applied)
    writeAtomic(paths.applied, csvFormat(applied.rows.map((r) => ({ code: r.code, variable: r.variable, count: fixed9(r.count, `count of ${r.code} ${r.variable}`) })), ['code', 'variable', 'count']) + '\n');
  writeAtomic(paths.out, csv);
}

/** Summary on stderr: weighting, entries, implausible units, warnings, timings and the files written. */
function report({ request: { from, to, weighting: requested }, paths }: Job, family: CrosswalkFamily, { used, rows, applied, meta }: Outputs): void {
  const ancillary = used.weighting === 'dasymetric' ? family.ancillary : null;
  const anc = ancillary ? ` (wijken ${ancillary.year} nested in the ${ancillary.nestsIn === 'to' ? to : from} gemeenten)` : '';
  const implausible = meta.consistency.implausible;
  console.error(`weighting: ${used.weighting}${anc}${requested !== used.weighting ? `, requested ${requested}` : ''}`);
  console.error(`entries: ${rows.length} (${used.fromCodes.length} units of ${from} → ${used.toCodes.length} of ${to}; ${meta.counts.identical} identical, ${used.unmatched.length} unmatched${used.unmatched.length ? `: ${meta.counts.unmatched_codes.join(', ')}` : ''})`);
  if (implausible.length > 0) console.error(`consistency: ${implausible.length} later unit(s) get an implausible ${from} population: ${implausible.slice(0, 10).map((c) => c.code).join(', ')}${implausible.length > 10 ? ', …' : ''}`);
  for (const w of meta.warnings) console.error(`warning: ${w}`);
  const tm = meta.timings_ms;
  console.error(`time: overlay ${tm.overlay.toFixed(0)} ms, dasymetric ${tm.dasymetric.toFixed(0)} ms, weights ${tm.weights.toFixed(0)} ms, total ${tm.total.toFixed(0)} ms (crosswalk; data load ${tm.load.toFixed(0)} ms, whole run ${tm.run.toFixed(0)} ms)`);
  if (paths.out) console.error(`wrote ${rows.length} rows to ${paths.outArg}, metadata to ${paths.meta}${paths.applied && applied ? `, ${applied.rows.length} moved counts to ${paths.applied}` : ''}`);
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (args.help) {
    console.log(usage('crosswalk', SPEC));
    return 0;
  }
  const job = parseJob(args);
  const records = readCounts(job);
  const started = performance.now();
  const loaded = await loadFamily(job, started);
  const outputs = buildOutputs(job, loaded, records, started);
  writeOutputs(job.paths, outputs);
  report(job, loaded.family, outputs);
  return 0;
}

// A closed pipe (e.g. `| head`) ends the output quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`Error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);

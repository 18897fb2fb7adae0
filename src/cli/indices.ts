/**
 * npm run indices -- --level wijk --year 2022 --group income_low --out indices.csv [--format json]
 * npm run indices -- --input counts.csv --out indices.csv        (own data: long CSV region,unit,group,count)
 * One row per region (gemeente for wijk level; province and NL for gemeente level) with every index, CI bounds and
 * expected D. CSV gets a sidecar <out>.meta.json with the request, conventions and column meanings.
 * Same pipeline (src/pipeline/indices.ts) as the app's worker.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { csvFormat } from 'd3';
import { computeBatch } from '../engine/batch';
import { GROUP_DEFINITIONS, variablesOf, groupDefinitionById } from '../engine/groups';
import { parseLongCounts } from '../engine/long-counts';
import { runIndices, type IndicesRecord, type SourceRow } from '../pipeline/indices';
import { decomposeByProvince } from '../pipeline/decomposition';
import { exportMetadata, indicesRow } from '../pipeline/indices-output';
import { layerSpatial } from '../pipeline/spatial';
import { intArg, parseArgs, usage, type Spec } from './args';
import { openRepository, readCatalog, readTopology } from './node-data';

/** Long-format files above this size are refused with a message (they are read into memory whole). */
const MAX_INPUT_BYTES = 500e6;

const SPEC: Spec = {
  level: { help: 'wijk (regions = gemeenten) or gemeente (regions = provinces + NL)', default: 'wijk', choices: ['wijk', 'gemeente'] },
  year: { help: 'data year', default: '2022' },
  group: { help: `group definition: ${GROUP_DEFINITIONS.map((g) => g.id).join(', ')}`, default: 'income_low' },
  input: { help: 'own counts: long CSV with columns region,unit,group,count (no spatial indices)' },
  out: { help: 'output file (default: stdout)' },
  format: { help: 'csv or json', default: 'csv', choices: ['csv', 'json'] },
  bootstrap: { help: 'bootstrap replicates (0 = off)', default: '1000' },
  random: { help: 'random-allocation replicates for expected D (0 = off)', default: '100' },
  seed: { help: 'random seed', default: '20221' },
  regions: { help: 'comma-separated region codes (default all)' },
  decompose: { help: 'instead: M over all wijken of each province and NL, split into between- and within-gemeente parts', flag: true },
  data: { help: 'data folder', default: 'data' },
  help: { help: 'show this help', flag: true },
};

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2), SPEC);
  if (a.help) {
    console.log(usage('indices', SPEC));
    return;
  }
  const bootstrapReplicates = intArg(a.bootstrap, 'bootstrap', 0, 100_000)!;
  const randomReplicates = intArg(a.random, 'random', 0, 100_000)!;
  const seed = intArg(a.seed, 'seed', 0, 2 ** 31 - 1)!;
  let records: IndicesRecord[];
  let meta: Record<string, unknown>;
  const t0 = performance.now();
  if (a.decompose) {
    const year = intArg(a.year, 'year', 1900, 2100)!;
    const def = groupDefinitionById(a.group!);
    if (!def) throw new Error(`Unknown --group "${a.group}". Choose one of: ${GROUP_DEFINITIONS.map((g) => g.id).join(', ')}`);
    const repo = await openRepository(a.data!, ['wijk']);
    const rows = (await repo.rows('wijk', year, variablesOf(def)));
    const out = decomposeByProvince(rows, def.id).map((r) => ({ ...r, data_year: year, group: def.id }));
    const dmeta = { tool: 'npm run indices -- --decompose', request: { year, group: def.id }, note: 'M_total = M_between_gemeenten + M_within_gemeenten (natural log)', data: { source: `${a.data}/stats/wijk.parquet`, licence: 'CBS/Kadaster, CC BY 4.0' } };
    const text = a.format === 'json' ? JSON.stringify({ metadata: dmeta, records: out }, null, 1) + '\n' : csvFormat(out);
    if (a.out) {
      writeFileSync(a.out, text);
      if (a.format === 'csv') writeFileSync(`${a.out}.meta.json`, JSON.stringify(dmeta, null, 1) + '\n');
    } else process.stdout.write(text);
    return;
  }
  if (a.input) {
    if (!existsSync(a.input)) throw new Error(`--input ${a.input}: file not found`);
    const size = statSync(a.input).size;
    if (size > MAX_INPUT_BYTES) throw new Error(`--input ${a.input}: ${(size / 1e6).toFixed(0)} MB is larger than the ${MAX_INPUT_BYTES / 1e6} MB this tool reads; aggregate or split the file`);
    const parsed = parseLongCounts(readFileSync(a.input, 'utf8'));
    if (!parsed.ok) throw new Error(`${a.input}:\n` + parsed.errors.map((e) => `  line ${e.line}: ${e.message}`).join('\n'));
    for (const w of parsed.warnings) console.error(`warning: ${w}`);
    const batch = computeBatch(parsed.input, { bootstrapReplicates, randomReplicates, seed });
    records = batch.map((r) => ({ ...r, DadjQueen: { ok: false, code: 'missing_spatial', reason: 'not computable: own counts have no boundaries' } }));
    meta = { tool: 'npm run indices', request: { input: a.input, bootstrapReplicates, randomReplicates, seed }, data: { source: a.input } };
  } else {
    const level = a.level as 'wijk' | 'gemeente';
    const year = intArg(a.year, 'year', 1900, 2100)!;
    const def = groupDefinitionById(a.group!);
    if (!def) throw new Error(`Unknown --group "${a.group}". Choose one of: ${GROUP_DEFINITIONS.map((g) => g.id).join(', ')}`);
    const catalog = readCatalog(a.data!);
    for (const v of variablesOf(def)) {
      const years = catalog.variables.find((c) => c.id === v)?.availability[level] ?? [];
      if (!years.includes(year)) throw new Error(`Group "${def.id}" needs ${v}, which exists at level ${level} only for ${years.join(', ') || 'no year'}`);
    }
    const repo = await openRepository(a.data!, [level]);
    const rows = (await repo.rows(level, year, variablesOf(def)));
    const topo = readTopology(a.data!, level, year);
    const spatial = topo ? layerSpatial(topo) : undefined;
    const result = runIndices(rows, { level, year, group: def.id, bootstrapReplicates, randomReplicates, seed, regions: a.regions?.split(',') }, spatial);
    records = result.records;
    meta = { ...exportMetadata(result, { tool: 'npm run indices', dataSource: `${a.data}/stats/${level}.parquet (${year})` }) };
  }
  const year = a.input ? null : Number(a.year);
  const contiguity = a.input ? null : 'rook';
  const rows = records.map((r) => indicesRow(r, { year, contiguity }));
  const text = a.format === 'json' ? JSON.stringify({ metadata: meta, records: rows }, null, 1) + '\n' : csvFormat(rows);
  if (a.out) {
    writeFileSync(a.out, text);
    if (a.format === 'csv') writeFileSync(`${a.out}.meta.json`, JSON.stringify(meta, null, 1) + '\n');
    console.error(`${records.length} regions → ${a.out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } else process.stdout.write(text);
}

main().catch((e: unknown) => {
  console.error(`indices: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

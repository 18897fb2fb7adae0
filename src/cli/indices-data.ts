/**
 * `indices` on the embedded CBS data (default mode) and `indices --decompose`. Checks before DuckDB starts: the
 * group's variables exist at the level in the year (catalog.ts: "group X has no data at wijk level in 2024 …;
 * available years …"). After loading: every --regions code must be a region of that level and year (codes.ts:
 * unknown codes listed with suggestions); a result without any computable row is an error, not an empty file.
 * Long runs print progress per region on stderr (progress.ts). Buurt level (both modes): indices-buurt.ts.
 */
import { groupDefinitionById, variablesOf, type GroupDefinition } from '../engine/groups';
import { decomposeByProvince, type DecompositionRow } from '../pipeline/decomposition';
import { regionNamesOf, runIndices } from '../pipeline/indices';
import { exportMetadata, indicesRow, NOT_FINITE } from '../pipeline/indices-output';
import { layerSpatial } from '../pipeline/spatial';
import { checkGroupYear, readCatalog } from './catalog';
import { checkKnownCodes } from './codes';
import type { IndicesValues } from './specs';
import { openRepository, readTopology } from './node-data';
import type { OutputPlan } from './files';
import { emitTable } from './output';
import { progress } from './progress';
import { CliError } from './run';

const say = (line: string) => void process.stderr.write(`${line}\n`);

function groupOf(id: string): GroupDefinition {
  const def = groupDefinitionById(id);
  if (!def) throw new CliError(`unknown group "${id}"`); // unreachable: the spec's choices are the definitions
  return def;
}

/** `yearGiven`: --year was on the command line (buurt runs otherwise take the latest buurt year). */
export async function runEmbedded(v: IndicesValues, plan: OutputPlan, yearGiven = true): Promise<void> {
  if (v.level === 'buurt') return (await import('./indices-buurt')).runBuurt(v, plan, yearGiven);
  const t0 = performance.now();
  const level = v.level!,
    year = v.year!,
    def = groupOf(v.group!),
    data = v.data!;
  checkGroupYear(readCatalog(data), def, level, year);
  const repo = await openRepository(data, [level]);
  const rows = await repo.rows(level, year, variablesOf(def));
  const names = regionNamesOf(level, rows);
  if (names.size === 0) throw new CliError(`no ${level} rows for ${year} in ${data}/stats/${level}.parquet`);
  if (v.regions)
    checkKnownCodes('regions', v.regions, {
      names,
      what: `${level === 'wijk' ? 'gemeente' : 'province (or NL00)'} in the ${level} data of ${year}`,
    });
  const topo = readTopology(data, level, year);
  const spatial = topo ? layerSpatial(topo) : undefined;
  const options = { bootstrapReplicates: v.bootstrap!, randomReplicates: v.random!, seed: v.seed! };
  const p = progress('indices', v.regions?.length ?? names.size, 'regions');
  const result = runIndices(rows, { level, year, group: def.id, regions: v.regions, ...options }, spatial, () => p.tick());
  p.done();
  const out = result.records.map((r) => indicesRow(r, { year, contiguity: 'rook', ...options }));
  emitTable(plan, out, exportMetadata(result, { tool: 'npm run indices', dataSource: `${data}/stats/${level}.parquet (${year})` }));
  if (plan.out) say(`${out.length} regions → ${plan.out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const DECOMPOSITION_NUMBERS = ['M_total', 'M_between_gemeenten', 'M_within_gemeenten', 'share_within', 'H_total'] as const;

/**
 * A decomposition row for output: numbers finite or null, and `reason` says why a number is blank (the engine's
 * reason when nothing was computable, "M_total is 0" for share_within, NOT_FINITE for overflow).
 */
export function decompositionOutput(r: DecompositionRow, year: number, group: string): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = { ...r, data_year: year, group };
  const reasons: string[] = r.reason ? [r.reason.replace(/^not computable:\s*/, '')] : [];
  for (const k of DECOMPOSITION_NUMBERS) {
    const x = r[k];
    if (x !== null && !Number.isFinite(x)) {
      out[k] = null;
      reasons.push(`${k}: ${NOT_FINITE}`);
    } else if (x === null && !r.reason)
      reasons.push(k === 'share_within' && r.M_total === 0 ? 'share_within: M_total is 0' : `${k}: not computed`);
  }
  out.reason = reasons.join(' | ');
  return out;
}

export async function runDecompose(v: IndicesValues, plan: OutputPlan, yearGiven = true): Promise<void> {
  if (v.level === 'buurt') return (await import('./indices-buurt')).runBuurtDecompose(v, plan, yearGiven);
  const year = v.year!,
    def = groupOf(v.group!),
    data = v.data!;
  checkGroupYear(readCatalog(data), def, 'wijk', year);
  const repo = await openRepository(data, ['wijk']);
  const rows = await repo.rows('wijk', year, variablesOf(def));
  if (rows.length === 0) throw new CliError(`no wijk rows for ${year} in ${data}/stats/wijk.parquet`);
  const out = decomposeByProvince(rows, def.id).map((r) => decompositionOutput(r, year, def.id));
  if (out.every((r) => r.M_total === null))
    throw new CliError(`--decompose: nothing computable for ${def.id} in ${year}: ${out[0]?.reason ?? 'no regions'}`);
  const metadata = {
    tool: 'npm run indices -- --decompose',
    request: { year, group: def.id },
    note: 'M_total = M_between_gemeenten + M_within_gemeenten (natural log); reason says why a number is blank',
    data: { source: `${data}/stats/wijk.parquet`, licence: 'CBS/Kadaster, CC BY 4.0' },
  };
  emitTable(plan, out, metadata);
}

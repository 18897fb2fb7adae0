/**
 * `indices --level buurt` (indices per gemeente over its buurten, or per wijk with --within wijk) and
 * `indices --decompose --level buurt` (M over all buurten of NL and each province in three parts). Same checks as
 * the other levels (indices-data.ts): the group's variables at buurt level in the year before DuckDB starts,
 * --regions against the regions of the data, a result without any computable number is an error.
 * Without --year, the latest year with buurt data for the group is used. Buurt rows are read with every column
 * (the wijk code and name are identity columns at this level).
 */
import { groupDefinitionFor, variablesOf, type GroupDefinition } from '../engine/groups';
import { splitBuurtenByProvince, type BuurtSplitRow } from '../pipeline/decomposition-buurt';
import { regionNamesOf, runIndices, type SourceRow } from '../pipeline/indices';
import { exportMetadata, indicesRow, NOT_FINITE } from '../pipeline/indices-output';
import { checkGroupYear, readCatalog, yearsWithAll } from './catalog';
import { checkKnownCodes } from './codes';
import type { OutputPlan } from './files';
import type { IndicesValues } from './specs';
import { openRepository } from './node-data';
import { emitTable } from './output';
import { progress } from './progress';
import { CliError } from './run';

const say = (line: string) => void process.stderr.write(`${line}\n`);

/** The buurt group, the year (given, else the latest with buurt data for the group) and the buurt rows of it. */
async function buurtData(v: IndicesValues, given: boolean): Promise<{ def: GroupDefinition; year: number; rows: SourceRow[] }> {
  const def = groupDefinitionFor(v.group!, 'buurt');
  if (!def) throw new CliError(`group ${v.group} is not defined at buurt level`); // checked with the options already
  const data = v.data!;
  const catalog = readCatalog(data);
  const year = given ? v.year! : (yearsWithAll(catalog, 'buurt', variablesOf(def)).at(-1) ?? v.year!);
  checkGroupYear(catalog, def, 'buurt', year);
  const repo = await openRepository(data, ['buurt']);
  const rows = (await repo.all('buurt')).filter((r) => r.year === year);
  if (rows.length === 0) throw new CliError(`no buurt rows for ${year} in ${data}/stats/buurt.parquet`);
  return { def, year, rows };
}

/** --regions with --within wijk: wijk codes, or gemeente codes standing for all their wijken. */
function wijkRegions(codes: readonly string[], rows: readonly SourceRow[]): string[] {
  const wijken = new Map<string, string[]>();
  for (const r of rows) {
    if (!r.gemeente_code || typeof r.wijk_code !== 'string') continue;
    const list = wijken.get(r.gemeente_code) ?? [];
    if (!list.includes(r.wijk_code)) list.push(r.wijk_code);
    wijken.set(r.gemeente_code, list);
  }
  return [...new Set(codes.flatMap((c) => wijken.get(c) ?? [c]))];
}

export async function runBuurt(v: IndicesValues, plan: OutputPlan, yearGiven: boolean): Promise<void> {
  const t0 = performance.now();
  const { def, year, rows } = await buurtData(v, yearGiven);
  const within = v.within ?? 'gemeente';
  const names = regionNamesOf('buurt', rows, within);
  const regions = v.regions && within === 'wijk' ? wijkRegions(v.regions, rows) : v.regions;
  if (regions) checkKnownCodes('regions', regions, { names, what: `${within} in the buurt data of ${year}` });
  const options = { bootstrapReplicates: v.bootstrap!, randomReplicates: v.random!, seed: v.seed! };
  const p = progress('indices', regions?.length ?? names.size, 'regions');
  const request = { level: 'buurt' as const, within, year, group: def.id, regions, ...options };
  const result = runIndices(rows, request, undefined, () => p.tick());
  p.done();
  const out = result.records.map((r) => indicesRow(r, { year, contiguity: null, expectedNextToD: true, ...options }));
  const source = `${v.data}/stats/buurt.parquet (${year})`;
  emitTable(plan, out, exportMetadata(result, { tool: 'npm run indices -- --level buurt', dataSource: source }));
  const excluded = result.records.reduce((s, r) => s + r.excluded.missingData, 0);
  const negative = result.records.reduce((s, r) => s + (r.negativeRemainders ?? 0), 0);
  say(
    `${excluded} buurten of these regions excluded before counting (${negative} with a derived count below zero); spatial indices not computed: buurten have no boundaries`,
  );
  if (plan.out) say(`${out.length} regions → ${plan.out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const SPLIT_NUMBERS = [
  'M_total',
  'M_between_gemeenten',
  'M_between_wijken',
  'M_within_wijken',
  'share_between_gemeenten',
  'share_between_wijken',
  'share_within_wijken',
  'H_total',
] as const;

/** A split row for output: numbers finite or null, and `reason` says why a number is blank. */
export function splitOutput(r: BuurtSplitRow, year: number, group: string): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {
    regionCode: r.regionCode,
    regionName: r.regionName,
    gemeenten: r.gemeenten,
    wijken: r.wijken,
    buurtenUsed: r.buurtenUsed,
    buurtenExcluded: r.buurtenExcluded,
    excluded_negative_remainder: r.negativeRemainders,
    M_total: r.total,
    M_between_gemeenten: r.betweenGemeenten,
    M_between_wijken: r.betweenWijken,
    M_within_wijken: r.withinWijken,
    share_between_gemeenten: r.shareBetweenGemeenten,
    share_between_wijken: r.shareBetweenWijken,
    share_within_wijken: r.shareWithinWijken,
    H_total: r.hTotal,
    data_year: year,
    group,
  };
  const reasons: string[] = r.reason ? [r.reason.replace(/^not computable:\s*/, '')] : [];
  for (const k of SPLIT_NUMBERS) {
    const x = out[k] as number | null;
    if (x !== null && !Number.isFinite(x)) {
      out[k] = null;
      reasons.push(`${k}: ${NOT_FINITE}`);
    } else if (x === null && !r.reason) reasons.push(k.startsWith('share_') && r.total === 0 ? `${k}: M_total is 0` : `${k}: not computed`);
  }
  out.reason = reasons.join(' | ');
  return out;
}

export async function runBuurtDecompose(v: IndicesValues, plan: OutputPlan, yearGiven: boolean): Promise<void> {
  const { def, year, rows } = await buurtData(v, yearGiven);
  const split = splitBuurtenByProvince(rows, def.id);
  const out = split.rows.map((r) => splitOutput(r, year, def.id));
  if (out.every((r) => r.M_total === null))
    throw new CliError(`--decompose: nothing computable for ${def.id} in ${year}: ${out[0]?.reason ?? 'no regions'}`);
  const metadata = {
    tool: 'npm run indices -- --decompose --level buurt',
    request: { level: 'buurt', year, group: def.id },
    note: 'M_total = M_between_gemeenten + M_between_wijken + M_within_wijken (natural log, nats); share_* = part / M_total; reason says why a number is blank',
    explanation: split.explanation,
    method: 'nested decomposition of the mutual information index M (Theil 1971; Mora & Ruiz-Castillo 2011); see docs/methods.md',
    approximation_note: split.note,
    data: { source: `${v.data}/stats/buurt.parquet (${year})`, licence: 'CBS/Kadaster, CC BY 4.0' },
  };
  emitTable(plan, out, metadata);
  const nl = split.rows.find((r) => r.regionCode === 'NL00');
  if (nl?.shareWithinWijken != null)
    say(`${def.id} ${year}: ${(100 * nl.shareWithinWijken).toFixed(1)}% of M over all buurten of NL lies within wijken`);
}

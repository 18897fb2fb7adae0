/**
 * npm run waterbed:index -- --target GM0599 --group age_65plus --index D --from 2022 --to 2024 [--out f.csv]
 * Waterbed comparison on a segregation index: D or H of a group over the wijken of the target gemeente(n), the
 * adjacent gemeenten, the rest of the province and NL, in two wijk years. Same code as src/pipeline/waterbed-index.ts.
 * Checks before DuckDB starts, each an error saying what exists instead:
 * - --from before --to; gemeente boundaries for both years;
 * - the group has data at wijk level in both years ("group income_low has no data at wijk level in 2024 …;
 *   available years for this group: 2022"), rather than a result saying "too few usable wijken";
 * - every --target is a gemeente of the --to year (unknown codes listed with suggestions).
 * Output: CSV (one row per ring, then per gemeente; blank numbers explained in `reason`) or the result as JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { groupDefinitionById } from '../engine/groups';
import { unitProperties } from '../geo/topology';
import type { IndexWaterbedResult } from '../pipeline/waterbed-index';
import { parseCli, usageText, type CliValues } from './args';
import { checkGroupYear, readCatalog } from './catalog';
import { checkKnownCodes } from './codes';
import { planOutput } from './files';
import { CliError, runCli } from './run';
import { WATERBED_INDEX_SPEC } from './specs';

type Values = CliValues<typeof WATERBED_INDEX_SPEC>;

function gemeenteLayer(data: string, year: number): Topology {
  const file = join(data, 'geo', `gemeente_${year}.topo.json`);
  if (!existsSync(file)) throw new CliError(`no gemeente boundaries for ${year} (${file} is missing)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Topology;
}

/** Everything that can be checked without loading statistics; returns the two gemeente layers. */
function checkRequest(v: Values): Record<number, Topology> {
  if (v.from >= v.to) throw new CliError(`--from (${v.from}) must be before --to (${v.to})`);
  const catalog = readCatalog(v.data);
  const def = groupDefinitionById(v.group)!;
  for (const y of [v.from, v.to]) checkGroupYear(catalog, def, 'wijk', y);
  const layers = { [v.from]: gemeenteLayer(v.data, v.from), [v.to]: gemeenteLayer(v.data, v.to) };
  const names = new Map(unitProperties(layers[v.to]!).map((p) => [String(p.code), String(p.name ?? p.code)]));
  checkKnownCodes('target', v.target, { names, what: `gemeente of ${v.to}` });
  return layers;
}

const num = (x: number | null, blank: string, reasons: string[], col: string): number | null => {
  if (x !== null && Number.isFinite(x)) return x;
  reasons.push(`${col}: ${x === null ? blank : 'not finite in floating point'}`);
  return null;
};

const notComputable = (year: number) => `not computable in ${year} (fewer than 2 usable wijken, or one group empty)`;

/** CSV rows: rings then gemeenten; every number finite or blank with the reason in `reason`. */
function indexWaterbedRows(result: IndexWaterbedResult): Record<string, string | number | null>[] {
  const { from, to } = result.request;
  const rings = result.rings.map((r) => {
    const why: string[] = [];
    const row = {
      type: 'ring',
      ring: r.ring,
      gemeenten: r.gemeenten,
      wijkenT0: r.wijkenT0,
      wijkenT1: r.wijkenT1,
      t0: num(r.t0, notComputable(from), why, 't0'),
      t1: num(r.t1, notComputable(to), why, 't1'),
      change: num(r.change, 't0 or t1 missing', why, 'change'),
      didVsRest: num(
        r.didVsRest,
        r.ring === 'rest' ? 'the rest is the reference' : 'change of the ring or of the rest missing',
        why,
        'didVsRest',
      ),
      code: '',
    };
    return { ...row, reason: why.join(' | ') };
  });
  const units = result.units.map((u) => {
    const why: string[] = [];
    const row = {
      type: 'unit',
      code: u.code,
      ring: u.ring,
      t0: num(u.t0, notComputable(from), why, 't0'),
      t1: num(u.t1, notComputable(to), why, 't1'),
      change: num(u.change, 't0 or t1 missing', why, 'change'),
    };
    return { ...row, reason: why.join(' | ') };
  });
  return [...rings, ...units];
}

async function main(argv: string[]): Promise<number> {
  const a = parseCli(argv, WATERBED_INDEX_SPEC);
  if (a.help) {
    process.stdout.write(`${usageText(WATERBED_INDEX_SPEC)}\n`);
    return 0;
  }
  const v = a.values;
  const plan = planOutput(v.out, v.format);
  const layers = checkRequest(v);
  const [{ openRepository }, { runIndexWaterbed }, { variablesOf }, { csvText, emit, jsonText }] = await Promise.all([
    import('./node-data'),
    import('../pipeline/waterbed-index'),
    import('../engine/groups'),
    import('./output'),
  ]);
  const repo = await openRepository(v.data, ['wijk']);
  const vars = variablesOf(groupDefinitionById(v.group)!);
  const result = runIndexWaterbed(
    {
      wijkRows: { [v.from]: await repo.rows('wijk', v.from, vars), [v.to]: await repo.rows('wijk', v.to, vars) },
      gemeenteTopologies: layers,
    },
    { targets: v.target, group: v.group, index: v.index, from: v.from, to: v.to, contiguity: v.contiguity, ring2: v.ring2 },
  );
  process.stderr.write(`${result.summary.en}\n${result.summary.nl}\n`);
  for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
  emit(plan, plan.format === 'json' ? jsonText(result) : csvText(indexWaterbedRows(result)));
  return 0;
}

runCli(main);

/**
 * Waterbed comparison from the command line (same pipeline as the app's worker):
 *
 *   npx tsx src/cli/waterbed.ts --level gemeente --target GM0599 --from 2012 --to 2022 \
 *     --indicator mean_income_per_inhabitant_keur --out waterbed.csv
 *
 * Writes one row per ring and one per unit (CSV: formula-safe, blank numbers explained in `reason`), or the full
 * result as JSON, to --out (atomically) or to stdout. The summary, warnings and timings go to stderr.
 * Checked before DuckDB starts: --from before --to; the indicator exists (closest ids suggested) and is published
 * at the level in both years (else the years it has). Target codes are checked by the pipeline against every
 * year's boundaries (merged or renamed units are named). Bad input → `Error: …`, exit 1.
 */
import type { Catalog } from '../data/catalog';
import { parseCli, usageText, type CliValues } from './args';
import { catalogVariable, readCatalog } from './catalog';
import { planOutput } from './files';
import { CliError, runCli } from './run';
import { WATERBED_SPEC } from './specs';

type Values = CliValues<typeof WATERBED_SPEC>;

/** The indicator's catalogue entry, checked to exist at the level in both years. */
function checkIndicator(v: Values, catalog: Catalog): Catalog['variables'][number] {
  if (v.from >= v.to) throw new CliError(`from (${v.from}) must be before to (${v.to})`);
  const variable = catalogVariable(catalog, v.indicator, 'indicator');
  const years = variable.availability[v.level] ?? [];
  for (const y of [v.from, v.to])
    if (!years.includes(y))
      throw new CliError(
        `indicator ${variable.id} has no ${v.level} data in ${y}; available years: ${years.join(', ') || 'none at this level'}`,
      );
  return variable;
}

async function main(argv: string[]): Promise<number> {
  const a = parseCli(argv, WATERBED_SPEC);
  if (a.help) {
    process.stdout.write(`${usageText(WATERBED_SPEC)}\n`);
    return 0;
  }
  const v = a.values;
  const plan = planOutput(v.out, v.format);
  const catalog = readCatalog(v.data);
  const variable = checkIndicator(v, catalog);

  const t = performance.now();
  const [
    { openNodeDb },
    { MEAN_WEIGHTS },
    { runWaterbed },
    { waterbedTable, withBlankReasons },
    { loadLevel },
    { csvText, emit, jsonText, numericCells },
  ] = await Promise.all([
    import('../data/db/duckdb-node'),
    import('../engine/waterbed'),
    import('../pipeline/waterbed'),
    import('../pipeline/waterbed-table'),
    import('./layers'),
    import('./output'),
  ]);
  const db = await openNodeDb();
  try {
    const variables = [variable.id, variable.denominator, MEAN_WEIGHTS[variable.id], 'population'].filter((x): x is string => !!x);
    const { rows, topologies } = await loadLevel(db, v.data, catalog, v.level, variables);
    // Wijken with population, for dasymetric gemeente crosswalks.
    const finer =
      v.level === 'gemeente' && (catalog.geometry.wijk ?? []).length > 0
        ? await loadLevel(db, v.data, catalog, 'wijk', ['population'])
        : null;
    const loadMs = performance.now() - t;
    const result = runWaterbed(
      { rows, topologies, variables: catalog.variables, finer },
      {
        level: v.level,
        targets: v.target,
        indicator: variable.id,
        from: v.from,
        to: v.to,
        contiguity: v.contiguity,
        ring2: v.ring2,
        threshold: v.threshold,
        region: v.region,
        weighting: v.weighting,
      },
    );
    emit(plan, plan.format === 'json' ? jsonText(result) : csvText(numericCells(withBlankReasons(waterbedTable(result), result))));
    const say = (line: string) => void process.stderr.write(`${line}\n`);
    say(result.summary.en);
    say(result.summary.nl);
    for (const w of result.warnings) say(`warning: ${w.en}`);
    const tm = result.timings,
      w = result.weighting;
    say(
      `crosswalk: ${w.used}${w.ancillary ? ` (wijken ${w.ancillary.year})` : ''}; uncertainty over ${w.compared.join(', ')}; rounding step ${w.roundingStep.from ?? '–'} / ${w.roundingStep.to ?? '–'}`,
    );
    say(
      `time: load ${loadMs.toFixed(0)} ms, crosswalks ${tm.crosswalkMs.toFixed(0)} ms, adjacency ${tm.adjacencyMs.toFixed(0)} ms, comparison ${tm.compareMs.toFixed(0)} ms`,
    );
    if (plan.out) say(`wrote ${result.rings.length} ring rows and ${result.units.length} unit rows to ${plan.out}`);
    return 0;
  } finally {
    await db.close();
  }
}

runCli(main);

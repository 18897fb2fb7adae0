/**
 * Waterbed comparison from the command line (same pipeline as the app's worker):
 *
 *   npx tsx src/cli/waterbed.ts --level gemeente --target GM0599 --from 2012 --to 2022 \
 *     --indicator mean_income_per_inhabitant_keur --out waterbed.csv
 *
 * Writes one row per ring and one per unit (CSV via d3-dsv, or the full result as JSON with --format json) to
 * --out, or to stdout without --out. The summary, warnings and timings go to stderr. Bad input → message, exit 1.
 */
import { writeFileSync } from 'node:fs';
import { csvFormat } from 'd3';
import { openNodeDb } from '../data/db/duckdb-node';
import { MEAN_WEIGHTS } from '../engine/waterbed';
import { WEIGHTING_CHOICES, type WeightingChoice } from '../pipeline/crosswalks';
import { runWaterbed, waterbedTable, WaterbedError, type WaterbedLevel } from '../pipeline/waterbed';
import { parseArgs, usage, type Spec } from './args';
import { loadLevel, readCatalog } from './layers';

const SPEC: Spec = {
  level: { help: 'gemeente or wijk', choices: ['gemeente', 'wijk'] },
  target: { help: 'target unit code(s), comma-separated (e.g. GM0599 or WK059901,WK059902)' },
  from: { help: 'first year (t0)' },
  to: { help: 'last year (t1); units of this year are used' },
  indicator: { help: 'variable id, e.g. share_income_low, population, mean_woz_keur' },
  out: { help: 'output file (default: stdout)' },
  format: { help: 'csv or json (default: from --out extension, else csv)', choices: ['csv', 'json'] },
  contiguity: { help: 'queen or rook', default: 'queen', choices: ['queen', 'rook'] },
  ring2: { help: 'also report ring 2 (neighbours of the adjacent units)', flag: true },
  threshold: { help: 'flag threshold (pp for shares, pp of growth for counts/means)', default: '2' },
  region: { help: 'benchmark region: province or nl (default: province for wijken, nl for gemeenten)', choices: ['province', 'nl'] },
  weighting: { help: 'crosswalk weighting: auto (dasymetric for gemeenten, else ipf), area, density (area × to-year density; old name population), ipf (two margins), dasymetric (wijk population inside gemeenten)', default: 'auto', choices: [...WEIGHTING_CHOICES, 'population'] },
  data: { help: 'data directory', default: 'data' },
  help: { help: 'show this help', flag: true },
};

function year(v: string | undefined, name: string): number {
  if (v === undefined) throw new Error(`--${name} is required`);
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1900 || n > 2100) throw new Error(`--${name} must be a year (got "${v}")`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (args.help) {
    console.log(usage('waterbed', SPEC));
    return 0;
  }
  for (const k of ['level', 'target', 'indicator']) if (!args[k]) throw new Error(`--${k} is required\n${usage('waterbed', SPEC)}`);
  const level = args.level as WaterbedLevel;
  const from = year(args.from, 'from'), to = year(args.to, 'to');
  if (from >= to) throw new Error(`from (${from}) must be before to (${to})`);
  const threshold = Number(args.threshold);
  if (!Number.isFinite(threshold) || threshold < 0) throw new Error(`--threshold must be a number ≥ 0 (got "${args.threshold}")`);
  const format = args.format ?? (args.out?.toLowerCase().endsWith('.json') ? 'json' : 'csv');
  const catalog = readCatalog(args.data);
  const variable = catalog.variables.find((v) => v.id === args.indicator);
  if (!variable) throw new Error(`unknown indicator "${args.indicator}". Known: ${catalog.variables.map((v) => v.id).join(', ')}`);

  const t = performance.now();
  const db = await openNodeDb();
  try {
    const variables = [variable.id, variable.denominator, MEAN_WEIGHTS[variable.id], 'population'].filter((v): v is string => !!v);
    const { rows, topologies } = await loadLevel(db, args.data, catalog, level, variables);
    // Wijken with population, for dasymetric gemeente crosswalks.
    const finer = level === 'gemeente' && (catalog.geometry.wijk ?? []).length > 0 ? await loadLevel(db, args.data, catalog, 'wijk', ['population']) : null;
    const loadMs = performance.now() - t;
    const result = runWaterbed(
      { rows, topologies, variables: catalog.variables, finer },
      {
        level, targets: args.target.split(','), indicator: variable.id, from, to,
        contiguity: args.contiguity as 'queen' | 'rook', ring2: args.ring2 === 'true', threshold,
        region: args.region as 'province' | 'nl' | undefined, weighting: args.weighting as WeightingChoice | 'population',
      },
    );
    const text = format === 'json' ? JSON.stringify(result, null, 2) + '\n' : csvFormat(waterbedTable(result)) + '\n';
    if (args.out) writeFileSync(args.out, text);
    else process.stdout.write(text);
    console.error(result.summary.en);
    console.error(result.summary.nl);
    for (const w of result.warnings) console.error(`warning: ${w.en}`);
    const tm = result.timings;
    const w = result.weighting;
    console.error(`crosswalk: ${w.used}${w.ancillary ? ` (wijken ${w.ancillary.year})` : ''}; uncertainty over ${w.compared.join(', ')}; rounding step ${w.roundingStep.from ?? '–'} / ${w.roundingStep.to ?? '–'}`);
    console.error(`time: load ${loadMs.toFixed(0)} ms, crosswalks ${tm.crosswalkMs.toFixed(0)} ms, adjacency ${tm.adjacencyMs.toFixed(0)} ms, comparison ${tm.compareMs.toFixed(0)} ms`);
    if (args.out) console.error(`wrote ${result.rings.length} ring rows and ${result.units.length} unit rows to ${args.out}`);
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`Error: ${e instanceof WaterbedError || e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);

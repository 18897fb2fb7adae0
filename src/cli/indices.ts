/**
 * npm run indices -- --level wijk --year 2022 --group income_low --out indices.csv [--format json]
 * npm run indices -- --input counts.csv [--focal GROUP] --out indices.csv   (own data: long CSV region,unit,group,count)
 * npm run indices -- --decompose --year 2022 --group income_low
 * npm run indices -- --level buurt --year 2024 --group age_65plus [--within wijk]
 * npm run indices -- --decompose --level buurt --year 2024 --group age3 --format json
 * One row per region (gemeente for wijk level; province and NL for gemeente level; gemeente, or wijk with
 * --within wijk, for buurt level) with every index, CI bounds and expected D; blank cells are explained in `not_computable`. CSV to a file gets a sidecar <out>.meta.json, written
 * first; files are written atomically. Same pipeline (src/pipeline/indices.ts) as the app's worker.
 * Order of work: the command line (specs.ts), the outputs (not an input, folder exists, format), then the mode's
 * own checks and only then the data (DuckDB is imported lazily), so mistakes fail fast.
 */
import { parseCli, usageText } from './args';
import { planOutput, type OutputPlan } from './files';
import { checkIndicesOptions } from './indices-checks';
import { runCli } from './run';
import { INDICES_SPEC } from './specs';

export type { IndicesValues } from './specs';

/** The sidecar of a CSV written to `out`: `<out>.meta.json` (indices.csv → indices.csv.meta.json). */
export const indicesSidecar = (out: string) => `${out}.meta.json`;

async function main(argv: string[]): Promise<number> {
  const a = parseCli(argv, INDICES_SPEC);
  if (a.help) {
    process.stdout.write(`${usageText(INDICES_SPEC)}\n`);
    return 0;
  }
  const v = a.values;
  checkIndicesOptions(a.mode, v, a.given);
  const inputs = v.input ? [{ path: v.input, label: `--input ${v.input}` }] : [];
  if (v.input) (await import('./counts-input')).checkInputFile(v.input);
  const plan: OutputPlan = planOutput(v.out, v.format, { sidecarOf: indicesSidecar, inputs });
  if (a.mode === 'input') await (await import('./indices-own')).runOwnCounts(v, plan);
  else if (a.mode === 'decompose') await (await import('./indices-data')).runDecompose(v, plan, a.given.has('year'));
  else await (await import('./indices-data')).runEmbedded(v, plan, a.given.has('year'));
  return 0;
}

runCli(main);

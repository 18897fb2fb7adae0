/**
 * `indices --input`: indices per region from own long counts. Steps and what the user sees on stderr:
 * 1. read and parse the file as bytes (counts-input.ts): "read <file>: N rows, R regions, U units, G groups";
 *    the parser's warnings as `warning: …`;
 * 2. the focal group used, and why: `focal group: x (--focal)` or `(default: smallest total, ties by name)`;
 * 3. one region at a time, with progress lines at most every 2 s on long runs (progress.ts);
 * 4. rows with finite numbers or blank cells explained in `not_computable` (indices-output.ts), written by
 *    output.ts; the sidecar records the input, the focal group and its rule.
 */
import { computeOwnCounts, regionCount } from '../pipeline/indices-counts';
import { COLUMN_DOCS, indicesRow } from '../pipeline/indices-output';
import { readOwnCounts } from './counts-input';
import type { IndicesValues } from './specs';
import type { OutputPlan } from './files';
import { emitTable } from './output';
import { progress } from './progress';

const say = (line: string) => void process.stderr.write(`${line}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function runOwnCounts(v: IndicesValues, plan: OutputPlan): Promise<void> {
  const t0 = performance.now();
  const file = v.input!;
  const own = readOwnCounts(file, v.focal);
  const regions = regionCount(own.input);
  say(
    `read ${file} (${(own.bytes / 1e6).toFixed(1)} MB, ${own.encoding}): ${own.rows} rows, ${regions} regions, ${own.input.units.length} units, ${own.input.groups.length} groups in ${secs(performance.now() - t0)}`,
  );
  for (const w of own.warnings) say(`warning: ${w}`);
  const rule = own.focal.rule === 'given' ? '--focal' : 'default: the group with the smallest total, ties by name';
  say(`focal group: ${own.focal.name} (${rule})`);

  const options = { bootstrapReplicates: v.bootstrap!, randomReplicates: v.random!, seed: v.seed! };
  const p = progress('indices', regions, 'regions');
  const records = computeOwnCounts(own.input, options, () => p.tick());
  p.done();
  const rows = records.map((r) => indicesRow(r, { year: null, contiguity: null, ...options }));
  const metadata = {
    tool: 'npm run indices -- --input',
    generated_by: 'Segregatieverkenner (see docs/methods.md)',
    request: {
      input: file,
      focal: own.focal.name,
      focal_rule: own.focal.rule === 'given' ? 'given with --focal' : 'smallest total, ties by name',
      ...options,
    },
    input: {
      rows: own.rows,
      regions,
      units: own.input.units.length,
      groups: own.input.groups,
      encoding: own.encoding,
      warnings: own.warnings,
    },
    data: { source: file },
    columns: COLUMN_DOCS,
  };
  emitTable(plan, rows, metadata);
  if (plan.out)
    say(`${records.length} regions → ${plan.out}${plan.sidecar ? ` (metadata ${plan.sidecar})` : ''} in ${secs(performance.now() - t0)}`);
}

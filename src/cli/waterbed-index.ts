/**
 * npm run waterbed:index -- --target GM0599 --group age_65plus --index D --from 2022 --to 2024 [--out f.csv]
 * Waterbed comparison on a segregation index: D or H of a group over the wijken of the target gemeente(n), the
 * adjacent gemeenten, the rest of the province and NL, in two wijk years. Same code as src/pipeline/waterbed-index.ts.
 */
import { writeFileSync } from 'node:fs';
import { csvFormat } from 'd3';
import { GROUP_DEFINITIONS, groupDefinitionById, variablesOf } from '../engine/groups';
import { runIndexWaterbed } from '../pipeline/waterbed-index';
import { intArg, parseArgs, usage, type Spec } from './args';
import { openRepository, readTopology } from './node-data';

const SPEC: Spec = {
  target: { help: 'target gemeente code(s), comma-separated' },
  group: { help: `two-group definition: ${GROUP_DEFINITIONS.filter((g) => g.kind === 'two-group').map((g) => g.id).join(', ')}`, default: 'age_65plus' },
  index: { help: 'D (dissimilarity) or H (Theil)', default: 'D', choices: ['D', 'H'] },
  from: { help: 'first wijk year', default: '2022' },
  to: { help: 'last wijk year', default: '2024' },
  contiguity: { help: 'queen or rook', default: 'queen', choices: ['queen', 'rook'] },
  ring2: { help: 'also a second ring', flag: true },
  format: { help: 'csv or json', default: 'csv', choices: ['csv', 'json'] },
  out: { help: 'output file (default: stdout)' },
  data: { help: 'data folder', default: 'data' },
  help: { help: 'show this help', flag: true },
};

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2), SPEC);
  if (a.help) return void console.log(usage('waterbed:index', SPEC));
  if (!a.target) throw new Error('--target is required');
  const def = groupDefinitionById(a.group!);
  if (!def) throw new Error(`Unknown --group "${a.group}"`);
  const from = intArg(a.from, 'from', 1900, 2100)!;
  const to = intArg(a.to, 'to', 1900, 2100)!;
  const repo = await openRepository(a.data!, ['wijk']);
  const vars = variablesOf(def);
  const topo = (y: number) => {
    const t = readTopology(a.data!, 'gemeente', y);
    if (!t) throw new Error(`no gemeente boundaries for ${y}`);
    return t;
  };
  const result = runIndexWaterbed(
    { wijkRows: { [from]: await repo.rows('wijk', from, vars), [to]: await repo.rows('wijk', to, vars) }, gemeenteTopologies: { [from]: topo(from), [to]: topo(to) } },
    { targets: a.target.split(','), group: def.id, index: a.index as 'D' | 'H', from, to, contiguity: a.contiguity as 'queen' | 'rook', ring2: !!a.ring2 },
  );
  console.error(result.summary.en);
  console.error(result.summary.nl);
  for (const w of result.warnings) console.error(`warning: ${w}`);
  const rows = [
    ...result.rings.map((r) => ({ type: 'ring', ...r, code: '' })),
    ...result.units.map((u) => ({ type: 'unit', ...u })),
  ];
  const text = a.format === 'json' ? JSON.stringify(result, null, 1) + '\n' : csvFormat(rows);
  if (a.out) writeFileSync(a.out, text);
  else process.stdout.write(text);
}

main().catch((e: unknown) => {
  console.error(`waterbed:index: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

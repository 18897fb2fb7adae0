/**
 * `npm run scenario -- --spec scenario.json [--format json|csv] [--out f]`: the same pipeline as the app's worker
 * (src/pipeline/scenario.ts). Order of work: the command line, the outputs, the spec file (parsed: every problem
 * with its JSON path, in English and Dutch), the catalogue (level, year, variables), and only then the data.
 * A refused scenario (a lever the data cannot support, a target that cannot be reached) is an error listing the
 * reasons; exit 1. On success the sentence and warnings go to stderr.
 */
import { readFileSync } from 'node:fs';
import { parseScenarioJson, type ScenarioResult } from '../engine/scenario';
import { parseCli, usageText } from './args';
import { readCatalog } from './catalog';
import { planOutput } from './files';
import { CliError } from './run';
import { checkScenarioData, refusalError } from './scenario-checks';
import { SCENARIO_SPEC } from './scenario-spec';

export const scenarioSidecar = (out: string) => `${out}.meta.json`;

function readSpec(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'it is a folder' : err.message;
    throw new CliError(`cannot read --spec ${path}: ${why}`);
  }
}

async function compute(specPath: string, data: string): Promise<ScenarioResult> {
  const parsed = parseScenarioJson(readSpec(specPath));
  if (!parsed.ok) throw refusalError(`the scenario spec ${specPath} is not valid`, parsed.errors);
  const spec = parsed.value;
  checkScenarioData(readCatalog(data), spec);
  const [{ openRepository, readTopology }, { runScenarioPipeline, scenarioVariables }] = await Promise.all([
    import('./node-data'),
    import('../pipeline/scenario'),
  ]);
  const levels = spec.level === 'buurt' ? (['buurt', 'gemeente'] as const) : (['wijk', 'gemeente'] as const);
  const repo = await openRepository(data, levels);
  const vars = scenarioVariables(spec);
  const rows = await repo.rows(spec.level, spec.year, vars.units);
  const gemeenteRow = (await repo.rows('gemeente', spec.year, vars.gemeente)).find((r) => r.code === spec.gemeente) ?? null;
  const topology = spec.level === 'buurt' ? null : readTopology(data, spec.level, spec.year);
  const result = runScenarioPipeline(spec, { rows, gemeenteRow, topology });
  if (!result.ok) throw refusalError('the scenario is refused', result.errors);
  return result.value;
}

/** The CLI without process handling (tests call it; scenario.ts wraps it in runCli). */
export async function scenarioMain(
  argv: string[],
  say: (line: string) => void = (l) => void process.stderr.write(`${l}\n`),
): Promise<number> {
  const a = parseCli(argv, SCENARIO_SPEC);
  if (a.help) {
    process.stdout.write(`${usageText(SCENARIO_SPEC)}\n`);
    return 0;
  }
  const v = a.values;
  const plan = planOutput(v.out, v.format, {
    sidecarOf: scenarioSidecar,
    inputs: [{ path: v.spec, label: `--spec ${v.spec}` }],
    note: say,
  });
  const result = await compute(v.spec, v.data);
  const [{ scenarioColumns, scenarioMetadata, scenarioTable }, { csvText, emit, jsonText }] = await Promise.all([
    import('../pipeline/scenario-table'),
    import('./output'),
  ]);
  const meta = scenarioMetadata(result, { tool: 'npm run scenario', data: `${v.data}/stats/${result.level}.parquet (${result.year})` });
  const text = plan.format === 'json' ? jsonText(result, say) : csvText(scenarioTable(result), scenarioColumns(result));
  emit(plan, text, plan.sidecar ? jsonText(meta, say) : undefined);
  say(result.sentence.en);
  say(result.sentence.nl);
  for (const w of result.warnings) say(`warning: ${w.path ? `${w.path}: ` : ''}${w.en}`);
  if (plan.out) say(`wrote ${plan.out}${plan.sidecar ? ` and ${plan.sidecar}` : ''}`);
  return 0;
}

/**
 * Exports of the scenario panel: the set-up as JSON (exactly the JSON `npm run scenario -- --spec` reads) and the
 * result as CSV (scenario-table.ts through the shared CSV writer) with its .meta.json sidecar (spec, sentence,
 * assumptions, approximations, ledgers), as the CLI writes them.
 */
import { formatCsv } from '../../data/tabular/write';
import type { ScenarioResult, ScenarioSpec } from '../../engine/scenario';
import { scenarioColumns, scenarioMetadata, scenarioTable } from '../../pipeline/scenario-table';
import { downloadText } from '../../views/download';

const baseName = (spec: ScenarioSpec) => `scenario_${spec.gemeente}_${spec.level}_${spec.year}`;

export function specJson(spec: ScenarioSpec): string {
  return JSON.stringify(spec, null, 2) + '\n';
}

export function downloadSpec(spec: ScenarioSpec): void {
  downloadText(`${baseName(spec)}.json`, specJson(spec), 'application/json');
}

export function resultCsv(result: ScenarioResult): { csv: string; meta: string } {
  const meta = scenarioMetadata(result, {
    tool: 'Segregatieverkenner app',
    data: `data/stats/${result.level}.parquet (${result.year})`,
  });
  return { csv: formatCsv(scenarioTable(result), scenarioColumns(result)), meta: JSON.stringify(meta, null, 1) + '\n' };
}

export function downloadResult(result: ScenarioResult): void {
  const { csv, meta } = resultCsv(result);
  const name = `${baseName(result.spec)}.csv`;
  downloadText(name, csv);
  downloadText(`${name}.meta.json`, meta, 'application/json');
}

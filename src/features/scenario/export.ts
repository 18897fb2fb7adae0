/**
 * Exports of the scenario panel: the set-up as JSON (exactly the JSON `npm run scenario -- --spec` reads) and the
 * result as CSV (scenario-table.ts through the shared CSV writer) with its .meta.json sidecar (spec, sentence,
 * assumptions, approximations, ledgers), as the CLI writes them.
 */
import type { Lang } from '../../app/i18n';
import { formatCsv } from '../../data/tabular/write';
import type { ScenarioResult, ScenarioSpec } from '../../engine/scenario';
import { scenarioColumns, scenarioMetadata, scenarioTable } from '../../pipeline/scenario-table';
import { downloadText } from '../../views/download';
import { appVersion, type CsvVariant } from '../export/table';
import { scenarioColumnLabel } from './export-labels';

const baseName = (spec: ScenarioSpec) => `scenario_${spec.gemeente}_${spec.level}_${spec.year}`;

export function specJson(spec: ScenarioSpec): string {
  return JSON.stringify(spec, null, 2) + '\n';
}

export function downloadSpec(spec: ScenarioSpec): void {
  downloadText(`${baseName(spec)}.json`, specJson(spec), 'application/json');
}

/**
 * The result as CSV for Excel (BOM; `dutch`: semicolon and decimal comma) with column labels in the UI language, and
 * the CLI's sidecar plus the labels, the app version and the time of export.
 */
export function resultCsv(result: ScenarioResult, lang: Lang = 'en', variant: CsvVariant = 'excel'): { csv: string; meta: string } {
  const columns = scenarioColumns(result);
  const groupLabel = (id: string) => result.group.groups.find((g) => g.id === id)?.label[lang];
  const labels = Object.fromEntries(columns.map((c) => [c, scenarioColumnLabel(lang, c, groupLabel)]));
  const meta = {
    ...scenarioMetadata(result, { tool: 'Segregatieverkenner app', data: `data/stats/${result.level}.parquet (${result.year})` }),
    language: lang,
    column_labels: labels,
    csv_variant: variant,
    app_version: appVersion(),
    exported_at: new Date().toISOString(),
  };
  const csv = formatCsv(scenarioTable(result), columns, { bom: true, dutch: variant === 'dutch', labels });
  return { csv, meta: JSON.stringify(meta, null, 1) + '\n' };
}

export function downloadResult(result: ScenarioResult, lang: Lang, variant: CsvVariant): void {
  const { csv, meta } = resultCsv(result, lang, variant);
  const name = `${baseName(result.spec)}${variant === 'dutch' ? '_nl-excel' : ''}.csv`;
  downloadText(name, csv);
  downloadText(`${name}.meta.json`, meta, 'application/json');
}

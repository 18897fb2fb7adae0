/**
 * Export of the indices shown in the app: the same rows and metadata as `npm run indices` (CSV plus a .meta.json
 * sidecar with request, conventions, approximation note and column meanings), so app and CLI results are comparable.
 */
import { csvFormat } from 'd3';
import type { IndicesResult } from '../pipeline/indices';
import { exportMetadata, indicesRow } from '../pipeline/indices-output';
import { downloadText } from '../views/download';

export function indicesCsv(result: IndicesResult): { csv: string; meta: string; base: string } {
  const rows = result.records.map((r) => indicesRow(r, { year: result.request.year, contiguity: result.contiguity }));
  const meta = exportMetadata(result, {
    tool: 'Segregatieverkenner app',
    dataSource: `data/stats/${result.request.level}.parquet (${result.request.year})`,
  });
  return {
    csv: csvFormat(rows),
    meta: JSON.stringify(meta, null, 1) + '\n',
    base: `indices_${result.request.level}_${result.request.year}_${result.request.group}`,
  };
}

export function downloadIndices(result: IndicesResult): void {
  const { csv, meta, base } = indicesCsv(result);
  downloadText(`${base}.csv`, csv);
  downloadText(`${base}.csv.meta.json`, meta);
}

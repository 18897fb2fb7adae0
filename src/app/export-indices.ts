/**
 * The ranking drawer's download button: the indices of the ranking (every gemeente, computed quickly without
 * boundaries and without resampling) as CSV with labels in the UI language and a `.meta.json` sidecar. The columns
 * the ranking did not compute (spatial indices, intervals, expected D) are left out and the sidecar names them,
 * with why and the CLI command that gives them; the export menu (src/features/export) computes them in full.
 */
import type { IndicesResult } from '../pipeline/indices';
import { indicesFiles } from '../features/export/indices';
import { saveFiles } from '../features/export/save';
import type { CsvVariant } from '../features/export/table';
import type { Lang } from './i18n';

export function downloadIndices(result: IndicesResult, lang: Lang, variant: CsvVariant = 'excel'): void {
  saveFiles(indicesFiles(result, { lang, variant }));
}

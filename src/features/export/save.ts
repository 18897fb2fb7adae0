/** Saving export files in the browser, one download per file (src/views/download.ts: Blob + <a download>). */
import { downloadText } from '../../views/download';
import type { ExportFile } from './table';

export function saveFiles(files: readonly ExportFile[]): void {
  for (const f of files) downloadText(f.name, f.text, f.type);
}

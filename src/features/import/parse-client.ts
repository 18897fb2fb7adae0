/**
 * Reading a file: in the import Web Worker (big files do not freeze the page); when the worker cannot start or
 * breaks, on the main thread instead (same parser). Never throws: any failure becomes an error message.
 */
import { wrap, type Remote } from 'comlink';
import { importFile, type ImportResult } from '../../data/import';
import type { ImportApi } from './import.worker';

interface Client {
  api: Remote<ImportApi>;
  /** Rejects when the worker fails to load or crashes. */
  broken: Promise<never>;
}

let client: Client | null = null;

function worker(): Client | null {
  if (!client && typeof Worker !== 'undefined') {
    try {
      const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'segv-import' });
      const broken = new Promise<never>((_, reject) => w.addEventListener('error', () => reject(new Error('import worker failed'))));
      broken.catch(() => undefined);
      client = { api: wrap<ImportApi>(w), broken };
    } catch {
      client = null;
    }
  }
  return client;
}

export async function readImport(fileName: string, bytes: ArrayBuffer): Promise<ImportResult> {
  const c = worker();
  if (c) {
    try {
      return await Promise.race([c.api.read(fileName, bytes.slice(0)), c.broken]);
    } catch {
      client = null; // read it here instead
    }
  }
  return importFile(fileName, new Uint8Array(bytes));
}

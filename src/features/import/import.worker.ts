/** The import Web Worker: reads CBS files off the main thread (comlink shell around importFile; nothing else here). */
import { expose } from 'comlink';
import { importFile } from '../../data/import/import-file';

export const importApi = {
  read: (fileName: string, bytes: ArrayBuffer) => importFile(fileName, new Uint8Array(bytes)),
};
export type ImportApi = typeof importApi;

expose(importApi);

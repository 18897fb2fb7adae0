/**
 * The buurt Web Worker: decodes the buurt statistics and prepares their place-search entries off the main thread
 * (comlink shell around buurt-decode.ts and search-index.ts; nothing else here). `open` decodes only the identity
 * columns the search needs and keeps the file: every column is decoded on the first `rows()`, once, when a buurt
 * view asks for it (so the start-up work in the background stays small).
 */
import { expose } from 'comlink';
import { prepareSearchItems } from '../../app/search-index';
import type { UnitRecord } from '../../data/queries';
import { buurtSearchEntries, decodeBuurtNames, decodeBuurtRows } from './buurt-decode';
import { packItems } from './buurt-items';

let file: ArrayBuffer | null = null;
let decoded: Promise<UnitRecord[]> | null = null;

export const buurtApi = {
  /** Keep the file (transferred) and decode its identity columns; answers the search items, packed (buurt-items.ts). */
  async open(bytes: ArrayBuffer): Promise<string[]> {
    file = bytes;
    decoded = null;
    return packItems(prepareSearchItems(buurtSearchEntries(await decodeBuurtNames(bytes))));
  },
  /** Every row with every column (after `open`), packed (JSON: numbers and strings only, nothing lost). */
  async rows(): Promise<string[]> {
    if (!file) throw new Error('buurt statistics not opened');
    decoded ??= decodeBuurtRows(file).catch((e: unknown) => {
      decoded = null; // not kept: the next call tries again
      throw e;
    });
    return packItems(await decoded);
  },
};
export type BuurtApi = typeof buurtApi;

expose(buurtApi);

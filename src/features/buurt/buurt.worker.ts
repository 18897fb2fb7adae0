/**
 * The buurt Web Worker: decodes the buurt statistics and prepares their place-search entries off the main thread
 * (comlink shell around buurt-decode.ts and search-index.ts; nothing else here). `open` keeps the decoded rows for
 * a later `rows()`, so the file is decoded once.
 */
import { expose } from 'comlink';
import { prepareSearchItems } from '../../app/search-index';
import type { UnitRecord } from '../../data/queries';
import { buurtSearchEntries, decodeBuurtRows } from './buurt-decode';
import { packItems } from './buurt-items';

let decoded: Promise<UnitRecord[]> | null = null;

export const buurtApi = {
  /** Decode the file (transferred); answers the search items, packed (buurt-decode.ts packItems). */
  async open(bytes: ArrayBuffer): Promise<string[]> {
    decoded = decodeBuurtRows(bytes);
    return packItems(prepareSearchItems(buurtSearchEntries(await decoded)));
  },
  /** Every row with every column (after `open`), packed (JSON: numbers and strings only, nothing lost). */
  async rows(): Promise<string[]> {
    if (!decoded) throw new Error('buurt statistics not opened');
    return packItems(await decoded);
  },
};
export type BuurtApi = typeof buurtApi;

expose(buurtApi);

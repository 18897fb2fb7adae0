/**
 * The app's handle on the buurt worker (buurt.worker.ts): the buurt statistics file is downloaded here and handed
 * over (transferred, not copied), decoded and prepared for search in the worker; the main thread only receives the
 * search items and identity rows, and — when a buurt view asks for them — every row. One loader per data service;
 * a failure (download, decoding, or the worker itself) rejects with a LoadError and is not kept: the next call
 * starts again with a fresh worker.
 */
import { transfer, wrap, type Remote } from 'comlink';
import type { DataService } from '../../app/data-service';
import { damaged, fetchBytes, LoadError } from '../../app/load-errors';
import type { SearchItem } from '../../app/search-index';
import type { UnitRecord } from '../../data/queries';
import { identitiesOf, unpackItems } from './buurt-items';
import type { BuurtApi } from './buurt.worker';

/** A fresh task: whatever else waits on the main thread (a click, a frame) goes first. */
const yieldToMain = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface BuurtNames {
  items: SearchItem[];
  /** Identity columns of every buurt (code, name, wijk, gemeente, year). */
  identities: UnitRecord[];
}

class BuurtLoader {
  private worker: Worker | null = null;
  private remote: Remote<BuurtApi> | null = null;
  private failed: Promise<never> | null = null;
  private opened: Promise<BuurtNames> | null = null;
  private rowsP: Promise<UnitRecord[]> | null = null;

  constructor(private readonly service: DataService) {}

  private start(): { remote: Remote<BuurtApi>; failed: Promise<never> } {
    if (!this.remote || !this.failed) {
      const worker = new Worker(new URL('./buurt.worker.ts', import.meta.url), { type: 'module', name: 'segv-buurt' });
      this.worker = worker;
      this.remote = wrap<BuurtApi>(worker);
      this.failed = new Promise<never>((_, reject) =>
        worker.addEventListener('error', (e) =>
          reject(new LoadError({ resource: 'stats', level: 'buurt', kind: 'unexpected' }, `buurt worker: ${e.message || 'failed'}`)),
        ),
      );
      this.failed.catch(() => undefined);
    }
    return { remote: this.remote, failed: this.failed };
  }

  private reset(): void {
    this.worker?.terminate();
    this.worker = this.remote = this.failed = this.opened = this.rowsP = null;
  }

  /** Search items and identity rows (downloads and decodes the file once). */
  names(): Promise<BuurtNames> {
    this.opened ??= this.open();
    return this.opened;
  }

  private async open(): Promise<BuurtNames> {
    const url = this.service.statsUrl('buurt');
    try {
      const bytes = await fetchBytes(url, { target: { resource: 'stats', level: 'buurt' } });
      const { remote, failed } = this.start();
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const packed = await Promise.race([remote.open(transfer(buffer, [buffer])), failed]);
      const items = await unpackItems<SearchItem>(packed, yieldToMain);
      await yieldToMain();
      const identities = identitiesOf(items);
      performance.mark('segv:buurt-names');
      return { items, identities };
    } catch (e) {
      this.reset();
      if (e instanceof LoadError) throw e;
      throw damaged({ resource: 'stats', level: 'buurt' }, url, e);
    }
  }

  /**
   * Every buurt row, all years, as DataService.all('buurt') gives them: the embedded rows (decoded once, in the
   * worker) with the imports of the moment laid over them (again on every call: an import may have come or gone).
   */
  rows(): Promise<UnitRecord[]> {
    return this.service.allWith('buurt', () => this.embeddedRows());
  }

  private embeddedRows(): Promise<UnitRecord[]> {
    this.rowsP ??= (async () => {
      await this.names();
      const { remote, failed } = this.start();
      return unpackItems<UnitRecord>(await Promise.race([remote.rows(), failed]), yieldToMain);
    })().catch((e: unknown) => {
      this.rowsP = null;
      throw e;
    });
    return this.rowsP;
  }
}

const loaders = new WeakMap<DataService, BuurtLoader>();

export function buurtLoader(service: DataService): BuurtLoader {
  let l = loaders.get(service);
  if (!l) loaders.set(service, (l = new BuurtLoader(service)));
  return l;
}

/** The kept imports in IndexedDB (database "segv-imports", store "files", key = id). Nothing leaves the browser. */
import { isStoredImport, type StoredImport } from './storage-model';

const DB_NAME = 'segv-imports';
const STORE = 'files';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

let opened: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  if (!opened) {
    opened = new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available'));
      const r = indexedDB.open(DB_NAME, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'id' });
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('IndexedDB could not be opened'));
      r.onblocked = () => reject(new Error('IndexedDB is blocked'));
    });
    opened.catch(() => (opened = null));
  }
  return opened;
}

async function withStore<T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  const tx = db.transaction(STORE, mode);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
  done.catch(() => undefined);
  const result = await request(f(tx.objectStore(STORE)));
  await done;
  return result;
}

/** Every kept import that reads back as one (damaged records are left out). */
export async function loadAll(): Promise<StoredImport[]> {
  const all = await withStore<unknown[]>('readonly', (s) => s.getAll());
  return all.filter(isStoredImport);
}

export async function save(rec: StoredImport): Promise<void> {
  await withStore('readwrite', (s) => s.put(rec));
}

export async function remove(id: string): Promise<void> {
  await withStore('readwrite', (s) => s.delete(id));
}

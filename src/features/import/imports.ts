/**
 * The imports of this page (one store per page, shared by the data service's overlay, the imported boundaries, the
 * panel and the SQL console): the kept ones read back from IndexedDB and parsed once per page (`ensureRead`, no
 * DuckDB needed: the imported boundaries use them at once), then put into DuckDB (`ensureRestored`); new files read,
 * registered and kept; removal. Work runs one file at a time. A failed step never touches what is loaded: a bad file
 * gets no table, a table is made in one transaction under a new name, and a file that cannot be kept still works
 * until the reload. Restored statistics are checked again against the known units (`recheckCodes`), as new ones are.
 */
import { checkSize, type ImportMessage, type ImportResult } from '../../data/import';
import * as idb from './idb';
import { readImport } from './parse-client';
import { withUnknownCodes, type KnownCodes } from './known-codes';
import type { HandMapping } from './overlay-model';
import { entryOf, byDate, newRecord, usable, type ImportEntry, type StoredImport } from './storage-model';
import { createTableSql, dropTableSql, tableName } from './table-sql';

export type RunSql = (statements: readonly string[]) => Promise<void>;

export type Outcome = 'saved' | 'not-usable' | 'register-failed' | 'store-failed';

export interface FileReport {
  key: number;
  fileName: string;
  result: ImportResult;
  outcome: Outcome;
  table: string | null;
}

export interface ImportsState {
  entries: ImportEntry[];
  reports: FileReport[];
  /** Name of the file being read, if any. */
  busy: string | null;
  restoring: boolean;
  /** True once the kept files were read back (their entries and results are listed; tables may still be coming). */
  loaded: boolean;
  /** False when the browser gives no IndexedDB (imports then last until the reload). */
  storage: boolean;
  /** The read result of each listed import, by id (e.g. the features of a boundary import). */
  results: ReadonlyMap<string, ImportResult>;
  /** Warnings found for a restored import after the reload (codes that match no known unit), by id. */
  notes: ReadonlyMap<string, readonly ImportMessage[]>;
}

let state: ImportsState = {
  entries: [],
  reports: [],
  busy: null,
  restoring: false,
  loaded: false,
  storage: true,
  results: new Map(),
  notes: new Map(),
};
const listeners = new Set<() => void>();
let queue: Promise<unknown> = Promise.resolve();
let keptRecs: Promise<StoredImport[]> | null = null;
let restored: Promise<void> | null = null;
let rechecked = false;
let reportKey = 0;
/** The kept record and read result of each listed import (a mapping by hand needs both). */
const read = new Map<string, { rec: StoredImport; result: ImportResult; registered: boolean }>();

function set(patch: Partial<ImportsState>): void {
  state = { ...state, ...patch };
  listeners.forEach((l) => l());
}

export const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
export const getState = (): ImportsState => state;

/** Run `job` after the ones before it (one file at a time; one DuckDB transaction at a time). */
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

function withResult(id: string, result: ImportResult | null): ReadonlyMap<string, ImportResult> {
  const next = new Map(state.results);
  if (result) next.set(id, result);
  else next.delete(id);
  return next;
}

/** An entry not (yet) in DuckDB adds nothing to the catalogue. */
const unregistered = (e: ImportEntry): ImportEntry => ({ ...e, overlay: null });

/**
 * Read the kept files back and parse each (once per page; later calls wait for the same read). They are listed at
 * once, without catalogue entries until `ensureRestored` has put them into DuckDB.
 */
export function ensureRead(): Promise<void> {
  if (!keptRecs) {
    keptRecs = serial(async () => {
      set({ restoring: true });
      const recs = (await idb.loadAll().catch(() => null))?.sort(byDate) ?? null;
      if (!recs) {
        set({ restoring: false, loaded: true, storage: false });
        return [];
      }
      const entries: ImportEntry[] = [];
      const results = new Map(state.results);
      for (const rec of recs) {
        const result = await readImport(rec.fileName, rec.bytes).catch(() => failed(rec.fileName));
        read.set(rec.id, { rec, result, registered: false });
        entries.push(unregistered(entryOf(rec, result)));
        results.set(rec.id, result);
      }
      set({ entries: [...entries, ...state.entries], results, loaded: true });
      return recs;
    });
  }
  return keptRecs.then(() => undefined);
}

/** Put the kept imports into DuckDB (once per page, after `ensureRead`); later calls wait for the same restore. */
export function ensureRestored(runSql: RunSql): Promise<void> {
  if (!restored) {
    restored = ensureRead().then(() =>
      serial(async () => {
        for (const rec of (await keptRecs) ?? []) {
          const r = read.get(rec.id);
          if (!r || !usable(r.result)) continue;
          const ok = await runSql(createTableSql(r.rec.table, r.result)).then(
            () => true,
            () => false,
          );
          if (!ok) continue;
          read.set(rec.id, { ...r, registered: true });
          set({ entries: state.entries.map((e) => (e.id === rec.id ? entryOf(read.get(rec.id)!.rec, r.result) : e)) });
        }
        set({ restoring: false });
      }),
    );
  }
  return restored;
}

/**
 * Check the restored statistics imports' codes against the known units, as a new file is checked (once per page):
 * a boundary file or a release that changed since the import may leave codes without a unit.
 */
export async function recheckCodes(knownCodes: KnownCodes): Promise<void> {
  if (rechecked) return;
  rechecked = true;
  await ensureRead();
  const notes = new Map(state.notes);
  for (const rec of (await keptRecs) ?? []) {
    const r = read.get(rec.id);
    if (!r || r.result.kind !== 'statistics') continue;
    const checked = await withUnknownCodes(r.result, knownCodes);
    const extra = checked.messages.slice(r.result.messages.length);
    if (extra.length > 0) notes.set(rec.id, extra);
  }
  if (notes.size > 0) set({ notes });
}

async function addOne(file: File, runSql: RunSql, knownCodes?: KnownCodes): Promise<void> {
  set({ busy: file.name });
  const report = (result: ImportResult, outcome: Outcome, table: string | null = null) =>
    set({ reports: [{ key: ++reportKey, fileName: file.name, result, outcome, table }, ...state.reports].slice(0, 20) });
  const refused = checkSize(file.name, file.size);
  if (refused) return report(refused, 'not-usable');
  const bytes = await file.arrayBuffer();
  const first = await readImport(file.name, bytes);
  if (!usable(first)) return report(first, 'not-usable');
  const result = await withUnknownCodes(first, knownCodes);
  const table = tableName(
    file.name,
    state.entries.map((e) => e.table),
  );
  try {
    await runSql(createTableSql(table, result));
  } catch {
    return report(result, 'register-failed');
  }
  const rec = newRecord(file.name, table, bytes, new Date(), `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
  const kept = await idb.save(rec).then(
    () => true,
    () => false,
  );
  read.set(rec.id, { rec, result, registered: true });
  set({ entries: [...state.entries, entryOf(rec, result)], results: withResult(rec.id, result) });
  report(result, kept ? 'saved' : 'store-failed', table);
}

/** Read, check (codes against `knownCodes`, when given) and, when usable, register and keep each file, one at a time. */
export function addFiles(files: readonly File[], runSql: RunSql, knownCodes?: KnownCodes): Promise<void> {
  return serial(async () => {
    for (const f of files) {
      try {
        await addOne(f, runSql, knownCodes);
      } catch {
        set({
          reports: [{ key: ++reportKey, fileName: f.name, result: failed(f.name), outcome: 'not-usable', table: null }, ...state.reports],
        });
      }
    }
    set({ busy: null });
  });
}

/** Drop an import's table and forget the file. */
export function removeImport(id: string, runSql: RunSql): Promise<void> {
  return serial(async () => {
    const entry = state.entries.find((e) => e.id === id);
    if (!entry) return;
    const notes = new Map(state.notes);
    notes.delete(id);
    // first out of the pickers and the map, then the table goes
    set({ entries: state.entries.filter((e) => e.id !== id), results: withResult(id, null), notes });
    read.delete(id);
    await runSql([dropTableSql(entry.table)]).catch(() => undefined);
    await idb.remove(id).catch(() => undefined);
  });
}

/** Keep the user's choices for an import's other numeric columns (the catalogue follows at once). */
export function setMapping(id: string, mapping: readonly HandMapping[]): Promise<void> {
  return serial(async () => {
    const kept = read.get(id);
    const at = state.entries.findIndex((e) => e.id === id);
    if (!kept || at < 0) return;
    const rec: StoredImport = { ...kept.rec, mapping: [...mapping] };
    read.set(id, { ...kept, rec });
    const stored = await idb.save(rec).then(
      () => true,
      () => false,
    );
    const fresh = entryOf(rec, kept.result);
    const entry = kept.registered ? fresh : unregistered(fresh);
    set({ entries: state.entries.map((e, i) => (i === at ? entry : e)), storage: state.storage && stored });
  });
}

/** A file the browser could not hand over (e.g. removed from disk meanwhile). */
function failed(fileName: string): ImportResult {
  return {
    fileName,
    format: null,
    kind: null,
    ok: false,
    year: null,
    rows: { gemeente: [], wijk: [], buurt: [] },
    mapped: [],
    unmapped: [],
    features: [],
    crs: null,
    messages: [
      {
        code: 'unknown-format',
        severity: 'error',
        nl: 'het bestand kon niet worden gelezen (de browser gaf de inhoud niet vrij)',
        en: 'the file could not be read (the browser did not hand over its contents)',
      },
    ],
  };
}

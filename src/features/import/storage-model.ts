/**
 * What an import keeps in the browser (the raw file, re-read on every load, so a newer parser applies) and what the
 * list shows of it. Pure: no IndexedDB here (idb.ts), so it is testable in Node.
 */
import { IMPORT_LEVELS, type ImportFormat, type ImportLevel, type ImportResult, type UnmappedColumn } from '../../data/import/types';
import { VARIABLE_IDS } from '../../data/variables';
import { CUSTOM_KINDS, overlaySource, type HandMapping, type OverlaySource } from './overlay-model';

export interface StoredImport {
  id: string;
  fileName: string;
  /** Its DuckDB table (chosen once, kept across reloads). */
  table: string;
  bytes: ArrayBuffer;
  /** ISO time of the import. */
  addedAt: string;
  /** The user's choices for the file's other numeric columns (absent: none mapped). */
  mapping?: HandMapping[];
}

export interface ImportEntry {
  id: string;
  fileName: string;
  table: string;
  format: ImportFormat | null;
  levels: ImportLevel[];
  /** Rows (statistics) or areas (boundaries) in the table. */
  rows: number;
  addedAt: string;
  year: number | null;
  /** The file's other numeric columns (candidates for mapping by hand) and the choices made for them. */
  unmapped: UnmappedColumn[];
  mapping: HandMapping[];
  /** What the import adds to the catalogue (null: nothing, e.g. boundaries or a file without a year). */
  overlay: OverlaySource | null;
}

/** Rows of a result: statistics rows over all levels, or boundary features. */
export function rowCount(r: ImportResult): number {
  return r.kind === 'boundaries' ? r.features.length : IMPORT_LEVELS.reduce((n, l) => n + r.rows[l].length, 0);
}

/** Levels present in a result. */
export function levelsOf(r: ImportResult): ImportLevel[] {
  return IMPORT_LEVELS.filter((l) => (r.kind === 'boundaries' ? r.features.some((f) => f.level === l) : r.rows[l].length > 0));
}

/** A result is worth a table: no error and at least one row or area. */
export const usable = (r: ImportResult): boolean => r.ok && rowCount(r) > 0;

export function newRecord(fileName: string, table: string, bytes: ArrayBuffer, now: Date, id: string): StoredImport {
  return { id, fileName, table, bytes, addedAt: now.toISOString() };
}

export function entryOf(rec: StoredImport, r: ImportResult): ImportEntry {
  return {
    id: rec.id,
    fileName: rec.fileName,
    table: rec.table,
    format: r.format,
    levels: levelsOf(r),
    rows: rowCount(r),
    addedAt: rec.addedAt,
    year: r.year,
    unmapped: r.kind === 'statistics' ? r.unmapped.filter((u) => u.numeric > 0) : [],
    mapping: rec.mapping ?? [],
    overlay: usable(r) ? overlaySource(rec, r, rec.mapping ?? [], KNOWN) : null,
  };
}

const KNOWN: ReadonlySet<string> = new Set(VARIABLE_IDS);

/** A kept choice for one column, checked (anything else is dropped). */
function isHandMapping(x: unknown): x is HandMapping {
  const m = x as Partial<HandMapping> | null;
  if (!m || typeof m.source !== 'string') return false;
  if (typeof m.variable === 'string') return KNOWN.has(m.variable);
  return (
    m.variable === null &&
    !!m.custom &&
    typeof m.custom.label === 'string' &&
    (CUSTOM_KINDS as readonly string[]).includes(m.custom.kind as string)
  );
}

/** A record read back from storage, checked (anything else — damaged or from an older version — is left out). */
export function isStoredImport(x: unknown): x is StoredImport {
  const r = x as Partial<StoredImport> | null;
  return (
    !!r &&
    typeof r.id === 'string' &&
    typeof r.fileName === 'string' &&
    typeof r.table === 'string' &&
    /^import_[a-z0-9_]+$/.test(r.table) &&
    r.bytes instanceof ArrayBuffer &&
    typeof r.addedAt === 'string' &&
    (r.mapping === undefined || (Array.isArray(r.mapping) && r.mapping.every(isHandMapping)))
  );
}

/** Oldest first (the order they were imported in). */
export const byDate = (a: { addedAt: string }, b: { addedAt: string }): number => a.addedAt.localeCompare(b.addedAt);

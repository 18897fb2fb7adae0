/**
 * The page's import store (src/features/import/imports.ts) after a reload, on the real fixtures: the kept files are
 * read back and parsed once, listed before DuckDB has them (no catalogue entries yet), registered by
 * `ensureRestored`, and checked again against the known units. IndexedDB is replaced by an in-memory store (Node has
 * none); the parser is the real one (parse-client falls back to it without a Worker).
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredImport } from '../../../src/features/import/storage-model';

const kept = new Map<string, StoredImport>();
let loads = 0;
vi.mock('../../../src/features/import/idb', () => ({
  loadAll: async () => {
    loads++;
    return [...kept.values()];
  },
  save: async (rec: StoredImport) => void kept.set(rec.id, rec),
  remove: async (id: string) => void kept.delete(id),
}));

const bytes = (p: string) => {
  const b = readFileSync(p);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const STATS = 'tests/fixtures/import/kwb-2024-buurten-bunnik.csv';
const GEO = 'tests/fixtures/import/buurten-bunnik-2024.geojson';

beforeEach(() => {
  vi.resetModules();
  kept.clear();
  loads = 0;
  kept.set('a', {
    id: 'a',
    fileName: 'kwb-2024-buurten-bunnik.csv',
    table: 'import_stats',
    bytes: bytes(STATS),
    addedAt: '2026-12-01T10:00:00Z',
  });
  kept.set('b', {
    id: 'b',
    fileName: 'buurten-bunnik-2024.geojson',
    table: 'import_geo',
    bytes: bytes(GEO),
    addedAt: '2026-12-01T10:01:00Z',
  });
});

const store = () => import('../../../src/features/import/imports');

describe('import store after a reload', () => {
  it('reads the kept files once, lists them without catalogue entries until DuckDB has their tables', async () => {
    const m = await store();
    await Promise.all([m.ensureRead(), m.ensureRead()]);
    const s = m.getState();
    expect(loads).toBe(1);
    expect(s.loaded).toBe(true);
    expect(s.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(s.entries.every((e) => e.overlay === null)).toBe(true);
    const geo = s.results.get('b')!;
    expect(geo.kind).toBe('boundaries');
    expect(geo.features).toHaveLength(8);
    expect(s.results.get('a')!.rows.buurt).toHaveLength(8);

    const statements: string[][] = [];
    await m.ensureRestored(async (st) => void statements.push([...st]));
    await m.ensureRestored(async () => {
      throw new Error('not again');
    });
    expect(loads).toBe(1);
    expect(statements.map((st) => st.join('\n')).filter((sql) => sql.includes('import_stats'))).toHaveLength(1);
    const after = m.getState();
    expect(after.restoring).toBe(false);
    expect(after.entries.find((e) => e.id === 'a')!.overlay).toEqual(expect.objectContaining({ table: 'import_stats', year: 2024 }));
  });

  it('keeps a file whose table cannot be made listed, without catalogue entries', async () => {
    const m = await store();
    await m.ensureRestored(async () => {
      throw new Error('DuckDB failed');
    });
    const s = m.getState();
    expect(s.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(s.entries.every((e) => e.overlay === null)).toBe(true);
    expect(s.restoring).toBe(false);
  });

  it('checks restored codes against the known units and names those that match none', async () => {
    const m = await store();
    const known = new Set(['BU03120000', 'BU03120100']);
    await m.recheckCodes(async (level) => (level === 'buurt' ? known : null));
    const notes = m.getState().notes.get('a')!;
    expect(notes).toHaveLength(1);
    expect(notes[0]!.code).toBe('unknown-codes');
    expect(notes[0]!.nl).toMatch(/^6 van 8 codes van buurten/);
    expect(notes[0]!.en).toContain('BU03120');
    expect(m.getState().notes.has('b')).toBe(false);
  });

  it('forgets an import removed after the reload: entry, result, notes and the kept file', async () => {
    const m = await store();
    await m.ensureRestored(async () => undefined);
    await m.recheckCodes(async () => new Set(['BU03120000']));
    const drops: string[] = [];
    await m.removeImport('a', async (st) => void drops.push(...st));
    const s = m.getState();
    expect(s.entries.map((e) => e.id)).toEqual(['b']);
    expect(s.results.has('a')).toBe(false);
    expect(s.notes.has('a')).toBe(false);
    expect(kept.has('a')).toBe(false);
    expect(drops.join()).toContain('import_stats');
  });
});

/** The kept-import model: counts and levels from real parser results, records checked when read back. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/data/import';
import { byDate, entryOf, isStoredImport, levelsOf, newRecord, rowCount, usable } from '../../../src/features/import/storage-model';

const read = (p: string) => importFile(p.split('/').pop()!, new Uint8Array(readFileSync(p)));

describe('storage model', () => {
  it('summarises the buurt statistics and the buurt boundaries', () => {
    const stats = read('tests/fixtures/import/kwb-2024-buurten-bunnik.csv');
    const lines = readFileSync('tests/fixtures/import/kwb-2024-buurten-bunnik.csv', 'utf8').trim().split('\n').length - 1;
    expect(rowCount(stats)).toBe(lines);
    expect(levelsOf(stats)).toEqual(['buurt']);
    expect(usable(stats)).toBe(true);
    const geo = read('tests/fixtures/import/buurten-bunnik-2024.geojson');
    const features = (JSON.parse(readFileSync('tests/fixtures/import/buurten-bunnik-2024.geojson', 'utf8')) as { features: unknown[] })
      .features;
    expect(rowCount(geo)).toBe(features.length);
    expect(levelsOf(geo)).toEqual(['buurt']);
    const rec = newRecord('a.csv', 'import_a', new ArrayBuffer(3), new Date('2026-12-01T10:00:00Z'), 'id1');
    expect(entryOf(rec, stats)).toEqual({
      id: 'id1',
      fileName: 'a.csv',
      table: 'import_a',
      format: 'kwb-csv',
      levels: ['buurt'],
      rows: lines,
      addedAt: '2026-12-01T10:00:00.000Z',
      year: stats.year,
      unmapped: stats.unmapped.filter((u) => u.numeric > 0),
      mapping: [],
      overlay: expect.objectContaining({ id: 'id1', table: 'import_a', year: 2024 }) as unknown,
    });
  });

  it('refuses bad files as unusable', () => {
    expect(usable(read('tests/fixtures/bad-input/kwb-2024-duplicate-code.csv'))).toBe(false);
    expect(usable(read('tests/fixtures/bad-input/statline-header-only.csv'))).toBe(false);
  });

  it('checks records read back and orders them by date', () => {
    const ok = newRecord('a.csv', 'import_a', new ArrayBuffer(1), new Date('2026-01-02T00:00:00Z'), 'x');
    expect(isStoredImport(ok)).toBe(true);
    expect(isStoredImport({ ...ok, table: 'stats_wijk' })).toBe(false);
    expect(isStoredImport({ ...ok, bytes: 'abc' })).toBe(false);
    expect(isStoredImport(null)).toBe(false);
    const older = { ...ok, addedAt: '2025-01-01T00:00:00.000Z' };
    expect([ok, older].sort(byDate)[0]).toBe(older);
  });
});

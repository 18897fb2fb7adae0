import { readFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { VARIABLES } from '../../../src/data/variables';
import { buildDetailRows, type StatRow } from '../../../src/views/explore/detail-model';
import { buildCompareRows, differenceUnit } from '../../../src/views/compare/compare-model';
import { formatDifference } from '../../../src/views/compare/ComparePanel';

describe('buildCompareRows', () => {
  it('compares two Schiedam wijken: the difference is the second value minus the first, read from the statistics', async () => {
    const b = readFileSync(new URL('../../../data/stats/wijk.parquet', import.meta.url));
    const all = (await parquetReadObjects({ file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer })) as StatRow[];
    const of = (code: string) => all.filter((r) => r['code'] === code);
    const west = of('WK060603');
    const nieuwland = of('WK060606');
    expect(west.length).toBeGreaterThan(0);
    const year = 2022;
    const a = buildDetailRows({ variables: VARIABLES, year, unitRows: west });
    const c = buildDetailRows({ variables: VARIABLES, year, unitRows: nieuwland });
    const rows = buildCompareRows(a, c);
    const w22 = west.find((r) => r.year === year)!;
    const n22 = nieuwland.find((r) => r.year === year)!;
    let checked = 0;
    for (const r of rows) {
      const x = w22[r.id];
      const y = n22[r.id];
      const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
      expect(r.pinned).toBe(ok(x) ? x : null);
      expect(r.selected).toBe(ok(y) ? y : null);
      if (ok(x) && ok(y)) {
        expect(r.diff).toBeCloseTo(y - x, 9);
        checked++;
      } else expect(r.diff).toBeNull();
      expect(r.diffUnit).toBe(r.unit === 'percent' ? 'pp' : r.unit);
      expect(r.pinned !== null || r.selected !== null).toBe(true);
    }
    expect(checked).toBeGreaterThan(5);
    // Every variable either wijk has a value for in the year appears once, no other.
    const has = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
    const expected = VARIABLES.filter((v) => has(w22[v.id]) || has(n22[v.id])).map((v) => v.id);
    expect(rows.map((r) => r.id).sort()).toEqual([...expected].sort());
    expect(rows.find((r) => r.id === 'share_age_65plus')!.diffUnit).toBe('pp');
  });

  it('keeps a variable only the pinned area has, without a difference', () => {
    const v = VARIABLES.filter((x) => x.id === 'population' || x.id === 'share_age_65plus');
    const a = buildDetailRows({ variables: v, year: 2022, unitRows: [{ year: 2022, population: 100, share_age_65plus: 20 }] });
    const c = buildDetailRows({ variables: v, year: 2022, unitRows: [{ year: 2022, population: 250 }] });
    const rows = buildCompareRows(a, c);
    expect(rows.map((r) => [r.id, r.pinned, r.selected, r.diff])).toEqual([
      ['population', 100, 250, 150],
      ['share_age_65plus', 20, null, null],
    ]);
  });
});

describe('formatDifference', () => {
  it('signs with a real minus and names the unit', () => {
    expect(differenceUnit('percent')).toBe('pp');
    expect(formatDifference('nl', -3.44, 'pp')).toBe('\u22123,4 procentpunt');
    expect(formatDifference('en', 2.5, 'pp')).toBe('+2.5 percentage points');
    expect(formatDifference('nl', -1500, 'count')).toBe('\u22121.500');
    expect(formatDifference('nl', 12.3, 'keur')).toBe('+12,3 × €1.000');
    expect(formatDifference('nl', -0.01, 'pp')).toBe('0 procentpunt');
    expect(formatDifference('nl', null, 'count')).toBe('Geen gegevens');
  });
});

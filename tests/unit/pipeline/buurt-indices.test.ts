/**
 * Indices over buurten, the three-level split of M and the wijk/buurt scale comparison on the real buurt data
 * (KWB 2024), checked against direct computations on the buurt rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../../src/cli/node-data';
import { splitBuurtenByProvince } from '../../../src/pipeline/decomposition-buurt';
import { runIndices, type SourceRow } from '../../../src/pipeline/indices';
import { exportMetadata, indicesRow } from '../../../src/pipeline/indices-output';
import { scaleComparison } from '../../../src/pipeline/scale';

let rows: SourceRow[];
beforeAll(async () => {
  const repo = await openRepository('data', ['buurt']);
  rows = (await repo.all('buurt')).filter((r) => r.year === 2024);
});

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** The age3 table of usable buurten (0–14, 15–64 = population − 0–14 − 65+, 65+), straight from the rows. */
function age3(rs: readonly SourceRow[]): { row: SourceRow; counts: number[] }[] {
  const out: { row: SourceRow; counts: number[] }[] = [];
  for (const r of rs) {
    const p = num(r.population);
    const a = num(r.persons_age_0_14);
    const o = num(r.persons_age_65plus);
    if (p === null || a === null || o === null || p - a - o < 0 || p === 0) continue;
    out.push({ row: r, counts: [a, p - a - o, o] });
  }
  return out;
}

function directD(table: number[][]): number {
  const X = table.reduce((s, t) => s + t[0]!, 0);
  const Y = table.reduce((s, t) => s + t[1]!, 0);
  return 0.5 * table.reduce((s, t) => s + Math.abs(t[0]! / X - t[1]! / Y), 0);
}

function directM(table: number[][]): number {
  const T = table.flat().reduce((a, b) => a + b, 0);
  const gt = table[0]!.map((_, k) => table.reduce((s, r) => s + r[k]!, 0));
  let m = 0;
  for (const r of table) {
    const tu = r.reduce((a, b) => a + b, 0);
    r.forEach((c, k) => {
      if (c > 0) m += (c / T) * Math.log((c * T) / (tu * gt[k]!));
    });
  }
  return m;
}

function bySum(items: { key: string; counts: number[] }[]): number[][] {
  const m = new Map<string, number[]>();
  for (const { key, counts } of items) {
    const acc = m.get(key) ?? counts.map(() => 0);
    counts.forEach((c, k) => (acc[k] += c));
    m.set(key, acc);
  }
  return [...m.values()];
}

describe('indices over buurten', () => {
  it('gives every gemeente its D over its buurten (65+), matching a direct computation, with expected D', () => {
    const res = runIndices(rows, { level: 'buurt', year: 2024, group: 'age_65plus', bootstrapReplicates: 0, randomReplicates: 10 });
    const gemeenten = new Set(rows.map((r) => r.gemeente_code));
    expect(res.records.map((r) => r.regionCode).sort()).toEqual([...gemeenten].sort());
    let checked = 0;
    for (const rec of res.records) {
      const table = rows
        .filter((r) => r.gemeente_code === rec.regionCode)
        .flatMap((r) => {
          const p = num(r.population);
          const o = num(r.persons_age_65plus);
          return p === null || o === null || p - o < 0 || p === 0 ? [] : [[o, p - o]];
        });
      expect(rec.unitsUsed, rec.regionCode).toBe(table.length);
      if (!rec.twoGroup.D.ok) continue;
      expect(rec.twoGroup.D.value, rec.regionCode).toBeCloseTo(directD(table), 12);
      expect(rec.expected!.D).toBeGreaterThan(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(330);
    const ams = res.records.find((r) => r.regionCode === 'GM0363')!;
    for (const k of ['Dadj', 'Dw', 'Ds', 'SP'] as const) expect(ams.twoGroup[k]).toMatchObject({ ok: false, code: 'missing_spatial' });
    expect(ams.DadjQueen.ok).toBe(false);
  });

  it('writes D and expected D side by side, spatial columns blank with the reason, never 0', () => {
    const res = runIndices(rows, {
      level: 'buurt',
      year: 2024,
      group: 'age3',
      regions: ['GM0363'],
      bootstrapReplicates: 0,
      randomReplicates: 5,
    });
    const row = indicesRow(res.records[0]!, {
      year: 2024,
      contiguity: null,
      bootstrapReplicates: 0,
      randomReplicates: 5,
      expectedNextToD: true,
    });
    const cols = Object.keys(row);
    expect(cols.slice(cols.indexOf('D'), cols.indexOf('D') + 4)).toEqual(['D', 'expected_D', 'D_excess', 'D_carrington_troske']);
    for (const k of ['Dadj_rook', 'Dadj_queen', 'Dw', 'Ds', 'SP']) expect(row[k], k).toBeNull();
    expect(row.not_computable).toMatch(/Dadj_rook, Dw, Ds, SP, Dadj_queen: buurten have no boundaries/);
    expect(row.excluded_negative_remainder).toBe(0);
    const meta = exportMetadata(res, { tool: 't', dataSource: 's' });
    expect(Object.values(meta.not_computed ?? {})[0]).toMatch(/no boundaries/);
  });

  it('counts a buurt whose 15–64 falls below zero in the warnings of its gemeente', () => {
    const negative = rows.filter((r) => {
      const [p, a, o] = [num(r.population), num(r.persons_age_0_14), num(r.persons_age_65plus)];
      return p !== null && a !== null && o !== null && p - a - o < 0;
    });
    expect(negative.length).toBeGreaterThan(0);
    const gm = negative[0]!.gemeente_code!;
    const res = runIndices(rows, { level: 'buurt', year: 2024, group: 'age3', regions: [gm], bootstrapReplicates: 0, randomReplicates: 1 });
    const n = negative.filter((r) => r.gemeente_code === gm).length;
    expect(res.records[0]!.negativeRemainders).toBe(n);
    expect(res.records[0]!.warnings.find((w) => w.code === 'negative_derived_count')?.count).toBe(n);
    expect(res.negativeRemainders).toBe(negative.length);
  });

  it('with within: wijk gives one record per wijk over the buurten of that wijk', () => {
    const ams = rows.filter((r) => r.gemeente_code === 'GM0363');
    const res = runIndices(ams, {
      level: 'buurt',
      within: 'wijk',
      year: 2024,
      group: 'age_0_14',
      bootstrapReplicates: 0,
      randomReplicates: 1,
    });
    expect(res.records.map((r) => r.regionCode).sort()).toEqual([...new Set(ams.map((r) => r.wijk_code as string))].sort());
    expect(res.records.every((r) => r.regionCode.startsWith('WK0363'))).toBe(true);
  });

  it('refuses within outside buurt level and boundaries for buurten', () => {
    expect(() => runIndices(rows, { level: 'wijk', within: 'wijk', year: 2024, group: 'age_65plus' })).toThrow(
      /only applies at buurt level/,
    );
    const layer = { codes: [], contiguity: 'rook' as const, adjacency: { n: 0, neighbours: [] } };
    expect(() => runIndices(rows, { level: 'buurt', year: 2024, group: 'age_65plus' }, layer)).toThrow(/no boundaries/);
    expect(() => runIndices(rows, { level: 'buurt', year: 2024, group: 'income_low' })).toThrow(/at buurt level/);
  });
});

describe('three-level split of M over buurten', () => {
  it('NL: parts equal the direct chain-rule differences and sum to the total to 1e-12', () => {
    const { rows: split, explanation } = splitBuurtenByProvince(rows, 'age3');
    expect(split.map((r) => r.regionCode)).toEqual(['NL00', ...Array.from({ length: 12 }, (_, i) => `PV${20 + i}`)]);
    const table = age3(rows);
    const mB = directM(table.map((t) => t.counts));
    const mW = directM(bySum(table.map((t) => ({ key: `${t.row.wijk_code}`, counts: t.counts }))));
    const mG = directM(bySum(table.map((t) => ({ key: `${t.row.gemeente_code}`, counts: t.counts }))));
    const nl = split[0]!;
    expect(nl.buurtenUsed).toBe(table.length);
    expect(nl.buurtenUsed + nl.buurtenExcluded).toBe(rows.length);
    expect(nl.total!).toBeCloseTo(mB, 12);
    expect(nl.betweenGemeenten!).toBeCloseTo(mG, 12);
    expect(nl.betweenWijken!).toBeCloseTo(mW - mG, 12);
    expect(nl.withinWijken!).toBeCloseTo(mB - mW, 12);
    for (const r of split) {
      expect(Math.abs(r.betweenGemeenten! + r.betweenWijken! + r.withinWijken! - r.total!), r.regionCode).toBeLessThan(1e-12);
      for (const p of [r.betweenGemeenten!, r.betweenWijken!, r.withinWijken!]) expect(p).toBeGreaterThanOrEqual(0);
    }
    // The issue: over 40 % of NL's age segregation lies between buurten of the same wijk.
    expect(nl.shareWithinWijken!).toBeGreaterThan(0.4);
    expect(split.slice(1).reduce((s, r) => s + r.buurtenUsed, 0)).toBe(nl.buurtenUsed);
    expect(explanation.en).toMatch(/three parts/);
    expect(explanation.nl).toMatch(/drie delen/);
  });
});

describe('segregation by scale: wijken vs buurten per gemeente', () => {
  it('wijk value = D over the buurt counts summed per wijk; the buurt value is never below it (D, M)', () => {
    const d = scaleComparison(rows, { group: 'age_65plus', index: 'D' });
    const m = scaleComparison(rows, { group: 'age_65plus', index: 'M' });
    const table = rows.flatMap((r) => {
      const [p, o] = [num(r.population), num(r.persons_age_65plus)];
      return p === null || o === null || p - o < 0 || p === 0 ? [] : [{ r, counts: [o, p - o] }];
    });
    for (const code of ['GM0363', 'GM0599', 'GM0014']) {
      const mine = table.filter((t) => t.r.gemeente_code === code);
      const row = d.rows.find((x) => x.code === code)!;
      expect(row.wijk!).toBeCloseTo(directD(bySum(mine.map((t) => ({ key: `${t.r.wijk_code}`, counts: t.counts })))), 12);
      expect(row.buurt!).toBeCloseTo(directD(mine.map((t) => t.counts)), 12);
      expect(row.buurten).toBe(mine.length);
    }
    for (const rs of [d.rows, m.rows])
      for (const r of rs) if (r.wijk !== null && r.buurt !== null) expect(r.buurt, r.code).toBeGreaterThanOrEqual(r.wijk - 1e-12);
    expect(d.rows.length).toBe(new Set(rows.map((r) => r.gemeente_code)).size);
  });
});

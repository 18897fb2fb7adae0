/**
 * The nested decomposition of M (any number of levels) against direct computations: each part equals M over the
 * finer partition minus M over the coarser one (chain rule), the parts add up to M over the units, each part is
 * ≥ 0, and wijken that are internally uniform leave nothing within them. The two-level function is the general
 * one with two levels.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decomposeMutualInformation } from '../../../src/engine/indices/decomposition';
import { decomposeNested } from '../../../src/engine/indices/decomposition-nested';

/** M of a units × groups table, straight from the definition (natural log). */
function directM(table: number[][]): number {
  const G = table[0]!.length;
  const T = table.flat().reduce((a, b) => a + b, 0);
  const gt = Array.from({ length: G }, (_, k) => table.reduce((s, r) => s + r[k]!, 0));
  let m = 0;
  for (const r of table) {
    const tu = r.reduce((a, b) => a + b, 0);
    if (tu === 0) continue;
    r.forEach((c, k) => {
      if (c > 0) m += (c / T) * Math.log((c * T) / (tu * gt[k]!));
    });
  }
  return m;
}

/** Rows summed by key. */
function aggregate(table: number[][], keys: string[]): number[][] {
  const out = new Map<string, number[]>();
  table.forEach((r, i) => {
    const acc = out.get(keys[i]!) ?? r.map(() => 0);
    r.forEach((c, k) => (acc[k] += c));
    out.set(keys[i]!, acc);
  });
  return [...out.values()];
}

const columnsOf = (table: number[][]) => table[0]!.map((_, k) => table.map((r) => r[k]!));

/** Buurten in wijken in gemeenten: 1–4 gemeenten × 1–3 wijken × 1–4 buurten, 2–3 groups, small counts. */
const nested = fc
  .record({
    groups: fc.integer({ min: 2, max: 3 }),
    shape: fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
  })
  .chain(({ groups, shape }) => {
    const n = shape.flat().reduce((a, b) => a + b, 0);
    return fc.record({
      shape: fc.constant(shape),
      table: fc.array(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 60 }),
            fc.integer({ min: 0, max: 1e6 }).map((c) => c / 100),
          ),
          {
            minLength: groups,
            maxLength: groups,
          },
        ),
        { minLength: n, maxLength: n },
      ),
    });
  })
  .map(({ shape, table }) => {
    const gm: string[] = [];
    const wk: string[] = [];
    shape.forEach((wijken, g) =>
      wijken.forEach((b, w) => {
        for (let i = 0; i < b; i++) {
          gm.push(`GM${g}`);
          wk.push(`WK${g}${w}`);
        }
      }),
    );
    return { table, gm, wk };
  });

const levels = (gm: string[], wk: string[]) => [
  { name: 'between_gemeenten', keys: gm },
  { name: 'between_wijken', keys: wk },
];

describe('decomposeNested', () => {
  it('three parts: each ≥ 0, summing to M over the units (1e-12), each the chain-rule difference', () => {
    fc.assert(
      fc.property(nested, ({ table, gm, wk }) => {
        const d = decomposeNested(columnsOf(table), levels(gm, wk), { lastName: 'within_wijken' });
        if (!d.ok) return;
        expect(d.parts.map((p) => p.name)).toEqual(['between_gemeenten', 'between_wijken', 'within_wijken']);
        for (const p of d.parts) expect(p.M).toBeGreaterThanOrEqual(0);
        expect(Math.abs(d.parts.reduce((s, p) => s + p.M, 0) - d.total)).toBeLessThan(1e-12);
        const used = table.map((r, i) => i).filter((i) => table[i]!.some((c) => c > 0));
        const t = used.map((i) => table[i]!);
        const mGm = directM(
          aggregate(
            t,
            used.map((i) => gm[i]!),
          ),
        );
        const mWk = directM(
          aggregate(
            t,
            used.map((i) => wk[i]!),
          ),
        );
        expect(d.total).toBeCloseTo(directM(t), 12);
        expect(d.parts[0]!.M).toBeCloseTo(mGm, 12);
        expect(d.parts[1]!.M).toBeCloseTo(mWk - mGm, 12);
        expect(d.parts[2]!.M).toBeCloseTo(directM(t) - mWk, 12);
        for (const p of d.parts) expect(p.H).toBeCloseTo(p.M / d.E, 12);
      }),
      { numRuns: 300 },
    );
  });

  it('wijken that are internally uniform (buurten with the same mix) leave a zero within-wijk part', () => {
    const uniformWijken = nested.chain(({ table, gm, wk }) =>
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: table.length, maxLength: table.length }).map((scale) => {
        // Every buurt of a wijk gets the first buurt's mix, times a whole factor.
        const first = new Map<string, number[]>();
        const t = table.map((r, i) => {
          const mix = first.get(wk[i]!) ?? r.map((c) => Math.round(c) + 1);
          first.set(wk[i]!, mix);
          return mix.map((c) => c * scale[i]!);
        });
        return { table: t, gm, wk };
      }),
    );
    fc.assert(
      fc.property(uniformWijken, ({ table, gm, wk }) => {
        const d = decomposeNested(columnsOf(table), levels(gm, wk));
        if (!d.ok) return;
        expect(d.parts[2]!.M).toBeGreaterThanOrEqual(0);
        expect(d.parts[2]!.M).toBeLessThan(1e-12);
        expect(Math.abs(d.parts[0]!.M + d.parts[1]!.M - d.total)).toBeLessThan(1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('the two-level function is the general one with one level, to the bit', () => {
    fc.assert(
      fc.property(nested, ({ table, gm }) => {
        const two = decomposeMutualInformation(columnsOf(table), gm);
        const gen = decomposeNested(columnsOf(table), [{ name: 'between', keys: gm }], { floorAtZero: false });
        if (!two.ok || !gen.ok) {
          expect(two.ok).toBe(gen.ok);
          return;
        }
        expect([two.total, two.between, two.within]).toEqual([gen.total, gen.parts[0]!.M, gen.parts[1]!.M]);
        expect(two.regions).toEqual(
          gen.parts[1]!.regions.map(({ region, units, weight, M, contribution }) => ({ region, units, weight, M, contribution })),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('reports each parent region with its weight, and tells equal keys under different parents apart', () => {
    const table = [
      [10, 0],
      [0, 10],
      [5, 5],
      [5, 5],
    ];
    const d = decomposeNested(columnsOf(table), levels(['A', 'A', 'B', 'B'], ['W1', 'W1', 'W1', 'W1']));
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    const within = d.parts[2]!;
    expect(within.regions.map((r) => [r.region, r.parent, r.units, r.weight])).toEqual([
      ['W1', 'A', 2, 0.5],
      ['W1', 'B', 2, 0.5],
    ]);
    expect(within.regions[0]!.M).toBeCloseTo(Math.log(2), 12);
    expect(within.M).toBeCloseTo(0.5 * Math.log(2), 12);
    expect(d.parts[0]!.regions).toEqual([{ region: '', parent: null, units: 2, weight: 1, M: d.parts[0]!.M, contribution: d.parts[0]!.M }]);
  });

  it('is not computable on fewer than 2 usable units, and refuses keys of the wrong length', () => {
    const one = decomposeNested([[5], [5]], levels(['A'], ['W']));
    expect(one.ok).toBe(false);
    expect(!one.ok && one.code).toBe('too_few_units');
    expect(() =>
      decomposeNested(
        [
          [1, 2],
          [3, 4],
        ],
        levels(['A'], ['W', 'W']),
      ),
    ).toThrow(RangeError);
  });
});

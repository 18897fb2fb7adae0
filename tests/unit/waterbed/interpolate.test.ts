import { area, featureCollection, intersect } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entriesOf, type Crosswalk } from '../../../src/engine/waterbed/crosswalk';
import { harmonise } from '../../../src/engine/waterbed/harmonise';
import { amountOf } from '../../../src/engine/waterbed/indicator';
import type { Amount } from '../../../src/engine/waterbed/types';
import { buildCrosswalk, overlayAreas, populationWeighted } from '../../../src/geo/interpolate';
import { multi, poly, rect, ring, type Unit } from './fixtures';

const meta = { level: 'test', fromYear: 2020, toYear: 2021 };
const share = (v: number, den: number) => amountOf('share', v, den)!;
const count = (v: number) => amountOf('count', v, null)!;
const weightOf = (cw: Crosswalk, from: string, to: string) =>
  entriesOf(cw, cw.toCodes.indexOf(to)).find((e) => cw.fromCodes[e.source] === from)?.weight ?? 0;

describe('crosswalk: constructed cases with known answers', () => {
  const A = rect('A', 0, 0, 1, 1),
    B = rect('B', 1, 0, 2, 1);

  it('unchanged units give exactly their own value, reallocated share 0', () => {
    const cw = buildCrosswalk([A, B], [rect('A', 0, 0, 1, 1), rect('B', 1, 0, 2, 1)], meta);
    expect(cw.identical).toEqual([true, true]);
    expect(cw.weight).toEqual([1, 1]);
    // Awkward floats: 12.3 % of 24,917 must come back as exactly 12.3, not 12.300000000000002.
    for (const kind of ['share', 'mean'] as const) {
      const out = harmonise(cw, [amountOf(kind, 12.3, 24917), amountOf(kind, 7.1, 333)], kind);
      expect(out.map((h) => h!.value)).toEqual([12.3, 7.1]);
      expect(out.map((h) => h!.reallocatedShare)).toEqual([0, 0]);
      expect(out.map((h) => h!.sources.map((s) => s.code))).toEqual([['A'], ['B']]);
    }
    expect(harmonise(cw, [count(24917), count(333)], 'count').map((h) => h!.value)).toEqual([24917, 333]);
  });

  it('split: counts divided by area, shares kept exactly, new code fully reallocated', () => {
    const S = rect('S', 0, 0, 2, 1);
    const cw = buildCrosswalk([S], [rect('S', 0, 0, 1, 1), rect('N', 1, 0, 2, 1)], meta);
    expect(weightOf(cw, 'S', 'S')).toBeCloseTo(0.5, 4);
    expect(weightOf(cw, 'S', 'N')).toBeCloseTo(0.5, 4);
    expect(weightOf(cw, 'S', 'S') + weightOf(cw, 'S', 'N')).toBeCloseTo(1, 12);
    const pop = harmonise(cw, [count(200)], 'count');
    expect(pop[0]!.value).toBeCloseTo(100, 1);
    expect(pop[0]!.value + pop[1]!.value).toBeCloseTo(200, 9);
    const sh = harmonise(cw, [share(20, 200)], 'share');
    expect(sh.map((h) => h!.value)).toEqual([20, 20]);
    expect(sh.map((h) => h!.reallocatedShare)).toEqual([0, 1]);
    expect(sh[1]!.sources).toEqual([{ code: 'S', share: 1 }]);
  });

  it('merge: counts summed, share recomputed from counts (not averaged), reallocated share by denominator', () => {
    const merged = buildCrosswalk([A, B], [rect('M', 0, 0, 2, 1)], meta);
    expect(merged.weight).toEqual([1, 1]);
    const amounts = [share(10, 100), share(30, 300)];
    const m = harmonise(merged, amounts, 'share')[0]!;
    expect(m.value).toBeCloseTo(25, 12); // (10 + 90) / 400, not (10 + 30) / 2
    expect(m.den).toBeCloseTo(400, 9);
    expect(m.reallocatedShare).toBe(1);
    expect(m.sources.map((s) => [s.code, s.share])).toEqual([
      ['B', 0.75],
      ['A', 0.25],
    ]);
    // A absorbs B and keeps its code: only B's part counts as reallocated.
    const absorbed = harmonise(buildCrosswalk([A, B], [rect('A', 0, 0, 2, 1)], meta), amounts, 'share')[0]!;
    expect(absorbed.reallocatedShare).toBeCloseTo(0.75, 12);
    expect(absorbed.identical).toBe(false);
    // Means are weighted by their denominator: WOZ 200 over 100 dwellings and 300 over 300 → 275.
    expect(harmonise(merged, [amountOf('mean', 200, 100), amountOf('mean', 300, 300)], 'mean')[0]!.value).toBeCloseTo(275, 9);
  });

  it('boundary shift: a quarter of B moves to A', () => {
    const cw = buildCrosswalk([A, B], [rect('A', 0, 0, 1.25, 1), rect('B', 1.25, 0, 2, 1)], meta);
    expect(cw.identical).toEqual([false, false]);
    expect(weightOf(cw, 'B', 'A')).toBeCloseTo(0.25, 4);
    expect(weightOf(cw, 'B', 'B')).toBeCloseTo(0.75, 4);
    expect(weightOf(cw, 'A', 'A')).toBe(1);
    const c = harmonise(cw, [count(100), count(300)], 'count');
    expect(c[0]!.value).toBeCloseTo(175, 1);
    expect(c[1]!.value).toBeCloseTo(225, 1);
    expect(c[0]!.value + c[1]!.value).toBeCloseTo(400, 9);
    const s = harmonise(cw, [share(10, 100), share(30, 300)], 'share');
    expect(s[0]!.value).toBeCloseTo(32.5 / 1.75, 2); // (10 + 0.25·90) / (100 + 0.25·300)
    expect(s[0]!.reallocatedShare).toBeCloseTo(75 / 175, 3);
    expect(s[1]!.value).toBe(30); // only source B: B's share exactly
    expect(s[1]!.reallocatedShare).toBe(0);
  });

  it('boundary noise (a 10 m shift) is not a change', () => {
    const e = 0.0146; // ≈ 10 m in longitude at 52° N, in cells
    const cw = buildCrosswalk([A, B], [rect('A', 0, 0, 1 + e, 1), rect('B', 1 + e, 0, 2, 1)], meta);
    expect(cw.identical).toEqual([true, true]);
    const s = harmonise(cw, [share(10, 100), share(30, 300)], 'share');
    expect(s.map((h) => h!.value)).toEqual([10, 30]);
    expect(s.map((h) => h!.reallocatedShare)).toEqual([0, 0]);
  });

  it('recoded units with the same area are the same unit', () => {
    const cw = buildCrosswalk([A, B], [rect('X', 0, 0, 1, 1), rect('Y', 1, 0, 2, 1)], meta);
    expect(cw.identical).toEqual([true, true]);
    const s = harmonise(cw, [share(10, 100), share(30, 300)], 'share');
    expect(s.map((h) => [h!.value, h!.reallocatedShare, h!.sources[0].code])).toEqual([
      [10, 0, 'A'],
      [30, 0, 'B'],
    ]);
  });

  it('unknown sources: counts become unknown, shares use the known part if it covers ≥ half', () => {
    const cw = buildCrosswalk([rect('A', 0, 0, 1.2, 1), rect('B', 1.2, 0, 2, 1)], [rect('M', 0, 0, 2, 1)], meta);
    expect(harmonise(cw, [count(100), null], 'count')[0]).toBeNull();
    const m = harmonise(cw, [share(10, 100), null], 'share')[0]!;
    expect(m.value).toBe(10);
    expect(m.coverage).toBeCloseTo(0.6, 3);
    expect(harmonise(cw, [null, share(10, 100)], 'share')[0]).toBeNull(); // 40 % known: too little
  });

  it('a unit without overlap is unmatched; a to-unit without sources is unknown', () => {
    const far = rect('FAR', 50, 50, 51, 51);
    const cw = buildCrosswalk([A, far], [rect('A', 0, 0, 1, 1), rect('W', 20, 20, 21, 21)], meta);
    expect(cw.unmatched.map((s) => cw.fromCodes[s])).toEqual(['FAR']);
    expect(harmonise(cw, [count(1), count(2)], 'count')[1]).toBeNull();
  });

  it('density weighting splits by the to-year population density', () => {
    const S = rect('S', 0, 0, 2, 1);
    const cw = populationWeighted(buildCrosswalk([S], [rect('S1', 0, 0, 1, 1), rect('S2', 1, 0, 2, 1)], meta), [300, 100]);
    expect(cw.weighting).toBe('density');
    expect(weightOf(cw, 'S', 'S1')).toBeCloseTo(0.75, 4);
    const c = harmonise(cw, [count(200)], 'count');
    expect(c[0]!.value).toBeCloseTo(150, 1);
    // Unknown density: area weights stay.
    expect(
      weightOf(populationWeighted(buildCrosswalk([S], [rect('S1', 0, 0, 1, 1), rect('S2', 1, 0, 2, 1)], meta), [300, null]), 'S', 'S1'),
    ).toBeCloseTo(0.5, 4);
  });

  it('totals are preserved for any pair of strip partitions', () => {
    const cuts = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 6 }).map((a) => [0, ...a.sort((x, y) => x - y), 100]);
    fc.assert(
      fc.property(cuts, cuts, fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 7, maxLength: 7 }), (c0, c1, pops) => {
        const strips = (c: number[], p: string) => c.slice(1).map((x, k) => rect(`${p}${k}`, c[k] / 50, 0, x / 50, 1));
        const from = strips(c0, 'S'),
          to = strips(c1, 'T');
        const cw = buildCrosswalk(from, to, meta);
        const amounts: Amount[] = from.map((_, k) => count(pops[k]));
        const out = harmonise(cw, amounts, 'count');
        const total = amounts.reduce((s, a) => s + a.num, 0);
        expect(out.reduce((s, h) => s + (h?.value ?? 0), 0)).toBeCloseTo(total, 6);
        for (const h of out) {
          if (!h) continue;
          expect(h.reallocatedShare).toBeGreaterThanOrEqual(0);
          expect(h.reallocatedShare).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('overlay areas agree with turf intersect/area', () => {
  // Irregular shapes: a triangle, an L with a hole, a two-part multipolygon; against a 3×3 grid of cells.
  const shapes: Unit[] = [
    poly('TRI', [ring([0.1, 0.1], [2.7, 0.4], [1.2, 2.3])]),
    poly('L', [
      ring([1.5, 1.5], [2.9, 1.5], [2.9, 2.9], [2.2, 2.9], [2.2, 2.1], [1.5, 2.1]),
      ring([2.4, 1.7], [2.4, 1.9], [2.7, 1.9], [2.7, 1.7]),
    ]),
    multi('MP', [[ring([0.2, 2.4], [0.9, 2.4], [0.9, 2.95], [0.2, 2.95])], [[...ring([2.95, 0.05], [2.95, 0.3], [2.6, 0.05])].reverse()]]),
  ];
  const cells: Unit[] = [];
  for (let j = 0; j < 3; j++) for (let i = 0; i < 3; i++) cells.push(rect(`G${i}${j}`, i, j, i + 1, j + 1));

  it('every pairwise area fraction matches within 1e-4', () => {
    const ov = overlayAreas(shapes, cells);
    expect(ov.fallbackRings).toBe(0);
    let compared = 0;
    shapes.forEach((s, i) => {
      const full = area(s);
      cells.forEach((c, j) => {
        const x = intersect(featureCollection([s, c]));
        const turfFrac = x ? area(x) / full : 0;
        const mine = (ov.pairs.find((p) => p.from === i && p.to === j)?.areaKm2 ?? 0) / ov.fromAreaKm2[i];
        expect(Math.abs(mine - turfFrac)).toBeLessThan(1e-4);
        if (turfFrac > 0) compared++;
      });
    });
    expect(compared).toBeGreaterThan(8);
  });

  it('the hole is excluded from the L-shape area', () => {
    const ov = overlayAreas(shapes, cells);
    const lArea = ov.fromAreaKm2[1];
    expect(lArea / (area(shapes[1]) / 1e6)).toBeCloseTo(1.004, 2); // RD vs spherical area: a constant ~0.4 % apart
  });
});

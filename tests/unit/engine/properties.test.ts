import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dissimilarity } from '../../../src/engine/indices/dissimilarity';
import { exposure, isolation, correlationRatio } from '../../../src/engine/indices/exposure';
import { theilH } from '../../../src/engine/indices/entropy';
import { gini } from '../../../src/engine/indices/gini';
import { atkinson } from '../../../src/engine/indices/atkinson';
import { mutualInformation, theilHMulti } from '../../../src/engine/indices/mutual-information';
import { multigroupDissimilarity } from '../../../src/engine/indices/multigroup-dissimilarity';
import { decomposeMutualInformation } from '../../../src/engine/indices/decomposition';
import { bootstrapIndices } from '../../../src/engine/inference/bootstrap';
import type { IndexResult } from '../../../src/engine/result';

const EPS = 1e-12;
const RUNS = { numRuns: 200 };

/** Two-group tables with at least 2 populated units and both groups present. */
const table = fc
  .array(fc.tuple(fc.nat({ max: 1000 }), fc.nat({ max: 1000 })), { minLength: 2, maxLength: 30 })
  .filter((rows) => rows.filter(([a, b]) => a + b > 0).length >= 2 && rows.some(([a]) => a > 0) && rows.some(([, b]) => b > 0))
  .map((rows) => ({ x: Float64Array.from(rows, (r) => r[0]), y: Float64Array.from(rows, (r) => r[1]) }));

/** Multigroup tables: 2–5 groups, 2–25 units. */
const multi = fc.integer({ min: 2, max: 5 }).chain((g) =>
  fc
    .array(fc.array(fc.nat({ max: 500 }), { minLength: g, maxLength: g }), { minLength: 2, maxLength: 25 })
    .filter((rows) => rows.filter((r) => r.some((v) => v > 0)).length >= 2)
    .map((rows) => Array.from({ length: g }, (_, k) => Float64Array.from(rows, (r) => r[k]))),
);

const v = (r: IndexResult): number => {
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};
const near = (a: number, b: number, tol = 1e-9): boolean => Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

describe('two-group index properties (fast-check)', () => {
  it('0 ≤ D, H, Gini, A ≤ 1 and 0 ≤ xPx, V ≤ 1', () => {
    fc.assert(
      fc.property(table, ({ x, y }) => {
        for (const r of [dissimilarity(x, y), theilH(x, y), gini(x, y), atkinson(x, y), isolation(x, y), correlationRatio(x, y)]) {
          const val = v(r);
          expect(val).toBeGreaterThanOrEqual(-EPS);
          expect(val).toBeLessThanOrEqual(1 + EPS);
        }
      }),
      RUNS,
    );
  });

  it('swapping groups leaves D, H, Gini and V unchanged', () => {
    fc.assert(
      fc.property(table, ({ x, y }) => {
        expect(near(v(dissimilarity(x, y)), v(dissimilarity(y, x)))).toBe(true);
        expect(near(v(theilH(x, y)), v(theilH(y, x)))).toBe(true);
        expect(near(v(gini(x, y)), v(gini(y, x)))).toBe(true);
        expect(near(v(correlationRatio(x, y)), v(correlationRatio(y, x)))).toBe(true);
      }),
      RUNS,
    );
  });

  it('scaling all counts by k leaves D, H and Gini unchanged', () => {
    fc.assert(
      fc.property(table, fc.double({ min: 0.01, max: 1000, noNaN: true }), ({ x, y }, k) => {
        const xs = x.map((a) => a * k);
        const ys = y.map((b) => b * k);
        expect(near(v(dissimilarity(x, y)), v(dissimilarity(xs, ys)))).toBe(true);
        expect(near(v(theilH(x, y)), v(theilH(xs, ys)))).toBe(true);
        expect(near(v(gini(x, y)), v(gini(xs, ys)))).toBe(true);
      }),
      RUNS,
    );
  });

  it('units with proportional composition give D = H = Gini = 0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 30 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        (sizes, a, b) => {
          const x = Float64Array.from(sizes, (m) => a * m);
          const y = Float64Array.from(sizes, (m) => b * m);
          expect(Math.abs(v(dissimilarity(x, y)))).toBeLessThan(1e-12);
          expect(Math.abs(v(theilH(x, y)))).toBeLessThan(1e-9);
          expect(Math.abs(v(gini(x, y)))).toBeLessThan(1e-12);
        },
      ),
      RUNS,
    );
  });

  it('xPx + xPy = 1', () => {
    fc.assert(
      fc.property(table, ({ x, y }) => {
        expect(Math.abs(v(isolation(x, y)) + v(exposure(x, y)) - 1)).toBeLessThan(1e-12);
      }),
      RUNS,
    );
  });

  it('splitting a unit into two identical halves leaves D, H, Gini and M unchanged', () => {
    fc.assert(
      fc.property(table, fc.nat(), ({ x, y }, pick) => {
        const i = pick % x.length;
        const xs = Float64Array.from([...x, x[i] / 2]);
        const ys = Float64Array.from([...y, y[i] / 2]);
        xs[i] /= 2;
        ys[i] /= 2;
        expect(near(v(dissimilarity(x, y)), v(dissimilarity(xs, ys)))).toBe(true);
        expect(near(v(theilH(x, y)), v(theilH(xs, ys)))).toBe(true);
        expect(near(v(gini(x, y)), v(gini(xs, ys)))).toBe(true);
        expect(near(v(mutualInformation([x, y])), v(mutualInformation([xs, ys])))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('multigroup properties (fast-check)', () => {
  it('M ≥ 0, 0 ≤ H ≤ 1 and 0 ≤ multigroup D ≤ 1', () => {
    fc.assert(
      fc.property(multi, (cols) => {
        const m = mutualInformation(cols);
        if (!m.ok) return; // fewer than two non-empty groups
        expect(m.value).toBeGreaterThanOrEqual(-EPS);
        const h = v(theilHMulti(cols));
        expect(h).toBeGreaterThanOrEqual(-EPS);
        expect(h).toBeLessThanOrEqual(1 + EPS);
        const d = v(multigroupDissimilarity(cols));
        expect(d).toBeGreaterThanOrEqual(-EPS);
        expect(d).toBeLessThanOrEqual(1 + EPS);
      }),
      RUNS,
    );
  });

  it('decomposition identity: M = M_between + Σ_r (T_r/T) M_r', () => {
    fc.assert(
      fc.property(multi, fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 25, maxLength: 25 }), (cols, regions) => {
        const regionOf = Array.from({ length: cols[0].length }, (_, i) => `R${regions[i]}`);
        const dec = decomposeMutualInformation(cols, regionOf);
        if (!dec.ok) return;
        expect(Math.abs(dec.total - (dec.between + dec.within))).toBeLessThan(1e-12);
        expect(Math.abs(dec.total - v(mutualInformation(cols)))).toBeLessThan(1e-12);
        expect(Math.abs(dec.H.total - (dec.H.between + dec.H.within))).toBeLessThan(1e-12);
        expect(dec.between).toBeGreaterThanOrEqual(-EPS);
        for (const r of dec.regions) expect(r.M).toBeGreaterThanOrEqual(-EPS);
        expect(Math.abs(dec.regions.reduce((s, r) => s + r.weight, 0) - 1)).toBeLessThan(1e-12);
      }),
      RUNS,
    );
  });

  it('bootstrap is reproducible for a fixed seed', () => {
    fc.assert(
      fc.property(multi, fc.integer(), (cols, seed) => {
        const a = bootstrapIndices(cols, { replicates: 50, seed });
        const b = bootstrapIndices(cols, { replicates: 50, seed });
        expect(a).toEqual(b);
      }),
      { numRuns: 50 },
    );
  });
});

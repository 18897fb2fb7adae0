import { describe, it, expect } from 'vitest';
import { bootstrapIndices } from '../../../src/engine/inference/bootstrap';
import { biasCorrectedD, expectedUnderRandomAllocation } from '../../../src/engine/inference/random-allocation';
import { dissimilarity } from '../../../src/engine/indices/dissimilarity';
import { mutualInformation, theilHMulti } from '../../../src/engine/indices/mutual-information';
import { createRng, sampleBinomial } from '../../../src/engine/random';

/** A synthetic gemeente: 100 buurten of 200–5,000 inhabitants with a focal-group share varying 2–60 %. */
function gemeente(units = 100, seed = 11): { x: Float64Array; y: Float64Array } {
  const r = createRng(seed);
  const x = new Float64Array(units);
  const y = new Float64Array(units);
  for (let i = 0; i < units; i++) {
    const t = 200 + Math.floor(r.nextFloat() * 4800);
    x[i] = sampleBinomial(r, t, 0.02 + 0.58 * r.nextFloat());
    y[i] = t - x[i];
  }
  return { x, y };
}

describe('bootstrap percentile intervals', () => {
  const { x, y } = gemeente();

  it('is reproducible for a fixed seed and changes with the seed', () => {
    const a = bootstrapIndices([x, y], { replicates: 200, seed: 1 });
    const b = bootstrapIndices([x, y], { replicates: 200, seed: 1 });
    const c = bootstrapIndices([x, y], { replicates: 200, seed: 2 });
    expect(a).toEqual(b);
    expect(a.ok && c.ok && a.D.lower !== c.D.lower).toBe(true);
  });

  it('brackets the estimates of D, H, M with lower ≤ upper and reports the defaults', () => {
    const r = bootstrapIndices([x, y]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.replicates).toBe(1000);
    expect(r.level).toBe(0.95);
    expect(r.D.estimate).toBeCloseTo((dissimilarity(x, y) as { value: number }).value, 12);
    expect(r.M.estimate).toBeCloseTo((mutualInformation([x, y]) as { value: number }).value, 12);
    expect(r.H.estimate).toBeCloseTo((theilHMulti([x, y]) as { value: number }).value, 12);
    for (const iv of [r.D, r.H, r.M]) {
      expect(iv.lower).toBeLessThanOrEqual(iv.upper);
      expect(iv.se).toBeGreaterThan(0);
      // with thousands of people per unit the sampling spread is small and the upward bias tiny
      expect(iv.upper - iv.lower).toBeLessThan(0.05);
      expect(iv.estimate).toBeGreaterThan(iv.lower - 0.01);
      expect(iv.estimate).toBeLessThan(iv.upper + 0.01);
    }
    expect(r.meta.conventions.scheme).toMatch(/multinomial per unit/);
  });

  it('1,000 replicates on 100 units give an interval (speed: npm run bench:indices)', () => {
    const r = bootstrapIndices([x, y], { replicates: 1000, seed: 3 });
    expect(r.ok).toBe(true);
  });

  it('five groups, 100 units, 1,000 replicates give an interval (speed: npm run bench:indices)', () => {
    const r0 = createRng(4);
    const cols = Array.from({ length: 5 }, () => new Float64Array(100));
    for (let i = 0; i < 100; i++) for (let k = 0; k < 5; k++) cols[k][i] = Math.floor(r0.nextFloat() * 800);
    const r = bootstrapIndices(cols, { replicates: 1000, seed: 5 });
    expect(r.ok).toBe(true);
  });

  it('rounds non-integer unit sizes and says so', () => {
    const r = bootstrapIndices([Float64Array.from([10.4, 3.3, 7]), Float64Array.from([1.2, 9.9, 4])], { replicates: 20 });
    expect(r.meta.warnings.map((w) => w.code)).toContain('rounded_unit_sizes');
  });

  it('is not computable with fewer than 2 units or a single group', () => {
    const one = bootstrapIndices([Float64Array.from([5]), Float64Array.from([5])]);
    expect(one.ok).toBe(false);
    const empty = bootstrapIndices([Float64Array.from([5, 6]), Float64Array.from([0, 0])]);
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.code).toBe('empty_group');
  });

  it('rejects a confidence level outside (0, 1)', () => {
    const r = bootstrapIndices([x, y], { level: 1.5, replicates: 10 });
    expect(r.ok).toBe(false);
  });
});

describe('random allocation and bias-corrected D', () => {
  it('expected D is reproducible and small for large units, large for tiny units', () => {
    const big = expectedUnderRandomAllocation([new Float64Array(50).fill(5000), new Float64Array(50).fill(5000)], { seed: 1 });
    const tiny = expectedUnderRandomAllocation([new Float64Array(50).fill(2), new Float64Array(50).fill(2)], { seed: 1 });
    expect(big.ok && tiny.ok).toBe(true);
    if (!big.ok || !tiny.ok) return;
    expect(big.expectedD).toBeLessThan(0.02);
    expect(tiny.expectedD).toBeGreaterThan(0.3);
    expect(big.replicates).toBe(100);
    expect(expectedUnderRandomAllocation([new Float64Array(50).fill(2), new Float64Array(50).fill(2)], { seed: 1 })).toEqual(tiny);
    expect(big.expectedM).toBeGreaterThanOrEqual(0);
  });

  it('Carrington & Troske normalisation', () => {
    expect(biasCorrectedD(0.6, 0.2)).toEqual({ excess: 0.6 - 0.2, carringtonTroske: (0.6 - 0.2) / 0.8 });
    expect(biasCorrectedD(0.1, 0.2).carringtonTroske).toBeCloseTo(-0.5, 12);
    expect(biasCorrectedD(0.2, 0.2)).toEqual({ excess: 0, carringtonTroske: 0 });
    expect(biasCorrectedD(1, 0.3).carringtonTroske).toBeCloseTo(1, 12);
  });
});

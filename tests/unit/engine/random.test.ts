import { describe, it, expect } from 'vitest';
import { createRng, hashSeed, logFactorial, sampleBinomial, sampleMultinomialInto } from '../../../src/engine/random';

function moments(draw: () => number, reps: number): { mean: number; variance: number } {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < reps; i++) {
    const v = draw();
    s += v;
    s2 += v * v;
  }
  const mean = s / reps;
  return { mean, variance: s2 / reps - mean * mean };
}

describe('seeded PRNG (xoshiro128**)', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(sa);
  });

  it('gives floats in (0, 1) with mean ≈ 0.5', () => {
    const r = createRng(1);
    let min = 1;
    let max = 0;
    const m = moments(() => {
      const u = r.nextFloat();
      min = Math.min(min, u);
      max = Math.max(max, u);
      return u;
    }, 100_000);
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(m.mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(m.variance - 1 / 12)).toBeLessThan(0.002);
  });

  it('hashSeed depends on the key', () => {
    expect(hashSeed(1, 'GM0363')).toBe(hashSeed(1, 'GM0363'));
    expect(hashSeed(1, 'GM0363')).not.toBe(hashSeed(1, 'GM0344'));
    expect(hashSeed(1, 'GM0363')).not.toBe(hashSeed(2, 'GM0363'));
  });
});

describe('binomial and multinomial sampling', () => {
  it('logFactorial matches direct sums across the table/Stirling boundary', () => {
    let s = 0;
    for (let k = 1; k <= 3000; k++) {
      s += Math.log(k);
      expect(Math.abs(logFactorial(k) - s)).toBeLessThanOrEqual(1e-9 * s + 1e-12);
    }
    expect(logFactorial(0)).toBe(0);
  });

  const cases: [number, number][] = [
    [10, 0.1], // inversion
    [30, 0.5], // BTRS
    [1000, 0.02], // BTRS, small p
    [5000, 0.9], // flipped
    [100_000, 0.3],
    [7, 1],
    [7, 0],
  ];
  for (const [n, p] of cases) {
    it(`Binomial(${n}, ${p}) has mean n·p and variance n·p·(1−p)`, () => {
      const r = createRng(n + Math.round(p * 100));
      const reps = 40_000;
      const m = moments(() => sampleBinomial(r, n, p), reps);
      const mu = n * p;
      const sd = Math.sqrt(n * p * (1 - p));
      expect(Math.abs(m.mean - mu)).toBeLessThanOrEqual(5 * (sd / Math.sqrt(reps)) + 1e-12);
      if (sd > 0) expect(Math.abs(m.variance / (sd * sd) - 1)).toBeLessThan(0.05);
      else expect(m.variance).toBe(0);
    });
  }

  it('Binomial(20, 0.3) matches the exact probability mass', () => {
    const r = createRng(99);
    const n = 20;
    const p = 0.3;
    const reps = 200_000;
    const freq = new Float64Array(n + 1);
    for (let i = 0; i < reps; i++) freq[sampleBinomial(r, n, p)]++;
    for (let k = 0; k <= n; k++) {
      const pk = Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log(1 - p));
      expect(Math.abs(freq[k] / reps - pk)).toBeLessThan(5 * Math.sqrt((pk * (1 - pk)) / reps) + 1e-6);
    }
  });

  it('Binomial(2000, 0.25) (BTRS) matches the exact mass near the mode', () => {
    const r = createRng(5);
    const n = 2000;
    const p = 0.25;
    const reps = 200_000;
    const freq = new Map<number, number>();
    for (let i = 0; i < reps; i++) {
      const k = sampleBinomial(r, n, p);
      freq.set(k, (freq.get(k) ?? 0) + 1);
    }
    for (let k = 480; k <= 520; k += 5) {
      const pk = Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log(1 - p));
      expect(Math.abs((freq.get(k) ?? 0) / reps - pk)).toBeLessThan(5 * Math.sqrt((pk * (1 - pk)) / reps));
    }
  });

  it('multinomial draws sum to n, respect zero weights and have the right means', () => {
    const r = createRng(3);
    const w = Float64Array.from([5, 0, 3, 2, 0]);
    const out = new Float64Array(5);
    const sums = new Float64Array(5);
    const reps = 20_000;
    let bad = 0;
    for (let i = 0; i < reps; i++) {
      sampleMultinomialInto(r, 100, w, 0, 5, out, 0);
      if (out.reduce((a, b) => a + b, 0) !== 100 || out[1] !== 0 || out[4] !== 0) bad++;
      for (let k = 0; k < 5; k++) sums[k] += out[k];
    }
    expect(bad).toBe(0);
    expect(Math.abs(sums[0] / reps - 50)).toBeLessThan(0.3);
    expect(Math.abs(sums[2] / reps - 30)).toBeLessThan(0.3);
    expect(Math.abs(sums[3] / reps - 20)).toBeLessThan(0.3);
  });
});

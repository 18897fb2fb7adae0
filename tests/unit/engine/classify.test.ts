import { quantile } from 'd3';
import { ckmeans, mean, quantile as ssQuantile, standardDeviation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { breaksErrorMessage, classBounds, classify, classIndex, stddevBreaks, validateBreaks } from '../../../src/engine/classify';

describe('classify', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('quantile breaks follow d3.quantile and count units per class', () => {
    const c = classify(values, 'quantile', 5)!;
    expect(c.breaks).toEqual([0.2, 0.4, 0.6, 0.8].map((p) => quantile(values, p)!));
    expect(c.counts).toEqual([2, 2, 2, 2, 2]);
    expect(c.min).toBe(1);
    expect(c.max).toBe(10);
  });

  it('equal intervals split min..max evenly', () => {
    expect(classify([0, 10, 20], 'equal', 4)!.breaks).toEqual([5, 10, 15]);
  });

  it('jenks uses ckmeans cluster starts', () => {
    const xs = [1, 1.1, 1.2, 5, 5.1, 9, 9.2];
    const c = classify(xs, 'jenks', 3)!;
    expect(c.breaks).toEqual(
      ckmeans(xs, 3)
        .slice(1)
        .map((g) => g[0]),
    );
    expect(c.counts).toEqual([3, 2, 2]);
  });

  it('excludes null and NaN from the breaks and counts them as no data', () => {
    const c = classify([1, null, 2, Number.NaN, 3, undefined, 4], 'quantile', 2)!;
    expect(c.noData).toBe(3);
    expect(c.counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(classIndex(null, c.breaks)).toBe(-1);
    expect(classIndex(Number.NaN, c.breaks)).toBe(-1);
  });

  it('handles ties, a single unit and no data at all', () => {
    expect(classify([5, 5, 5, 5], 'quantile', 5)).toMatchObject({ breaks: [], counts: [4] });
    expect(classify([7], 'jenks', 5)).toMatchObject({ breaks: [], counts: [1], min: 7, max: 7 });
    expect(classify([null, null], 'quantile', 5)).toBeNull();
    const tied = classify([1, 1, 1, 1, 2, 3], 'quantile', 4)!;
    expect(new Set(tied.breaks).size).toBe(tied.breaks.length);
  });

  it('classIndex puts a break value in the upper class', () => {
    expect(classIndex(0.5, [1, 2])).toBe(0);
    expect(classIndex(1, [1, 2])).toBe(1);
    expect(classIndex(2.5, [1, 2])).toBe(2);
  });
});

describe('classify: methods against simple-statistics and hand-computed breaks', () => {
  // Deterministic pseudo-random data (LCG) so failures are reproducible.
  const lcg = (seed: number) => () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const sample = (n: number, seed: number) => {
    const r = lcg(seed);
    return Array.from({ length: n }, () => Math.round(r() * 1000) / 10);
  };

  it('quantile breaks equal simple-statistics quantiles where both definitions coincide (n = k·m + 1)', () => {
    for (const k of [3, 4, 5, 7, 9]) {
      const xs = sample(k * 20 + 1, k);
      const c = classify(xs, 'quantile', k)!;
      const expected = [...new Set(Array.from({ length: k - 1 }, (_, i) => ssQuantile(xs, (i + 1) / k)))];
      expect(c.breaks).toEqual(expected);
      expect(c.counts.reduce((a, b) => a + b, 0)).toBe(xs.length);
    }
  });

  it('jenks equals ckmeans cluster starts for every k from 3 to 9', () => {
    const xs = sample(300, 42);
    for (let k = 3; k <= 9; k++) {
      const c = classify(xs, 'jenks', k)!;
      expect(c.breaks).toEqual(
        ckmeans(xs, k)
          .slice(1)
          .map((g) => g[0]),
      );
      expect(c.counts).toEqual(ckmeans(xs, k).map((g) => g.length));
    }
  });

  it('equal intervals: hand-computed breaks', () => {
    expect(classify([10, 12, 40], 'equal', 3)!.breaks).toEqual([20, 30]);
    expect(classify([10, 12, 40], 'equal', 3)!.counts).toEqual([2, 0, 1]);
  });

  it('stddev: odd k centres the middle class on the mean (mean ± 0.5, 1.5 sd), hand-computed', () => {
    // The textbook example: mean 5, population sd 2.
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(standardDeviation(xs)).toBe(2);
    const c = classify(xs, 'stddev', 5)!;
    expect(c.mean).toBe(5);
    expect(c.sd).toBe(2);
    expect(stddevBreaks(5, 2, 5)).toEqual([2, 4, 6, 8]);
    // Break 2 equals the minimum and is dropped (class below it would be empty); 4, 6, 8 remain.
    expect(c.breaks).toEqual([4, 6, 8]);
    expect(c.counts).toEqual([1, 5, 1, 1]);
  });

  it('stddev: even k puts a break at the mean (mean, ± 1, ± 2 sd) and matches simple-statistics', () => {
    const xs = sample(500, 7);
    const m = mean(xs);
    const sd = standardDeviation(xs);
    expect(stddevBreaks(m, sd, 6)).toEqual([m - 2 * sd, m - sd, m, m + sd, m + 2 * sd]);
    const c = classify(xs, 'stddev', 6)!;
    const want = stddevBreaks(m, sd, 6).filter((b) => b > c.min && b <= c.max);
    expect(c.breaks).toHaveLength(want.length);
    want.forEach((b, i) => expect(c.breaks[i]).toBeCloseTo(b, 9));
    expect(c.mean).toBeCloseTo(m, 12);
    expect(c.sd).toBeCloseTo(sd, 12);
    for (let i = 1; i < c.breaks.length; i++) expect(c.breaks[i]! - c.breaks[i - 1]!).toBeCloseTo(sd, 9);
  });

  it('stddev: identical values or a single unit give one class', () => {
    expect(classify([3, 3, 3], 'stddev', 5)).toMatchObject({ breaks: [], counts: [3], sd: 0 });
    expect(classify([3], 'stddev', 5)).toMatchObject({ breaks: [], counts: [1] });
  });

  it('manual: keeps the breaks as given, also outside the data range, and counts per class', () => {
    const c = classify([5, 15, 25, null, Number.NaN], 'manual', 99, { breaks: [10, 20, 30, 40] })!;
    expect(c.breaks).toEqual([10, 20, 30, 40]);
    expect(c.counts).toEqual([1, 1, 1, 0, 0]);
    expect(c.noData).toBe(2);
    expect(classBounds(c)).toEqual([
      { from: 5, to: 10 },
      { from: 10, to: 20 },
      { from: 20, to: 30 },
      { from: 30, to: 40 },
      { from: 40, to: 40 },
    ]);
    expect(classBounds({ breaks: [0, 1], min: 2, max: 3 })[0]).toEqual({ from: 0, to: 0 });
  });

  it('manual: invalid breaks throw a clear error', () => {
    expect(() => classify([1, 2], 'manual', 3)).toThrow(/no breaks/);
    expect(() => classify([1, 2], 'manual', 3, { breaks: [3, 1] })).toThrow(/ascending/);
  });

  it('every method: counts add up, breaks strictly ascending, ties never split', () => {
    const tied = [1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 10, null];
    for (const m of ['quantile', 'equal', 'jenks', 'stddev'] as const) {
      for (let k = 3; k <= 9; k++) {
        const c = classify(tied, m, k)!;
        expect(c.counts.reduce((a, b) => a + b, 0)).toBe(11);
        expect(c.noData).toBe(1);
        for (let i = 1; i < c.breaks.length; i++) expect(c.breaks[i]).toBeGreaterThan(c.breaks[i - 1]!);
        // all equal values land in the same class
        for (const v of [1, 2, 3]) expect(new Set(tied.filter((x) => x === v).map((x) => classIndex(x, c.breaks))).size).toBe(1);
      }
    }
  });
});

describe('validateBreaks', () => {
  it('accepts ascending finite breaks and merges duplicates', () => {
    expect(validateBreaks([1, 2, 3])).toEqual({ ok: true, breaks: [1, 2, 3], duplicatesRemoved: 0 });
    expect(validateBreaks([1, 2, 2, 3])).toEqual({ ok: true, breaks: [1, 2, 3], duplicatesRemoved: 1 });
  });

  it('rejects empty, non-finite, descending, too few and too many with a code and a message', () => {
    const err = (xs: number[]) => {
      const v = validateBreaks(xs);
      if (v.ok) throw new Error('expected an error');
      return v.error;
    };
    expect(err([])).toEqual({ code: 'empty' });
    expect(err([1, Number.NaN, 3])).toEqual({ code: 'not_finite', index: 1 });
    expect(err([1, Infinity])).toEqual({ code: 'not_finite', index: 1 });
    expect(err([1, 5, 3])).toEqual({ code: 'not_ascending', index: 2, previous: 5, value: 3 });
    expect(err([1])).toEqual({ code: 'too_few', classes: 2, min: 3 });
    expect(err([1, 1])).toEqual({ code: 'too_few', classes: 2, min: 3 });
    expect(err([1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual({ code: 'too_many', classes: 10, max: 9 });
    expect(breaksErrorMessage(err([1, 5, 3]))).toMatch(/break 3 \(3\) is smaller than the one before it \(5\)/);
    expect(breaksErrorMessage(err([1]))).toMatch(/at least 3/);
  });
});

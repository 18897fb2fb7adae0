import { quantile } from 'd3';
import { ckmeans } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { classify, classIndex } from '../../../src/engine/classify';

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
    expect(c.breaks).toEqual(ckmeans(xs, 3).slice(1).map((g) => g[0]));
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

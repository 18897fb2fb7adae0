import { describe, expect, it } from 'vitest';
import { isFullRange, orderPair, stepIndex, stepValue } from '../../../src/views/keyboard/range-model';
import { brushBins, histogram } from '../../../src/views/explore/histogram-model';
import { pointsInDataRect, scatterPoints } from '../../../src/views/explore/scatter-model';

describe('keyboard range inputs', () => {
  it('maps steps to values and back, rounding outward', () => {
    const d: [number, number] = [10, 20];
    expect(stepValue(d, 50, 0)).toBe(10);
    expect(stepValue(d, 50, 50)).toBe(20);
    expect(stepValue(d, 50, 25)).toBe(15);
    expect(stepIndex(d, 50, 15, 'floor')).toBe(25);
    expect(stepIndex(d, 50, 15.1, 'floor')).toBe(25);
    expect(stepIndex(d, 50, 15.1, 'ceil')).toBe(26);
    expect(stepIndex(d, 50, 10 + (10 * 3) / 50, 'ceil')).toBe(3); // rounding noise does not add a step
    expect(stepIndex(d, 50, -5, 'floor')).toBe(0);
    expect(stepIndex(d, 50, 99, 'ceil')).toBe(50);
    expect(stepIndex([3, 3], 50, 3, 'ceil')).toBe(50);
    for (let k = 0; k <= 50; k++) expect(stepIndex(d, 50, stepValue(d, 50, k), 'floor')).toBe(k);
  });

  it('keeps the pair ordered: the moved bound wins and pushes the other', () => {
    expect(orderPair(2, 5, 10, 'lo')).toEqual([2, 5]);
    expect(orderPair(5, 5, 10, 'lo')).toEqual([5, 6]);
    expect(orderPair(7, 5, 10, 'lo')).toEqual([7, 8]);
    expect(orderPair(10, 10, 10, 'lo')).toEqual([9, 10]);
    expect(orderPair(5, 5, 10, 'hi')).toEqual([4, 5]);
    expect(orderPair(5, 0, 10, 'hi')).toEqual([0, 1]);
    expect(orderPair(-3, 14, 10, 'hi')).toEqual([0, 10]);
    expect(isFullRange([0, 10], 10)).toBe(true);
    expect(isFullRange([1, 10], 10)).toBe(false);
  });

  it('histogram: the bins between two edges are what a mouse brush over the same edges selects', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ code: `c${i}`, value: ((i * 37) % 101) / 3 }));
    const h = histogram(items);
    const n = h.bins.length;
    for (const [i, j] of [
      [0, 1],
      [2, 5],
      [n - 1, n],
      [1, n - 1],
    ] as const) {
      const keyboard = h.bins.slice(i, j).flatMap((b) => b.codes);
      const edge = (k: number) => (k < n ? h.bins[k]!.x0 : h.domain[1]);
      const mouse = brushBins(h.bins, edge(i), edge(j));
      expect(keyboard).toEqual(mouse.codes);
      // independent count: values in [edge i, edge j) (the last bin includes its upper edge)
      const expected = items.filter((d) => d.value >= edge(i) && (j === n ? d.value <= edge(j) : d.value < edge(j)));
      expect(keyboard.length).toBe(expected.length);
    }
  });

  it('scatter: step ranges select the points inside both data ranges', () => {
    const { points } = scatterPoints(Array.from({ length: 100 }, (_, i) => ({ code: `p${i}`, x: i, y: (i * 7) % 100 })));
    const xd: [number, number] = [-4, 103];
    const yd: [number, number] = [-4, 103];
    const xs: [number, number] = [stepValue(xd, 50, 10), stepValue(xd, 50, 30)];
    const ys: [number, number] = [stepValue(yd, 50, 0), stepValue(yd, 50, 25)];
    const got = pointsInDataRect(points, xs, ys);
    const want = points.filter((p) => p.x >= xs[0] && p.x <= xs[1] && p.y >= ys[0] && p.y <= ys[1]).map((p) => p.code);
    expect(got).toEqual(want);
    expect(got.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { binIndexOf, brushBins, defaultBinCount, histogram } from '../../../src/views/explore/histogram-model';

const items = [0.3, 1.2, 5.5, 7.9, 9.1, 12.7, 33].map((value, i) => ({ code: `U${i}`, value }));

describe('histogram', () => {
  it('bins values on nice, equal-width boundaries with the codes per bin', () => {
    const h = histogram([...items, { code: 'N1', value: null }, { code: 'N2', value: Number.NaN }], 10);
    expect(h.bins.map((b) => [b.x0, b.x1, b.count])).toEqual([
      [0, 5, 2],
      [5, 10, 3],
      [10, 15, 1],
      [15, 20, 0],
      [20, 25, 0],
      [25, 30, 0],
      [30, 35, 1],
    ]);
    expect(h.bins[1]!.codes).toEqual(['U2', 'U3', 'U4']);
    expect(h.domain).toEqual([0, 35]);
    expect(h.noData).toBe(2);
    expect(h.maxCount).toBe(3);
    expect(h.bins.reduce((a, b) => a + b.count, 0)).toBe(7);
  });

  it('one distinct value gives one bin around it; no values give no bins', () => {
    const h = histogram([
      { code: 'A', value: 5 },
      { code: 'B', value: 5 },
    ]);
    expect(h.bins).toEqual([{ x0: 4.5, x1: 5.5, count: 2, codes: ['A', 'B'] }]);
    expect(histogram([{ code: 'A', value: null }])).toMatchObject({ bins: [], noData: 1, maxCount: 0 });
  });

  it('default bin count is √n clamped to 5…40', () => {
    expect(defaultBinCount(4)).toBe(5);
    expect(defaultBinCount(342)).toBe(19);
    expect(defaultBinCount(3475)).toBe(40);
  });

  it('binIndexOf: lower edge inclusive, last bin includes its upper edge', () => {
    const { bins } = histogram(items, 10);
    expect(binIndexOf(0, bins)).toBe(0);
    expect(binIndexOf(5, bins)).toBe(1);
    expect(binIndexOf(4.999, bins)).toBe(0);
    expect(binIndexOf(35, bins)).toBe(6);
    expect(binIndexOf(36, bins)).toBe(-1);
    expect(binIndexOf(null, bins)).toBe(-1);
  });

  it('a brushed range selects every bin it overlaps, snapped to bin edges', () => {
    const { bins } = histogram(items, 10);
    expect(brushBins(bins, 4, 11)).toEqual({ bins: [0, 1, 2], codes: ['U0', 'U1', 'U2', 'U3', 'U4', 'U5'], range: [0, 15] });
    // touching an edge does not select the neighbour; reversed ranges work
    expect(brushBins(bins, 10, 5)).toMatchObject({ bins: [1], range: [5, 10] });
    expect(brushBins(bins, 16, 24)).toMatchObject({ bins: [3, 4], codes: [] });
    expect(brushBins(bins, 40, 50)).toEqual({ bins: [], codes: [], range: null });
    expect(brushBins(bins, 7, 7)).toMatchObject({ bins: [1] });
  });

  it('handles 3,475 units', () => {
    const many = Array.from({ length: 3475 }, (_, i) => ({ code: `WK${i}`, value: Math.sin(i) * 50 + 50 }));
    const h = histogram(many);
    brushBins(h.bins, 20, 60);
    expect(h.bins.reduce((a, b) => a + b.count, 0)).toBe(3475);
  });
});

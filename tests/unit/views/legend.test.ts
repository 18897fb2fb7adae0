import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/engine/classify';
import { legendItems } from '../../../src/views/map/legend-items';
import { NO_DATA_COLOR, paletteColors } from '../../../src/views/map/palette';
import { fillColorExpression } from '../../../src/views/map/map-style';

describe('legend and colours', () => {
  it('gives one row per class with bounds, colour and count, plus a no-data row', () => {
    const c = classify([1, 2, 3, 4, null], 'quantile', 2)!;
    const colors = paletteColors('ylgnbu', 2);
    const items = legendItems(c, colors);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({ cls: 0, from: 1, to: c.breaks[0], count: 2 });
    expect(items[1]).toMatchObject({ cls: 1, from: c.breaks[0], to: 4, count: 2 });
    expect(items[2]).toEqual({ cls: -1, color: NO_DATA_COLOR, from: null, to: null, count: 1 });
  });

  it('uses distinct colour-blind-safe colours that never equal the no-data grey', () => {
    for (const k of [1, 2, 3, 5, 7, 9]) {
      for (const id of ['ylgnbu', 'viridis'] as const) {
        const cs = paletteColors(id, k);
        expect(cs).toHaveLength(k);
        expect(new Set(cs).size).toBe(k);
        expect(cs).not.toContain(NO_DATA_COLOR);
        for (const c of cs) expect(c).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });

  it('maps feature-state classes to the same colours as the legend', () => {
    const colors = paletteColors('ylgnbu', 3);
    const expr = fillColorExpression(colors) as unknown[];
    expect(expr[0]).toBe('match');
    expect(expr.slice(2, 8)).toEqual([0, colors[0], 1, colors[1], 2, colors[2]]);
    expect(expr.slice(8, 10)).toEqual([-1, NO_DATA_COLOR]);
  });
});

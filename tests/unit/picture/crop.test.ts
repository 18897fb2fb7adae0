import { describe, expect, it } from 'vitest';
import { contentBox, hexRgb, padBox } from '../../../src/views/picture/crop';

/** A w×h RGBA image of background `bg` with the given pixels painted `ink`. */
function image(w: number, h: number, bg: [number, number, number], ink: [number, number][]): Uint8ClampedArray {
  const d = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) d.set([...bg, 255], i * 4);
  for (const [x, y] of ink) d.set([10, 20, 30, 255], (y * w + x) * 4);
  return d;
}

describe('contentBox', () => {
  const bg = hexRgb('#f4f6f8');
  it('is the bounding box of the pixels that differ from the background', () => {
    const d = image(20, 10, bg, [
      [3, 2],
      [15, 7],
      [8, 5],
    ]);
    expect(contentBox(d, 20, 10, bg)).toEqual({ x: 3, y: 2, w: 13, h: 6 });
  });
  it('ignores near-background pixels within the tolerance, and is null on an empty map', () => {
    const d = image(5, 5, bg, []);
    d.set([bg[0] - 3, bg[1] + 2, bg[2], 255], 12);
    expect(contentBox(d, 5, 5, bg)).toBeNull();
    expect(contentBox(d, 5, 5, bg, 1)).toEqual({ x: 3, y: 0, w: 1, h: 1 });
  });
});

describe('padBox', () => {
  it('adds a margin relative to the larger side, kept inside the bounds', () => {
    const bounds = { x: 0, y: 0, w: 100, h: 80 };
    expect(padBox({ x: 20, y: 20, w: 50, h: 20 }, 0.1, bounds)).toEqual({ x: 15, y: 15, w: 60, h: 30 });
    expect(padBox({ x: 2, y: 70, w: 96, h: 10 }, 0.1, bounds)).toEqual({ x: 0, y: 60.4, w: 100, h: 19.6 });
  });
  it('reads #rrggbb', () => {
    expect(hexRgb('#f4f6f8')).toEqual([244, 246, 248]);
  });
});

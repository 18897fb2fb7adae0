/**
 * The part of a map picture that holds the map: the bounding box of the pixels that differ from the map's background,
 * with a margin, so a slide shows the country (or the gemeente) large rather than the empty sea around it. Pure.
 */
import type { Rect } from './slide-layout';

/** Bounding box (in pixels) of the pixels more than `tolerance` away from `bg` in any channel; null if none. */
export function contentBox(
  data: Uint8ClampedArray,
  width: number,
  height: number,
  bg: readonly [number, number, number],
  tolerance = 4,
): Rect | null {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width * 4;
    for (let x = 0; x < width; x++) {
      const i = row + x * 4;
      if (
        Math.abs(data[i]! - bg[0]) <= tolerance &&
        Math.abs(data[i + 1]! - bg[1]) <= tolerance &&
        Math.abs(data[i + 2]! - bg[2]) <= tolerance
      )
        continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return x1 < 0 ? null : { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 };
}

/** `box` grown by `margin` × its larger side on every side, kept inside `bounds`. */
export function padBox(box: Rect, margin: number, bounds: Rect): Rect {
  const m = margin * Math.max(box.w, box.h);
  const x = Math.max(bounds.x, box.x - m);
  const y = Math.max(bounds.y, box.y - m);
  const r = Math.min(bounds.x + bounds.w, box.x + box.w + m);
  const b = Math.min(bounds.y + bounds.h, box.y + box.h + m);
  return { x, y, w: r - x, h: b - y };
}

export function hexRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

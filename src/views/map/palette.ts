/**
 * Colour for classes. Sequential, colour-blind-safe schemes from d3-scale-chromatic; "no data" is a neutral grey
 * that does not occur in any of them.
 */
import { interpolateViridis, quantize, schemeYlGnBu } from 'd3';

export const NO_DATA_COLOR = '#c8c8c8';
export const LINE_COLOR = '#ffffff';

export type PaletteId = 'viridis' | 'ylgnbu';

/** k colours, light to dark for YlGnBu; viridis reversed so that higher values are darker. */
export function paletteColors(id: PaletteId, k: number): string[] {
  const n = Math.max(1, Math.min(9, k));
  if (id === 'ylgnbu') {
    const base = schemeYlGnBu[Math.max(3, n)]!;
    return n >= 3 ? [...base] : n === 2 ? [base[0]!, base[2]!] : [base[1]!];
  }
  if (n === 1) return [toHex(interpolateViridis(0.5))];
  return quantize((t) => interpolateViridis(1 - t * 0.9), n).map(toHex);
}

function toHex(c: string): string {
  if (c.startsWith('#')) return c.toLowerCase();
  const m = c.match(/\d+/g);
  if (!m) return c;
  return (
    '#' +
    m
      .slice(0, 3)
      .map((d) => Number(d).toString(16).padStart(2, '0'))
      .join('')
  );
}

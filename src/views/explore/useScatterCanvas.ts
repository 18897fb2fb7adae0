/**
 * Canvas layer of the scatter plot: all points, grouped by colour (one path per colour, so 3,475 points redraw in
 * about a millisecond); selected points on top, the rest faded while a selection exists.
 */
import { useEffect, type RefObject } from 'react';
import type { ScreenPoint } from './scatter-model';
import { POINT, RADIUS } from './scatter-layout';

export function drawScatterCanvas(
  c: HTMLCanvasElement,
  ctx: CanvasRenderingContext2D,
  screen: readonly ScreenPoint[],
  selected: ReadonlySet<string> | null,
  colorOf: ((code: string) => string) | undefined,
  width: number,
  height: number,
): void {
  const dpr = window.devicePixelRatio || 1;
  c.width = Math.round(width * dpr);
  c.height = Math.round(height * dpr);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const any = !!selected && selected.size > 0;
  const layers: [boolean, number][] = any
    ? [
        [false, 0.15],
        [true, 0.9],
      ]
    : [[false, 0.6]];
  for (const [sel, alpha] of layers) {
    const groups = new Map<string, ScreenPoint[]>();
    for (const p of screen) {
      if (any && selected!.has(p.code) !== sel) continue;
      const col = colorOf ? colorOf(p.code) : POINT;
      const g = groups.get(col);
      if (g) g.push(p);
      else groups.set(col, [p]);
    }
    ctx.globalAlpha = alpha;
    for (const [col, ps] of groups) {
      ctx.beginPath();
      for (const p of ps) {
        ctx.moveTo(p.px + RADIUS, p.py);
        ctx.arc(p.px, p.py, RADIUS, 0, 2 * Math.PI);
      }
      ctx.fillStyle = col;
      ctx.fill();
      if (sel) {
        ctx.strokeStyle = '#1b1f24';
        ctx.lineWidth = 0.5;
        ctx.stroke();
      }
    }
  }
  ctx.globalAlpha = 1;
}

/** Redraws the canvas whenever the points, the selection, the colours or the size change. */
export function useScatterCanvas(
  canvas: RefObject<HTMLCanvasElement | null>,
  screen: readonly ScreenPoint[],
  selected: ReadonlySet<string> | null,
  colorOf: ((code: string) => string) | undefined,
  width: number,
  height: number,
): void {
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    drawScatterCanvas(c, ctx, screen, selected, colorOf, width, height);
  }, [canvas, screen, selected, colorOf, width, height]);
}

/** Paints a slide layout (slide-layout.ts) on a 2D canvas; the map op draws the captured map image. Browser only. */
import type { DrawOp, Rect } from './slide-layout';

/** `source`: the part of `mapImage` (in its pixels) that goes into the map rect; default all of it. */
export function paintSlide(ctx: CanvasRenderingContext2D, ops: readonly DrawOp[], mapImage: HTMLCanvasElement, source?: Rect): void {
  const s = source ?? { x: 0, y: 0, w: mapImage.width, h: mapImage.height };
  for (const op of ops) {
    if (op.kind === 'rect') {
      ctx.fillStyle = op.fill;
      ctx.fillRect(op.rect.x, op.rect.y, op.rect.w, op.rect.h);
      if (op.stroke) {
        ctx.strokeStyle = op.stroke;
        ctx.lineWidth = Math.max(1, op.rect.h / 28);
        ctx.strokeRect(op.rect.x, op.rect.y, op.rect.w, op.rect.h);
      }
    } else if (op.kind === 'text') {
      ctx.font = op.font;
      ctx.fillStyle = op.color;
      ctx.textAlign = op.align;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(op.text, op.x, op.y);
    } else {
      ctx.fillStyle = op.background;
      ctx.fillRect(op.region.x, op.region.y, op.region.w, op.region.h);
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(mapImage, s.x, s.y, s.w, s.h, op.rect.x, op.rect.y, op.rect.w, op.rect.h);
    }
  }
}

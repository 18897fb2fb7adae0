/**
 * A copy of the live map's pixels at a chosen pixel ratio. The map keeps its normal drawing buffer (no
 * preserveDrawingBuffer, so the normal map is not slowed down): the ratio is raised for one frame, the canvas is
 * copied inside the 'idle' handler (the same task as the draw, before the buffer is cleared), and the ratio is put
 * back. The view itself (centre, zoom, size on screen) does not change. Browser only.
 */
import type { Map as MlMap } from 'maplibre-gl';

/** The primary map, as ChoroplethMap registers it; null before it exists. */
export function primaryMap(): MlMap | null {
  return (window as unknown as { __segvMap?: MlMap }).__segvMap ?? null;
}

/** MapLibre's default largest canvas side; above it MapLibre lowers the ratio itself (with a warning). */
const MAX_CANVAS = 4096;
const TIMEOUT_MS = 30_000;

export class CaptureError extends Error {
  constructor(readonly reason: 'mapNotReady' | 'mapTimeout') {
    super(reason);
  }
}

/** The largest ratio ≤ `want` whose canvas stays within MapLibre's limit for a map of `css` size. */
export function clampRatio(want: number, css: { width: number; height: number }): number {
  const limit = Math.min(MAX_CANVAS / Math.max(1, css.width), MAX_CANVAS / Math.max(1, css.height));
  return Math.max(0.25, Math.min(want, limit));
}

/** The map's size on screen in CSS px. */
export function mapCssSize(map: MlMap): { width: number; height: number } {
  const c = map.getContainer();
  return { width: c.clientWidth, height: c.clientHeight };
}

/** Resolves on the map's next 'idle' after a forced repaint, calling `onIdle` inside the event (buffer intact). */
function nextIdle<T>(map: MlMap, onIdle: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      map.off('idle', handler);
      reject(new CaptureError('mapTimeout'));
    }, TIMEOUT_MS);
    const handler = () => {
      clearTimeout(timer);
      try {
        resolve(onIdle());
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    map.once('idle', handler);
    map.triggerRepaint();
  });
}

/** The map's canvas copied at `ratio` (device px per CSS px). */
export async function captureMap(map: MlMap, ratio: number): Promise<HTMLCanvasElement> {
  const css = mapCssSize(map);
  if (css.width < 2 || css.height < 2) throw new CaptureError('mapNotReady');
  const before = map.getPixelRatio();
  const followsDevice = before === window.devicePixelRatio;
  const r = clampRatio(ratio, css);
  try {
    if (Math.abs(r - before) > 1e-6) map.setPixelRatio(r);
    return await nextIdle(map, () => {
      const src = map.getCanvas();
      const out = document.createElement('canvas');
      out.width = src.width;
      out.height = src.height;
      out.getContext('2d')!.drawImage(src, 0, 0);
      return out;
    });
  } finally {
    if (Math.abs(r - before) > 1e-6) {
      // null: follow devicePixelRatio again (as before), rather than pinning today's value.
      (map as unknown as { setPixelRatio(p: number | null): void }).setPixelRatio(followsDevice ? null : before);
    }
  }
}

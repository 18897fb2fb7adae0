/**
 * The map as a slide-ready PNG: find the part of the live map that holds the map (crop.ts, from a capture at the
 * screen's ratio), lay out title, legend and credit around it (slide-layout.ts), capture that part again at the
 * pixel ratio the slide needs (capture-map.ts), paint everything on a 2D canvas (paint.ts) and encode. Browser only; nothing
 * leaves the page (no fonts or images are fetched: the canvas uses the page's own fonts).
 */
import { BACKGROUND } from '../map/map-style';
import type { Map as MlMap } from 'maplibre-gl';
import { CaptureError, captureMap, mapCssSize, primaryMap } from './capture-map';
import { contentBox, hexRgb, padBox } from './crop';
import { paintSlide } from './paint';
import { slideLayout, type Rect, type SlideLegendRow, type Size } from './slide-layout';

export interface MapPictureSpec {
  title: string;
  subtitle: string;
  legendHeading: string;
  rows: readonly SlideLegendRow[];
  note: string;
  credit: string;
}

export class EncodeError extends Error {}

/**
 * The PNG, and where its parts went: `crop` is the part of the live map (CSS px of a map of size `css`) drawn into
 * the `map` rect of the picture. Tests check pixels there.
 */
export interface MapPicture {
  blob: Blob;
  placed: { map: Rect; legend: Rect; credit: Rect; crop: Rect; css: { width: number; height: number } };
}

/** Margin around the map's content, as a share of its larger side. */
const CROP_MARGIN = 0.03;

/** The part of the map (CSS px) with something on it, from a capture at the current pixel ratio. */
async function mapContent(map: MlMap, css: { width: number; height: number }): Promise<Rect> {
  const full = { x: 0, y: 0, w: css.width, h: css.height };
  const probe = await captureMap(map, map.getPixelRatio());
  const data = probe.getContext('2d')!.getImageData(0, 0, probe.width, probe.height).data;
  const box = contentBox(data, probe.width, probe.height, hexRgb(BACKGROUND));
  if (!box) return full;
  const k = css.width / probe.width;
  return padBox({ x: box.x * k, y: box.y * k, w: box.w * k, h: box.h * k }, CROP_MARGIN, full);
}

function measurer(): (text: string, font: string) => number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

export async function renderMapPicture(spec: MapPictureSpec, size: Size): Promise<MapPicture> {
  const map = primaryMap();
  if (!map) throw new CaptureError('mapNotReady');
  await document.fonts.ready;
  const css = mapCssSize(map);
  const fontFamily = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const crop = await mapContent(map, css);
  const layout = slideLayout(
    { ...spec, ...size, mapAspect: crop.w / Math.max(1, crop.h), fontFamily, mapBackground: BACKGROUND },
    measurer(),
  );
  const image = await captureMap(map, layout.map.w / Math.max(1, crop.w));
  const k = image.width / css.width;
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new EncodeError('no 2d context');
  paintSlide(ctx, layout.ops, image, { x: crop.x * k, y: crop.y * k, w: crop.w * k, h: crop.h * k });
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new EncodeError('toBlob gave null'))), 'image/png'),
  );
  return { blob, placed: { map: layout.map, legend: layout.legend, credit: layout.credit, crop, css } };
}

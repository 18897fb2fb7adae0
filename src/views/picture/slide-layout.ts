/**
 * Where everything goes on a map slide (pure, no DOM): a title band (indicator; year and area), the map on the left,
 * the legend on the right, the source credit at the bottom. Sizes scale with the picture (1 unit = 1 px at 1920×1080),
 * so every resolution looks the same, only sharper. Text is measured by an injected function (the canvas's
 * measureText in the browser, an estimate in tests). The result is a list of drawing operations for paint.ts.
 */

export interface Size {
  width: number;
  height: number;
}

export type PresetId = 'hd' | 'fhd' | 'uhd' | '43';
export const PRESETS: Readonly<Record<PresetId, Size>> = {
  hd: { width: 1280, height: 720 },
  fhd: { width: 1920, height: 1080 },
  uhd: { width: 3840, height: 2160 },
  '43': { width: 1600, height: 1200 },
};
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

export interface Font {
  size: number;
  weight: 400 | 700;
}
/** Width of `text` in px in `font` (CSS font shorthand as built by cssFont). */
export type Measure = (text: string, font: string) => number;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type DrawOp =
  | { kind: 'rect'; rect: Rect; fill: string; stroke?: string }
  | { kind: 'text'; x: number; y: number; text: string; font: string; color: string; align: 'left' | 'right' }
  | { kind: 'map'; rect: Rect; region: Rect; background: string };

export interface SlideLegendRow {
  color: string;
  label: string;
  count: string;
  /** The no-data row (swatch with an outline). */
  noData: boolean;
}

export interface SlideInput extends Size {
  title: string;
  subtitle: string;
  legendHeading: string;
  rows: readonly SlideLegendRow[];
  /** Small print under the legend (how the classes were made). */
  note: string;
  credit: string;
  /** Width / height of the captured map. */
  mapAspect: number;
  /** CSS font-family for all text. */
  fontFamily: string;
  /** Fill of the map panel around the map (the map's own background). */
  mapBackground: string;
}

export interface SlideLayout {
  ops: DrawOp[];
  /** The panel reserved for the map, and the map image inside it (contain-fitted, centred). */
  region: Rect;
  map: Rect;
  /** Where legend and credit were put (for tests: these areas must not be blank). */
  legend: Rect;
  credit: Rect;
}

const TEXT = '#1b1f24';
const MUTED = '#5b6470';
const PAGE = '#ffffff';

export function cssFont(f: Font, family: string): string {
  return `${f.weight === 700 ? 'bold ' : ''}${Math.round(f.size * 100) / 100}px ${family}`;
}

/**
 * Greedy word wrap into at most `maxLines` lines no wider than `maxWidth`; the last line is cut with "…" when text
 * remains. A single word wider than the line stands alone (cut with "…" when it still does not fit).
 */
export function wrapLines(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = cur ? `${cur} ${words[i]}` : words[i]!;
    if (!cur || measure(next) <= maxWidth) {
      cur = next;
      continue;
    }
    lines.push(cur);
    cur = words[i]!;
    if (lines.length === maxLines) break;
  }
  // The loop ran to the end (i === words.length) unless the lines were full.
  if (lines.length < maxLines && cur) lines.push(cur);
  const rest = i < words.length;
  const last = lines.length - 1;
  if (last >= 0 && (rest || measure(lines[last]!) > maxWidth)) lines[last] = ellipsis(lines[last]!, maxWidth, measure);
  return lines;
}

function ellipsis(line: string, maxWidth: number, measure: (s: string) => number): string {
  let s = line;
  while (s.length > 1 && measure(`${s}…`) > maxWidth) s = s.slice(0, -1).trimEnd();
  return `${s}…`;
}

/** The largest rect of `aspect` (w / h) inside `box`, centred. */
export function fitContain(box: Rect, aspect: number): Rect {
  const a = Number.isFinite(aspect) && aspect > 0 ? aspect : box.w / box.h;
  const w = Math.min(box.w, box.h * a);
  const h = w / a;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

/** Title lines (bold; up to two, the font shrinking to 75% before text is cut) and their font size. */
function titleLines(input: SlideInput, u: number, maxWidth: number, measure: Measure): { lines: string[]; font: string; size: number } {
  for (const size of [44 * u, 38 * u, 33 * u]) {
    const font = cssFont({ size, weight: 700 }, input.fontFamily);
    const lines = wrapLines(input.title, maxWidth, 2, (s) => measure(s, font));
    if (!lines.some((l) => l.endsWith('…')) || size === 33 * u) return { lines, font, size };
  }
  throw new Error('unreachable');
}

interface Column {
  x: number;
  w: number;
}

/** The legend column: heading, one row per class (swatch, range, count right-aligned), the note. */
function legendOps(input: SlideInput, u: number, col: Column, top: number, measure: Measure): { ops: DrawOp[]; bottom: number } {
  const ops: DrawOp[] = [];
  const fam = input.fontFamily;
  const heading = cssFont({ size: 28 * u, weight: 700 }, fam);
  const label = cssFont({ size: 26 * u, weight: 400 }, fam);
  const small = cssFont({ size: 21 * u, weight: 400 }, fam);
  let y = top + 28 * u;
  ops.push({ kind: 'text', x: col.x, y, text: input.legendHeading, font: heading, color: TEXT, align: 'left' });
  y += 22 * u;
  const row = 44 * u;
  const sw = { w: 40 * u, h: 28 * u };
  const countW = Math.max(0, ...input.rows.map((r) => measure(r.count, small)));
  for (const r of input.rows) {
    const rect = { x: col.x, y: y + (row - sw.h) / 2, w: sw.w, h: sw.h };
    ops.push({ kind: 'rect', rect, fill: r.color, stroke: r.noData ? '#8a8f96' : undefined });
    const textX = col.x + sw.w + 14 * u;
    const maxLabel = col.w - sw.w - 14 * u - countW - 16 * u;
    const [text] = wrapLines(r.label, maxLabel, 1, (s) => measure(s, label));
    ops.push({ kind: 'text', x: textX, y: y + row / 2 + 9 * u, text: text ?? '', font: label, color: TEXT, align: 'left' });
    ops.push({ kind: 'text', x: col.x + col.w, y: y + row / 2 + 8 * u, text: r.count, font: small, color: MUTED, align: 'right' });
    y += row;
  }
  y += 12 * u;
  for (const line of wrapLines(input.note, col.w, 3, (s) => measure(s, small))) {
    y += 27 * u;
    ops.push({ kind: 'text', x: col.x, y, text: line, font: small, color: MUTED, align: 'left' });
  }
  return { ops, bottom: y + 8 * u };
}

/** Legend column width: what its widest row needs, between 22% and 34% of the picture. */
function legendWidth(input: SlideInput, u: number, measure: Measure): number {
  const label = cssFont({ size: 26 * u, weight: 400 }, input.fontFamily);
  const small = cssFont({ size: 21 * u, weight: 400 }, input.fontFamily);
  const need = Math.max(
    measure(input.legendHeading, cssFont({ size: 28 * u, weight: 700 }, input.fontFamily)),
    ...input.rows.map((r) => 40 * u + 14 * u + measure(r.label, label) + 16 * u + measure(r.count, small)),
  );
  return Math.min(input.width * 0.34, Math.max(input.width * 0.22, need));
}

export function slideLayout(input: SlideInput, measure: Measure): SlideLayout {
  const { width: W, height: H } = input;
  const u = Math.min(W / 1920, H / 1080);
  const pad = 48 * u;
  const gap = 36 * u;
  const ops: DrawOp[] = [{ kind: 'rect', rect: { x: 0, y: 0, w: W, h: H }, fill: PAGE }];

  // Title band.
  const title = titleLines(input, u, W - 2 * pad, measure);
  let y = pad;
  for (const line of title.lines) {
    y += title.size * 1.05;
    ops.push({ kind: 'text', x: pad, y, text: line, font: title.font, color: TEXT, align: 'left' });
    y += title.size * 0.2;
  }
  const subFont = cssFont({ size: 28 * u, weight: 400 }, input.fontFamily);
  const [sub] = wrapLines(input.subtitle, W - 2 * pad, 1, (s) => measure(s, subFont));
  y += 36 * u;
  ops.push({ kind: 'text', x: pad, y, text: sub ?? '', font: subFont, color: MUTED, align: 'left' });
  const top = y + gap;

  // Credit line at the bottom.
  const creditFont = cssFont({ size: 22 * u, weight: 400 }, input.fontFamily);
  const creditY = H - pad;
  const [creditText] = wrapLines(input.credit, W - 2 * pad, 1, (s) => measure(s, creditFont));
  ops.push({ kind: 'text', x: pad, y: creditY, text: creditText ?? '', font: creditFont, color: MUTED, align: 'left' });
  const credit = { x: pad, y: creditY - 22 * u, w: measure(creditText ?? '', creditFont), h: 28 * u };
  const bottom = creditY - 22 * u - gap;

  // Legend on the right, map panel on the left.
  const lw = legendWidth(input, u, measure);
  const col = { x: W - pad - lw, w: lw };
  const leg = legendOps(input, u, col, top, measure);
  ops.push(...leg.ops);
  const region = { x: pad, y: top, w: Math.max(1, col.x - gap - pad), h: Math.max(1, bottom - top) };
  const map = fitContain(region, input.mapAspect);
  ops.push({ kind: 'map', rect: map, region, background: input.mapBackground });
  return { ops, region, map, legend: { x: col.x, y: top, w: lw, h: leg.bottom - top }, credit };
}

/**
 * A chart's SVG as a standalone file (pure, strings only): an outer <svg> with xmlns, a white background, the title
 * on top (wrapped), the chart itself (already serialised, its styles inlined by svg-inline.ts), an optional key of
 * series, and the source credit at the bottom. Also: which computed style properties are worth inlining.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Computed style properties that change how SVG looks, with the value that can be left out (the default). */
const SHAPE_PROPS: Readonly<Record<string, string | null>> = {
  fill: null,
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  visibility: 'visible',
  'shape-rendering': 'auto',
};
const TEXT_PROPS: Readonly<Record<string, string | null>> = {
  'font-family': null,
  'font-size': null,
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'letter-spacing': 'normal',
};

/**
 * An inline style for one element from its computed style: the SVG-relevant properties that are not at their
 * default, font properties only on text. `display: none` is kept (a hidden element stays hidden).
 */
export function styleText(get: (prop: string) => string, isText: boolean): string {
  const parts: string[] = [];
  const props = isText ? { ...SHAPE_PROPS, ...TEXT_PROPS } : SHAPE_PROPS;
  for (const [prop, dflt] of Object.entries(props)) {
    const v = get(prop).trim();
    if (v && v !== dflt) parts.push(`${prop}:${v}`);
  }
  if (get('display').trim() === 'none') parts.push('display:none');
  return parts.join(';');
}

export interface KeyItem {
  label: string;
  color: string;
  /** stroke-dasharray of the series' line, if dashed. */
  dash?: string | null;
}

export interface Dot {
  x: number;
  y: number;
  r: number;
  fill: string;
  opacity: number;
}

export interface StandaloneInput {
  /** The chart's own <svg> element, serialised (styles inlined). */
  chart: string;
  width: number;
  height: number;
  title: string;
  credit: string;
  fontFamily: string;
  /** Marks drawn under the chart (e.g. scatter points the app paints on a canvas). */
  dots?: readonly Dot[];
  key?: readonly KeyItem[];
  /** Width of text in px at a font size; default an estimate (0.58 em a character). */
  measure?: (text: string, size: number) => number;
}

const PAD = 12;
const TITLE = 15;
const KEY = 12;
const CREDIT = 11;

const estimate = (text: string, size: number) => text.length * size * 0.58;

/** Greedy word wrap into lines no wider than `max`. */
export function wrapWords(text: string, max: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && width(next) > max) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** Key items placed left to right, wrapping to a new row when the width runs out. */
export function layoutKey(items: readonly KeyItem[], max: number, width: (s: string) => number): { x: number; row: number }[] {
  const out: { x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const it of items) {
    const w = 30 + width(it.label) + 16;
    if (x > 0 && x + w > max) {
      x = 0;
      row++;
    }
    out.push({ x, row });
    x += w;
  }
  return out;
}

function keyMarkup(items: readonly KeyItem[], top: number, max: number, width: (s: string) => number): { svg: string; height: number } {
  if (!items.length) return { svg: '', height: 0 };
  const pos = layoutKey(items, max, width);
  const rows = Math.max(...pos.map((p) => p.row)) + 1;
  const parts = items.map((it, i) => {
    const { x, row } = pos[i]!;
    const y = top + row * 20 + 10;
    const dash = it.dash ? ` stroke-dasharray="${escapeXml(it.dash)}"` : '';
    return (
      `<g class="key-item"><line x1="${PAD + x}" x2="${PAD + x + 24}" y1="${y}" y2="${y}" stroke="${escapeXml(it.color)}" stroke-width="2.5"${dash}/>` +
      `<circle cx="${PAD + x + 12}" cy="${y}" r="3.5" fill="${escapeXml(it.color)}"/>` +
      `<text x="${PAD + x + 30}" y="${y + 4}" font-size="${KEY}" fill="#1b1f24">${escapeXml(it.label)}</text></g>`
    );
  });
  return { svg: parts.join(''), height: rows * 20 + 6 };
}

const r2 = (v: number) => Math.round(v * 100) / 100;

function dotsMarkup(dots: readonly Dot[]): string {
  if (!dots.length) return '';
  return `<g class="dots">${dots
    .map((d) => `<circle cx="${r2(d.x)}" cy="${r2(d.y)}" r="${d.r}" fill="${escapeXml(d.fill)}" fill-opacity="${d.opacity}"/>`)
    .join('')}</g>`;
}

/** The standalone SVG document (with an XML declaration). */
export function standaloneSvg(input: StandaloneInput): string {
  const measure = input.measure ?? estimate;
  const width = Math.max(input.width + 2 * PAD, 200);
  const inner = width - 2 * PAD;
  const titleLines = wrapWords(input.title, inner, (s) => measure(s, TITLE));
  let y = PAD;
  const title = titleLines
    .map((line) => {
      y += TITLE * 1.3;
      return `<text x="${PAD}" y="${r2(y)}" font-size="${TITLE}" font-weight="bold" fill="#1b1f24">${escapeXml(line)}</text>`;
    })
    .join('');
  y += 10;
  const chartTop = y;
  y += input.height + 8;
  const key = keyMarkup(input.key ?? [], y, inner, (s) => measure(s, KEY));
  y += key.height;
  const creditLines = wrapWords(input.credit, inner, (s) => measure(s, CREDIT));
  const credit = creditLines
    .map((line) => {
      y += CREDIT * 1.4;
      return `<text class="credit" x="${PAD}" y="${r2(y)}" font-size="${CREDIT}" fill="#5b6470">${escapeXml(line)}</text>`;
    })
    .join('');
  const height = Math.ceil(y + PAD);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${escapeXml(input.fontFamily)}">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<g class="title">${title}</g>` +
    `<g class="chart" transform="translate(${PAD},${r2(chartTop)})">${dotsMarkup(input.dots ?? [])}${input.chart}</g>` +
    key.svg +
    credit +
    `</svg>\n`
  );
}

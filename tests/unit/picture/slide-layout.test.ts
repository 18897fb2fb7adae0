import { describe, expect, it } from 'vitest';
import {
  fitContain,
  PRESETS,
  slideLayout,
  wrapLines,
  type DrawOp,
  type Rect,
  type SlideInput,
} from '../../../src/views/picture/slide-layout';

/** Text width proportional to the font size in the CSS shorthand (0.55 em per character). */
const measure = (text: string, font: string) => text.length * Number(/([\d.]+)px/.exec(font)![1]) * 0.55;
const byChars = (s: string) => s.length;

const input = (over: Partial<SlideInput> = {}): SlideInput => ({
  ...PRESETS.fhd,
  title: 'Aandeel personen met laag inkomen',
  subtitle: '2022 · Nederland, gemeenten',
  legendHeading: 'Legenda',
  rows: [
    { color: '#ffffcc', label: '31,2% – 36,8%', count: '66', noData: false },
    { color: '#41b6c4', label: '36,8% – 42,0%', count: '141', noData: false },
    { color: '#253494', label: '42,0% – 48,4%', count: '70', noData: false },
    { color: '#c8c8c8', label: 'Geen gegevens', count: '0', noData: true },
  ],
  note: 'klassen over heel Nederland',
  credit: 'Bron: CBS, Kadaster (CC BY 4.0)',
  mapAspect: 1.2,
  fontFamily: 'sans-serif',
  mapBackground: '#f4f6f8',
  ...over,
});

const inside = (a: Rect, b: Rect) =>
  a.x >= b.x - 1e-6 && a.y >= b.y - 1e-6 && a.x + a.w <= b.x + b.w + 1e-6 && a.y + a.h <= b.y + b.h + 1e-6;
const texts = (ops: DrawOp[]) => ops.flatMap((o) => (o.kind === 'text' ? [o] : []));

describe('wrapLines', () => {
  it('keeps short text on one line and wraps at word boundaries', () => {
    expect(wrapLines('een twee drie', 20, 2, byChars)).toEqual(['een twee drie']);
    expect(wrapLines('een twee drie vier', 9, 3, byChars)).toEqual(['een twee', 'drie vier']);
  });
  it('cuts the last line with an ellipsis when the text needs more lines', () => {
    const lines = wrapLines('een twee drie vier vijf zes', 9, 2, byChars);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(lines.every((l) => l.length <= 9)).toBe(true);
  });
  it('cuts a single word wider than the line', () => {
    const [line] = wrapLines('Dissimilariteitsindex', 10, 1, byChars);
    expect(line).toMatch(/…$/);
    expect(line!.length).toBeLessThanOrEqual(10);
  });
  it('gives no lines for empty text', () => {
    expect(wrapLines('  ', 10, 2, byChars)).toEqual([]);
  });
});

describe('fitContain', () => {
  it('keeps the aspect, stays inside and is centred', () => {
    const box = { x: 10, y: 20, w: 400, h: 200 };
    for (const aspect of [0.5, 1, 2, 3]) {
      const r = fitContain(box, aspect);
      expect(r.w / r.h).toBeCloseTo(aspect, 9);
      expect(inside(r, box)).toBe(true);
      expect(r.x - box.x).toBeCloseTo(box.x + box.w - (r.x + r.w), 9);
      expect(r.y - box.y).toBeCloseTo(box.y + box.h - (r.y + r.h), 9);
      expect(r.w === box.w || r.h === box.h).toBe(true);
    }
  });
});

describe('slideLayout', () => {
  it('puts title, legend, map and credit inside the picture without overlap, for every preset', () => {
    for (const size of Object.values(PRESETS)) {
      const l = slideLayout(input(size), measure);
      const page = { x: 0, y: 0, w: size.width, h: size.height };
      for (const r of [l.region, l.map, l.legend, l.credit]) expect(inside(r, page)).toBe(true);
      expect(inside(l.map, l.region)).toBe(true);
      expect(l.map.w / l.map.h).toBeCloseTo(1.2, 9);
      expect(l.legend.x).toBeGreaterThan(l.region.x + l.region.w);
      expect(l.credit.y).toBeGreaterThan(l.region.y + l.region.h);
      for (const t of texts(l.ops)) {
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.x).toBeLessThanOrEqual(size.width);
        expect(t.y).toBeGreaterThan(0);
        expect(t.y).toBeLessThanOrEqual(size.height);
      }
      // The title is above the map panel.
      const title = texts(l.ops).find((t) => t.text === 'Aandeel personen met laag inkomen')!;
      expect(title.y).toBeLessThan(l.region.y);
    }
  });

  it('scales: 3840×2160 is 1920×1080 at twice the size', () => {
    const a = slideLayout(input(PRESETS.fhd), measure);
    const b = slideLayout(input(PRESETS.uhd), measure);
    expect(b.ops).toHaveLength(a.ops.length);
    for (const k of ['x', 'y', 'w', 'h'] as const) {
      expect(b.map[k]).toBeCloseTo(2 * a.map[k], 6);
      expect(b.legend[k]).toBeCloseTo(2 * a.legend[k], 6);
    }
    const fa = texts(a.ops).map((t) => Number(/([\d.]+)px/.exec(t.font)![1]));
    const fb = texts(b.ops).map((t) => Number(/([\d.]+)px/.exec(t.font)![1]));
    fb.forEach((f, i) => expect(f).toBeCloseTo(2 * fa[i]!, 1));
  });

  it('draws one swatch per legend row in its colour (no data outlined), the labels, counts, note and credit', () => {
    const inp = input();
    const l = slideLayout(inp, measure);
    const swatches = l.ops.filter((o) => o.kind === 'rect' && inside(o.rect, l.legend));
    expect(swatches.map((o) => (o.kind === 'rect' ? o.fill : ''))).toEqual(inp.rows.map((r) => r.color));
    expect(swatches.map((o) => (o.kind === 'rect' ? !!o.stroke : null))).toEqual([false, false, false, true]);
    const all = texts(l.ops).map((t) => t.text);
    for (const r of inp.rows) expect(all).toContain(r.label);
    for (const r of inp.rows) expect(all).toContain(r.count);
    expect(all).toContain('Legenda');
    expect(all).toContain('klassen over heel Nederland');
    expect(all).toContain('Bron: CBS, Kadaster (CC BY 4.0)');
    expect(all).toContain('2022 · Nederland, gemeenten');
    // Counts are right-aligned on the legend's right edge.
    const counts = texts(l.ops).filter((t) => t.align === 'right');
    expect(new Set(counts.map((t) => t.x)).size).toBe(1);
    expect(counts[0]!.x).toBeCloseTo(l.legend.x + l.legend.w, 6);
    // The map op is last (the map panel is painted after the page background).
    expect(l.ops.at(-1)!.kind).toBe('map');
    expect(l.ops[0]).toMatchObject({ kind: 'rect', fill: '#ffffff', rect: { x: 0, y: 0, w: 1920, h: 1080 } });
  });

  it('wraps a long title to two lines in a smaller font, every line within the width', () => {
    const long =
      'Wederzijdse informatie M: deel binnen gemeenten van de segregatie naar inkomen over alle wijken van Nederland en nog veel meer';
    const l = slideLayout(input({ title: long, ...PRESETS.hd }), measure);
    const bold = texts(l.ops).filter((t) => t.font.startsWith('bold') && t.y < l.region.y);
    expect(bold).toHaveLength(2);
    const size = Number(/([\d.]+)px/.exec(bold[0]!.font)![1]);
    expect(size).toBeLessThan(44 * (720 / 1080));
    for (const t of bold) expect(measure(t.text, t.font)).toBeLessThanOrEqual(1280 - 2 * 48 * (720 / 1080) + 1e-6);
    expect(l.region.h).toBeGreaterThan(200);
  });

  it('keeps the legend column between 22% and 34% of the width', () => {
    const narrow = slideLayout(input({ rows: [{ color: '#000', label: 'a', count: '1', noData: false }] }), measure);
    expect(narrow.legend.w).toBeCloseTo(1920 * 0.22, 6);
    const wide = slideLayout(input({ rows: [{ color: '#000', label: 'x'.repeat(200), count: '1', noData: false }] }), measure);
    expect(wide.legend.w).toBeCloseTo(1920 * 0.34, 6);
    const label = texts(wide.ops).find((t) => t.text.startsWith('xxx'))!;
    expect(label.text).toMatch(/…$/);
  });
});

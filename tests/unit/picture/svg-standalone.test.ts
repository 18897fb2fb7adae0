import { describe, expect, it } from 'vitest';
import { escapeXml, layoutKey, standaloneSvg, styleText, wrapWords } from '../../../src/views/picture/svg-standalone';

/** A small well-formedness check for the markup we write: every tag closed in order, attributes quoted. */
function wellFormed(xml: string): { ok: boolean; tags: string[] } {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  const tags: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, close, name, , self] = m;
    tags.push(name!);
    if (close) {
      if (stack.pop() !== name) return { ok: false, tags };
    } else if (!self) stack.push(name!);
  }
  const stripped = body.replace(/<\/?[a-zA-Z][\w:-]*(?:\s+[\w:-]+="[^"<]*")*\s*\/?>/g, '');
  return { ok: stack.length === 0 && !/[<>]/.test(stripped), tags };
}

const chart =
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120"><rect class="bar" x="1" y="2" width="3" height="40" style="fill:rgb(1, 2, 3)"/><text x="5" y="9">0,1</text></svg>';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
  });
});

describe('styleText', () => {
  const computed = (over: Record<string, string>) => (p: string) =>
    ({
      fill: 'rgb(127, 178, 213)',
      stroke: 'none',
      'stroke-width': '1px',
      opacity: '1',
      visibility: 'visible',
      'font-family': 'DejaVu Sans',
      'font-size': '10px',
      'font-weight': '400',
      'text-anchor': 'start',
      display: 'inline',
      ...over,
    })[p] ?? '';
  it('keeps what differs from the SVG defaults and leaves defaults out', () => {
    expect(styleText(computed({}), false)).toBe('fill:rgb(127, 178, 213)');
    expect(styleText(computed({ stroke: 'rgb(0, 0, 0)', 'stroke-width': '2px', opacity: '0.5' }), false)).toBe(
      'fill:rgb(127, 178, 213);stroke:rgb(0, 0, 0);stroke-width:2px;opacity:0.5',
    );
  });
  it('adds font properties on text only, and keeps display:none', () => {
    expect(styleText(computed({ 'text-anchor': 'end' }), true)).toBe(
      'fill:rgb(127, 178, 213);font-family:DejaVu Sans;font-size:10px;text-anchor:end',
    );
    expect(styleText(computed({ display: 'none' }), false)).toBe('fill:rgb(127, 178, 213);display:none');
  });
});

describe('wrapWords and layoutKey', () => {
  it('wraps words at the width', () => {
    expect(wrapWords('aa bb cc dd', 5, (s) => s.length)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('', 5, (s) => s.length)).toEqual([]);
  });
  it('places key items left to right and starts a new row when full', () => {
    const items = ['doel', 'ring 1', 'ring 2', 'rest'].map((label) => ({ label, color: '#000' }));
    const pos = layoutKey(items, 200, (s) => s.length * 7);
    expect(pos[0]).toEqual({ x: 0, row: 0 });
    expect(pos[1]!.row).toBe(0);
    expect(pos[1]!.x).toBe(30 + 4 * 7 + 16);
    expect(Math.max(...pos.map((p) => p.row))).toBe(1);
    expect(pos.find((p) => p.row === 1)!.x).toBe(0);
  });
});

describe('standaloneSvg', () => {
  const doc = standaloneSvg({
    chart,
    width: 300,
    height: 120,
    title: 'Ranglijst <D> & "M"',
    credit: 'Bron: CBS, Kadaster (CC BY 4.0)',
    fontFamily: 'system-ui, "DejaVu Sans", sans-serif',
  });

  it('is one well-formed SVG document with the namespace, a size and a viewBox', () => {
    expect(doc.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const wf = wellFormed(doc);
    expect(wf.ok).toBe(true);
    expect(wf.tags[0]).toBe('svg');
    const [, w, h] = /width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/.exec(doc)!;
    expect(Number(w)).toBe(324); // chart + 12 px either side
    expect(Number(h)).toBeGreaterThan(120 + 40);
    expect(doc).toContain('font-family="system-ui, &quot;DejaVu Sans&quot;, sans-serif"');
  });

  it('carries the title (escaped, as <title> and as text), the chart unchanged, and the credit under the chart', () => {
    expect(doc).toContain('<title>Ranglijst &lt;D&gt; &amp; &quot;M&quot;</title>');
    expect(doc).toContain('font-weight="bold" fill="#1b1f24">Ranglijst &lt;D&gt; &amp; &quot;M&quot;</text>');
    expect(doc).toContain(chart);
    const chartY = Number(/<g class="chart" transform="translate\(12,([\d.]+)\)">/.exec(doc)![1]);
    const creditY = Number(/<text class="credit" x="12" y="([\d.]+)"/.exec(doc)![1]);
    const titleY = Number(/<g class="title"><text x="12" y="([\d.]+)"/.exec(doc)![1]);
    expect(titleY).toBeLessThan(chartY);
    expect(creditY).toBeGreaterThan(chartY + 120);
    expect(doc).toContain('>Bron: CBS, Kadaster (CC BY 4.0)</text>');
  });

  it('wraps a long title over several lines within the width', () => {
    const d = standaloneSvg({ chart, width: 300, height: 120, title: 'woord '.repeat(40).trim(), credit: 'c', fontFamily: 'x' });
    const lines = [...d.matchAll(/font-weight="bold" fill="#1b1f24">([^<]*)</g)].map((m) => m[1]!);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(l.length * 15 * 0.58).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe('woord '.repeat(40).trim());
  });

  it('draws dots under the chart and a key with dashed lines', () => {
    const d = standaloneSvg({
      chart,
      width: 300,
      height: 120,
      title: 't',
      credit: 'c',
      fontFamily: 'x',
      dots: [
        { x: 1.234, y: 5, r: 2.5, fill: '#2c7fb8', opacity: 0.6 },
        { x: 7, y: 8, r: 2.5, fill: '#253494', opacity: 0.6 },
      ],
      key: [
        { label: 'doel', color: '#000000' },
        { label: 'ring 1', color: '#e66101', dash: '6 3' },
      ],
    });
    expect(wellFormed(d).ok).toBe(true);
    expect(d).toContain('<g class="dots"><circle cx="1.23" cy="5" r="2.5" fill="#2c7fb8" fill-opacity="0.6"/>');
    expect(d.indexOf('class="dots"')).toBeLessThan(d.indexOf(chart));
    expect(d.match(/class="key-item"/g)).toHaveLength(2);
    expect(d).toContain('stroke="#e66101" stroke-width="2.5" stroke-dasharray="6 3"/>');
    expect(d).toContain('>ring 1</text>');
  });
});

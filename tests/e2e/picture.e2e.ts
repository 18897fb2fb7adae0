/**
 * Every map a picture: the map as a slide PNG (two sizes; the file's IHDR size; Amsterdam's pixel in the colour of
 * its legend class; legend swatches and credit drawn; the live map left as it was) and the charts as standalone SVG
 * files (ranking and histogram: well-formed, bars, title and credit inside, and they render as an <img>). Nothing
 * leaves the origin and the Content-Security-Policy refuses nothing. The slide is saved to artifacts/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, hexToRgb, startHarness, waitForMap, watchedPage, type Harness, type Watched } from './harness';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

const DAM: [number, number] = [4.8926, 52.3731]; // inside Amsterdam (GM0363)

let h: Harness;
let w: Watched;
beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h, { width: 1280, height: 800 });
  await w.page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});
afterAll(async () => h?.close());

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(b: Buffer): { width: number; height: number } {
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

type Rect = { x: number; y: number; w: number; h: number };
interface Placed {
  map: Rect;
  legend: Rect;
  credit: Rect;
  crop: Rect;
  css: { width: number; height: number };
}

async function exportPng(page: Page, preset: string): Promise<{ name: string; bytes: Buffer; placed: Placed }> {
  await page.selectOption('.map-picture select[name=pictureSize]', preset);
  const file = await download(page, () => page.click('.map-picture-png'));
  const placed = await page.waitForFunction(() => document.querySelector('.map-picture [data-placed]')?.getAttribute('data-placed'));
  return { ...file, placed: JSON.parse((await placed.jsonValue()) as string) as Placed };
}

/** Decoded in the page: the colour at (x, y) (median of a 3×3 patch) and how many non-white pixels each box holds. */
async function inspect(page: Page, png: Buffer, at: { x: number; y: number }, boxes: Rect[], colors: string[]) {
  return page.evaluate(
    async ({ b64, at, boxes, colors }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const patch = ctx.getImageData(Math.round(at.x) - 1, Math.round(at.y) - 1, 3, 3).data;
      const chan = (k: number) => [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => patch[i * 4 + k]!).sort((a, b) => a - b)[4]!;
      const ink = boxes.map((r) => {
        const d = ctx.getImageData(Math.floor(r.x), Math.floor(r.y), Math.ceil(r.w), Math.ceil(r.h)).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! < 235 || d[i + 1]! < 235 || d[i + 2]! < 235) n++;
        return n;
      });
      // Legend: for every class colour, is there a pixel of exactly that colour in the legend box?
      const L = boxes[0]!;
      const ld = ctx.getImageData(Math.floor(L.x), Math.floor(L.y), Math.ceil(L.w), Math.ceil(L.h)).data;
      const found = colors.map((hex) => {
        const n = parseInt(hex.slice(1), 16);
        const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
        for (let i = 0; i < ld.length; i += 4)
          if (Math.abs(ld[i]! - r) <= 2 && Math.abs(ld[i + 1]! - g) <= 2 && Math.abs(ld[i + 2]! - b) <= 2) return true;
        return false;
      });
      return { size: [bmp.width, bmp.height], pixel: [chan(0), chan(1), chan(2)], ink, found };
    },
    { b64: png.toString('base64'), at, boxes, colors },
  );
}

describe('the map as a slide PNG', () => {
  it('exports 1280×720 and 1920×1080 with map, legend, title and credit; Amsterdam in its class colour', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?lvl=gemeente&jaar=2022&var=share_income_low`);
    await waitForMap(page, 'gemeente_2022|share_income_low|');
    await page.click('.map-picture summary');
    const ratioBefore = await page.evaluate(() => window.__segvMap!.getPixelRatio());

    const hd = await exportPng(page, 'hd');
    expect(pngSize(hd.bytes)).toEqual({ width: 1280, height: 720 });
    expect(hd.name).toMatch(/^segregatieverkenner-.*2022.*-1280x720\.png$/);

    const fhd = await exportPng(page, 'fhd');
    expect(pngSize(fhd.bytes)).toEqual({ width: 1920, height: 1080 });
    writeFileSync(`${ARTIFACTS}/picture-map-1920x1080.png`, fhd.bytes);
    writeFileSync(`${ARTIFACTS}/picture-map-1280x720.png`, hd.bytes);

    // Amsterdam's class (feature-state) and that class's legend colour, from the live app.
    const { cls, css, point } = await page.evaluate((dam) => {
      const map = window.__segvMap!;
      const p = map.project(dam);
      return {
        cls: map.getFeatureState({ source: 'units-gemeente_2022', id: 'GM0363' }).cls as number,
        css: { width: map.getContainer().clientWidth, height: map.getContainer().clientHeight },
        point: { x: p.x, y: p.y },
      };
    }, DAM);
    const colors = await page.$$eval('.panel .legend li[data-class]', (lis) =>
      lis.filter((li) => Number(li.getAttribute('data-class')) >= 0).map((li) => li.getAttribute('data-color')!),
    );
    const amsterdam = (await page.getAttribute(`.panel .legend li[data-class="${cls}"]`, 'data-color'))!;
    expect(cls).toBeGreaterThanOrEqual(0);
    for (const [shot, size] of [
      [fhd, 1920],
      [hd, 1280],
    ] as const) {
      const { placed } = shot;
      expect(placed.css).toEqual(css);
      // The slide shows the part of the live map with the country on it (the empty sea cropped), scaled up.
      const { crop } = placed;
      expect(crop.x).toBeGreaterThanOrEqual(0);
      expect(crop.x + crop.w).toBeLessThanOrEqual(css.width + 1e-6);
      expect(crop.w * crop.h).toBeLessThan(css.width * css.height * 0.9);
      expect(placed.map.w / placed.map.h).toBeCloseTo(crop.w / crop.h, 6);
      const scale = placed.map.w / crop.w;
      const at = { x: placed.map.x + (point.x - crop.x) * scale, y: placed.map.y + (point.y - crop.y) * scale };
      const r = await inspect(page, shot.bytes, at, [placed.legend, placed.credit, placed.map], colors);
      expect(r.size[0]).toBe(size);
      const want = hexToRgb(amsterdam);
      r.pixel.forEach((v, i) => expect(Math.abs(v - want[i]!)).toBeLessThanOrEqual(6));
      expect(r.found).toEqual(colors.map(() => true));
      // Legend, credit and map are drawn (not blank).
      expect(r.ink[0]).toBeGreaterThan(placed.legend.w * placed.legend.h * 0.05);
      expect(r.ink[1]).toBeGreaterThan(placed.credit.w * placed.credit.h * 0.05);
      expect(r.ink[2]).toBeGreaterThan(placed.map.w * placed.map.h * 0.1);
      // The legend sits beside the map, the credit under it.
      expect(placed.legend.x).toBeGreaterThanOrEqual(placed.map.x + placed.map.w);
      expect(placed.credit.y).toBeGreaterThanOrEqual(placed.map.y + placed.map.h);
    }
    // The live map is as it was: same pixel ratio, same view; nothing left the origin, the CSP refused nothing.
    expect(await page.evaluate(() => window.__segvMap!.getPixelRatio())).toBe(ratioBefore);
    expect(w.foreignRequests).toEqual([]);
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  });
});

/** Parse an SVG file in the page, count elements, and render it standalone as an <img> on a canvas. */
async function checkSvg(page: Page, text: string, barSelector: string) {
  return page.evaluate(
    async ({ text, barSelector }) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const root = doc.documentElement;
      const img = new Image();
      const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      img.src = url;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i + 3]! > 0 && (d[i]! < 200 || d[i + 1]! < 200 || d[i + 2]! < 200)) ink++;
      URL.revokeObjectURL(url);
      return {
        error,
        ns: root.namespaceURI,
        title: doc.querySelector('svg > title')?.textContent ?? '',
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        bars: doc.querySelectorAll(barSelector).length,
        barFill: doc.querySelector(barSelector)?.getAttribute('style') ?? '',
        natural: [img.naturalWidth, img.naturalHeight],
        ink,
      };
    },
    { text, barSelector },
  );
}

describe('charts as SVG', () => {
  it('ranking and histogram download as standalone SVG with bars, title and credit', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?gm=GM0363&jaar=2022&var=share_income_low&groep=income_low&paneel=ranking`);
    await waitForMap(page, 'wijk_2022|share_income_low|GM0363');
    await page.waitForSelector('.ranking rect.bar', { timeout: 150_000 });
    const liveBars = await page.$$eval('.ranking rect.bar', (rs) => rs.length);
    const rankTitle = (await page.getAttribute('.ranking svg', 'aria-label'))!;
    const ranking = await download(page, () => page.click('.ranking .svg-download'));
    expect(ranking.name).toMatch(/^segregatieverkenner-ranking-.*\.svg$/);
    writeFileSync(`${ARTIFACTS}/picture-ranking.svg`, ranking.bytes);
    const r = await checkSvg(page, ranking.bytes.toString('utf8'), 'rect.bar');
    expect(r.error).toBeNull();
    expect(r.ns).toBe('http://www.w3.org/2000/svg');
    // The live ranking's name adds how to move through it with the keys; the file's title is the chart title.
    expect(r.title).not.toBe('');
    expect(rankTitle.startsWith(r.title)).toBe(true);
    expect(r.bars).toBe(liveBars);
    expect(r.barFill).toMatch(/fill:\s*rgb/); // the CSS class colour, inlined
    expect(r.texts.join(' ')).toContain('Bron: CBS, Kadaster (CC BY 4.0)');
    expect(r.texts.some((t) => rankTitle.startsWith(t.split(' ')[0]!))).toBe(true);
    expect(r.natural[0]).toBeGreaterThan(0);
    expect(r.ink).toBeGreaterThan(1000);

    await page.click('.drawer-tabs button:has-text("Grafieken")');
    await page.waitForSelector('.histogram rect.hist-bar');
    const liveBins = await page.$$eval('.histogram rect.hist-bar', (rs) => rs.length);
    const hist = await download(page, () => page.click('.histogram .svg-download'));
    writeFileSync(`${ARTIFACTS}/picture-histogram.svg`, hist.bytes);
    const s = await checkSvg(page, hist.bytes.toString('utf8'), 'rect.hist-bar');
    expect(s.error).toBeNull();
    expect(s.bars).toBe(liveBins);
    expect(s.title).toMatch(/^Verdeling: /);
    expect(s.texts.join(' ')).toContain('Bron: CBS');
    expect(s.natural[0]).toBeGreaterThan(0);
    expect(s.ink).toBeGreaterThan(500);

    // The scatter's points live on a canvas in the app; in the file they are vector circles under the axes.
    await page.waitForSelector('.scatter canvas');
    const scatter = await download(page, () => page.click('.scatter .svg-download'));
    writeFileSync(`${ARTIFACTS}/picture-scatter.svg`, scatter.bytes);
    const sc = await checkSvg(page, scatter.bytes.toString('utf8'), 'g.dots circle');
    expect(sc.error).toBeNull();
    const shown = Number(/(\d+) gebieden met beide waarden/.exec((await page.textContent('.scatter figcaption'))!)?.[1]);
    expect(sc.bars).toBe(shown);
    expect(sc.natural[0]).toBeGreaterThan(0);
    expect(w.foreignRequests).toEqual([]);
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  });
});

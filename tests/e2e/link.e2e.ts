/**
 * Every view a link: the URL holds the classification, the map position, the open panels, the selection and the
 * whole waterbed set-up. A link opened in a fresh page gives the same legend breaks and colours, the same camera,
 * the same selection, and — for a waterbed link — the same computed comparison without a click. Stale and hostile
 * parameters are ignored with notices that name the parameter in words.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, mapIdle, screenPoint, startHarness, waitForMap, watchedPage, type Harness, type Watched } from './harness';

let h: Harness;
const pages: Watched[] = [];
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

async function fresh(): Promise<Page> {
  const w = await watchedPage(h, { width: 1400, height: 950 });
  pages.push(w);
  return w.page;
}

const legend = (page: Page) =>
  page.$$eval('.legend li', (lis) =>
    lis.map((li) => ({ cls: li.dataset.class, from: li.dataset.from, to: li.dataset.to, color: li.dataset.color })),
  );
const cameraOf = (page: Page) =>
  page.evaluate(() => {
    const m = window.__segvMap!;
    return { lng: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
  });
const waitForGemeente = (page: Page, gm: string) =>
  page.waitForFunction((g) => document.documentElement.dataset.mapReady?.endsWith(`|${g}`), gm, { timeout: 90_000 });

describe('explore link', () => {
  it('restores classes, palette, map position, drawer, open settings and selection in a fresh page', async () => {
    const page = await fresh();
    await page.goto(`${h.baseUrl}?lvl=gemeente&jaar=2022&var=share_income_low`);
    await waitForMap(page, 'gemeente_2022|share_income_low|');
    const p = await screenPoint(page, [4.4777, 51.9244]); // Rotterdam
    await page.mouse.click(p.x, p.y);
    await waitForGemeente(page, 'GM0599');
    await page.click('details.class-settings > summary');
    await page.selectOption('select[name=classMethod]', 'quantile');
    await page.selectOption('select[name=classCount]', '7');
    await page.selectOption('select[name=palette]', 'viridis');
    await page.click('.drawer-tabs [role=tab] >> nth=2'); // table
    await page.waitForFunction(() => (document.querySelectorAll('.legend li:not([data-class="-1"])').length ?? 0) >= 6);
    // pan and zoom like a user
    const box = (await page.locator('.map-half .map').last().boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 150, cy + 60, { steps: 8 });
    await page.mouse.up();
    // zoom with the map's own button, then with the mouse wheel: the link follows both
    await page.click('.maplibregl-ctrl-zoom-in');
    await mapIdle(page);
    const zoomBefore = (await cameraOf(page)).zoom;
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((z) => (window.__segvMap?.getZoom() ?? z) > z + 0.1, zoomBefore);
    await mapIdle(page);
    await page.waitForTimeout(800); // the last move is stored after the moves settle
    await page.waitForFunction(() => /[?&]pos=/.test(location.search), undefined, { timeout: 10_000 });
    const search = await page.evaluate(() => location.search);
    expect(search).toContain('gm=GM0599');
    expect(search).toContain('sel=GM0599');
    expect(search).toContain('klassen=7');
    expect(search).toContain('palet=viridis');
    expect(search).toContain('paneel=table');
    expect(search).toContain('open=indeling');
    const items = await legend(page);
    const cam = await cameraOf(page);
    const tab = await page.textContent('.drawer-tabs [aria-selected=true]');
    const posParam = new URLSearchParams(search).get('pos')!.split(',').map(Number);
    expect(posParam[2]!).toBeGreaterThan(zoomBefore + 0.1); // the wheel zoom is in the link
    expect(Math.abs(posParam[0]! - cam.lng)).toBeLessThan(1e-4);

    const again = await fresh();
    await again.goto(h.baseUrl + search);
    await waitForGemeente(again, 'GM0599');
    await again.waitForFunction(
      (c) => {
        const m = window.__segvMap!;
        return (
          Math.abs(m.getCenter().lng - c.lng) < 1e-4 && Math.abs(m.getCenter().lat - c.lat) < 1e-4 && Math.abs(m.getZoom() - c.zoom) < 0.01
        );
      },
      cam,
      { timeout: 20_000 },
    );
    expect(await legend(again)).toEqual(items);
    expect(items.filter((i) => i.cls !== '-1').length).toBeGreaterThanOrEqual(6);
    expect(await again.$eval('details.class-settings', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await again.inputValue('select[name=classCount]')).toBe('7');
    expect(await again.inputValue('select[name=palette]')).toBe('viridis');
    expect(await again.textContent('.drawer-tabs [aria-selected=true]')).toBe(tab);
    expect(await again.evaluate(() => location.search)).toBe(search);
    await mapIdle(again);
    await again.screenshot({ path: `${ARTIFACTS}/link-explore-restored.png` });
    await page.close();
    await again.close();
  }, 300_000);
});

describe('waterbed link', () => {
  it('reproduces the Rotterdam 2012 → 2022 comparison without a click, leaving out a stale target with a notice', async () => {
    const page = await fresh();
    await page.goto(`${h.baseUrl}?modus=waterbed`);
    await page.waitForSelector('.waterbed-controls select');
    const selects = page.locator('.waterbed-controls select');
    await selects.nth(0).selectOption('mean_income_per_inhabitant_keur');
    await selects.nth(1).selectOption('2012');
    await selects.nth(2).selectOption('2022');
    await waitForMap(page, 'gemeente_2022|mean_income_per_inhabitant_keur|');
    const p = await screenPoint(page, [4.4777, 51.9244]);
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => document.querySelector('.waterbed-controls')?.textContent?.includes('Rotterdam'));
    await page.check('.waterbed-controls input[name=waterbedRing2]');
    await page.click('.waterbed-controls button[type=submit]');
    await page.waitForSelector('.waterbed-summary-sentence', { timeout: 120_000 });
    await page.check('input[name=wbMapView][value=t0]');
    await waitForMap(page, 'gemeente_2022|t0|');
    const sentence = await page.textContent('.waterbed-summary-sentence');
    const rings = await page.$$eval('.waterbed-rings tr', (trs) => trs.map((tr) => tr.textContent));
    const units = await page.$$eval('.waterbed-drawer tr[data-code]', (trs) => trs.map((tr) => tr.textContent));
    const search = await page.evaluate(() => location.search);
    expect(search).toContain('doelen=GM0599');
    expect(search).toContain('van=2012&tot=2022');
    expect(search).toContain('ring2=1');
    expect(search).toContain('wbkaart=t0');
    expect(search).toContain('vergelijk=1');

    // A fresh page with the same link (plus a gemeente merged away before 2022): the result appears by itself.
    const again = await fresh();
    await again.goto(h.baseUrl + search.replace('doelen=GM0599', 'doelen=GM0599,GM0393'));
    await again.waitForSelector('.waterbed-summary-sentence', { timeout: 120_000 });
    await waitForMap(again, 'gemeente_2022|t0|');
    expect(await again.textContent('.waterbed-summary-sentence')).toBe(sentence);
    expect(await again.$$eval('.waterbed-rings tr', (trs) => trs.map((tr) => tr.textContent))).toEqual(rings);
    expect(await again.$$eval('.waterbed-drawer tr[data-code]', (trs) => trs.map((tr) => tr.textContent))).toEqual(units);
    expect(await again.textContent('.waterbed-controls')).toContain('Rotterdam');
    expect(await again.isChecked('.waterbed-controls input[name=waterbedRing2]')).toBe(true);
    expect(await again.isChecked('input[name=wbMapView][value=t0]')).toBe(true);
    const notice = await again.textContent('.notice');
    expect(notice).toContain('Doelgebied GM0393 uit de doelgebieden van de vergelijking bestaat niet in 2022 en is weggelaten.');
    expect(await again.evaluate(() => location.search)).toBe(search);
    await mapIdle(again);
    await again.screenshot({ path: `${ARTIFACTS}/link-waterbed-restored.png` });
    await page.close();
    await again.close();
  }, 420_000);
});

describe('stale and hostile parameters', () => {
  it('names the parameter in words and keeps working', async () => {
    const page = await fresh();
    await page.goto(`${h.baseUrl}?gm=GM0393&jaar=2022&kaart=%3Cimg%20src=x%20onerror=alert(1)%3E&palet=rainbow&pos=1e9,0,3&lang=en`);
    await page.waitForSelector('.notice li[data-code=merged_gemeente]', { timeout: 150_000 });
    const texts = await page.$$eval('.notice li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(texts).toContain('Invalid value "<img src=x onerror=alert(1)>" for the map view ignored.');
    expect(texts).toContain('Invalid value "rainbow" for the colour palette ignored.');
    expect(texts.some((t) => t.includes('the map position'))).toBe(true);
    expect(texts.some((t) => /Municipality .*\(GM0393\) no longer exists in 2022/.test(t))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/\b(kaart|palet|pos)\b/);
    expect(await page.$$('.notice img')).toEqual([]);
    // the app keeps working: the whole country is shown, and a click still opens a gemeente
    await waitForMap(page, 'gemeente_2022|share_income_low|');
    const p = await screenPoint(page, [4.4777, 51.9244]);
    await page.mouse.click(p.x, p.y);
    await waitForGemeente(page, 'GM0599');
    await page.close();
  }, 240_000);

  it('had no console errors and no foreign requests', () => {
    for (const w of pages) {
      expect(w.foreignRequests).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
    }
  });
});

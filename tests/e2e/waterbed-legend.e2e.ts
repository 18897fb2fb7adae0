/**
 * The waterbed map key in Chromium: a legend over the map with "Niet in de vergelijking" counting exactly the units
 * outside the comparison, and a key for the ring outlines, both in the viewport at 1280×800 (and at 390 px). The
 * segregation index as an entry of the indicator list: only its supported years offered, the reason stated, the
 * result in the waterbed panel (checked against a direct computation of D), and the entry in the link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, mapIdle, startHarness, statsRows, waitForMap, watchedPage, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;
beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h, { width: 1280, height: 800 });
});
afterAll(async () => h?.close());

/** First number in a Dutch-formatted cell ("0,123" → 0.123). */
const num = (s: string | null) => Number(((s ?? '').match(/-?\d[\d.]*(,\d+)?/)?.[0] ?? 'NaN').replace(/\./g, '').replace(',', '.'));

async function legendCounts(page: Page): Promise<Map<string, number>> {
  const pairs = await page.$$eval('.wb-map-key .legend li', (lis) =>
    lis.map((li) => [li.getAttribute('data-class')!, Number(li.querySelector('.count')!.textContent)] as const),
  );
  return new Map(pairs);
}

async function inViewport(page: Page, selector: string, viewport: { width: number; height: number }): Promise<boolean> {
  const b = await page.locator(selector).boundingBox();
  return !!b && b.width > 0 && b.x >= 0 && b.y >= 0 && b.x + b.width <= viewport.width && b.y + b.height <= viewport.height;
}

describe('waterbed map key', () => {
  it('shows the units outside the comparison as such, with the ring key beside the map (1280×800)', async () => {
    const { page } = w;
    const link = '?modus=waterbed&doelen=GM0599&wbkenmerk=mean_income_per_inhabitant_keur&van=2012&tot=2022&vergelijk=1';
    await page.goto(`${h.baseUrl}${link}`);
    await page.waitForSelector('.waterbed-summary-sentence', { timeout: 120_000 });
    await waitForMap(page, 'gemeente_2022|change|');
    await page.waitForSelector('.wb-map-key li[data-class="-2"]');
    const units = await page.$$eval('.waterbed-drawer tbody tr[data-code]', (trs) => trs.map((tr) => tr.getAttribute('data-code')!));
    const gemeenten = (await statsRows('gemeente')).filter((r) => r.year === 2022).map((r) => r.code);
    const counts = await legendCounts(page);
    expect(units.length).toBeGreaterThan(10);
    expect(counts.get('-2')).toBe(gemeenten.filter((c) => !units.includes(c)).length);
    expect(counts.get('-2')).toBeGreaterThan(250);
    // Every gemeente counted once; "Geen gegevens" holds only units of the comparison.
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(gemeenten.length);
    expect(counts.get('-1')).toBeLessThanOrEqual(units.length);
    expect(await page.textContent('.wb-map-key li[data-class="-2"]')).toContain('Niet in de vergelijking');
    expect(await page.textContent('.wb-map-key li[data-class="-1"]')).toContain('Geen gegevens');
    // Ring key in the map's colours; legend and key visible without scrolling.
    const rings = await page.$$eval('.wb-map-key .ring-key li', (lis) => lis.map((li) => li.getAttribute('data-ring')));
    expect(rings).toEqual(expect.arrayContaining(['target', 'ring1', 'rest']));
    expect(await page.getAttribute('.wb-map-key .ring-key li[data-ring=target]', 'data-color')).toBe('#D55E00');
    expect(await inViewport(page, '.wb-map-key .ring-key', { width: 1280, height: 800 })).toBe(true);
    expect(await inViewport(page, '.wb-map-key li[data-class="-2"]', { width: 1280, height: 800 })).toBe(true);
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/waterbed-legend-1280.png` });
  });

  it('offers the segregation index as an indicator with only its years, and shows its result in place', async () => {
    const { page } = w;
    await page.selectOption('select[name=waterbedIndicator]', 'index-D-age_65plus');
    const years = await page.$$eval('select[name=waterbedFrom] option', (os) => os.map((o) => o.getAttribute('value')));
    expect(years).toEqual(['2022', '2024']);
    expect(await page.$$eval('select[name=waterbedTo] option', (os) => os.map((o) => o.getAttribute('value')))).toEqual(['2022', '2024']);
    expect(await page.textContent('.waterbed-years-note')).toMatch(/alleen voor 2022 en 2024/);
    expect(await page.$('.index-waterbed')).toBeNull(); // the old separate section is gone
    await page.click('.waterbed-controls button[type=submit]');
    await page.waitForSelector('.iw-summary', { timeout: 120_000 });
    expect(await page.$$eval('.iw-table tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-ring')))).toEqual([
      'target',
      'ring1',
      'rest',
      'region',
    ]);
    expect(await page.$$eval('.iw-table thead th', (ths) => ths.map((th) => th.textContent))).toEqual(
      expect.arrayContaining(['2022', '2024']),
    );
    // D of 65+ over Rotterdam's wijken in 2022, computed directly from the Parquet.
    const wijk = (await statsRows('wijk')).filter(
      (r) => r.year === 2022 && r.gemeente_code === 'GM0599' && (r.population ?? 0) > 0 && r.share_age_65plus !== null,
    );
    const x = wijk.map((r) => (r.population! * r.share_age_65plus!) / 100);
    const y = wijk.map((r, i) => r.population! - x[i]!);
    const X = x.reduce((a, b) => a + b, 0);
    const Y = y.reduce((a, b) => a + b, 0);
    const d = 0.5 * x.reduce((s, xi, i) => s + Math.abs(xi / X - y[i]! / Y), 0);
    expect(num(await page.textContent('.iw-table tr[data-ring=target] td'))).toBeCloseTo(d, 3);
    expect(await page.textContent('.iw-summary')).toMatch(/segregatie.*2022.*2024/i);
    expect(page.url()).toContain('wbkenmerk=index-D-age_65plus');
    expect(page.url()).toContain('van=2022&tot=2024');
    // The map shows the group's share in 2024 with the rings; the units outside are marked as such.
    await waitForMap(page, 'gemeente_2024|share_age_65plus|');
    const units = await page.$$eval('.waterbed-drawer tbody tr[data-code]', (trs) => trs.length);
    const gemeenten = (await statsRows('gemeente')).filter((r) => r.year === 2024).length;
    expect((await legendCounts(page)).get('-2')).toBe(gemeenten - units);
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/waterbed-index-entry.png` });
  });

  it('reproduces the index comparison from its link', async () => {
    const { page } = w;
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('.iw-summary', { timeout: 120_000 });
    expect(await page.inputValue('select[name=waterbedIndicator]')).toBe('index-D-age_65plus');
    expect(await page.inputValue('select[name=waterbedFrom]')).toBe('2022');
  });

  it('keeps the key on the map at 390 px', async () => {
    const { page } = w;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForSelector('.wb-map-key .ring-key');
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/waterbed-legend-390.png` });
    const key = (await page.locator('.wb-map-key').boundingBox())!;
    const map = (await page.locator('.map-area').boundingBox())!;
    expect(key.x).toBeGreaterThanOrEqual(map.x);
    expect(key.x + key.width).toBeLessThanOrEqual(map.x + map.width + 1);
    expect(await inViewport(page, '.wb-map-key .ring-key', { width: 390, height: 844 })).toBe(true);
  });
});

/**
 * Exploration in Chromium: search → fly → detail panel, brushing in the linked charts fades the map, the table
 * alternative, the language switch, and hostile URL parameters. A screenshot of each view goes to artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, mapIdle, startHarness, waitForMap, watchedPage, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;
beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h, { width: 1400, height: 950 });
});
afterAll(async () => h?.close());

describe('exploring the map', () => {
  it('finds "den haag" (diacritics/alias-insensitive), flies there and shows the detail panel', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?lvl=gemeente&jaar=2022&var=share_income_low`);
    await waitForMap(page, 'gemeente_2022|share_income_low|');
    const box = page.locator('input[role=combobox]');
    await box.waitFor({ timeout: 90_000 });
    await box.fill('den haag');
    await page.waitForSelector('[role=listbox] [role=option]');
    expect(await page.textContent('[role=listbox] [role=option]')).toContain("'s-Gravenhage");
    await box.press('ArrowDown');
    await box.press('Enter');
    await waitForMap(page, 'wijk_2022|share_income_low|GM0518');
    await page.waitForSelector('.detail-panel');
    expect(await page.textContent('.detail-panel')).toContain("'s-Gravenhage");
    // population 2022 of 's-Gravenhage in the detail table, next to the national reference
    expect(await page.textContent('.detail-table')).toMatch(/552\.995|Inwoners/);
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/explore-search-detail.png` });
  });

  it('brushing the histogram fades the wijken outside the selection on the map', async () => {
    const { page } = w;
    await page.click('.drawer-tabs button:has-text("Grafieken")');
    await page.waitForSelector('.histogram svg');
    await page.waitForSelector('.scatter canvas');
    const bb = (await page.locator('.histogram svg').boundingBox())!;
    await page.mouse.move(bb.x + bb.width * 0.55, bb.y + bb.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(bb.x + bb.width * 0.95, bb.y + bb.height * 0.5, { steps: 8 });
    await page.mouse.up();
    const dims = await page.waitForFunction(
      () => {
        const map = window.__segvMap!;
        if (!map.getSource('units-wijk_2022')) return null;
        const feats = map.querySourceFeatures('units-wijk_2022').filter((f) => f.properties.gemeente_code === 'GM0518');
        const codes = [...new Set(feats.map((f) => f.properties.code as string))];
        const dim = codes.filter((c) => map.getFeatureState({ source: 'units-wijk_2022', id: c }).dim === true).length;
        return dim > 0 && dim < codes.length ? { dim, total: codes.length } : null;
      },
      null,
      { timeout: 30_000 },
    );
    const v = (await dims.jsonValue()) as { dim: number; total: number };
    expect(v.dim).toBeGreaterThan(0);
    expect(v.dim).toBeLessThan(v.total);
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/explore-charts-brush.png` });
  });

  it('offers the table alternative with the same classes, sortable', async () => {
    const { page } = w;
    await page.click('.drawer-tabs button:has-text("Tabel")');
    await page.waitForSelector('.unit-table tbody tr');
    // closing the charts drops their brush: nothing stays faded on the map
    await page.waitForFunction(() => {
      const map = window.__segvMap!;
      return map
        .querySourceFeatures('units-wijk_2022')
        .every((f) => map.getFeatureState({ source: 'units-wijk_2022', id: f.properties.code }).dim !== true);
    });
    await page.click('.unit-table th:nth-child(2) button');
    const names = await page.$$eval('.unit-table tbody tr td:nth-child(2)', (tds) => tds.map((t) => t.textContent ?? ''));
    expect(names.length).toBeGreaterThan(5);
    expect([...names].sort((a, b) => a.localeCompare(b, 'nl'))).toEqual(names);
    await page.screenshot({ path: `${ARTIFACTS}/explore-table.png` });
  });

  it('switches to English with English number formats', async () => {
    const { page } = w;
    await page.click('.lang button:has-text("EN")');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('.legend h2')).toContain('Share of persons with low income');
    const legend = await page.textContent('.legend ul');
    expect(legend).toMatch(/\d+\.\d%/);
    expect(legend).not.toMatch(/\d+,\d%/);
    expect(await page.textContent('.legend')).toContain('No data');
    await page.screenshot({ path: `${ARTIFACTS}/explore-english.png` });
  });

  it('survives hostile URL parameters with a clear notice', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?gm=%3Cscript%3Ealert(1)%3C/script%3E&var=DROP%20TABLE&jaar=abcd&lang=xx&sel=../../etc`);
    await waitForMap(page, 'gemeente_2022|share_income_low|');
    const notice = await page.textContent('.notice');
    expect(notice).toMatch(/Ongeldige gemeentecode/);
    expect(notice).toMatch(/Onbekend kenmerk/);
    expect(await page.evaluate(() => window.alerted)).toBeUndefined();
  });

  it('has a presenter mode (map and legend only) for workshops and iframes', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?gm=GM0363&jaar=2022&var=share_income_low&presenteer=1`);
    await waitForMap(page, 'wijk_2022|share_income_low|GM0363');
    expect(await page.isVisible('.panel')).toBe(false);
    expect(await page.isVisible('.present-legend .legend')).toBe(true);
    expect((await page.locator('.map').first().boundingBox())!.width).toBeGreaterThan(1300);
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/presenter-mode.png` });
    await page.click('.present-toggle');
    expect(await page.isVisible('.panel')).toBe(true);
    expect(page.url()).not.toContain('presenteer');
  });

  it('had no console errors and no foreign requests', () => {
    expect(w.foreignRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});

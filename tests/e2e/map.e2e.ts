/**
 * Foundation e2e: the production build in headless Chromium shows the real-data choropleth, queried through
 * DuckDB-WASM, with tooltip, legend-consistent fill colours, pickers and drill-down — and nothing leaves localhost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS,
  hexToRgb,
  mapIdle,
  pixelAt,
  startHarness,
  waitForMap,
  watchedPage,
  type Harness,
  type Watched,
  screenPoint,
} from './harness';

let h: Harness;
let w: Watched;

beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h);
});
afterAll(async () => h?.close());

async function legendClassFor(page: Page, value: number): Promise<string> {
  const items = await page.$$eval('.legend li[data-from]', (lis) =>
    lis.map((li) => ({
      from: Number(li.getAttribute('data-from')),
      to: Number(li.getAttribute('data-to')),
      color: li.getAttribute('data-color')!,
    })),
  );
  const hit = items.find((it, i) => value >= it.from && (value < it.to || (i === items.length - 1 && value <= it.to)));
  if (!hit) throw new Error(`no legend class for ${value}: ${JSON.stringify(items)}`);
  return hit.color;
}

const DAM: [number, number] = [4.8926, 52.3731]; // inside Amsterdam (GM0363, wijk Centrum)

describe('choropleth on embedded CBS data', () => {
  it('paints gemeenten 2022, shows the tooltip and legend-consistent colour for Amsterdam', async () => {
    const { page } = w;
    const t0 = Date.now();
    await page.goto(h.baseUrl);
    await waitForMap(page, 'gemeente_2022|share_income_low|');
    await page.waitForFunction(() => performance.getEntriesByName('segv:stats-ready').length > 0, null, { timeout: 90_000 });
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('segv:'))
          .map((m) => [m.name, Math.round(m.startTime)]),
      ),
    );
    console.log(`cold load (ms since navigation): ${JSON.stringify(marks)}; wall ${Date.now() - t0} ms`);
    expect(marks['segv:first-choropleth']).toBeGreaterThan(0);
    expect(marks['segv:duckdb-ready']).toBeGreaterThan(0);

    const p = await screenPoint(page, DAM);
    await page.mouse.move(p.x, p.y);
    await page.waitForSelector('.tooltip');
    expect(await page.textContent('.tooltip .tt-name')).toBe('Amsterdam');
    expect(await page.textContent('.tooltip .tt-value')).toBe('39,8%');
    expect(await page.textContent('.tooltip .tt-year')).toBe('2022');

    const expected = hexToRgb(await legendClassFor(page, 39.8));
    await page.mouse.move(5, 300); // no hover outline while sampling
    await page.waitForSelector('.tooltip', { state: 'detached' });
    await mapIdle(page);
    const p2 = await screenPoint(page, DAM);
    const got = await pixelAt(page, p2.x, p2.y);
    for (let i = 0; i < 3; i++) expect(Math.abs(got[i]! - expected[i]!)).toBeLessThanOrEqual(4);

    expect(await page.textContent('.maplibregl-ctrl-attrib')).toContain('CBS, Kadaster');
    await page.screenshot({ path: `${ARTIFACTS}/map-gemeente-2022.png` });
  });

  it('switches indicator and year through the pickers, offering only existing combinations', async () => {
    const { page } = w;
    await page.selectOption('select[name=variable]', 'population');
    await waitForMap(page, 'gemeente_2022|population|');
    const years = await page.$$eval('select[name=year] option', (os) => os.map((o) => o.getAttribute('value')));
    expect(years).toEqual(['2012', '2014', '2017', '2018', '2019', '2022', '2023', '2024']);
    await page.selectOption('select[name=year]', '2019');
    await waitForMap(page, 'gemeente_2019|population|');
    const p = await screenPoint(page, DAM);
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction(() => document.querySelector('.tooltip .tt-year')?.textContent === '2019');
    expect(await page.textContent('.tooltip .tt-value')).toBe('862.965');
    expect(page.url()).toContain('jaar=2019');
  });

  it('drills into Amsterdam: its wijken, zoomed, with wijk tooltips', async () => {
    const { page } = w;
    await page.selectOption('select[name=variable]', 'share_income_low');
    await waitForMap(page, 'gemeente_2022|share_income_low|');
    const p = await screenPoint(page, DAM);
    await page.mouse.click(p.x, p.y);
    await waitForMap(page, 'wijk_2022|share_income_low|GM0363');
    expect(await page.textContent('.drill')).toContain('Amsterdam');
    const q = await screenPoint(page, DAM);
    await page.mouse.move(q.x, q.y);
    await page.waitForSelector('.tooltip');
    expect(await page.textContent('.tooltip .tt-name')).toMatch(/Centrum|Burgwallen/);
    await page.mouse.move(5, 300);
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/map-amsterdam-wijken-2022.png` });
    await page.click('.drill button');
    await waitForMap(page, 'gemeente_2022|share_income_low|');
  });

  it('made no request outside localhost and logged no console error', () => {
    expect(w.foreignRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});

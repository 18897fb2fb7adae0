/**
 * Segregation indices in the browser: the indices panel for a gemeente (checked against an independent computation
 * from the committed Parquet), the ranking chart (click → select), and the location-quotient map.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, mapIdle, startHarness, statsRows, waitForMap, watchedPage, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;
beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h, { width: 1400, height: 900 });
});
afterAll(async () => h?.close());

async function directD(gm: string): Promise<number> {
  const rows = await statsRows('wijk');
  const us = rows.filter((r) => r.year === 2022 && r.gemeente_code === gm && (r.population ?? 0) > 0 && r.share_income_low !== null);
  const x = us.map((r) => (r.population! * r.share_income_low!) / 100);
  const y = us.map((r, i) => r.population! - x[i]!);
  const X = x.reduce((a, b) => a + b, 0);
  const Y = y.reduce((a, b) => a + b, 0);
  return 0.5 * x.reduce((s, xi, i) => s + Math.abs(xi / X - y[i]! / Y), 0);
}

const num = (s: string | null) => Number((s ?? '').replace(/\./g, '').replace(',', '.'));

describe('segregation indices in the app', () => {
  it('shows D with a bootstrap interval and expected D for Amsterdam, equal to a direct computation', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?gm=GM0363&jaar=2022&var=share_income_low&groep=income_low&paneel=ranking`);
    await waitForMap(page, 'wijk_2022|share_income_low|GM0363');
    await page.waitForSelector('.indices:not(.buurt-indices) .index-table [data-index=D]', { timeout: 90_000 });
    const dText = await page.textContent('.indices:not(.buurt-indices) .index-table [data-index=D] td.num');
    expect(num(dText)).toBeCloseTo(await directD('GM0363'), 3);
    const ci = await page.textContent('.indices:not(.buurt-indices) .index-table [data-index=D] td:nth-child(3)');
    const [lo, hi] = (ci ?? '').split('–').map(num);
    expect(lo).toBeLessThanOrEqual(num(dText) + 0.002);
    expect(hi).toBeGreaterThan(lo!);
    expect(num(await page.textContent('.indices:not(.buurt-indices) .index-table [data-index=expectedD] td.num'))).toBeGreaterThan(0);
    expect(await page.textContent('.indices:not(.buurt-indices) .index-table caption')).toMatch(/Amsterdam: 99 wijken gebruikt/);
    for (const id of ['Dadj', 'DadjQueen', 'Dw', 'SP', 'M']) {
      expect(await page.textContent(`.indices:not(.buurt-indices) .index-table [data-index=${id}] td.num`), id).not.toBe('–');
    }
  });

  it('ranks all gemeenten and selects one by clicking its bar', async () => {
    const { page } = w;
    await page.waitForSelector('.ranking rect.bar.selected[data-code=GM0363]');
    const bars = await page.$$eval('.ranking rect.bar', (rs) => rs.length);
    expect(bars).toBeGreaterThan(300);
    await page.dispatchEvent('.ranking rect.bar[data-code=GM0599]', 'click');
    await waitForMap(page, 'wijk_2022|share_income_low|GM0599');
    await page.waitForFunction(
      () => document.querySelector('.indices:not(.buurt-indices) .index-table caption')?.textContent?.startsWith('Rotterdam'),
      null,
      {
        timeout: 90_000,
      },
    );
    expect(num(await page.textContent('.indices:not(.buurt-indices) .index-table [data-index=D] td.num'))).toBeCloseTo(
      await directD('GM0599'),
      3,
    );
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/indices-rotterdam.png` });
  });

  it("downloads every gemeente's indices as CSV with a metadata sidecar", async () => {
    const { page } = w;
    const downloads: import('playwright-core').Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.click('.download-indices');
    for (let i = 0; i < 50 && downloads.length < 2; i++) await page.waitForTimeout(100);
    const names = downloads.map((d) => d.suggestedFilename()).sort();
    expect(names).toEqual(['indices_wijk_2022_income_low.csv', 'indices_wijk_2022_income_low.csv.meta.json']);
    const csv = readFileSync((await downloads.find((d) => d.suggestedFilename().endsWith('.csv'))!.path())!, 'utf8');
    expect(csv.split('\n')[0]).toContain('regiocode,regionaam');
    expect(csv).toContain('GM0599,Rotterdam');
  });

  it('maps the location quotient of the group', async () => {
    const { page } = w;
    await page.check('input[name=mapMode][value=lq]');
    await waitForMap(page, 'wijk_2022|lq|GM0599');
    expect(await page.textContent('.legend h2')).toMatch(/Locatiequotiënt/);
    expect(page.url()).toContain('kaart=lq');
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/lq-rotterdam.png` });
  });

  it('switches the whole UI to English', async () => {
    const { page } = w;
    await page.click('.lang button:has-text("EN")');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('.indices h2')).toBe('Segregation');
    expect(await page.textContent('.topbar h1')).toBe('Segregation explorer');
  });

  it('splits M for NL into between and inside municipalities at national level', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?lvl=gemeente&jaar=2022&var=share_income_low&groep=income_low&lang=nl`);
    await page.waitForSelector('.decomposition [data-region=NL00]', { timeout: 90_000 });
    expect(await page.$$eval('.decomposition tbody tr', (trs) => trs.length)).toBe(13);
    const within = await page.textContent('.decomposition [data-region=NL00] td:nth-child(3)');
    expect(within).toMatch(/^\d+%$/);
    await page.screenshot({ path: `${ARTIFACTS}/decomposition-nl.png` });
  });

  it('had no console errors and no foreign requests', () => {
    expect(w.foreignRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});

/**
 * Waterbed comparison in Chromium on the real data: Rotterdam (GM0599) 2012 → 2022, mean income per inhabitant.
 * The ring table is checked against an independent computation from the committed Parquet, and the CSV export is
 * downloaded and read back.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, mapIdle, startHarness, waitForMap, watchedPage, type Harness, type Watched, screenPoint, statsRows } from './harness';

let h: Harness;
let w: Watched;
beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h, { width: 1400, height: 950 });
});
afterAll(async () => h?.close());

/** First number in a Dutch-formatted cell ("29,0 × €1.000" → 29). */
const num = (s: string | null) => Number(((s ?? '').match(/-?\d[\d.]*(,\d+)?/)?.[0] ?? 'NaN').replace(/\./g, '').replace(',', '.'));

describe('waterbed comparison', () => {
  it('compares Rotterdam with its adjacent ring, the rest and the region, matching an independent computation', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?modus=waterbed`);
    await page.waitForSelector('.waterbed-controls select');
    // choose years 2012 → 2022 through the form's selects (first: indicator, then from, then to)
    const selects = page.locator('.waterbed-controls select');
    await selects.nth(0).selectOption('mean_income_per_inhabitant_keur');
    await selects.nth(1).selectOption('2012');
    await selects.nth(2).selectOption('2022');
    await waitForMap(page, 'gemeente_2022|mean_income_per_inhabitant_keur|');
    const p = await screenPoint(page, [4.4777, 51.9244]); // Rotterdam centre
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => document.querySelector('.waterbed-controls')?.textContent?.includes('Rotterdam'));
    await page.click('.waterbed-controls button[type=submit]');
    await page.waitForSelector('.waterbed-summary-sentence', { timeout: 120_000 });
    await waitForMap(page, 'gemeente_2022|change|');
    // t0 on the t1 units, with the same classes as t1
    await page.check('input[name=wbMapView][value=t0]');
    await waitForMap(page, 'gemeente_2022|t0|');
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/waterbed-t0.png` });
    await page.check('input[name=wbMapView][value=change]');
    await waitForMap(page, 'gemeente_2022|change|');
    const sentence = await page.textContent('.waterbed-summary-sentence');
    expect(sentence).toMatch(/2012/);
    expect(sentence).toMatch(/2022/);

    // Independent check: target and ring 1 at t1 (2022 units need no interpolation) from the Parquet.
    const rows = await statsRows('gemeente');
    const r2012 = rows.find((r) => r.year === 2012 && r.code === 'GM0599')!;
    const r2022 = rows.find((r) => r.year === 2022 && r.code === 'GM0599')!;
    const target = page.locator('.waterbed-rings tr[data-ring=target] td');
    expect(num(await target.nth(1).textContent())).toBeCloseTo(r2012.mean_income_per_inhabitant_keur!, 1);
    expect(num(await target.nth(2).textContent())).toBeCloseTo(r2022.mean_income_per_inhabitant_keur!, 1);
    const ring1 = await page.$$eval('.waterbed-drawer tr[data-ring=ring1]', (trs) => trs.map((tr) => tr.getAttribute('data-code')!));
    expect(ring1).toEqual(expect.arrayContaining(['GM0597', 'GM0606']));
    const members = rows.filter((r) => r.year === 2022 && ring1.includes(r.code));
    const weighted =
      members.reduce((s, r) => s + (r.mean_income_per_inhabitant_keur ?? 0) * (r.population ?? 0), 0) /
      members.reduce((s, r) => s + (r.population ?? 0), 0);
    const ringT1 = num(await page.locator('.waterbed-rings tr[data-ring=ring1] td').nth(2).textContent());
    expect(Math.abs(ringT1 - weighted)).toBeLessThan(0.06); // table shows one decimal
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/waterbed-rotterdam.png` });
  });

  it('shows t0 | t1 side by side in two synced maps', async () => {
    const { page } = w;
    await page.check('input[name=wbMapView][value=side]');
    await page.waitForFunction(() => document.querySelectorAll('.map-area.side canvas.maplibregl-canvas').length === 2);
    await waitForMap(page, 'gemeente_2022|side|');
    const before = await page.evaluate(() => window.__segvMap!.getCenter().lng);
    const left = (await page.locator('.map-area.side .map-half').first().boundingBox())!;
    await page.mouse.move(left.x + left.width / 2, left.y + left.height / 2);
    await page.mouse.down();
    await page.mouse.move(left.x + left.width / 2 - 120, left.y + left.height / 2, { steps: 6 });
    await page.mouse.up();
    await page.waitForFunction((b) => Math.abs(window.__segvMap!.getCenter().lng - b) > 1e-3, before, { timeout: 10_000 });
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/waterbed-side-by-side.png` });
    await page.check('input[name=wbMapView][value=change]');
    await waitForMap(page, 'gemeente_2022|change|');
  });

  it('exports the comparison as CSV', async () => {
    const { page } = w;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.waterbed-summary button')]);
    expect(download.suggestedFilename()).toMatch(/^waterbed_GM0599_mean_income_per_inhabitant_keur_2012-2022\.csv$/);
    const path = await download.path();
    const rows = csvParse(readFileSync(path!, 'utf8'));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.columns.length).toBeGreaterThan(5);
    expect(readFileSync(path!, 'utf8')).toContain('GM0599');
  });

  it('compares a segregation index (D of 65+ over wijken) for the same target, matching a direct computation', async () => {
    const { page } = w;
    // The index is an entry of the indicator list (its years: 2022 and 2024, the wijk years of the group).
    await page.selectOption('select[name=waterbedIndicator]', 'index-D-age_65plus');
    await page.click('.waterbed-controls button[type=submit]');
    await page.waitForSelector('.iw-summary', { timeout: 120_000 });
    expect(await page.$$eval('.iw-table tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-ring')))).toEqual([
      'target',
      'ring1',
      'rest',
      'region',
    ]);
    const wijk = (await statsRows('wijk')).filter(
      (r) => r.year === 2022 && r.gemeente_code === 'GM0599' && (r.population ?? 0) > 0 && r.share_age_65plus !== null,
    );
    const x = wijk.map((r) => (r.population! * r.share_age_65plus!) / 100);
    const y = wijk.map((r, i) => r.population! - x[i]!);
    const X = x.reduce((a, b) => a + b, 0);
    const Y = y.reduce((a, b) => a + b, 0);
    const d = 0.5 * x.reduce((s2, xi, i) => s2 + Math.abs(xi / X - y[i]! / Y), 0);
    expect(num(await page.textContent('.iw-table tr[data-ring=target] td'))).toBeCloseTo(d, 3);
    expect(await page.textContent('.iw-summary')).toMatch(/segregatie/i);
  });

  it('adds and removes a target from the keyboard through the search box', async () => {
    const { page } = w;
    const box = page.locator('input[role=combobox]');
    await box.fill('schiedam');
    await page.waitForSelector('[role=listbox] [role=option]');
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForFunction(() => document.querySelector('.waterbed-controls')?.textContent?.includes('Schiedam'));
    await page.click('.waterbed-controls button[aria-label*="Schiedam"]');
    await page.waitForFunction(() => !document.querySelector('.waterbed-controls')?.textContent?.includes('Schiedam'));
    expect(await page.textContent('.waterbed-controls')).toContain('Rotterdam');
    // A wijk found while the comparison is over gemeenten: not added, and the user is told why.
    await box.fill('delfshaven');
    await page.waitForSelector('[role=listbox] [role=option]');
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForFunction(() => document.querySelector('.notice')?.textContent?.includes('kan geen doelgebied zijn'));
    expect(await page.textContent('.notice')).toMatch(/Delfshaven kan geen doelgebied zijn: de vergelijking gaat over gemeenten/);
    expect(await page.textContent('.waterbed-controls')).not.toContain('Delfshaven');
  });

  it('had no console errors and no foreign requests', () => {
    expect(w.foreignRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});

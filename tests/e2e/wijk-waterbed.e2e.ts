/** Waterbed comparison at wijk level in the app (2022 → 2024, across wijk redivisions), in English. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, mapIdle, startHarness, waitForMap, watchedPage, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;
beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h, { width: 1400, height: 950 });
});
afterAll(async () => h?.close());

describe('waterbed at wijk level', () => {
  it('compares a Schiedam wijk with its neighbours on the share aged 65+', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?modus=waterbed&lang=en`);
    await page.check('input[name=wbLevel][value=wijk]');
    const selects = page.locator('.waterbed-controls select');
    await selects.nth(0).selectOption('share_age_65plus');
    await waitForMap(page, 'wijk_2024|share_age_65plus|');
    const box = page.locator('input[role=combobox]');
    await box.fill('schiedam centrum');
    await page.waitForSelector('[role=listbox] [role=option]');
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForFunction(() => /WK0606/.test(document.querySelector('.waterbed-controls')?.textContent ?? ''));
    await page.click('.waterbed-controls button[type=submit]');
    await page.waitForSelector('.waterbed-summary-sentence', { timeout: 120_000 });
    await waitForMap(page, 'wijk_2024|change|');
    expect(await page.textContent('.waterbed-summary-sentence')).toMatch(/2022.*2024|between 2022 and 2024/);
    expect(await page.$$eval('.waterbed-drawer tr[data-ring=ring1]', (trs) => trs.length)).toBeGreaterThan(0);
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/waterbed-wijk-schiedam.png` });
  });

  it('Schiedam population 2022 → 2024: uncertainty ranges, a consistency check, and a summary within the range', async () => {
    const { page } = w;
    await page.selectOption('.waterbed-controls select[name=waterbedWeighting]', 'auto');
    await page.locator('.waterbed-controls select').nth(0).selectOption('population');
    await page.click('.waterbed-controls button[type=submit]');
    await page.waitForFunction(() => /inhabitants/.test(document.querySelector('.waterbed-summary-sentence')?.textContent ?? ''), null, {
      timeout: 120_000,
    });
    await waitForMap(page, 'wijk_2024|change|');
    // Ranges under the ring values: ring 1's t0 and DiD move between conversion methods.
    const ring1 = page.locator('.waterbed-rings tr[data-ring=ring1]');
    expect(await ring1.locator('td').nth(1).locator('.range-note').textContent()).toMatch(/…/);
    expect(await ring1.locator('td').nth(4).locator('.range-note').textContent()).toMatch(/…/);
    expect(await page.textContent('.waterbed-conversion')).toMatch(/two margins.*area × density/);
    // The summary claims no direction that the range does not support.
    const sentence = (await page.textContent('.waterbed-summary-sentence'))!;
    const distinguishable = await ring1.locator('td').nth(4).getAttribute('data-distinguishable');
    if (distinguishable === 'false') expect(sentence).toMatch(/not distinguishable/);
    else expect(sentence).toMatch(/Depending on how the 2022 boundaries are converted|about the same/);
    expect(sentence).not.toMatch(/17\.0 percentage points less/); // the old density-weighted story
    // Two margins: West's 2022 population fits its own 2024 population.
    expect(await page.getAttribute('.waterbed-drawer tr[data-code=WK060603] td.check', 'data-check')).toBe('ok');
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/waterbed-wijk-schiedam-population.png` });
    await page.locator('.waterbed-summary').screenshot({ path: `${ARTIFACTS}/waterbed-wijk-schiedam-summary.png` });

    // The old rule (area × density) moves Groenoord's people into West: marked in the table and on the map.
    await page.selectOption('.waterbed-controls select[name=waterbedWeighting]', 'density');
    await page.click('.waterbed-controls button[type=submit]');
    await page.waitForSelector('.waterbed-drawer tr[data-code=WK060603] td.check.implausible', { timeout: 120_000 });
    const cell = page.locator('.waterbed-drawer tr[data-code=WK060603] td.check');
    expect(await cell.textContent()).toMatch(/does not fit/);
    expect(await cell.getAttribute('title')).toMatch(/15,588 inhabitants in 2022 against 13,110 in 2024/);
    expect(await page.textContent('.waterbed-marked')).toMatch(/Dashed purple outline/);
    await waitForMap(page, 'wijk_2024|change|');
    const warn = await page.evaluate(() => window.__segvMap!.getFeatureState({ source: 'units-wijk_2024', id: 'WK060603' }).warn);
    expect(warn).toBe(true);
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/waterbed-wijk-schiedam-density.png` });
    await page.locator('.waterbed-drawer .table-wrap').screenshot({ path: `${ARTIFACTS}/waterbed-wijk-schiedam-density-units.png` });
  });

  it('had no console errors and no foreign requests', () => {
    expect(w.foreignRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});

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

  it('had no console errors and no foreign requests', () => {
    expect(w.foreignRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});

/**
 * Explained indices: the "?" beside an index opens its meaning, how to read it, where the gemeente stands among all
 * gemeenten (checked against the ranking's own values) and a link to the in-app methods page at the right section.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, startHarness, waitForMap, watchedPage, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;
beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h, { width: 1400, height: 900 });
});
afterAll(async () => h?.close());

const num = (s: string) => Number(s.replace(/\./g, '').replace(',', '.').replace('\u2212', '-'));

describe('explained indices', () => {
  it('explains D for Amsterdam with its place among all gemeenten, in Dutch, and links to the methods', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?gm=GM0363&jaar=2022&var=share_income_low&groep=income_low&paneel=ranking`);
    await waitForMap(page, 'wijk_2022|share_income_low|GM0363');
    await page.waitForSelector('.ranking rect.bar[data-code=GM0363]', { timeout: 90_000 });
    const toggle = page.locator('.indices:not(.buurt-indices) .index-table [data-index=D] .explain-toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const box = page.locator('.indices:not(.buurt-indices) .index-table .explain-row .index-explain');
    const text = (await box.textContent()) ?? '';
    expect(text).toMatch(/Betekenis: Welk deel van de groep zou moeten verhuizen/);
    expect(text).toMatch(/0 = gelijk verspreid, 1 = volledig gescheiden/);
    // Its place among the gemeenten, recomputed from the ranking bars' own values.
    const values = await page.$$eval('.ranking rect.bar', (rs) => rs.map((r) => Number(r.getAttribute('data-value'))));
    const m = /Amsterdam: ([\d,]+)\. (\d+)% van de (\d+) gemeenten heeft een even hoge of lagere waarde \(plaats (\d+);/.exec(text);
    expect(m, text).not.toBeNull();
    const d = num(m![1]!);
    expect(values.length).toBeGreaterThan(300);
    expect(values.every(Number.isFinite)).toBe(true);
    expect(Number(m![3])).toBe(values.length);
    const atOrBelow = values.filter((v) => v <= d + 5e-4).length;
    expect(Math.abs(Number(m![2]) - (100 * atOrBelow) / values.length)).toBeLessThanOrEqual(1);
    expect(Number(m![4])).toBe(values.filter((v) => v > d + 5e-4).length + 1);
    expect(await page.locator('.index-explain svg.standing-strip line.strip-tick').count()).toBeGreaterThan(300);
    await page.screenshot({ path: `${ARTIFACTS}/explain-d.png` });

    await box.getByRole('link', { name: 'Methode en bronnen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Methodeverantwoording' });
    await dialog.waitFor();
    const heading = dialog.locator('#two-group-indices');
    await heading.waitFor();
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(200);
    expect(await dialog.textContent()).toContain('Duncan & Duncan 1955');
    await page.screenshot({ path: `${ARTIFACTS}/methods-page.png` });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });

  it('reads the ranking as text: every gemeente named in order, the selected one marked, selectable by keyboard', async () => {
    const { page } = w;
    const list = page.locator('.ranking-list');
    await list.locator('summary').click();
    const names = await list.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code')));
    const bars = await page.$$eval('.ranking rect.bar', (rs) => rs.map((r) => r.getAttribute('data-code')));
    expect(names).toEqual(bars);
    expect(await list.locator('li[aria-current=true]').getAttribute('data-code')).toBe('GM0363');
    expect(await list.locator('li[data-code=GM0363]').textContent()).toMatch(/Amsterdam \d,\d{3} \(99 wijken\)/);
    await list.locator('li[data-code=GM0599] button').focus();
    await page.keyboard.press('Enter');
    await waitForMap(page, 'wijk_2022|share_income_low|GM0599');
    expect(await list.locator('li[aria-current=true]').getAttribute('data-code')).toBe('GM0599');
  });
});

/**
 * The range inputs under the histogram and the scatter stay in sync with the mouse brush, both ways: a drag moves
 * the inputs to the brushed bin edges (and the selection is the wijken between them, counted independently from the
 * statistics file); an arrow key on an input moves the drawn brush and changes the selection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, startHarness, statsRows, waitForMap, watchedPage, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;
beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h, { width: 1400, height: 950 });
});
afterAll(async () => h?.close());

/** A Dutch number as shown ("45%", "−2,7%") → number. */
const dutchNumber = (s: string) =>
  Number(
    s
      .replace('−', '-')
      .replace(/[^\d,-]/g, '')
      .replace(',', '.'),
  );

async function inputs(page: Page, chart: 'histogram' | 'scatter') {
  return page.$$eval(`.${chart} input[type=range]`, (els) =>
    els.map((e) => ({
      value: Number((e as HTMLInputElement).value),
      max: Number((e as HTMLInputElement).max),
      text: e.getAttribute('aria-valuetext') ?? '',
    })),
  );
}

const selectedCount = async (page: Page) =>
  Number(/^(\d+) gebied/.exec((await page.textContent('.histogram .selection-summary')) ?? '')?.[1] ?? 0);

async function drag(page: Page, selector: string, from: [number, number], to: [number, number]) {
  const bb = (await page.locator(selector).boundingBox())!;
  await page.mouse.move(bb.x + bb.width * from[0], bb.y + bb.height * from[1]);
  await page.mouse.down();
  await page.mouse.move(bb.x + bb.width * to[0], bb.y + bb.height * to[1], { steps: 8 });
  await page.mouse.up();
}

describe('range inputs and the mouse brush', () => {
  it('follow each other in the histogram and the scatter', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?gm=GM0363&jaar=2022&var=share_income_low&paneel=charts`);
    await waitForMap(page, 'wijk_2022|share_income_low|GM0363');
    await page.waitForSelector('.scatter input[type=range]', { timeout: 60_000 });
    const values = (await statsRows('wijk'))
      .filter((r) => r.gemeente_code === 'GM0363' && r.year === 2022)
      .map((r) => r.share_income_low)
      .filter((v): v is number => typeof v === 'number');
    const inRange = (lo: number, hi: number, last: boolean) => values.filter((v) => v >= lo && (last ? v <= hi : v < hi)).length;

    // Nothing brushed: the inputs span the whole axis.
    const start = await inputs(page, 'histogram');
    expect(start.map((i) => i.value)).toEqual([0, start[0]!.max]);

    // Mouse → inputs: the inputs move to the bin edges of the brush; the selection is the wijken between them.
    await drag(page, '.histogram svg', [0.5, 0.5], [0.7, 0.5]);
    await page.waitForFunction(() => /geselecteerd/.test(document.querySelector('.histogram .selection-summary')?.textContent ?? ''));
    const brushed = await inputs(page, 'histogram');
    expect(brushed[0]!.value).toBeGreaterThan(0);
    expect(brushed[1]!.value).toBeLessThan(brushed[1]!.max);
    const [lo, hi] = brushed.map((i) => dutchNumber(i.text)) as [number, number];
    expect(await selectedCount(page)).toBe(inRange(lo, hi, false));
    const width0 = Number(await page.getAttribute('.histogram .brush .selection', 'width'));

    // Inputs → mouse brush: one step up on the upper bound widens the drawn brush by one bin.
    await page.focus('.histogram input[name=hist-hi]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((w0) => Number(document.querySelector('.histogram .brush .selection')?.getAttribute('width')) > w0, width0);
    const wider = await inputs(page, 'histogram');
    expect(wider[1]!.value).toBe(brushed[1]!.value + 1);
    const hi2 = dutchNumber(wider[1]!.text);
    await page.waitForFunction(
      (n) => new RegExp(`^${n} gebied`).test(document.querySelector('.histogram .selection-summary')?.textContent ?? ''),
      inRange(lo, hi2, wider[1]!.value === wider[1]!.max),
    );

    // Scatter: a drag moves all four inputs off the full range; an arrow key moves the drawn rectangle.
    await drag(page, '.scatter svg', [0.3, 0.3], [0.6, 0.6]);
    await page.waitForFunction(() => !!document.querySelector('.scatter .brush .selection[width]:not([width="0"])'));
    const sc = await inputs(page, 'scatter');
    expect(sc.map((i) => i.value).join()).not.toBe('0,50,0,50');
    expect(sc[0]!.value).toBeLessThan(sc[1]!.value);
    expect(sc[2]!.value).toBeLessThan(sc[3]!.value);
    // the histogram's brush gave way to the scatter's: its inputs span the whole axis again
    expect((await inputs(page, 'histogram')).map((i) => i.value)).toEqual([0, start[0]!.max]);
    const rect0 = await page.getAttribute('.scatter .brush .selection', 'height');
    await page.focus('.scatter input[name=scatter-y-lo]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((h0) => document.querySelector('.scatter .brush .selection')?.getAttribute('height') !== h0, rect0);
    expect((await inputs(page, 'scatter'))[2]!.value).toBe(sc[2]!.value + 1);
    await page.locator('.charts').screenshot({ path: `${ARTIFACTS}/keyboard-brush-sync.png` });
  });

  it('had no console errors', () => {
    expect(w.consoleErrors).toEqual([]);
  });
});

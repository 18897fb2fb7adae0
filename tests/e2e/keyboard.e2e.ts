/**
 * Keyboard only (issue 14): after the first page load every step is page.keyboard — Tab, Shift+Tab, Enter, Space,
 * arrows and typing; no clicks, no URL changes. Search a gemeente (its wijken open), read two wijken's values in
 * the table and the detail panel (checked against the statistics file), compare them, brush the histogram with the
 * range inputs, pick a unit on the map with Enter, and run a waterbed comparison with both wijken as targets. At
 * several steps the focused element must show a focus indicator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, mapIdle, startHarness, statsRows, waitForMap, watchedPage, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;
beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h, { width: 1400, height: 950 });
});
afterAll(async () => h?.close());

interface Focus {
  tag: string;
  role: string | null;
  name: string | null;
  text: string;
  indicator: boolean;
}

/** What has focus, and whether it shows a focus indicator (an outline or a box-shadow). */
async function focused(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return { tag: 'body', role: null, name: null, text: '', indicator: false };
    const cs = getComputedStyle(e);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    return {
      tag: e.tagName.toLowerCase(),
      role: e.getAttribute('role'),
      name: e.getAttribute('name'),
      text: (e.getAttribute('aria-label') ?? e.textContent ?? '').trim(),
      indicator: outline || cs.boxShadow !== 'none',
    };
  });
}

/**
 * Press Tab (or Shift+Tab) until the focused element matches `selector` (and its text `text`, when given); fails
 * after `max` presses. Returns the focused element.
 */
async function tabTo(page: Page, selector: string, opts: { text?: RegExp; back?: boolean; max?: number } = {}): Promise<Focus> {
  const max = opts.max ?? 80;
  for (let i = 0; i < max; i++) {
    const hit = await page.evaluate(
      ([sel, src]) => {
        const e = document.activeElement;
        if (!e || !e.matches(sel)) return false;
        return src === null || new RegExp(src).test((e.getAttribute('aria-label') ?? e.textContent ?? '').trim());
      },
      [selector, opts.text?.source ?? null] as const,
    );
    if (hit) return focused(page);
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`no focus on ${selector} ${opts.text ?? ''} after ${max} presses (at ${JSON.stringify(await focused(page))})`);
}

/** A Dutch number as shown ("17", "16,5%", "1.234") → number. */
const dutchNumber = (s: string) =>
  Number(
    s
      .replace(/[^\d,−-]/g, '')
      .replace('−', '-')
      .replace(',', '.'),
  );

describe('keyboard only', () => {
  it('searches a gemeente, opens its wijken, reads and compares two wijken in the table', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?lvl=gemeente&jaar=2022&var=share_age_65plus`);
    await waitForMap(page, 'gemeente_2022|share_age_65plus|');
    const stats = (await statsRows('wijk')).filter((r) => r.gemeente_code === 'GM0606' && r.year === 2022);

    // Search a gemeente: type, arrow to the option, Enter. Its wijken open on the map.
    const box = await tabTo(page, 'input[role=combobox]');
    expect(box.indicator).toBe(true);
    await page.keyboard.type('Schiedam');
    await page.waitForSelector('[role=listbox] [role=option]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForMap(page, 'wijk_2022|share_age_65plus|GM0606');

    // The table tab (a tab button in the drawer), then the table: a row per wijk of Schiedam.
    const tab = await tabTo(page, '[role=tab]', { text: /^Tabel$/ });
    expect(tab.indicator).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.unit-table tbody tr');
    const rows = await page.$$eval('.unit-table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    expect(rows.length).toBe(stats.length);

    // Two wijken, each read in the table and picked with Enter. West: the detail panel shows the same value; it is
    // pinned for comparison with its button. Nieuwland: the compare table shows both and their difference.
    const read: Record<string, number> = {};
    const value = 'tbody[data-variable=share_age_65plus]';
    for (const code of ['WK060603', 'WK060606']) {
      const row = stats.find((r) => r.code === code)!;
      const cells = rows.find((c) => c[0] === code)!;
      expect(cells[1]).toBe(row.name);
      expect(dutchNumber(cells[2]!)).toBeCloseTo(row.share_age_65plus as number, 1);
      const btn = await tabTo(page, '.unit-table tbody button', { text: new RegExp(`^${String(row.name)}$`), max: 120 });
      expect(btn.indicator).toBe(true);
      await page.keyboard.press('Enter');
      if (code === 'WK060603') {
        await page.waitForFunction((n) => document.querySelector('.detail-panel h2')?.textContent?.includes(n), String(row.name));
        read[code] = dutchNumber((await page.textContent(`.detail-table ${value} tr.detail-values td.num`))!);
        // Focus stays on the row's button; the pin button is in the side panel, before the drawer.
        expect((await focused(page)).text).toBe(row.name);
        const pin = await tabTo(page, 'button.compare-pin', { back: true, max: 120 });
        expect(pin.text).toBe('Vergelijk met een ander gebied');
        expect(pin.indicator).toBe(true);
        await page.keyboard.press('Enter');
        await page.waitForSelector('.compare-actions p');
        expect((await focused(page)).text).toBe('Stop vergelijken');
      } else {
        await page.waitForSelector('.compare-table');
        read[code] = dutchNumber((await page.textContent(`.compare-table ${value} td:nth-child(2)`))!);
      }
      expect(read[code]).toBeCloseTo(row.share_age_65plus as number, 1);
    }
    // The comparison: both names head the columns, the difference is Nieuwland minus West in percentage points.
    const [west, nieuwland] = ['WK060603', 'WK060606'].map((c) => stats.find((r) => r.code === c)!);
    const heads = await page.$$eval('.compare-table thead th', (ths) => ths.map((th) => th.textContent));
    expect(heads).toEqual([west!.name, nieuwland!.name, 'Verschil']);
    expect(dutchNumber((await page.textContent(`.compare-table ${value} td:nth-child(1)`))!)).toBe(read.WK060603);
    const diff = (await page.textContent(`.compare-table ${value} td.compare-diff`))!;
    expect(diff).toMatch(/procentpunt$/);
    const dataDiff = (nieuwland!.share_age_65plus as number) - (west!.share_age_65plus as number);
    expect(dutchNumber(diff)).toBeCloseTo(dataDiff, 1);
    // The shown values are rounded: their difference is within one last digit of the shown difference.
    expect(Math.abs(dutchNumber(diff) - (read.WK060606! - read.WK060603!))).toBeLessThan(0.11);
    expect(page.url()).toContain('naast=WK060603');
    await page.setViewportSize({ width: 1280, height: 950 });
    await page.$eval('.compare-panel', (e) => e.scrollIntoView({ block: 'start' }));
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/keyboard-compare-1280.png` });
    await page.setViewportSize({ width: 1400, height: 950 });
    // Stop comparing (keys only): the detail panel of Nieuwland is back.
    await tabTo(page, 'button.compare-stop', { back: true, max: 120 });
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelector('.detail-panel h2')?.textContent?.includes(n), String(nieuwland!.name));
    expect(page.url()).not.toContain('naast=');
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/keyboard-table-detail.png` });
  });
  it('brushes the histogram with its range inputs: the summary and the faded map follow', async () => {
    const { page } = w;
    const values = (await statsRows('wijk'))
      .filter((r) => r.gemeente_code === 'GM0606' && r.year === 2022)
      .map((r) => r.share_age_65plus)
      .filter((v): v is number => typeof v === 'number');
    const tab = await tabTo(page, '[role=tab]', { text: /^Grafieken$/, back: true });
    expect(tab.indicator).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.histogram input[type=range]');
    const from = await tabTo(page, '.histogram input[name=hist-lo]');
    expect(from.indicator).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // The lower bound is now the third bin edge: the wijken at or above it are selected (the top bin includes its edge).
    const edge = dutchNumber((await page.textContent('.histogram .range-bound:first-of-type output'))!);
    const expected = values.filter((v) => v >= edge).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(values.length);
    await page.waitForFunction(
      (n) =>
        document.querySelector('.histogram .selection-summary')?.textContent === `${n} ${n === 1 ? 'gebied' : 'gebieden'} geselecteerd`,
      expected,
    );
    expect(await page.getAttribute('.histogram input[name=hist-lo]', 'aria-valuetext')).toMatch(/\d/);
    const dim = await page.waitForFunction(
      (n) => {
        const map = window.__segvMap!;
        const codes = [
          ...new Set(
            map
              .querySourceFeatures('units-wijk_2022')
              .filter((f) => f.properties.gemeente_code === 'GM0606')
              .map((f) => f.properties.code as string),
          ),
        ];
        const kept = codes.filter((c) => map.getFeatureState({ source: 'units-wijk_2022', id: c }).dim !== true).length;
        return kept === n ? { kept, total: codes.length } : null;
      },
      expected,
      { timeout: 30_000 },
    );
    expect(((await dim.jsonValue()) as { kept: number }).kept).toBe(expected);
    // Home on the lower bound: the whole range again, so no selection.
    await page.keyboard.press('Home');
    await page.waitForFunction(() =>
      /Sleep in de grafiek/.test(document.querySelector('.histogram .selection-summary')?.textContent ?? ''),
    );
    await page.keyboard.press('End');
    await page.waitForSelector('.histogram .selection-summary:has-text("geselecteerd")');
    await page.keyboard.press('Home');
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/keyboard-histogram-range.png` });
  });

  it('picks the wijk in the centre of the map with Enter', async () => {
    const { page } = w;
    const canvas = await tabTo(page, 'canvas.maplibregl-canvas', { back: true });
    expect(canvas.indicator).toBe(true);
    await page.waitForSelector('.map-key-status');
    const status = (await page.textContent('.map-key-status'))!;
    const name = /In het midden: (.+?)\. Druk/.exec(status)?.[1];
    expect(name).toBeTruthy();
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/keyboard-map-centre.png` });
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelector('.detail-panel h2')?.textContent?.includes(n), name!);
    // The same selection a click makes: the map outlines the unit under the centre.
    const sel = await page.evaluate(() => {
      const map = window.__segvMap!;
      const c = map.getCanvas();
      const f = map.queryRenderedFeatures([c.clientWidth / 2, c.clientHeight / 2], { layers: ['fill-wijk_2022'] })[0];
      return f
        ? {
            name: f.properties.name as string,
            sel: map.getFeatureState({ source: 'units-wijk_2022', id: f.properties.code as string }).sel,
          }
        : null;
    });
    expect(sel).toEqual({ name, sel: true });
  });

  it('runs a waterbed comparison with both wijken as targets', async () => {
    const { page } = w;
    const mode = await tabTo(page, '.mode button', { text: /^Waterbedeffect$/, back: true, max: 120 });
    expect(mode.indicator).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('input[name=wbLevel]');
    // Level: the radio group (arrow keys move the choice).
    await tabTo(page, 'input[name=wbLevel]');
    if (!(await page.isChecked('input[name=wbLevel][value=wijk]'))) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => (document.querySelector('input[name=wbLevel][value=wijk]') as HTMLInputElement).checked);
    // Indicator: arrow through the select until the share aged 65+.
    await tabTo(page, 'select[name=waterbedIndicator]');
    for (let i = 0; i < 60 && (await page.inputValue('select[name=waterbedIndicator]')) !== 'share_age_65plus'; i++)
      await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('select[name=waterbedIndicator]')).toBe('share_age_65plus');
    // Targets: search each wijk and press Enter.
    for (const [q, code] of [
      ['schiedam west', 'WK060603'],
      ['schiedam nieuwland', 'WK060606'],
    ] as const) {
      await tabTo(page, 'input[role=combobox]', { back: true, max: 120 });
      await page.keyboard.press('Control+A');
      await page.keyboard.type(q);
      await page.waitForSelector('[role=listbox] [role=option]');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForSelector(`.waterbed-targets li[data-code=${code}]`);
    }
    const run = await tabTo(page, '.waterbed-controls button[type=submit]', { max: 120 });
    expect(run.indicator).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.waterbed-summary-sentence', { timeout: 120_000 });
    await waitForMap(page, 'wijk_2024|change|');
    for (const code of ['WK060603', 'WK060606'])
      expect(await page.getAttribute(`.waterbed-drawer tr[data-code=${code}]`, 'data-ring')).toBe('target');
    expect(await page.textContent('.waterbed-summary-sentence')).toMatch(/2022.*2024/);
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/keyboard-waterbed.png` });
  });

  it('had no console errors and no foreign requests', () => {
    expect(w.foreignRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});

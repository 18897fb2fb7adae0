/**
 * One cold run of each benchmarked flow in a fresh browser context (empty cache): the app's cold load with
 * restyles and a drill-down, a waterbed comparison, and the floor page. Figures in ms unless named _kb.
 */
import type { Harness } from '../tests/e2e/harness';
import { waitForMap, watchedPage } from '../tests/e2e/harness';
import { mark, markAfter, OBSERVER, readyAfter, recordBytes, screenPoint, searchReady, switchSelect, timedSearch } from './bench-flows';

export type Figures = Record<string, number | null>;

const median = (xs: number[]): number | null => (xs.length ? xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : null);
const ROTTERDAM: [number, number] = [4.4777, 51.9244];

/** Cold load to the first choropleth and DuckDB, then indicator/year switches and a drill-down into Amsterdam. */
export async function coldLoad(h: Harness): Promise<Figures> {
  const { page } = await watchedPage(h);
  await page.addInitScript(OBSERVER);
  const requests = recordBytes(page);
  await page.goto(h.baseUrl);
  await waitForMap(page, 'gemeente_2022|share_income_low|');
  await page.waitForFunction(() => performance.getEntriesByName('segv:stats-ready').length > 0, null, { timeout: 90_000 });
  const first = (await mark(page, 'segv:first-choropleth'))!;
  const origin = await page.evaluate(() => performance.timeOrigin);
  let before = 0;
  for (const r of await requests()) {
    const fp = origin + first;
    if (r.end <= fp) before += r.bytes;
    else if (r.start < fp) before += (r.bytes * (fp - r.start)) / Math.max(1, r.end - r.start); // in flight: its share so far
  }
  const f: Figures = {
    first_choropleth_ms: first,
    search_ready_ms: await searchReady(page),
    duckdb_ready_ms: await mark(page, 'segv:stats-ready'),
    duckdb_instantiated_ms: await mark(page, 'segv:duckdb-ready'),
    bytes_before_first_paint_kb: before / 1024,
  };
  const applied: number[] = [];
  const painted: number[] = [];
  for (const v of ['population', 'share_income_low', 'population', 'share_income_low', 'population']) {
    const t0 = await switchSelect(page, 'variable', v);
    const ready = await readyAfter(page, `gemeente_2022|${v}|`, t0);
    const a = await markAfter(page, 'segv:restyle-applied', t0, 2000);
    const p = await markAfter(page, 'segv:painted', t0, 2000);
    if (a !== null) applied.push(a - t0);
    painted.push((p ?? ready) - t0);
  }
  f.restyle_ms = median(applied);
  f.restyle_painted_ms = median(painted);
  const years: number[] = [];
  for (const y of ['2019', '2022', '2019', '2022']) {
    // population has every year; 2019 has boundaries of its own (a second layer)
    const t0 = await switchSelect(page, 'year', y);
    const ready = await readyAfter(page, `gemeente_${y}|`, t0);
    years.push(((await markAfter(page, 'segv:painted', t0, 2000)) ?? ready) - t0);
  }
  f.year_switch_first_painted_ms = years[0]!;
  f.year_switch_painted_ms = median(years.slice(1));
  // Drill-down into Amsterdam as a user would: the search box (a click on the map takes the same path).
  const t0 = await timedSearch(page, 'Amsterdam');
  const ready = await readyAfter(page, 'wijk_2022|', t0);
  f.drilldown_ms = ((await markAfter(page, 'segv:painted', t0, 2000)) ?? ready) - t0;
  await page.close();
  return f;
}

/** Submit the waterbed form; ms to the painted map, and (breakdown) to the rows and to the worker's result. */
async function submitAndWait(page: import('playwright-core').Page, ready: string): Promise<[number, number | null, number | null]> {
  const t0 = await page.evaluate(() => {
    const t = performance.now();
    document.querySelector<HTMLButtonElement>('.waterbed-controls button[type=submit]')!.click();
    return t;
  });
  const done = await readyAfter(page, ready, t0, 120_000);
  const rows = await markAfter(page, 'segv:waterbed-rows', t0, 2000);
  const result = await markAfter(page, 'segv:waterbed-result', t0, 2000);
  return [done - t0, rows === null ? null : rows - t0, result === null ? null : result - t0];
}

/** Waterbed Rotterdam 2012 → 2022 (gemeente level): first comparison of the page, another one, and a repeat. */
export async function waterbed(h: Harness): Promise<Figures> {
  const { page } = await watchedPage(h, { width: 1400, height: 950 });
  await page.addInitScript(OBSERVER);
  await page.goto(`${h.baseUrl}?modus=waterbed`);
  await page.waitForSelector('.waterbed-controls select');
  const selects = page.locator('.waterbed-controls select');
  await selects.nth(0).selectOption('mean_income_per_inhabitant_keur');
  await selects.nth(1).selectOption('2012');
  await selects.nth(2).selectOption('2022');
  await waitForMap(page, 'gemeente_2022|mean_income_per_inhabitant_keur|');
  await page.waitForFunction(() => performance.getEntriesByName('segv:stats-ready').length > 0, null, { timeout: 90_000 });
  const p = await screenPoint(page, ROTTERDAM);
  await page.mouse.click(p.x, p.y);
  await page.waitForFunction(() => document.querySelector('.waterbed-controls')?.textContent?.includes('Rotterdam'));
  const f: Figures = {};
  // Submitted as soon as DuckDB is ready and the target picked: the warm-up (crosswalks) may still be running.
  [f.waterbed_cold_ms, f.waterbed_cold_rows_ms, f.waterbed_cold_result_ms] = await submitAndWait(page, 'gemeente_2022|change|');
  await selects.nth(2).selectOption('2019');
  [f.waterbed_warm_ms] = await submitAndWait(page, 'gemeente_2019|change|');
  await selects.nth(2).selectOption('2022');
  [f.waterbed_cached_ms, , f.waterbed_cached_result_ms] = await submitAndWait(page, 'gemeente_2022|change|');
  await page.close();
  return f;
}

/** A first comparison submitted once the mode's warm-up is done (a user who took a few seconds to pick a target). */
export async function waterbedAfterWarmUp(h: Harness): Promise<Figures> {
  const { page } = await watchedPage(h, { width: 1400, height: 950 });
  await page.addInitScript(OBSERVER);
  await page.goto(`${h.baseUrl}?modus=waterbed`);
  await page.waitForSelector('.waterbed-controls select');
  const selects = page.locator('.waterbed-controls select');
  await selects.nth(1).selectOption('2012');
  await selects.nth(2).selectOption('2022');
  const chosen = await page.evaluate(() => performance.now());
  await waitForMap(page, 'gemeente_2022|mean_income_per_inhabitant_keur|');
  const p = await screenPoint(page, ROTTERDAM);
  await page.mouse.click(p.x, p.y);
  await markAfter(page, 'segv:waterbed-warm', chosen, 120_000);
  const [ms] = await submitAndWait(page, 'gemeente_2022|change|');
  await page.close();
  return { waterbed_first_after_warmup_ms: ms };
}

/**
 * The floor pages (bench/floor): MapLibre with the same boundaries and nothing else — its first paint, then five
 * restyles and a drill-down into Amsterdam timed as the app's are (to the frame after idle) — and a page that only
 * starts DuckDB-WASM.
 */
export async function floor(h: Harness, url: string): Promise<Figures> {
  const { page } = await watchedPage(h);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('floor:painted').length > 0, null, { timeout: 60_000 });
  const f: Figures = { floor_first_paint_ms: await mark(page, 'floor:painted') };
  await page.waitForFunction(() => window.__floor !== undefined, null, { timeout: 60_000 });
  await page.waitForTimeout(1000); // the wijk layer indexed in MapLibre's worker, as the app's preload is by then
  const restyles: number[] = [];
  for (let i = 0; i < 5; i++) restyles.push(await page.evaluate(() => window.__floor!.restyle()));
  f.floor_restyle_painted_ms = median(restyles);
  f.floor_drilldown_ms = await page.evaluate(() => window.__floor!.drilldown());
  await page.close();
  const db = (await watchedPage(h)).page;
  await db.goto(`${url}?duckdb`);
  await db.waitForFunction(() => performance.getEntriesByName('floor:duckdb-ready').length > 0, null, { timeout: 90_000 });
  f.floor_duckdb_ready_ms = await mark(db, 'floor:duckdb-ready');
  await db.close();
  return f;
}

/**
 * Imported buurt boundaries make the buurt level mappable (issue 9), in Chromium: the Bunnik buurt pair (synthetic
 * geometry with real codes, real KWB 2024 rows; tests/fixtures/import/README.md) is imported through the panel's file
 * input; Bunnik's map then offers its buurten, draws exactly the file's buurten, shows a buurt's value in the tooltip
 * as the file gives it, and computes the buurt indices over those buurten (D checked against a direct computation
 * from the CSV). The buurt map is still there after a reload; removing the boundary import takes it away again.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, pointInUnit } from './import-helpers';
import { ARTIFACTS, mapIdle, startHarness, waitForMap, watchedPage, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;

beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h, { width: 1400, height: 950 });
});
afterAll(async () => h?.close());

const DIR = 'tests/fixtures/import';
const GEOJSON = `${DIR}/buurten-bunnik-2024.geojson`;
const CSV = `${DIR}/kwb-2024-buurten-bunnik.csv`;
const GEO_TABLE = 'import_buurten_bunnik_2024';
const CSV_TABLE = 'import_kwb_2024_buurten_bunnik';
const BUURT_MAP = 'buurt_2024|population|GM0312';
const WIJK_MAP = 'wijk_2024|population|GM0312';

const geoCodes = (JSON.parse(readFileSync(GEOJSON, 'utf8')) as { features: { properties: { buurtcode: string } }[] }).features.map(
  (f) => f.properties.buurtcode,
);
const csvRows = readFileSync(CSV, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(';'))
  .map((c) => ({ code: c[0]!, name: c[1]!, population: Number(c[4]), age65: Number(c[6]) }));

const t0 = Date.now();
/** Progress in the test log (the flow is long on two shared cores). */
const step = (what: string) =>
  console.log(`[import-buurt] ${Math.round((Date.now() - t0) / 1000)} s: ${what}; errors: ${JSON.stringify(w.consoleErrors.slice(-3))}`);

const num = (s: string | null) => Number((s ?? '').replace(/\./g, '').replace(',', '.').replace('%', ''));

/** Codes of the buurten the map draws now (MapLibre's rendered features of the buurt layer). */
function renderedBuurten(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__segvMap!;
    const layer = map
      .getStyle()
      .layers.find((l) => l.id.startsWith('fill-buurt_2024') && map.getPaintProperty(l.id, 'fill-layer-opacity') !== 0);
    if (!layer) return [];
    return [...new Set(map.queryRenderedFeatures({ layers: [layer.id] }).map((f) => String(f.properties.code)))].sort();
  });
}

describe('imported buurt boundaries', () => {
  it('import → Bunnik’s buurt map with tooltip and buurt indices → reload → remove', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?gm=GM0312&jaar=2024&var=population&paneel=import`);
    await waitForMap(page, WIJK_MAP);
    step('wijk map');
    expect(await page.locator('[data-testid=buurt-map-toggle]').count()).toBe(0);

    await importFiles(page, [GEOJSON, CSV]);
    step('imported');

    // the drill-down now offers the buurt map; it draws exactly the file's buurten
    await page.check('[data-testid=buurt-map-toggle] input[value=buurt]', { timeout: 120_000 });
    await waitForMap(page, BUURT_MAP);
    step('buurt map');
    expect(new URL(page.url()).searchParams.get('lvl')).toBe('buurt');
    expect(await renderedBuurten(page)).toEqual([...geoCodes].sort());
    expect(await page.textContent('.drill strong')).toContain('Buurten van Bunnik');
    expect(await page.textContent('[data-testid=buurt-map-toggle]')).toContain('buurten-bunnik-2024.geojson');

    // a buurt's tooltip gives the file's value
    const odijk = csvRows.find((r) => r.name === 'Odijk')!;
    const p = await pointInUnit(page, 'fill-buurt_2024', odijk.code);
    expect(p).not.toBeNull();
    await page.mouse.move(p!.x, p!.y);
    await page.waitForSelector('.tooltip');
    expect(await page.textContent('.tooltip .tt-name')).toBe('Odijk');
    expect(num(await page.textContent('.tooltip .tt-value'))).toBe(odijk.population);

    step('tooltip');
    // the buurt indices are over the buurten on the map: D of 65+ as computed from the file
    await page.waitForSelector('.buurt-indices .index-table [data-index=D] td.num', { timeout: 90_000 });
    const used = csvRows.filter((r) => r.population > 0 && Number.isFinite(r.age65));
    const X = used.reduce((s, r) => s + r.age65, 0);
    const Y = used.reduce((s, r) => s + r.population - r.age65, 0);
    const d = 0.5 * used.reduce((s, r) => s + Math.abs(r.age65 / X - (r.population - r.age65) / Y), 0);
    expect(num(await page.textContent('.buurt-indices [data-index=D] td.num'))).toBeCloseTo(d, 3);
    expect(await page.textContent('.buurt-indices caption')).toContain(`${used.length} buurten van Bunnik`);

    step('indices');
    // a click selects the buurt itself (outlined on the buurt map, which stays)
    await page.mouse.click(p!.x, p!.y);
    await page.waitForFunction((c) => new URL(location.href).searchParams.get('sel') === c, odijk.code);
    expect(new URL(page.url()).searchParams.get('lvl')).toBe('buurt');
    await page.mouse.move(5, 300);
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/import-buurt-map.png` });

    // after a reload the buurt map comes back from the kept import
    await page.reload();
    await waitForMap(page, BUURT_MAP, 200_000);
    step('reloaded');
    expect(await renderedBuurten(page)).toEqual([...geoCodes].sort());
    await page.screenshot({ path: `${ARTIFACTS}/import-buurt-map-reloaded.png` });

    // removing the boundary import takes the buurt map away: back to the wijken, saying why
    const listed = page.locator(`.import-list tr[data-table=${GEO_TABLE}]`);
    await listed.waitFor({ timeout: 60_000 });
    await listed.getByRole('button', { name: 'Verwijderen' }).click();
    await waitForMap(page, WIJK_MAP);
    step('removed');
    expect(await page.textContent('[data-testid=buurt-map-toggle]')).toContain('geen geïmporteerde buurtgrenzen');
    expect(await page.locator('[data-testid=buurt-map-toggle] input[value=buurt]').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/import-buurt-removed.png` });
    const csvListed = page.locator(`.import-list tr[data-table=${CSV_TABLE}]`);
    await csvListed.getByRole('button', { name: 'Verwijderen' }).click();
    await csvListed.waitFor({ state: 'detached' });
    expect(w.foreignRequests).toEqual([]);
  }, 500_000);
});

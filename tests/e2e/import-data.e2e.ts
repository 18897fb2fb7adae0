/**
 * Imported statistics in the explore view (Chromium): the Bunnik wijk file's known column (a_inw → Inwoners) is
 * used at once and stated as the source; its other column (a_pau, passenger cars — not in the catalogue) is mapped
 * by hand as a new variable, is offered in the indicator picker, and the map's legend and the table show the file's
 * values for each wijk; after a reload the link's imported variable is shown again; removing the import takes it out
 * of the picker and the view falls back to an embedded variable. No request leaves the machine.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, startHarness, waitForMap, watchedPage, type Harness, type Watched } from './harness';
import { importFiles } from './import-helpers';

let h: Harness;
let w: Watched;

beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h, { width: 1400, height: 950 });
});
afterAll(async () => h?.close());

const FILE = 'tests/fixtures/import/kwb-2024-wijken-bunnik-autos.csv';
const NAME = 'kwb-2024-wijken-bunnik-autos.csv';
const TABLE = 'import_kwb_2024_wijken_bunnik_autos';
const CARS = 'imp_kwb_2024_wijken_bunnik_autos__a_pau';
/** The file's values, read here independently of the app's parser: code → [a_inw, a_pau]. */
const FILE_VALUES = new Map(
  readFileSync(FILE, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(';'))
    .map((c) => [c[0]!, [Number(c[4]), Number(c[5])] as const]),
);
const nl = (n: number) => new Intl.NumberFormat('nl-NL').format(n);

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

/** The table tab's value column, per code. */
async function tableValues(page: Page): Promise<Map<string, string>> {
  await page.click('.drawer-tabs button:has-text("Tabel")');
  await page.waitForSelector('.unit-table tbody tr');
  const rows = await page.$$eval('.unit-table tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
  return new Map(rows.map((r) => [r[0]!, r[2]!]));
}

describe('imported statistics in the explore view', () => {
  it('uses a known column at once and a column mapped by hand as a new variable on the map and in the table', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?gm=GM0312&jaar=2024&var=population`);
    await waitForMap(page, 'wijk_2024|population|GM0312');
    await openTab(page, 'Importeren');
    await importFiles(page, FILE);
    const use = page.locator(`.import-entry-use[data-table=${TABLE}]`);
    await use.waitFor();
    expect(await use.locator('.import-provides').textContent()).toContain('Inwoners (wijken 2024)');
    // the embedded population of wijk 2024 is now the file's, and the class panel says so
    await page.waitForFunction((f) => document.body.textContent?.includes(`Wijken 2024: waarden uit import ${f}`), NAME);
    expect(await page.textContent('.panel')).toContain('(gaan voor de ingebouwde gegevens)');

    // map a_pau by hand as a new variable
    expect(await page.$(`select[name=variable] option[value=${CARS}]`)).toBeNull();
    await use.locator('.import-mapping summary').click();
    await use.locator('tr[data-column=a_pau] .import-map-target').selectOption('__new');
    await use.locator('tr[data-column=a_pau] .import-map-name').fill("Personenauto's");
    await use.locator('tr[data-column=a_pau] .import-map-kind').selectOption('count');
    await use.locator('.import-map-apply').click();
    await page.waitForFunction(
      (t) =>
        document.querySelector(`.import-entry-use[data-table=${t}] .import-provides`)?.textContent?.includes("Personenauto's (import)"),
      TABLE,
    );
    await page.screenshot({ path: `${ARTIFACTS}/import-data-mapping.png` });

    // pick it in the explore picker: the legend and the table show the file's values
    await page.waitForSelector(`select[name=variable] option[value=${CARS}]`, { state: 'attached' });
    await page.selectOption('select[name=variable]', CARS);
    await waitForMap(page, `wijk_2024|${CARS}|GM0312`);
    expect(await page.textContent('.legend h2')).toContain("Personenauto's (import)");
    const shown = await tableValues(page);
    for (const [code, [, cars]] of FILE_VALUES) expect(shown.get(code), code).toBe(nl(cars));
    await page.screenshot({ path: `${ARTIFACTS}/import-data-map.png` });

    await page.selectOption('select[name=variable]', 'population');
    await waitForMap(page, 'wijk_2024|population|GM0312');
    const pop = await tableValues(page);
    for (const [code, [inw]] of FILE_VALUES) expect(pop.get(code), code).toBe(nl(inw));
    expect(w.foreignRequests).toEqual([]);
  }, 420_000);

  it('shows the imported variable again after a reload, and drops it when the import is removed', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?gm=GM0312&jaar=2024&var=${CARS}`);
    // the kept import is restored after the first paint; the link's variable is shown as soon as it is offered
    await waitForMap(page, `wijk_2024|${CARS}|GM0312`, 240_000);
    const shown = await tableValues(page);
    for (const [code, [, cars]] of FILE_VALUES) expect(shown.get(code), code).toBe(nl(cars));
    await page.screenshot({ path: `${ARTIFACTS}/import-data-reloaded.png` });

    await openTab(page, 'Importeren');
    const listed = page.locator(`.import-list tr[data-table=${TABLE}]`);
    await listed.waitFor({ timeout: 60_000 });
    await listed.getByRole('button', { name: 'Verwijderen' }).click();
    await page.waitForSelector(`select[name=variable] option[value=${CARS}]`, { state: 'detached' });
    await waitForMap(page, 'wijk_2024|population|GM0312');
    expect(await page.textContent('.panel')).not.toContain('waarden uit import');
    await page.screenshot({ path: `${ARTIFACTS}/import-data-removed.png` });
    expect(w.foreignRequests).toEqual([]);
  }, 420_000);
});

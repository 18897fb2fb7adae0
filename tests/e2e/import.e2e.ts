/**
 * Importing CBS files in Chromium: bad files from the corpus, given through the file input, each show their
 * expected Dutch message and get no table, and the map keeps working; the good buurt statistics file becomes a
 * table that the list shows with its row count and the SQL console counts, that survives a reload (IndexedDB) and
 * that "remove" deletes (table and kept file). No request leaves the machine.
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

const BAD = 'tests/fixtures/bad-input';
const GOOD = 'tests/fixtures/import/kwb-2024-buurten-bunnik.csv';
const TABLE = 'import_kwb_2024_buurten_bunnik';
const expected = JSON.parse(readFileSync(`${BAD}/expected.json`, 'utf8')) as Record<string, { nl: string }>;
const BAD_FILES = [
  'empty.csv',
  'statline-binary.csv',
  'statline-pipe-delimited.csv',
  'statline-without-codes.csv',
  'kwb-2024-duplicate-code.csv',
  'kwb-2024-negative-count.csv',
  'odata-v4-trailing-comma.json',
];

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

/** Run one query in the SQL console; the first cell of the result (or the error text). */
async function sqlFirstCell(page: Page, sql: string): Promise<string> {
  await page.waitForSelector('.sql-run:not([disabled])', { timeout: 120_000 });
  await page.fill('.sql-editor', sql);
  await page.click('.sql-run');
  await page.waitForSelector('.sql-run:not([disabled])', { timeout: 60_000 });
  const handle = await page.waitForSelector('.sql-table tbody td, .sql-error', { timeout: 60_000 });
  return (await handle.textContent()) ?? '';
}

describe('import panel', () => {
  it('shows each bad file’s Dutch message, imports none of them, and the map keeps working', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?lvl=gemeente&jaar=2022&var=share_income_low`);
    await waitForMap(page, 'gemeente_2022|share_income_low|');
    await openTab(page, 'Importeren');
    expect(new URL(page.url()).searchParams.get('paneel')).toBe('import');
    await page.setInputFiles(
      '.import-input',
      BAD_FILES.map((f) => `${BAD}/${f}`),
    );
    await page.waitForFunction((n) => document.querySelectorAll('.import-report').length === n, BAD_FILES.length, { timeout: 60_000 });
    for (const f of BAD_FILES) {
      const card = page.locator(`.import-report[data-file="${f}"]`);
      expect(await card.getAttribute('class'), f).toContain('is-refused');
      const text = (await card.textContent()) ?? '';
      expect(text, f).toContain(expected[f]!.nl);
      expect(text, f).toContain('Niet geïmporteerd');
      expect(text, f).not.toMatch(/at \w+ \(|Error:|stack/i);
    }
    expect(await page.textContent('.import-kept')).toContain('Nog geen imports bewaard.');

    // drag and drop onto the panel goes the same way
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['\n\n'], 'gesleept.csv', { type: 'text/csv' }));
      document.querySelector('.import-panel')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForSelector('.import-report[data-file="gesleept.csv"]', { timeout: 30_000 });
    expect(await page.textContent('.import-report[data-file="gesleept.csv"]')).toContain('leeg');
    await page.screenshot({ path: `${ARTIFACTS}/import-bad-files.png` });

    // the app keeps working: search a gemeente, its wijken are drawn
    const box = page.locator('input[role=combobox]');
    await box.fill('den haag');
    await page.waitForSelector('[role=listbox] [role=option]');
    await box.press('ArrowDown');
    await box.press('Enter');
    await waitForMap(page, 'wijk_2022|share_income_low|GM0518');
    expect(w.foreignRequests).toEqual([]);
  });

  it('imports the buurt file into DuckDB, keeps it across a reload, and removes it', async () => {
    const { page } = w;
    const rows = readFileSync(GOOD, 'utf8').trim().split('\n').length - 1;
    await openTab(page, 'Importeren');
    await importFiles(page, GOOD);
    expect(await page.textContent('.import-report.is-imported')).toContain(`buurten: ${rows}`);
    const listed = page.locator(`.import-list tr[data-table=${TABLE}]`);
    await listed.waitFor();
    expect(await listed.locator('.import-rows').getAttribute('data-rows')).toBe(String(rows));
    expect(await listed.textContent()).toContain('KWB-bestand (CSV)');
    await page.screenshot({ path: `${ARTIFACTS}/import-good-file.png` });

    await openTab(page, 'SQL');
    expect(await sqlFirstCell(page, `SELECT count(*) FROM ${TABLE}`)).toBe(String(rows));
    expect(await page.textContent('.sql-tables')).toContain(TABLE);

    await page.reload();
    await page.waitForSelector('.sql-editor', { timeout: 90_000 });
    expect(await sqlFirstCell(page, `SELECT count(*) FROM ${TABLE}`)).toBe(String(rows));
    await openTab(page, 'Importeren');
    await listed.waitFor({ timeout: 60_000 });
    expect(await listed.locator('.import-rows').getAttribute('data-rows')).toBe(String(rows));

    await listed.getByRole('button', { name: 'Verwijderen' }).click();
    await listed.waitFor({ state: 'detached' });
    await openTab(page, 'SQL');
    expect(await sqlFirstCell(page, `SELECT count(*) FROM ${TABLE}`)).toMatch(/bestaat niet|Catalog/);
    await page.reload();
    await page.waitForSelector('.sql-editor', { timeout: 90_000 });
    await openTab(page, 'Importeren');
    await page.waitForSelector('.import-kept :text("Nog geen imports bewaard.")', { timeout: 60_000 });
    expect(w.foreignRequests).toEqual([]);
  });
});

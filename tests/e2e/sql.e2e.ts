/**
 * The SQL console in Chromium: the example "wijken of Amsterdam with their low-income share, 2022" gives the same 99
 * wijken and values as the app's table view and a CSV, for Dutch Excel and for Excel, that parses back to them; a syntax error reads as a Dutch
 * explanation with DuckDB's text; DROP TABLE is refused and the app (map, table, detail panel) keeps working on the
 * same data; a slow cross join can be cancelled and the console is usable afterwards.
 */
import { readFileSync } from 'node:fs';
import { dsvFormat } from 'd3';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, startHarness, waitForMap, watchedPage, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;

beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h, { width: 1400, height: 950 });
});
afterAll(async () => h?.close());

/** "39,8%" / "12.345,6" (Dutch display) → number. */
const num = (s: string) => Number(s.replace(/\./g, '').replace(',', '.').replace('%', '').replace('−', '-').trim());

async function tableView(page: Page): Promise<Map<string, string>> {
  await page.waitForSelector('.unit-table tbody tr');
  const rows = await page.$$eval('.unit-table tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
  return new Map(rows.map((r) => [r[0]!, r[2]!]));
}

async function run(page: Page, sql: string): Promise<void> {
  await page.fill('.sql-editor', sql);
  await page.press('.sql-editor', 'Control+Enter');
  await page.waitForSelector('.sql-run:not([disabled])', { timeout: 60_000 });
}

async function sqlTable(page: Page): Promise<string[][]> {
  return page.$$eval('.sql-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

/** Clicks a CSV button and waits for its download; checks the file name and the BOM; returns the text after it. */
async function downloadCsv(page: Page, variant: 'dutch' | 'excel', got: Download[]): Promise<string> {
  const before = got.length;
  await page.click(`.sql-download-${variant}`);
  for (let t = 0; t < 100 && got.length === before; t++) await page.waitForTimeout(100);
  expect(got).toHaveLength(before + 1);
  const d = got[before]!;
  expect(d.suggestedFilename()).toMatch(
    variant === 'dutch' ? /^sql-result-\d{4}-\d\d-\d\d-\d{6}_nl-excel\.csv$/ : /^sql-result-\d{4}-\d\d-\d\d-\d{6}\.csv$/,
  );
  const bytes = readFileSync((await d.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.toString('utf8').slice(1);
}

/** The CSV of the wijken example against the result table on screen: same rows, exact numbers in the variant's form. */
function checkCsv(text: string, variant: 'dutch' | 'excel', rows: string[][]): void {
  const sep = variant === 'dutch' ? ';' : ',';
  const lines = text.split('\n');
  expect(lines[0]).toBe(['code', 'name', 'population', 'share_income_low'].join(sep));
  expect(lines.at(-1)).toBe(''); // the file ends in a line break
  const csv = dsvFormat(sep).parse(text);
  expect(csv).toHaveLength(rows.length);
  for (const [k, r] of csv.entries()) {
    const shown = rows[k]!;
    expect(r.code).toBe(shown[0]);
    expect(r.name).toBe(shown[1]);
    expect(r.population, r.code).not.toMatch(/[.,]/); // whole numbers, no grouping
    if (shown[2] === '–') expect(r.population).toBe('');
    else expect(Number(r.population)).toBe(num(shown[2]!));
    if (shown[3] === '–') expect(r.share_income_low).toBe('');
    else {
      // unrounded, with the variant's decimal mark only
      expect(r.share_income_low, r.code).toMatch(variant === 'dutch' ? /^\d+(,\d+)?$/ : /^\d+(\.\d+)?$/);
      expect(Number(r.share_income_low!.replace(',', '.'))).toBeCloseTo(num(shown[3]!), 5);
    }
  }
}

describe('SQL console', () => {
  it('runs the wijken example: the table view’s values, the row count and a CSV that parses back', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?gm=GM0363&jaar=2022&var=share_income_low&paneel=table`);
    await waitForMap(page, 'wijk_2022|share_income_low|GM0363');
    const view = await tableView(page);
    expect(view.size).toBe(99);

    await page.getByRole('tab', { name: 'SQL' }).click();
    expect(new URL(page.url()).searchParams.get('paneel')).toBe('sql');
    await page.waitForSelector('.sql-run:not([disabled])', { timeout: 120_000 });
    await page.click('[data-example=wijken-low-income]');
    expect(await page.inputValue('.sql-editor')).toContain("gemeente_code = 'GM0363' AND year = 2022");
    await page.press('.sql-editor', 'Control+Enter');
    await page.waitForSelector('.sql-count', { timeout: 60_000 });
    expect(await page.getAttribute('.sql-count', 'data-rows')).toBe('99');
    expect(await page.textContent('.sql-summary')).toMatch(/^99 rijen in \d+,\d s/);
    const headers = await page.$$eval('.sql-table th', (ths) => ths.map((th) => th.textContent));
    expect(headers).toEqual(['code', 'name', 'population', 'share_income_low']);
    const rows = await sqlTable(page);
    expect(rows).toHaveLength(99);
    for (const [code, , , share] of rows) {
      const shown = view.get(code!);
      expect(shown, code).toBeDefined();
      if (share === '–') expect(shown, code).toMatch(/geen gegevens|–/i);
      else expect(num(share!), code).toBeCloseTo(num(shown!), 1);
    }
    // highest share first; a population is grouped the Dutch way
    expect(num(rows[0]![3]!)).toBeGreaterThanOrEqual(num(rows[1]![3]!));
    expect(rows.some((r) => /^\d{1,3}\.\d{3}$/.test(r[2]!))).toBe(true);

    // both CSV variants, Dutch Excel first: the same rows and values as the result table, byte for byte in form
    expect(await page.$$eval('.sql-download', (bs) => bs.map((b) => b.textContent))).toEqual([
      'CSV: Nederlandse Excel (puntkomma, decimale komma)',
      'CSV: Excel (komma, decimale punt)',
    ]);
    const got: Download[] = [];
    page.on('download', (d) => got.push(d));
    for (const variant of ['dutch', 'excel'] as const) checkCsv(await downloadCsv(page, variant, got), variant, rows);
    await page.screenshot({ path: `${ARTIFACTS}/sql-console.png` });
  });

  it('explains a syntax error in Dutch, refuses DROP TABLE, and the app keeps working', async () => {
    const { page } = w;
    await run(page, 'SELEC code FROM stats_wijk');
    const error = await page.textContent('.sql-error');
    expect(error).toMatch(/^De SQL bevat een schrijffout/);
    expect(error).toMatch(/Parser Error: syntax error at or near "SELEC"/);
    expect(error).not.toMatch(/\bat \S+\.js|\n\s+at /);
    await page.screenshot({ path: `${ARTIFACTS}/sql-console-error.png` });

    await run(page, 'DROP TABLE stats_wijk;');
    expect(await page.textContent('.sql-error')).toMatch(/^DROP is hier niet toegestaan: de console leest alleen/);
    await run(page, "SELECT count(*) AS n FROM stats_wijk WHERE gemeente_code = 'GM0363' AND year = 2022");
    expect(await sqlTable(page)).toEqual([['99']]);

    // the app still queries DuckDB: another indicator on the map, the table view and a wijk's detail panel
    await page.selectOption('select[name=variable]', 'share_income_high');
    await waitForMap(page, 'wijk_2022|share_income_high|GM0363');
    await page.getByRole('tab', { name: 'Tabel' }).click();
    expect((await tableView(page)).size).toBe(99);
    await page.click('.unit-table tbody tr:first-child button.link');
    await page.waitForSelector('.detail-panel h2', { timeout: 60_000 });
    expect(w.consoleErrors).toEqual([]);
  });

  it('cancels a slow query and stays usable', async () => {
    const { page } = w;
    await page.getByRole('tab', { name: 'SQL' }).click();
    await page.waitForSelector('.sql-run:not([disabled])', { timeout: 60_000 });
    await page.fill('.sql-editor', 'SELECT sum(a.range * b.range) FROM range(1000000) a, range(1000000) b');
    await page.click('.sql-run');
    await page.waitForSelector('.sql-cancel:not([disabled])');
    await page.waitForFunction(() => /Bezig… [1-9]/.test(document.querySelector('.sql-status')?.textContent ?? ''), null, {
      timeout: 30_000,
    });
    const t0 = Date.now();
    await page.click('.sql-cancel');
    await page.waitForSelector('.sql-run:not([disabled])', { timeout: 30_000 });
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(await page.textContent('.sql-error')).toContain('De query is afgebroken.');
    await run(page, 'SELECT 42 AS answer');
    expect(await sqlTable(page)).toEqual([['42']]);
    expect(await page.getAttribute('.sql-count', 'data-rows')).toBe('1');
  });
});

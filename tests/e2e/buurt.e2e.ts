/**
 * Buurten in Chromium: search a buurt → its gemeente's wijk map with the buurt's wijk selected, the buurt in the
 * detail panel and in the buurt table; the indices over Amsterdam's buurten and the scale tab (wijken vs buurten per
 * gemeente, three-level split of M for NL) equal `npm run indices -- --level buurt` (run here as a child process)
 * and a direct computation from the committed Parquet.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, mapIdle, startHarness, statsRows, waitForMap, watchedPage, type Harness, type Watched } from './harness';

const run = promisify(execFile);
let h: Harness;
let w: Watched;
let cli: Promise<{ indices: Record<string, unknown>; split: Record<string, unknown> }>;

async function cliJson(args: string[]): Promise<{ records: Record<string, unknown>[] }> {
  const { stdout } = await run('npx', ['tsx', 'src/cli/indices.ts', ...args, '--format', 'json'], { maxBuffer: 64 << 20 });
  return JSON.parse(stdout) as { records: Record<string, unknown>[] };
}

beforeAll(async () => {
  cli = Promise.all([
    cliJson(['--level', 'buurt', '--year', '2024', '--group', 'age_65plus', '--regions', 'GM0363', '--bootstrap', '0']),
    cliJson(['--decompose', '--level', 'buurt', '--year', '2024', '--group', 'age3']),
  ]).then(([i, s]) => ({ indices: i.records[0]!, split: s.records.find((r) => r.regionCode === 'NL00')! }));
  cli.catch(() => undefined);
  h = await startHarness();
  w = await watchedPage(h, { width: 1400, height: 950 });
});
afterAll(async () => h?.close());

/** The wijk map of a gemeente in 2024 is painted (whatever indicator the year offers). */
async function waitForWijkMap(page: Watched['page'], gm: string): Promise<void> {
  await page.waitForFunction(
    (g) =>
      /^wijk_2024\|[^|]+\|/.test(document.documentElement.dataset.mapReady ?? '') &&
      document.documentElement.dataset.mapReady!.endsWith(`|${g}`),
    gm,
    { timeout: 90_000 },
  );
}

const num = (s: string | null) => Number((s ?? '').replace(/\./g, '').replace(',', '.').replace('%', ''));

/** D of 65+ over the buurten of a gemeente, straight from the Parquet (buurten with both counts). */
async function directD(area: string): Promise<number> {
  const rows = (await statsRows('buurt')).filter(
    (r) =>
      (r.gemeente_code === area || (r as Record<string, unknown>).wijk_code === area) &&
      typeof r.population === 'number' &&
      r.population > 0 &&
      typeof r.persons_age_65plus === 'number',
  );
  const x = rows.map((r) => r.persons_age_65plus as number);
  const y = rows.map((r, i) => (r.population as number) - x[i]!);
  const X = x.reduce((a, b) => a + b, 0);
  const Y = y.reduce((a, b) => a + b, 0);
  return 0.5 * x.reduce((s, xi, i) => s + Math.abs(xi / X - y[i]! / Y), 0);
}

describe('buurten', () => {
  it('finds a buurt by name: wijk map of its gemeente, its wijk selected, detail panel and buurt table', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?lvl=gemeente&jaar=2022&var=share_income_low`);
    await waitForMap(page, 'gemeente_2022|share_income_low|');
    const box = page.locator('input[role=combobox]');
    await box.waitFor({ timeout: 90_000 });
    await box.fill('aalsmeerwegbuurt');
    await page.waitForSelector('[role=listbox] [role=option][data-code=BU0363KA05]', { timeout: 90_000 });
    expect(await page.textContent('[role=option][data-code=BU0363KA05]')).toMatch(/buurt in .*Amsterdam/);
    await page.click('[role=option][data-code=BU0363KA05]');
    await waitForWijkMap(page, 'GM0363');
    await page.waitForSelector('.detail-panel');
    expect(await page.textContent('.detail-panel h2')).toContain('Aalsmeerwegbuurt-Oost');
    expect(await page.textContent('.detail-panel')).toMatch(/Buurt in .*Amsterdam/);
    expect(await page.textContent('.detail-table')).toContain('2.175');
    expect(new URL(page.url()).searchParams.get('sel')).toBe('BU0363KA05');
    const row = page.locator('.buurt-table tr[data-code=BU0363KA05]');
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Aalsmeerwegbuurt-Oost.*2\.175.*210.*230.*1\.325.*39%.*533/);
    expect(await page.textContent('.buurt-drawer')).toMatch(/niet op de kaart/);
    // The wijk of the buurt is the selected unit on the map.
    expect(await page.evaluate(() => window.__segvMap?.getFeatureState({ source: 'units-wijk_2024', id: 'WK0363KA' })?.sel ?? null)).toBe(
      true,
    );
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/buurt-search-table.png` });
  });

  it('shows D over the buurten of Amsterdam next to its expected value, equal to the CLI', async () => {
    const { page } = w;
    await page.waitForSelector('.buurt-indices .index-table [data-index=D] td.num', { timeout: 90_000 });
    const d = num(await page.textContent('.buurt-indices [data-index=D] td.num'));
    const { indices } = await cli;
    expect(d).toBeCloseTo(indices.D as number, 3);
    expect(d).toBeCloseTo(await directD('GM0363'), 3);
    expect(num(await page.textContent('.buurt-indices [data-index=expectedD] td.num'))).toBeCloseTo(indices.expected_D as number, 3);
    expect(num(await page.textContent('.buurt-indices [data-index=H] td.num'))).toBeCloseTo(indices.H as number, 3);
    expect(await page.textContent('.buurt-indices caption')).toContain(`${indices.units_used as number} buurten van Amsterdam`);
    // The same over the buurten of the selected buurt's wijk only.
    await page.check('.buurt-indices input[name=buurtIndexScope] >> nth=1');
    await page.waitForFunction(() => document.querySelector('.buurt-indices caption')?.textContent?.includes('Hoofddorppleinbuurt'), null, {
      timeout: 90_000,
    });
    const dw = num(await page.textContent('.buurt-indices [data-index=D] td.num'));
    expect(dw).toBeCloseTo(await directD('WK0363KA'), 3);
  });

  it('compares every gemeente over wijken and over buurten, and splits M for NL in three parts equal to the CLI', async () => {
    const { page } = w;
    await page.click('.drawer-tabs button:has-text("Schaal")');
    await page.selectOption('select[name=buurtGroup] >> nth=-1', 'age3');
    await page.selectOption('select[name=scaleIndex]', 'M');
    await page.waitForSelector('.scale-chart g.row[data-code=GM0363]', { timeout: 90_000 });
    expect(await page.$$eval('.scale-chart g.row', (gs) => gs.length)).toBeGreaterThan(300);
    await page.waitForSelector('.split-table tr[data-region=NL00]');
    const { split } = await cli;
    const cell = (part: string) => page.textContent(`.split-table tr[data-region=NL00] td[data-part=${part}]`);
    expect(num((await cell('withinWijken'))!.split(' ')[0]!)).toBeCloseTo(split.M_within_wijken as number, 4);
    expect(num((await cell('betweenWijken'))!.split(' ')[0]!)).toBeCloseTo(split.M_between_wijken as number, 4);
    expect(num((await cell('betweenGemeenten'))!.split(' ')[0]!)).toBeCloseTo(split.M_between_gemeenten as number, 4);
    const pct = Math.round(100 * (split.share_within_wijken as number));
    expect(await page.textContent('.split-sentence')).toContain(`${pct}%`);
    expect(new URL(page.url()).searchParams.get('paneel')).toBe('scale');
    await page.screenshot({ path: `${ARTIFACTS}/buurt-scale.png` });
    // Clicking a gemeente in the chart opens it.
    await page.dispatchEvent('.scale-chart g.row[data-code=GM0599]', 'click');
    await waitForWijkMap(page, 'GM0599');
  });
});

/**
 * Exports from the app, downloaded in Chromium and read back: every gemeente's indices (computed in full in the
 * worker) against `npm run indices`, the open gemeente's record against the indices panel, and the map view as
 * CSV (Dutch-Excel variant) and GeoJSON against the legend and the committed Parquet.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { csvParse, dsvFormat } from 'd3';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, screenPoint, startHarness, statsRows, waitForMap, watchedPage, type Harness, type Watched } from './harness';

const run = promisify(execFile);
let h: Harness;
let w: Watched;
let cli: Promise<Record<string, unknown>[]>;

beforeAll(async () => {
  cli = run('npx', ['tsx', 'src/cli/indices.ts', '--level', 'wijk', '--year', '2022', '--group', 'income_low', '--format', 'json'], {
    maxBuffer: 64 << 20,
  }).then(({ stdout }) => (JSON.parse(stdout) as { records: Record<string, unknown>[] }).records);
  cli.catch(() => undefined);
  h = await startHarness();
  w = await watchedPage(h, { width: 1400, height: 1000 });
});
afterAll(async () => h?.close());

interface Sidecar {
  language: string;
  columns: { id: string; label: string; definition: string }[];
  legend?: {
    breaks: number[];
    method: string;
    palette: string[];
    classes: { class: number | null; from: number | null; to: number | null; label: string }[];
  };
  left_out_columns?: { columns: string[]; why: string; command: string }[];
  app: { version: string };
}

/** Click `selector` and return the texts of the files it downloads (`count` of them), by suggested name. */
async function downloads(page: Page, selector: string, count: number, timeout = 150_000): Promise<Map<string, string>> {
  const got: Download[] = [];
  const on = (d: Download) => got.push(d);
  page.on('download', on);
  await page.click(selector);
  const t0 = Date.now();
  while (got.length < count && Date.now() - t0 < timeout) await page.waitForTimeout(200);
  page.off('download', on);
  expect(got.length, `downloads of ${selector}`).toBe(count);
  const out = new Map<string, string>();
  for (const d of got) out.set(d.suggestedFilename(), readFileSync((await d.path())!, 'utf8'));
  return out;
}

const bare = (t: string) => {
  expect(t.charCodeAt(0)).toBe(0xfeff);
  return t.slice(1);
};
/** CSV rows keyed by column id (via the sidecar's labels). */
function byId(rows: Record<string, string | undefined>[], meta: Sidecar): Record<string, string>[] {
  return rows.map((r) => Object.fromEntries(meta.columns.map((c) => [c.id, r[c.label] ?? ''])));
}
/** The first number in a Dutch text ("€ 36,1 k" → 36.1). */
const firstNumber = (s: string | null) => Number(((s ?? '').match(/-?\d[\d.]*(,\d+)?/)?.[0] ?? 'NaN').replace(/\./g, '').replace(',', '.'));
const num = (s: string | null) => Number((s ?? '').replace(/\./g, '').replace(',', '.'));

describe('exports', () => {
  it("every gemeente's indices: every column of the CLI, filled, with the CLI's numbers", async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?gm=GM0363&jaar=2022&var=share_income_low&groep=income_low`);
    await waitForMap(page, 'wijk_2022|share_income_low|GM0363');
    await page.click('.export-menu summary');
    const files = await downloads(page, '.export-indices', 2);
    expect([...files.keys()].sort()).toEqual(['indices_wijk_2022_income_low.csv', 'indices_wijk_2022_income_low.csv.meta.json']);
    const meta = JSON.parse(files.get('indices_wijk_2022_income_low.csv.meta.json')!) as Sidecar;
    expect(meta.language).toBe('nl');
    expect(meta.left_out_columns).toEqual([]);
    expect(meta.app.version).toMatch(/^\d+\.\d+\.\d+$/);
    const rows = byId(csvParse(bare(files.get('indices_wijk_2022_income_low.csv')!)), meta);
    const records = await cli;
    expect(meta.columns.map((c) => c.id)).toEqual(Object.keys(records[0]!));
    expect(rows.map((r) => r.region_code)).toEqual(records.map((r) => r.region_code));
    let compared = 0;
    rows.forEach((row, i) => {
      for (const [k, v] of Object.entries(records[i]!)) {
        if (typeof v === 'number') {
          expect(Number(row[k]), `${row.region_code} ${k}`).toBeCloseTo(v, 10);
          compared++;
        } else expect(row[k], `${row.region_code} ${k}`).toBe(v ?? '');
      }
    });
    expect(compared).toBeGreaterThan(300 * 30);
    // the columns the ranking alone leaves empty are filled where the CLI fills them (Amsterdam)
    const ams = rows.find((r) => r.region_code === 'GM0363')!;
    for (const k of ['Dadj_rook', 'Dw', 'Ds', 'SP', 'Dadj_queen', 'D_ci_lower', 'D_ci_upper', 'expected_D', 'D_carrington_troske'])
      expect(ams[k], k).not.toBe('');
  });

  it("the open gemeente's record holds what the indices panel shows", async () => {
    const { page } = w;
    await page.waitForSelector('.indices:not(.buurt-indices) .index-table [data-index=D]', { timeout: 90_000 });
    const files = await downloads(page, '.export-record', 2);
    const meta = JSON.parse(files.get('indices_GM0363_2022_income_low.csv.meta.json')!) as Sidecar;
    const [row] = byId(csvParse(bare(files.get('indices_GM0363_2022_income_low.csv')!)), meta);
    expect(Number(row!.D)).toBeCloseTo(num(await page.textContent('.indices:not(.buurt-indices) .index-table [data-index=D] td.num')), 3);
    const ci = await page.textContent('.indices:not(.buurt-indices) .index-table [data-index=D] td:nth-child(3)');
    const [lo, hi] = (ci ?? '').split('–').map(num);
    expect(Number(row!.D_ci_lower)).toBeCloseTo(lo!, 3);
    expect(Number(row!.D_ci_upper)).toBeCloseTo(hi!, 3);
    expect(Number(row!.expected_D)).toBeCloseTo(
      num(await page.textContent('.indices:not(.buurt-indices) .index-table [data-index=expectedD] td.num')),
      3,
    );
    expect(Number(row!.Dw)).toBeCloseTo(num(await page.textContent('.indices:not(.buurt-indices) .index-table [data-index=Dw] td.num')), 3);
  });

  let breaks: number[] = [];
  it('the map view as Dutch-Excel CSV: the legend, and the values of the data', async () => {
    const { page } = w;
    await page.check('input[name=exportVariant][value=dutch]');
    const files = await downloads(page, '.export-view-csv', 2);
    const base = 'map_wijk_2022_share_income_low_GM0363_nl-excel.csv';
    expect([...files.keys()].sort()).toEqual([base, `${base}.meta.json`]);
    const meta = JSON.parse(files.get(`${base}.meta.json`)!) as Sidecar;
    const text = bare(files.get(base)!);
    expect(text.split('\n')[0]).toBe('code;naam;waarde;klasse;klasse (legenda)');
    const rows = byId(dsvFormat(';').parse(text), meta);
    // legend: the sidecar's classes are the legend's on screen
    const legend = await page.$$eval('.panel .legend li', (lis) =>
      lis.map((li) => ({
        from: li.getAttribute('data-from'),
        to: li.getAttribute('data-to'),
        label: li.querySelector('.range')!.textContent,
      })),
    );
    expect(meta.legend!.classes.map((c) => c.label)).toEqual(legend.map((l) => l.label));
    expect(meta.legend!.classes.map((c) => (c.from === null ? null : String(c.from)))).toEqual(legend.map((l) => l.from));
    breaks = meta.legend!.breaks;
    expect(breaks.length).toBeGreaterThan(1);
    // values: the committed data of Amsterdam's wijken in 2022
    const data = (await statsRows('wijk')).filter((r) => r.year === 2022 && r.gemeente_code === 'GM0363');
    expect(rows.map((r) => r.code).sort()).toEqual(data.map((r) => r.code).sort());
    for (const d of data) {
      const r = rows.find((x) => x.code === d.code)!;
      if (d.share_income_low === null) expect(r.value).toBe('');
      else expect(Number(r.value.replace(',', '.'))).toBe(d.share_income_low);
      const v = d.share_income_low;
      if (v !== null) expect(Number(r.class)).toBe(breaks.filter((b) => v >= b).length + 1);
    }
  });

  it('the map view as GeoJSON: the same units and classes, WGS84 boundaries, the legend in its metadata', async () => {
    const { page } = w;
    const files = await downloads(page, '.export-view-geojson', 1);
    const gj = JSON.parse(files.get('map_wijk_2022_share_income_low_GM0363.geojson')!) as {
      metadata: { legend: { breaks: number[] } };
      features: { geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> }[];
    };
    expect(gj.metadata.legend.breaks).toEqual(breaks);
    expect(gj.features.length).toBeGreaterThan(90);
    for (const f of gj.features) expect(String(f.properties.code)).toMatch(/^WK0363/);
    const coords = JSON.stringify(gj.features.map((f) => f.geometry.coordinates))
      .match(/-?\d+(\.\d+)?/g)!
      .map(Number);
    for (let i = 0; i + 1 < coords.length; i += 2) {
      expect(coords[i]).toBeGreaterThan(4.7);
      expect(coords[i]).toBeLessThan(5.1);
      expect(coords[i + 1]).toBeGreaterThan(52.2);
      expect(coords[i + 1]).toBeLessThan(52.5);
    }
  });

  it('labels follow the UI language', async () => {
    const { page } = w;
    await page.click('.lang button:has-text("EN")');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.check('input[name=exportVariant][value=excel]');
    const files = await downloads(page, '.export-view-csv', 2);
    const text = bare(files.get('map_wijk_2022_share_income_low_GM0363.csv')!);
    expect(text.split('\n')[0]).toBe('code,name,value,class,class (legend)');
    const meta = JSON.parse(files.get('map_wijk_2022_share_income_low_GM0363.csv.meta.json')!) as Sidecar;
    expect(meta.language).toBe('en');
    await page.locator('.export-menu').screenshot({ path: `${ARTIFACTS}/export-menu.png` });
  });

  it("the ranking's quick download leaves out what it did not compute and says so, with the CLI command", async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?gm=GM0363&jaar=2022&var=share_income_low&groep=income_low&paneel=ranking&lang=nl`);
    await page.waitForSelector('.download-indices', { timeout: 90_000 });
    const files = await downloads(page, '.download-indices', 2);
    const meta = JSON.parse(files.get('indices_wijk_2022_income_low.csv.meta.json')!) as Required<Sidecar>;
    const left = meta.left_out_columns.flatMap((l) => l.columns);
    expect(left.sort()).toEqual(
      [
        'Dadj_rook',
        'Dw',
        'Ds',
        'SP',
        'Dadj_queen',
        'D_ci_lower',
        'D_ci_upper',
        'H_ci_lower',
        'H_ci_upper',
        'M_ci_lower',
        'M_ci_upper',
        'expected_D',
        'D_excess',
        'D_carrington_troske',
      ].sort(),
    );
    for (const l of meta.left_out_columns) expect(l.command).toMatch(/^npm run indices -- --level wijk --year 2022 --group income_low/);
    const text = bare(files.get('indices_wijk_2022_income_low.csv')!);
    expect(text.split('\n')[0]).toMatch(/^regiocode,regionaam,/);
    const rows = byId(csvParse(text), meta);
    const records = await cli;
    for (const id of meta.columns.map((c) => c.id)) expect(left).not.toContain(id);
    rows.forEach((row, i) => {
      const d = records[i]!.D;
      if (typeof d === 'number') expect(Number(row.D), row.region_code).toBeCloseTo(d, 12);
      else expect(row.D).toBe('');
    });
  });

  it('the waterbed comparison as Dutch-Excel CSV with labels, the unit and every setting', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?modus=waterbed&lang=nl`);
    await page.waitForSelector('.waterbed-controls select');
    await page.waitForFunction(() => !!document.documentElement.dataset.mapReady, null, { timeout: 90_000 });
    const selects = page.locator('.waterbed-controls select');
    await selects.nth(0).selectOption('mean_income_per_inhabitant_keur');
    await selects.nth(1).selectOption('2012');
    await selects.nth(2).selectOption('2022');
    await waitForMap(page, 'gemeente_2022|mean_income_per_inhabitant_keur|');
    const p = await screenPoint(page, [4.4777, 51.9244]); // Rotterdam centre
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => document.querySelector('.waterbed-controls')?.textContent?.includes('Rotterdam'));
    await page.click('.waterbed-controls button[type=submit]');
    await page.waitForSelector('.waterbed-summary-sentence', { timeout: 120_000 });
    const files = await downloads(page, '.waterbed-export-dutch', 2);
    const base = 'waterbed_GM0599_mean_income_per_inhabitant_keur_2012-2022_nl-excel.csv';
    expect([...files.keys()].sort()).toEqual([base, `${base}.meta.json`]);
    const meta = JSON.parse(files.get(`${base}.meta.json`)!) as Sidecar & { unit: string; settings: Record<string, unknown> };
    expect(meta.unit).toBe('keur');
    expect(meta.settings).toMatchObject({ level: 'gemeente', targets: ['GM0599'], from: 2012, to: 2022 });
    for (const k of ['contiguity', 'ring2', 'threshold', 'region', 'weighting', 'trajectories']) expect(meta.settings).toHaveProperty(k);
    const text = bare(files.get(base)!);
    expect(text.split('\n')[0]).toMatch(/^soort;ring;code;naam;/);
    const rows = byId(dsvFormat(';').parse(text), meta);
    const target = rows.find((r) => r.type === 'ring' && r.ring === 'target')!;
    const shown = await page.locator('.waterbed-rings tr[data-ring=target] td').nth(2).textContent();
    expect(Number(target.t1.replace(',', '.'))).toBeCloseTo(firstNumber(shown), 1);
  });

  it('had no console errors and no foreign requests', () => {
    expect(w.foreignRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});

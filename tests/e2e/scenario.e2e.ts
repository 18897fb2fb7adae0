/**
 * What-if scenario panel in Chromium on the real data: 500 rented dwellings in Feijenoord (Rotterdam, WK059910)
 * converted to owner-occupied, picked on the map. D and the adjacent ring's change under two relocation rules,
 * the same result after reloading the link, and the exported JSON run through the CLI with the same numbers.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../../src/engine/scenario';
import { ARTIFACTS, mapIdle, startHarness, waitForMap, watchedPage, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;
beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h, { width: 1400, height: 1000 });
});
afterAll(async () => h?.close());

const FEIJENOORD = 'WK059910';
/** First number in an English-formatted cell ("0.0907", "+0.12 pp", "−0.0011"). */
const num = (s: string | null) => Number(((s ?? '').replace('−', '-').match(/[-+]?\d[\d,]*(\.\d+)?/)?.[0] ?? 'NaN').replace(/,/g, ''));

/** A screen point inside a unit of the primary map (scans its bounding box for a rendered pixel of that unit). */
async function pointIn(page: Watched['page'], code: string): Promise<{ x: number; y: number }> {
  return page.evaluate((c) => {
    const map = window.__segvMap!;
    const rect = map.getContainer().getBoundingClientRect();
    for (let y = 10; y < rect.height - 10; y += 6)
      for (let x = 10; x < rect.width - 10; x += 6)
        if (map.queryRenderedFeatures([x, y]).some((f) => f.properties?.code === c)) {
          const inside = [
            [x + 6, y],
            [x, y + 6],
            [x + 6, y + 6],
          ].every((p) => map.queryRenderedFeatures(p as [number, number]).some((f) => f.properties?.code === c));
          if (inside) return { x: Math.round(rect.left + x + 3), y: Math.round(rect.top + y + 3) };
        }
    throw new Error(`unit ${c} not on the map`);
  }, code);
}

async function dRow(page: Watched['page'], rule: string): Promise<{ before: number; after: number; text: string }> {
  const cells = page.locator(`.scenario-d tr[data-rule=${rule}] td`);
  return {
    before: num(await cells.nth(0).textContent()),
    after: num(await cells.nth(1).textContent()),
    text: (await cells.allTextContents()).join('|'),
  };
}

async function ringChange(page: Watched['page'], rule: string): Promise<number> {
  return num(await page.locator(`.scenario-zones tr[data-zone=ring1] td[data-rule=${rule}] .muted`).textContent());
}

describe('what-if scenario', () => {
  let url = '';
  let figures = '';

  it('converts 500 rented dwellings in Feijenoord picked on the map, and compares the relocation rules', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?modus=scenario&lang=en`);
    await page.waitForSelector('.scenario-form');
    await waitForMap(page, 'wijk_2022|share_income_low|GM0599');
    await mapIdle(page);
    const p = await pointIn(page, FEIJENOORD);
    await page.mouse.click(p.x, p.y);
    await page.waitForSelector(`.scenario-lever[data-lever="0"] li[data-code=${FEIJENOORD}]`);
    await page.fill('.scenario-lever input[name=dwellings]', '500');
    await page.selectOption('.scenario-lever select[name=from]', 'rented');
    await page.selectOption('.scenario-lever select[name=to]', 'owner');
    await page.click('.scenario-compute');
    await page.waitForSelector('.scenario-sentence', { timeout: 120_000 });
    await waitForMap(page, 'wijk_2022|scenario-ring|GM0599');
    expect(await page.textContent('.scenario-side .scenario-label')).toMatch(/not a forecast/);
    const sentence = (await page.textContent('.scenario-sentence'))!;
    expect(sentence).toMatch(/500 rented dwellings in Feijenoord converted to owner-occupied/);
    expect(sentence).toMatch(/Assumptions:/);

    const ring = await dRow(page, 'ring');
    const rest = await dRow(page, 'rest');
    expect(ring.before).toBeCloseTo(0.0918, 4);
    expect(ring.after).toBeLessThan(ring.before);
    expect(rest.before).toBe(ring.before);
    expect(rest.after).not.toBe(ring.after);
    // The ring gains the displaced low-income residents only when they move to the ring.
    expect(await ringChange(page, 'ring')).toBeGreaterThan(0);
    expect(await ringChange(page, 'rest')).toBe(0);
    figures = `${ring.text}#${rest.text}#${await page.locator('.scenario-indices tbody').textContent()}`;
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/scenario-ring.png` });

    await page.check('input[name=scenarioMapRule][value=rest]');
    await waitForMap(page, 'wijk_2022|scenario-rest|GM0599');
    await mapIdle(page);
    await page.screenshot({ path: `${ARTIFACTS}/scenario-rest.png` });
    url = page.url();
    expect(url).toMatch(/[?&]scenario=[A-Za-z0-9_-]+/);
  });

  it('gives the same result after reloading the link', async () => {
    const { page } = w;
    await page.goto(url);
    await page.waitForSelector('.scenario-sentence', { timeout: 120_000 });
    const ring = await dRow(page, 'ring');
    const rest = await dRow(page, 'rest');
    expect(`${ring.text}#${rest.text}#${await page.locator('.scenario-indices tbody').textContent()}`).toBe(figures);
    expect(await page.locator(`.scenario-lever li[data-code=${FEIJENOORD}]`).count()).toBe(1);
  });

  it('exports the set-up as JSON that the CLI turns into the same numbers', async () => {
    const { page } = w;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.scenario-export-json')]);
    expect(download.suggestedFilename()).toBe('scenario_GM0599_wijk_2022.json');
    const file = `${ARTIFACTS}/scenario-export.json`;
    await download.saveAs(file);
    const spec = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const example = JSON.parse(readFileSync('examples/scenarios/convert-owner.json', 'utf8')) as Record<string, unknown>;
    expect(spec.levers).toEqual(example.levers);
    expect(spec.assumptions).toEqual(example.assumptions);

    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/scenario.ts', '--spec', file, '--format', 'json'], {
      maxBuffer: 64 << 20,
    });
    const cli = JSON.parse(stdout) as ScenarioResult;
    for (const rule of ['ring', 'rest', 'outside']) {
      const d = cli.rules.find((r) => r.key === rule)!.indices.find((i) => i.index === 'D')!;
      const app = await dRow(page, rule);
      expect(app.before).toBe(Number(d.before!.toFixed(4)));
      expect(app.after).toBe(Number(d.after!.toFixed(4)));
    }
    const ringZone = cli.rules.find((r) => r.key === 'ring')!.zones.find((z) => z.zone === 'ring1')!;
    expect(await ringChange(page, 'ring')).toBe(Number(ringZone.changePp![0]!.toFixed(3)));
  });

  it('refuses a lever the data cannot support, with the reason', async () => {
    const { page } = w;
    await page.selectOption('.scenario-lever select[name=to]', 'middenhuur');
    await page.click('.scenario-compute');
    await page.waitForSelector('.scenario-refusal', { timeout: 120_000 });
    expect(await page.textContent('.scenario-refusal')).toMatch(/middenhuur/i);
    await page.screenshot({ path: `${ARTIFACTS}/scenario-refused.png` });
  });

  it('ignores a broken scenario link with a notice and keeps working', async () => {
    const { page } = w;
    await page.goto(`${h.baseUrl}?modus=scenario&lang=nl&scenario=bm90LWpzb24`);
    await page.waitForSelector('.scenario-url-notice');
    expect(await page.textContent('.scenario-url-notice')).toMatch(/niet te lezen/);
    await page.waitForSelector('.scenario-form');
    expect(page.url()).not.toMatch(/scenario=/);
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });
});

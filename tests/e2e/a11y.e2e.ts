/**
 * Accessibility: axe-core on every view of the app in Dutch and English, zero violations of any impact. axe is
 * evaluated through the DevTools protocol (the app's Content-Security-Policy rightly refuses an injected script tag).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, watchedPage, type Harness, type Watched } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let h: Harness;
let w: Watched;
beforeAll(async () => {
  h = await startHarness();
  w = await watchedPage(h, { width: 1280, height: 800 });
});
afterAll(async () => h?.close());

const AMS = '?gm=GM0363&jaar=2022&var=share_income_low&groep=income_low';
const AMS_MAP = 'wijk_2022|share_income_low|GM0363';
const VIEWS: [name: string, query: string, mapKey: string][] = [
  ['ranking', `${AMS}&paneel=ranking`, AMS_MAP],
  ['charts', `${AMS}&paneel=charts`, AMS_MAP],
  ['table', `${AMS}&paneel=table`, AMS_MAP],
  ['buurten', `${AMS}&paneel=buurten`, AMS_MAP],
  ['scale', `${AMS}&paneel=scale`, AMS_MAP],
  ['sql', `${AMS}&paneel=sql`, AMS_MAP],
  ['import', `${AMS}&paneel=import`, AMS_MAP],
  ['presenter', '?lvl=gemeente&jaar=2022&var=share_income_low&presenteer=1', 'gemeente_2022|share_income_low|'],
  ['waterbed', '?modus=waterbed&lvl=gemeente&jaar=2022', 'gemeente_2022'],
  ['scenario', '?modus=scenario&gm=GM0599&jaar=2022', 'wijk_2022'],
];

async function violations(query: string, mapKey: string): Promise<string[]> {
  const { page } = w;
  await page.goto(h.baseUrl + query);
  await page.waitForFunction((k) => (document.documentElement.dataset.mapReady ?? '').startsWith(k), mapKey, { timeout: 90_000 });
  await page.waitForTimeout(1000); // lazy panels settle
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const r = await axe.run(document);
    return r.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('axe-core on every view', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`has no violations in any view (${lang})`, async () => {
      const found: Record<string, string[]> = {};
      for (const [name, query, key] of lang === 'nl'
        ? VIEWS
        : VIEWS.filter(([n]) => ['ranking', 'table', 'waterbed', 'presenter'].includes(n))) {
        const v = await violations(`${query}&lang=${lang}`, key);
        if (v.length) found[name] = v;
      }
      expect(found).toEqual({});
      expect(w.consoleErrors).toEqual([]);
    });
  }
});

/**
 * Failure states in Chromium, case by case from tests/bad-inputs/browser.cases.ts: data files that answer 404/500,
 * arrive truncated, never answer or reset the connection, the catalogue failing, a boundary layer failing on a year
 * switch, presenter mode, and stale or unknown codes in the URL. For every case the page must say what happened in
 * words (error panel or notice), show no developer text, log no unhandled error, and — where the case says so —
 * recover on "Opnieuw proberen" without a page reload. Screenshots: artifacts/errors-<case>.png.
 *
 * Chromium logs "Failed to load resource" for each injected failure; those are the only console errors allowed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BROWSER_CASES, type BrowserCase, type Fault } from '../bad-inputs/browser.cases';
import { ARTIFACTS, startHarness, waitForMap, type Harness } from './harness';

let h: Harness;
afterAll(async () => h?.close());

type Observed = 'correct' | 'clear-error' | 'silent-wrong' | 'stack-trace';
/** Per case: what was seen, or the assertion that failed on the way. */
const outcomes = new Map<string, { observed: Observed; error?: unknown; ms: number }>();
/**
 * Cases run on this many pages at once (each page is a fresh browser context: no shared cache, no shared routes).
 * SEGV_E2E_CONCURRENCY=1 runs them one by one (a busy machine).
 */
const CONCURRENCY = Number(process.env.SEGV_E2E_CONCURRENCY) || 2;
/** Upper bounds only (a passing run does not wait for them); generous for a loaded machine. */
const SHOW_TIMEOUT = 60_000;

/** Text a user must never see. */
const DEVELOPER_TEXT =
  /SyntaxError|TypeError|RangeError|JSON|position|at http|Error:|Uncaught|undefined|\[object|HTTP \d|\.parquet|\.topo\.json/;
const EXPECTED_CONSOLE = /^Failed to load resource/;
const NL_DEFAULT = 'gemeente_2022|share_income_low|';

async function applyFault(page: Page, fault: Fault): Promise<void> {
  await page.route(fault.url, async (route) => {
    switch (fault.mode) {
      case 'status-404':
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
      case 'status-500':
        return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal server error' });
      case 'truncate': {
        const real = await route.fetch();
        const body = await real.body();
        return route.fulfill({ status: 200, contentType: real.headers()['content-type'], body: body.subarray(0, body.length >> 1) });
      }
      case 'hang':
        return; // never answers
      case 'reset':
        return route.abort('connectionreset');
      case 'html':
        return route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><html><body><div id="root"></div></body></html>',
        });
    }
  });
}

async function act(page: Page, action: BrowserCase['action']): Promise<void> {
  if (action === 'year-2019') {
    await page.selectOption('select[name=variable]', 'population');
    await waitForMap(page, 'gemeente_2022|population|');
    await page.selectOption('select[name=year]', '2019');
  }
}

/** Fill layers the map draws now (a parked layer is on the map at layer opacity 0: not drawn). */
async function visibleLayers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type MapLike = { getStyle(): { layers: { id: string }[] }; getPaintProperty(id: string, p: string): unknown };
    const map = (window as unknown as { __segvMap: MapLike }).__segvMap;
    return map
      .getStyle()
      .layers.filter((l) => l.id.startsWith('fill-') && map.getPaintProperty(l.id, 'fill-layer-opacity') !== 0)
      .map((l) => l.id.slice(5));
  });
}

const mapIs = (page: Page, ready: string, timeout = 90_000) =>
  waitForMap(page, ready, timeout).then(
    () => true,
    () => false,
  );

/** Load the case's page with its fault (before the load, or after the first map) and do its action. */
async function openCase(page: Page, c: BrowserCase): Promise<void> {
  if (c.timeoutMs)
    await page.addInitScript((ms) => ((window as unknown as { __segvLoadTimeoutMs: number }).__segvLoadTimeoutMs = ms), c.timeoutMs);
  if (c.fault && !c.faultAfterLoad) await applyFault(page, c.fault);
  await page.goto(h.baseUrl + c.query);
  if (c.fault && c.faultAfterLoad) {
    await waitForMap(page, NL_DEFAULT);
    await applyFault(page, c.fault);
  }
  await act(page, c.action);
}

/** What the user sees after the failure: the words, the fallback map, no old layer, no developer text. */
async function observe(page: Page, c: BrowserCase, debug: string[]): Promise<Observed> {
  const selector = c.shows === 'error-panel' ? '.load-error[role=alert]' : '.notice[role=alert]';
  const shown = await page.waitForSelector(selector, { timeout: SHOW_TIMEOUT }).then(
    () => true,
    () => false,
  );
  const text = shown ? ((await page.textContent(selector)) ?? '') : '';
  if (c.ready) expect(await mapIs(page, c.ready), `${c.id}: fallback map ${c.ready}`).toBe(true);
  if (c.hiddenLayer) {
    await page.waitForFunction(() => document.querySelector('.legend')?.textContent?.includes('2019'), null, { timeout: SHOW_TIMEOUT });
    expect(await visibleLayers(page), `${c.id}: no old layer under the new legend`).toEqual([]);
  }
  await page.screenshot({ path: `${ARTIFACTS}/errors-${c.id}.png` });
  const body = await page.evaluate(() => document.body.innerText);
  if (DEVELOPER_TEXT.test(body)) {
    console.log(`${c.id}: developer text on the page: ${DEVELOPER_TEXT.exec(body)![0]}`);
    return 'stack-trace';
  }
  if (!shown || !c.message.test(text)) {
    console.log(`${c.id}: expected ${c.message} in ${selector}, saw: ${JSON.stringify(text)}; load log:\n  ${debug.join('\n  ')}`);
    return 'silent-wrong';
  }
  if (c.kind) expect(await page.getAttribute('.load-error li', 'data-kind')).toBe(c.kind);
  if (c.query.includes('presenteer=1')) {
    expect(await page.isVisible('.panel')).toBe(false);
    expect(await page.isVisible(selector), `${c.id}: visible in presenter mode`).toBe(true);
  }
  return 'clear-error';
}

/** The way out: "Opnieuw proberen" once the fault is gone (no page reload except for the catalogue), or the successor. */
async function recover(page: Page, c: BrowserCase): Promise<Observed | null> {
  if (c.retryReady) {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.click('.load-error .retry');
    expect(await mapIs(page, c.retryReady), `${c.id}: retry paints ${c.retryReady}`).toBe(true);
    await page.waitForSelector('.load-error', { state: 'detached', timeout: SHOW_TIMEOUT });
    if (/stats|wasm|variables/.test(c.fault?.url ?? '')) {
      // Fully recovered: DuckDB is up with the statistics, and nothing failed again.
      await page.waitForFunction(() => performance.getEntriesByName('segv:stats-ready').length > 0, null, { timeout: SHOW_TIMEOUT });
      expect(await page.$('.load-error'), `${c.id}: no new failure after the retry`).toBeNull();
    }
    if (c.fault?.url.includes('engine')) await page.waitForSelector('.ranking .bar', { timeout: SHOW_TIMEOUT }); // computed now
    if (c.hiddenLayer) expect(await visibleLayers(page)).toEqual([c.retryReady.split('|')[0]]);
    await page.screenshot({ path: `${ARTIFACTS}/errors-${c.id}-retried.png` });
  }
  if (c.action !== 'open-successor') return null;
  await page.click('.notice-action');
  const ok = await mapIs(page, c.successorReady!);
  await page.screenshot({ path: `${ARTIFACTS}/errors-${c.id}-successor.png` });
  return ok ? 'correct' : 'silent-wrong';
}

/** Run one case on a fresh page; returns what a user would have seen, sorted into the four outcomes. */
async function runCase(c: BrowserCase): Promise<Observed> {
  const page = await h.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const consoleErrors: string[] = [];
  const debug: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
    if (m.type() === 'debug' && m.text().startsWith('[segv]')) debug.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${String(e)}`));
  try {
    await openCase(page, c);
    const seen = await observe(page, c, debug);
    if (seen !== 'clear-error') return seen;
    const observed = (await recover(page, c)) ?? seen;
    expect(
      consoleErrors.filter((m) => !EXPECTED_CONSOLE.test(m)),
      `${c.id}: console`,
    ).toEqual([]);
    expect(consoleErrors.join('\n')).not.toMatch(/Unhandled|Uncaught/);
    return observed;
  } catch (e) {
    const panel = await page.textContent('.load-error').catch(() => null);
    console.log(`${c.id} failed; error panel: ${JSON.stringify(panel)}; load log:\n  ${debug.join('\n  ')}`);
    throw e;
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  h = await startHarness();
  const only = process.env.SEGV_E2E_CASES?.split(',');
  const queue = BROWSER_CASES.filter((c) => !only || only.includes(c.id));
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const t0 = Date.now();
      try {
        outcomes.set(c.id, { observed: await runCase(c), ms: Date.now() - t0 });
      } catch (error) {
        outcomes.set(c.id, { observed: 'silent-wrong', error, ms: Date.now() - t0 });
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}, 600_000);

describe('failure states and stale codes (corpus tests/bad-inputs/browser.cases.ts)', () => {
  for (const c of BROWSER_CASES) {
    it(`${c.id}: ${c.description}`, (ctx) => {
      const o = outcomes.get(c.id);
      if (!o) return ctx.skip();
      if (o.error) throw o.error;
      expect(o.observed).toBe(c.expected);
    });
  }

  it('corpus summary', () => {
    const results = BROWSER_CASES.filter((c) => outcomes.has(c.id)).map((c) => ({ id: c.id, ...outcomes.get(c.id)! }));
    const count = (o: Observed) => results.filter((r) => r.observed === o).length;
    console.log(results.map((r) => `${r.id}: ${r.observed} (${r.ms} ms)`).join('\n'));
    console.log(
      `browser corpus: ${results.length} tried, ${count('correct')} correct result, ${count('clear-error')} clear error, ` +
        `${count('silent-wrong')} silent wrong, ${count('stack-trace')} stack trace`,
    );
    expect(count('silent-wrong') + count('stack-trace')).toBe(0);
  });
});

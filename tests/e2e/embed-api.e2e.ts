/**
 * The embed API across origins: a host page on another origin (localhost vs the app's 127.0.0.1, separate server)
 * iframes ?embed=1&origin=<host>, sends commands and receives events. Checks: a select command changes the map and
 * answers with a 'select' event (code and name as in the statistics file); hover and click on the map post events;
 * a malformed or unknown command answers 'error' and shows a notice; a host whose origin is not the declared one is
 * ignored (no change, no events).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, startHarness, statsRows, watchedPage, type Harness, type Watched } from './harness';

declare global {
  interface Window {
    events?: Record<string, unknown>[];
    send?: (cmd: unknown) => void;
  }
}

let h: Harness;
let host: Server;
let hostOrigin = '';
const pages: Watched[] = [];

function hostHtml(src: string, app: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gastpagina</title>
<style>body{font:14px system-ui;margin:1rem}pre{font-size:11px;white-space:pre-wrap;max-width:640px}</style></head><body>
<h1>Gastpagina op een ander domein</h1>
<iframe id="f" src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="640" height="420" title="Kaart"></iframe>
<pre id="log"></pre>
<script>
const APP = ${JSON.stringify(app)};
window.events = [];
addEventListener('message', (e) => {
  if (e.origin !== APP || e.data?.source !== 'segregatieverkenner') return;
  events.push(e.data);
  document.getElementById('log').textContent = events.slice(-5).map((x) => JSON.stringify(x)).join('\\n');
});
window.send = (cmd) => document.getElementById('f').contentWindow.postMessage(cmd, APP);
</script></body></html>`;
}

beforeAll(async () => {
  h = await startHarness();
  host = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const src = u.searchParams.get('src') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(hostHtml(src, new URL(h.baseUrl).origin));
  });
  await new Promise<void>((r) => host.listen(0, 'localhost', r));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => host?.close(r));
  await h?.close();
});

async function open(declared: string): Promise<{ page: Page; frame: Frame }> {
  const w = await watchedPage(h, { width: 760, height: 700 });
  pages.push(w);
  const src = `${h.baseUrl}?lvl=gemeente&jaar=2022&var=share_income_low&embed=1&origin=${encodeURIComponent(declared)}`;
  await w.page.goto(`${hostOrigin}/?src=${encodeURIComponent(src)}`);
  const frame = await (await w.page.waitForSelector('#f')).contentFrame();
  await frame!.waitForFunction(() => document.documentElement.dataset.mapReady === 'gemeente_2022|share_income_low|', null, {
    timeout: 90_000,
  });
  return { page: w.page, frame: frame! };
}

const events = (p: Page, type: string) => p.evaluate((t) => window.events!.filter((e) => e.type === t), type);
async function waitEvent(p: Page, pred: string): Promise<Record<string, unknown>> {
  const handle = await p
    .waitForFunction((src) => window.events!.find(new Function('e', `return ${src}`) as never), pred, { timeout: 60_000 })
    .catch(async (e: unknown) => {
      throw new Error(`${String(e)}\nno event ${pred} among ${JSON.stringify(await p.evaluate(() => window.events))}`);
    });
  return (await handle.jsonValue()) as Record<string, unknown>;
}

/** A point (relative to the frame's map canvas) well inside some unit of the iframe's map, with that unit's code. */
async function unitPoint(f: Frame): Promise<{ x: number; y: number; code: string }> {
  return f.evaluate(() => {
    const map = window.__segvMap!;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const at = (x: number, y: number) =>
      map.queryRenderedFeatures([x, y]).find((q) => q.properties?.code)?.properties?.code as string | undefined;
    for (let y = height / 2; y < height - 10; y += 7)
      for (let x = width / 2; x < width - 10; x += 7) {
        const c = at(x, y);
        if (c && [at(x + 6, y), at(x, y + 6), at(x - 6, y), at(x, y - 6)].every((d) => d === c)) return { x, y, code: c };
      }
    throw new Error('no unit found on the map');
  });
}

describe('embed API (host on another origin)', () => {
  it('select command, events for select/hover/click, errors for bad commands', async () => {
    const { page, frame } = await open(hostOrigin);
    const ready = await waitEvent(page, "e.type === 'ready'");
    expect(ready).toMatchObject({ version: 1, state: { level: 'gemeente', year: 2022, variable: 'share_income_low', selected: null } });

    const wijk = (await statsRows('wijk')).find((r) => r.code === 'WK036300' && r.year === 2022)!;
    await page.evaluate(() => window.send!({ target: 'segregatieverkenner', version: 1, type: 'select', code: 'WK036300', id: 'q1' }));
    const sel = await waitEvent(page, "e.type === 'select' && e.code === 'WK036300'");
    expect(sel).toMatchObject({ name: wijk.name, level: 'wijk', variable: 'share_income_low', year: 2022, id: 'q1' });
    expect(sel.value).toBeCloseTo(wijk.share_income_low as number, 6);
    await frame.waitForFunction(() => document.documentElement.dataset.mapReady === 'wijk_2022|share_income_low|GM0363', null, {
      timeout: 90_000,
    });
    expect(await frame.textContent('.embed-title')).toContain(wijk.gemeente_name);
    expect((await events(page, 'state')).at(-1)).toMatchObject({ state: { gemeente: 'GM0363', selected: 'WK036300', level: 'wijk' } });

    // Change the variable by command.
    await page.evaluate(() =>
      window.send!({ target: 'segregatieverkenner', version: 1, type: 'setVariable', variable: 'share_income_high' }),
    );
    await frame.waitForFunction(() => document.documentElement.dataset.mapReady === 'wijk_2022|share_income_high|GM0363', null, {
      timeout: 90_000,
    });

    // Hover and click in the frame: the events name the unit under the pointer, as in the statistics file.
    await frame.evaluate(() => new Promise((r) => window.__segvMap!.once('idle', r).triggerRepaint()));
    const pt = await unitPoint(frame);
    const canvas = frame.locator('.embed-map canvas').first();
    await canvas.hover({ position: { x: pt.x - 2, y: pt.y - 2 } });
    await canvas.hover({ position: { x: pt.x, y: pt.y } });
    const hover = await waitEvent(page, `e.type === 'hover' && e.code === ${JSON.stringify(pt.code)}`);
    const row = (await statsRows('wijk')).find((r) => r.code === hover.code && r.year === 2022)!;
    expect(hover).toMatchObject({ name: row.name, level: 'wijk', variable: 'share_income_high' });
    expect(hover.value).toBeCloseTo(row.share_income_high as number, 6);
    await canvas.click({ position: { x: pt.x, y: pt.y } });
    if (hover.code !== 'WK036300') await waitEvent(page, `e.type === 'select' && e.code === ${JSON.stringify(hover.code)}`);

    // Malformed and unknown commands: an error event back and a notice, no crash.
    await page.evaluate(() => window.send!({ target: 'segregatieverkenner', version: 1, type: 'explode', id: 'bad1' }));
    const err = await waitEvent(page, "e.type === 'error' && e.id === 'bad1'");
    expect(err).toMatchObject({ error: 'unknown_command', command: 'explode' });
    expect(String(err.message)).toContain('Onbekende opdracht');
    await page.evaluate(() => window.send!({ target: 'segregatieverkenner', version: 1, type: 'setYear', year: 'twintig', id: 'bad2' }));
    expect(await waitEvent(page, "e.type === 'error' && e.id === 'bad2'")).toMatchObject({ error: 'invalid_value', field: 'year' });
    await page.evaluate(() => window.send!('hallo'));
    await waitEvent(page, "e.type === 'error' && e.error === 'not_a_command'");
    expect(await frame.textContent('.embed-notice')).toContain('geen opdracht');
    expect(await frame.isVisible('.embed-map canvas')).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/embed-api-host.png` });
  });

  it('ignores a host whose origin is not the declared one', async () => {
    const { page, frame } = await open('https://elders.example');
    await page.evaluate(() => window.send!({ target: 'segregatieverkenner', version: 1, type: 'select', code: 'WK036300' }));
    await page.evaluate(() => window.send!({ target: 'segregatieverkenner', version: 1, type: 'explode' }));
    await page.waitForTimeout(1500);
    expect(await frame.evaluate(() => document.documentElement.dataset.mapReady)).toBe('gemeente_2022|share_income_low|');
    expect(await page.evaluate(() => window.events!.length)).toBe(0);
    expect(await frame.isVisible('.embed-notice')).toBe(false);
  });

  it('no request left the local origins and nothing was logged as an error', () => {
    expect(pages.flatMap((w) => w.foreignRequests)).toEqual([]);
    expect(pages.flatMap((w) => w.consoleErrors)).toEqual([]);
  });
});

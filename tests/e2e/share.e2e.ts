/**
 * Private by construction and the embed view: the Content-Security-Policy (header from scripts/serve.mjs and meta in
 * the built index.html) is in force, so injected inline script does not run; the app still works under it; no
 * request leaves the app's origin in the explore, embed and presenter modes; ?embed=1 at 480×320 shows map, legend
 * (beside, never over the map), title and credit; "copy embed code" gives the iframe snippet.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, mapIdle, startHarness, waitForMap, watchedPage, type Harness, type Watched } from './harness';

declare global {
  interface Window {
    /** Set only if injected inline script ran. */
    __pwned?: unknown;
    /** CSP violations seen by the page (recorded by an init script). */
    __cspViolations?: string[];
  }
}

let h: Harness;
const pages: Watched[] = [];
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

async function page(viewport?: { width: number; height: number }): Promise<Page> {
  const w = await watchedPage(h, viewport);
  pages.push(w);
  await w.page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return w.page;
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, outer: Box) =>
  a.x >= outer.x - 0.5 &&
  a.y >= outer.y - 0.5 &&
  a.x + a.width <= outer.x + outer.width + 0.5 &&
  a.y + a.height <= outer.y + outer.height + 0.5;

describe('Content-Security-Policy', () => {
  it('is sent as a header and set as a meta tag, allowing only the own origin', async () => {
    const res = await fetch(h.baseUrl);
    const header = res.headers.get('content-security-policy') ?? '';
    expect(header).toContain("default-src 'self'");
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(header).not.toMatch(/'unsafe-eval'|'unsafe-inline'[^;]*;?\s*$|script-src[^;]*unsafe-inline/);
    expect(header).toContain('frame-ancestors *');
    const html = await res.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toContain("default-src 'self'");
    expect(meta).not.toContain('frame-ancestors');
    // Every asset response carries it too (e.g. the worker scripts, whose own policy it is).
    const js = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!;
    expect((await fetch(h.baseUrl + js)).headers.get('content-security-policy')).toBe(header);
  });

  it('blocks inline script injected through a URL parameter or the DOM, and the app still works', async () => {
    const p = await page();
    await p.goto(
      `${h.baseUrl}?var=${encodeURIComponent('<script>window.__pwned=1</script>')}&gm=${encodeURIComponent('<img src=x onerror="window.__pwned=2">')}`,
    );
    await waitForMap(p, 'gemeente_2022|share_income_low|');
    await p.waitForSelector('.notice');
    const injected = await p
      .addScriptTag({ content: 'window.__pwned = 3;' })
      .then(() => 'added')
      .catch((e: unknown) => String(e));
    await p.evaluate(() => {
      const a = document.createElement('a');
      a.setAttribute('onclick', 'window.__pwned = 4');
      document.body.append(a);
      a.click();
    });
    expect(await p.evaluate(() => window.__pwned)).toBeUndefined();
    const violations = await p.evaluate(() => window.__cspViolations!);
    expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(typeof injected).toBe('string');
    // The violations we provoked are all the page has seen: the app itself needs nothing the policy refuses.
    expect(violations.every((v) => /^script-src(-elem|-attr)? inline$/.test(v))).toBe(true);
  });
});

describe('modes under the policy', () => {
  it('explore: paints the map without console errors or CSP violations', async () => {
    const p = await page();
    await p.goto(`${h.baseUrl}?gm=GM0363&jaar=2022&var=share_income_low`);
    await waitForMap(p, 'wijk_2022|share_income_low|GM0363');
    await p.waitForSelector('.indices-panel, .legend li');
    expect(await p.evaluate(() => window.__cspViolations)).toEqual([]);
  });

  it('presenter: map and legend only, nothing refused', async () => {
    const p = await page();
    await p.goto(`${h.baseUrl}?gm=GM0363&jaar=2022&var=share_income_low&presenteer=1`);
    await waitForMap(p, 'wijk_2022|share_income_low|GM0363');
    expect(await p.isVisible('.present-legend .legend')).toBe(true);
    expect(await p.evaluate(() => window.__cspViolations)).toEqual([]);
  });

  it('embed at 480×320: map, legend below (not over) the map, title and credit; no top bar or panels', async () => {
    const p = await page({ width: 480, height: 320 });
    await p.goto(`${h.baseUrl}?gm=GM0363&jaar=2022&var=share_income_low&embed=1`);
    await waitForMap(p, 'wijk_2022|share_income_low|GM0363');
    for (const sel of ['.topbar', '.panel', '.drawer', '.drawer-tabs']) expect(await p.isVisible(sel)).toBe(false);
    const title = (await p.textContent('.embed-title'))!;
    expect(title).toContain('Amsterdam');
    expect(title).toContain('2022');
    expect(await p.isVisible('.embed-credit')).toBe(true);
    expect(await p.textContent('.embed-credit')).toContain('CBS');
    const map = (await p.locator('.map canvas').first().boundingBox())!;
    const legend = (await p.locator('.embed-legend').boundingBox())!;
    const credit = (await p.locator('.embed-credit').boundingBox())!;
    const view: Box = { x: 0, y: 0, width: 480, height: 320 };
    expect(map.height).toBeGreaterThan(160);
    expect(map.width).toBeGreaterThanOrEqual(470);
    expect(overlaps(legend, map)).toBe(false);
    expect(overlaps(credit, map)).toBe(false);
    for (const b of [map, legend, credit]) expect(inside(b, view)).toBe(true);
    // Every class of the legend is shown (none wrapped out of view).
    const rows = await p.$$eval('.embed-legend li', (lis) => lis.map((li) => li.getBoundingClientRect().bottom));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...rows)).toBeLessThanOrEqual(320);
    expect(await p.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(new URL(p.url()).searchParams.get('embed')).toBe('1');
    await mapIdle(p);
    await p.screenshot({ path: `${ARTIFACTS}/embed-480x320.png` });
  });

  it('embed in English at 480×320, at country level', async () => {
    const p = await page({ width: 480, height: 320 });
    await p.goto(`${h.baseUrl}?lvl=gemeente&jaar=2022&var=mean_woz_keur&lang=en&embed=1`);
    await waitForMap(p, 'gemeente_2022|mean_woz_keur|');
    expect(await p.textContent('.embed-credit')).toContain('Source');
    const map = (await p.locator('.map canvas').first().boundingBox())!;
    expect(overlaps((await p.locator('.embed-legend').boundingBox())!, map)).toBe(false);
    await mapIdle(p);
    await p.screenshot({ path: `${ARTIFACTS}/embed-480x320-en.png` });
  });
});

describe('copy embed code', () => {
  it('puts an iframe snippet of the current view (embed=1) on the clipboard', async () => {
    const p = await page();
    await p.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.baseUrl.replace(/\/$/, '') });
    await p.goto(`${h.baseUrl}?gm=GM0363&jaar=2022&var=share_income_low&presenteer=0`);
    await waitForMap(p, 'wijk_2022|share_income_low|GM0363');
    await p.click('.embed-code button');
    await p.waitForSelector('.embed-code-status:has-text("gekopieerd")');
    const snippet = await p.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*embed=1[^"]*" width="480" height="320" title="[^"]+" loading="lazy"><\/iframe>$/,
    );
    expect(snippet).toContain('gm=GM0363');
    expect(snippet).not.toContain('presenteer');
    expect(snippet).toContain('&amp;');
  });

  it('shows the snippet to copy by hand when the clipboard is refused', async () => {
    const p = await page();
    await p.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await p.goto(`${h.baseUrl}?lvl=gemeente&jaar=2022&var=share_income_low&lang=en`);
    await waitForMap(p, 'gemeente_2022|share_income_low|');
    await p.click('.embed-code button:has-text("Copy embed code")');
    const text = await p.inputValue('.embed-code textarea');
    expect(text).toContain('embed=1');
    expect(text).toMatch(/^<iframe src="[^"]+" width="480" height="320" title="Map: [^"]+" loading="lazy"><\/iframe>$/);
    // The embed address it names opens the embed view.
    const src = /src="([^"]+)"/.exec(text)![1]!.replace(/&amp;/g, '&');
    await p.goto(src);
    await waitForMap(p, 'gemeente_2022|share_income_low|');
    expect(await p.isVisible('.embed-legend')).toBe(true);
    expect(await p.isVisible('.topbar')).toBe(false);
  });
});

describe('privacy', () => {
  it('no request left the origin and nothing was logged as an error, in any mode', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(pages.flatMap((w) => w.foreignRequests)).toEqual([]);
    // The CSP test page logs the refusals it provoked; every other page must be clean.
    const [, ...rest] = pages;
    expect(rest.flatMap((w) => w.consoleErrors)).toEqual([]);
    expect(pages[0]!.consoleErrors.every((e) => /Content Security Policy/.test(e))).toBe(true);
  });
});

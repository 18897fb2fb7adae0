/**
 * Presenter stories: build a three-step story in the panel (titles, reorder, remove), present it and step with the
 * keyboard and clicker keys (each step's variable, year and selection shown in place), reload keeps it
 * (localStorage), export/import (a bad file gives a message in the UI language), the story link opens it in a fresh
 * browser; a screenshot of presenter mode at 1280×720.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, mapIdle, startHarness, waitForMap, watchedPage, type Harness, type Watched } from './harness';

let h: Harness;
const pages: Watched[] = [];
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const VIEWS = [
  { q: '?lvl=gemeente&jaar=2022&var=share_income_low', ready: 'gemeente_2022|share_income_low|', title: 'Laag inkomen 2022' },
  { q: '?lvl=gemeente&jaar=2017&var=population', ready: 'gemeente_2017|population|', title: 'Inwoners 2017' },
  {
    q: '?gm=GM0363&jaar=2022&var=share_income_high&sel=WK036300',
    ready: 'wijk_2022|share_income_high|GM0363',
    title: 'Amsterdam, hoog inkomen',
  },
];

const count = (p: Page) => p.textContent('.story-bar .story-count');
const titles = (p: Page) => p.$$eval('.story-steps input', (els) => els.map((e) => (e as HTMLInputElement).value));

async function press(p: Page, key: string, view: (typeof VIEWS)[number], n: number) {
  await p.keyboard.press(key);
  await waitForMap(p, view.ready);
  expect(await count(p)).toBe(`Stap ${n} van 3`);
  expect(await p.textContent('.story-bar .story-title')).toBe(view.title);
}

describe('presenter story', () => {
  it('builds, presents, steps with keys, survives reload, exports/imports and opens from a link', async () => {
    const w = await watchedPage(h, { width: 1280, height: 720 });
    pages.push(w);
    const p = w.page;
    await p.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.baseUrl.replace(/\/$/, '') });
    for (const [i, v] of VIEWS.entries()) {
      await p.goto(h.baseUrl + v.q);
      await waitForMap(p, v.ready);
      if (i === 0) await p.click('.story-editor summary');
      await p.click('.story-actions button:has-text("Voeg huidige weergave toe")');
      await p.fill(`.story-steps li:nth-child(${i + 1}) input`, v.title);
    }
    // Reorder and remove: a fourth step moved up, then removed; step 3 up and back down.
    await p.click('.story-actions button:has-text("Voeg huidige weergave toe")');
    await p.fill('.story-steps li:nth-child(4) input', 'weg');
    await p.click('[aria-label="Stap 4 omhoog"]');
    expect(await titles(p)).toEqual([VIEWS[0]!.title, VIEWS[1]!.title, 'weg', VIEWS[2]!.title]);
    await p.click('[aria-label="Verwijder stap 3"]');
    await p.click('[aria-label="Stap 3 omhoog"]');
    await p.click('[aria-label="Stap 2 omlaag"]');
    expect(await titles(p)).toEqual(VIEWS.map((v) => v.title));

    // Export: the file holds the three steps.
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('button:has-text("Exporteer (JSON)")')]);
    const exported = JSON.parse(await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8'))) as {
      version: number;
      steps: { title: string; query: string }[];
    };
    expect(exported.version).toBe(1);
    expect(exported.steps.map((s) => s.title)).toEqual(VIEWS.map((v) => v.title));
    expect(exported.steps[2]!.query).toContain('sel=WK036300');

    // A bad import: a message in the UI language, the story unchanged.
    await p.setInputFiles('.story-import input', {
      name: 'kapot.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version":1,"steps":[{"title":3}]}'),
    });
    expect(await p.textContent('.story-editor [role=alert]')).toContain('Stap 1 is onleesbaar');
    expect(await titles(p)).toEqual(VIEWS.map((v) => v.title));

    await p.locator('.story-editor').screenshot({ path: `${ARTIFACTS}/presenter-story-editor.png` });
    // Present, step with the keyboard and the clicker's keys.
    await p.click('button:has-text("Start presentatie")');
    await waitForMap(p, VIEWS[0]!.ready);
    expect(await p.getAttribute('.app', 'class')).toBe('app present');
    expect(await count(p)).toBe('Stap 1 van 3');
    await press(p, 'ArrowRight', VIEWS[1]!, 2);
    await press(p, 'PageDown', VIEWS[2]!, 3);
    expect(new URL(p.url()).searchParams.get('sel')).toBe('WK036300');
    expect(await p.isVisible('.present-legend .legend')).toBe(true);
    await mapIdle(p);
    await p.screenshot({ path: `${ARTIFACTS}/presenter-1280x720.png` });
    await press(p, 'PageUp', VIEWS[1]!, 2);
    await press(p, 'Home', VIEWS[0]!, 1);
    await press(p, 'End', VIEWS[2]!, 3);
    await press(p, 'ArrowLeft', VIEWS[1]!, 2);
    await press(p, ' ', VIEWS[2]!, 3);
    await press(p, 'ArrowLeft', VIEWS[1]!, 2);
    expect(new URL(p.url()).searchParams.has('sel')).toBe(false);

    // Reload: the story and the step are still there.
    await p.reload();
    await waitForMap(p, VIEWS[1]!.ready);
    expect(await count(p)).toBe('Stap 2 van 3');
    await press(p, 'ArrowRight', VIEWS[2]!, 3);

    // The story as one link opens it in a fresh browser (no saved story), on step 1, in presenter mode.
    await p.click('.present-toggle');
    await p.click('button:has-text("Kopieer link naar verhaal")');
    await p.waitForSelector('.story-editor [role=status]:has-text("gekopieerd")');
    const link = await p.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/[?&]verhaal=[A-Za-z0-9_-]+/);
    const ctx = await h.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const q = await ctx.newPage();
    await q.goto(link);
    await waitForMap(q, VIEWS[0]!.ready);
    expect(await q.textContent('.story-bar .story-count')).toBe('Stap 1 van 3');
    expect(await q.textContent('.story-bar .story-title')).toBe(VIEWS[0]!.title);
    await q.keyboard.press('PageDown');
    await waitForMap(q, VIEWS[1]!.ready);
    // Full screen (Fullscreen API) on and off again; the button follows.
    await q.click('.story-bar button:has-text("Volledig scherm")');
    await q.waitForFunction(() => document.fullscreenElement !== null);
    await q.waitForSelector('.story-bar button[aria-pressed=true]:has-text("Volledig scherm uit (Esc)")');
    await q.click('.story-bar button[aria-pressed=true]');
    await q.waitForFunction(() => document.fullscreenElement === null);
    await ctx.close();
  }, 480_000);

  it('no request left the origin and nothing was logged as an error', () => {
    expect(pages.flatMap((w) => w.foreignRequests)).toEqual([]);
    expect(pages.flatMap((w) => w.consoleErrors)).toEqual([]);
  });
});

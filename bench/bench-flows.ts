/**
 * The user flows that `npm run bench` times in headless Chromium, one function per flow. Every figure is read in
 * the page (performance marks of the app, or an observer installed before the app loads), in ms.
 */
import type { Page, Request } from 'playwright-core';

/** Installed before any page script: records when the search box can be typed in and every map-ready change. */
export const OBSERVER = `(() => {
  const obs = { search: null, ready: [] };
  window.__segvObs = obs;
  const check = () => {
    const el = document.querySelector('input[role=combobox]');
    if (obs.search === null && el && !el.disabled) obs.search = performance.now();
    const r = document.documentElement.dataset.mapReady;
    const last = obs.ready[obs.ready.length - 1];
    if (r && (!last || last.value !== r)) obs.ready.push({ t: performance.now(), value: r });
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

interface Obs {
  search: number | null;
  ready: { t: number; value: string }[];
}

export const mark = (page: Page, name: string): Promise<number | null> =>
  page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? null, name);

/** Start time of the first mark `name` after `after` (waits for it up to `timeout` ms; null if it never comes). */
export async function markAfter(page: Page, name: string, after: number, timeout = 30_000): Promise<number | null> {
  try {
    const h = await page.waitForFunction(
      ([n, a]) => performance.getEntriesByName(n as string).find((e) => e.startTime > (a as number))?.startTime,
      [name, after] as const,
      { timeout, polling: 'raf' },
    );
    return (await h.jsonValue()) as number;
  } catch {
    return null;
  }
}

/** Time of the first map-ready change to `value` after `after` (waits for it). */
export async function readyAfter(page: Page, value: string, after: number, timeout = 60_000): Promise<number> {
  const h = await page.waitForFunction(
    ([v, a]) =>
      (window as unknown as { __segvObs: Obs }).__segvObs.ready.find((r) => r.t > (a as number) && r.value.startsWith(v as string))?.t,
    [value, after] as const,
    { timeout, polling: 'raf' },
  );
  return (await h.jsonValue()) as number;
}

export const searchReady = (page: Page): Promise<number | null> =>
  page.evaluate(() => (window as unknown as { __segvObs: Obs }).__segvObs.search);

/** Bytes on the wire (encoded bodies and headers) per finished request, with the wall-clock end time. */
export function recordBytes(page: Page): () => Promise<{ url: string; end: number; start: number; bytes: number }[]> {
  const pending: Promise<{ url: string; end: number; start: number; bytes: number }>[] = [];
  page.on('requestfinished', (r: Request) => {
    pending.push(
      r.sizes().then((s) => {
        const t = r.timing();
        return {
          url: r.url(),
          start: t.startTime + t.responseStart,
          end: t.startTime + t.responseEnd,
          bytes: s.responseBodySize + s.responseHeadersSize,
        };
      }),
    );
  });
  return () => Promise.all(pending);
}

/** Select `value` in `select[name=…]` from inside the page; returns performance.now() just before the change. */
export function switchSelect(page: Page, name: string, value: string): Promise<number> {
  return page.evaluate(
    ([n, v]) => {
      const el = document.querySelector<HTMLSelectElement>(`select[name=${n}]`)!;
      const t0 = performance.now();
      el.value = v!;
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return t0;
    },
    [name, value] as const,
  );
}

/** Page coordinates of a lon/lat on the primary map. */
export function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = window.__segvMap!;
    const rect = map.getContainer().getBoundingClientRect();
    const p = map.project(ll);
    return { x: Math.round(rect.left + p.x), y: Math.round(rect.top + p.y) };
  }, lngLat);
}

/** Type `query` in the search box and press Enter; returns performance.now() of the Enter keydown in the page. */
export async function timedSearch(page: Page, query: string): Promise<number> {
  await page.fill('input[role=combobox]', query);
  await page.waitForSelector('[role=option]');
  await page.evaluate(() => {
    const w = window as unknown as { __keyAt?: number };
    delete w.__keyAt;
    document.addEventListener('keydown', () => (w.__keyAt = performance.now()), { capture: true, once: true });
  });
  await page.press('input[role=combobox]', 'Enter');
  return page.evaluate(() => (window as unknown as { __keyAt: number }).__keyAt);
}

/** Click at page coordinates; returns performance.now() of the pointerdown in the page. */
export async function timedClick(page: Page, p: { x: number; y: number }): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __clickAt?: number };
    delete w.__clickAt;
    document.addEventListener('pointerdown', () => (w.__clickAt = performance.now()), { capture: true, once: true });
  });
  await page.mouse.click(p.x, p.y);
  return page.evaluate(() => (window as unknown as { __clickAt: number }).__clickAt);
}

/**
 * Shared e2e harness: serves the production build with the app's own server (scripts/serve.mjs, as `npm start`
 * does: precompressed assets, cache headers) on a free local port and drives Debian's
 * Chromium through playwright-core. Collects console errors and any request to a non-local host so tests can
 * fail on them.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import type { Map as MlMap } from 'maplibre-gl';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import type { StatsParquetRow } from '../../src/data/build/outputs';

/** What the app and the tests put on `window` (read inside page.evaluate / waitForFunction). */
declare global {
  interface Window {
    /** The primary map (src/views/map/ChoroplethMap.tsx); tests read it once the map is up. */
    __segvMap?: MlMap;
    /** Shorter download timeout in ms for the page (src/app/load-errors.ts), set by an init script. */
    __segvLoadTimeoutMs?: number;
    /** Would be set by the `alert(1)` of a hostile URL parameter if it ever ran. */
    alerted?: unknown;
  }
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = 'artifacts';
/** The production build the tests serve (SEGV_DIST lets parallel runs use their own `vite build --outDir`). */
export const DIST = process.env.SEGV_DIST ?? 'dist';

export interface Harness {
  server: Awaited<ReturnType<typeof serve>>;
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = await serve({ root: DIST, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    server,
    browser,
    baseUrl: `http://127.0.0.1:${server.port}/`,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

/** A fresh page that records console errors, page errors and requests leaving localhost. */
export async function watchedPage(h: Harness, viewport = { width: 1280, height: 800 }): Promise<Watched> {
  const page = await h.browser.newPage({ viewport });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return; // data:, blob:
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') foreignRequests.push(r.url());
  });
  return { page, consoleErrors, foreignRequests };
}

/** Wait until the map has painted the choropleth for this layer/variable/gemeente. */
export async function waitForMap(page: Page, ready: string, timeout = 90_000): Promise<void> {
  await page.waitForFunction((r) => document.documentElement.dataset.mapReady === r, ready, { timeout });
}

/** Colour [r,g,b] of one screen pixel, from a real screenshot decoded in the page. */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(1, 1);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0]!, d[1]!, d[2]!] as [number, number, number];
  }, png.toString('base64'));
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Resolve on the map's next idle event (after forcing a repaint), so screenshots show the current state. */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__segvMap!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Page coordinates of a lon/lat on the (primary) map. */
export async function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = window.__segvMap!;
    const rect = map.getContainer().getBoundingClientRect();
    const p = map.project(ll);
    return { x: Math.round(rect.left + p.x), y: Math.round(rect.top + p.y) };
  }, lngLat);
}

/** Rows of a committed statistics file, read independently of the app (hyparquet in Node). */
export async function statsRows(level: 'gemeente' | 'wijk' | 'buurt'): Promise<StatsParquetRow[]> {
  const b = readFileSync(`data/stats/${level}.parquet`);
  return (await parquetReadObjects({
    file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
  })) as StatsParquetRow[];
}

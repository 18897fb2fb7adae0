/**
 * Production behaviour that the speed work relies on: every asset is served precompressed with the right cache
 * headers (scripts/serve.mjs), and the search box works — and drills down — before DuckDB-WASM has finished
 * loading (its start is held back here by holding the answer about its module), without moving when DuckDB arrives.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, startHarness, waitForMap, watchedPage, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

function get(path: string, encoding: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, h.baseUrl), { headers: { 'Accept-Encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('served as in production', () => {
  it('sends every asset and data file brotli-compressed, hashed files immutable, index.html revalidated', async () => {
    // Files under 1 KB may go uncompressed (a compressed copy would save next to nothing).
    const assets = readdirSync(`${DIST}/assets`).filter(
      (f) => /\.(js|mjs|css|wasm)$/.test(f) && statSync(`${DIST}/assets/${f}`).size >= 1024,
    );
    expect(assets.some((f) => f.endsWith('.wasm'))).toBe(true);
    for (const file of [...assets.map((f) => `assets/${f}`), 'data/variables.json', 'data/geo/gemeente_2022.topo.json']) {
      const { headers, body } = await get(file, 'gzip, deflate, br');
      expect(headers['content-encoding'], file).toBe('br');
      expect(brotliDecompressSync(body).equals(readFileSync(`${DIST}/${file}`)), file).toBe(true);
      expect(headers['cache-control'], file).toBe(file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      expect(headers.vary).toBe('Accept-Encoding');
    }
    const wasm = await get(`assets/${assets.find((f) => f.endsWith('.wasm'))}`, 'gzip');
    expect(wasm.headers['content-encoding']).toBe('gzip');
    expect(wasm.headers['content-type']).toBe('application/wasm');
    const html = await get('', 'br');
    expect(html.headers['cache-control']).toBe('no-cache');
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect((await get('../package.json', 'br')).headers['content-encoding']).toBeUndefined();
  });

  it('lets a user search and drill down before DuckDB is ready, with the search box fixed in place', async () => {
    const { page, consoleErrors } = await watchedPage(h);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/duckdb-eh*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(h.baseUrl);
    const box = page.locator('input[role=combobox]');
    await box.waitFor();
    const before = await box.boundingBox();
    await box.fill('Amsterdam');
    await page.waitForSelector('[role=option][data-code=GM0363]');
    await box.press('Enter');
    await waitForMap(page, 'wijk_2022|share_income_low|GM0363');
    expect(await page.evaluate(() => performance.getEntriesByName('segv:duckdb-ready').length)).toBe(0);
    release();
    await page.waitForFunction(() => performance.getEntriesByName('segv:stats-ready').length > 0, null, { timeout: 90_000 });
    expect(await box.boundingBox()).toEqual(before);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

/**
 * Shared set-up of the import e2e files: files imported through the import panel's file input, waiting until each
 * report says it was imported.
 */
import type { Page } from 'playwright-core';

/** Import `files` through the open import panel and wait until `expected` reports (all so far) say "imported". */
export async function importFiles(page: Page, files: string | string[], expected = Array.isArray(files) ? files.length : 1): Promise<void> {
  await page.setInputFiles('.import-input', files);
  await page.waitForFunction((n) => document.querySelectorAll('.import-report.is-imported').length >= n, expected, { timeout: 180_000 });
}

/** A page point inside unit `code` as the map draws it on a layer whose id starts with `layerPrefix`. */
export function pointInUnit(page: Page, layerPrefix: string, code: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([prefix, c]) => {
      const map = window.__segvMap!;
      const canvas = map.getCanvas();
      const rect = map.getContainer().getBoundingClientRect();
      const layers = map
        .getStyle()
        .layers.filter((l) => l.id.startsWith(prefix!))
        .map((l) => l.id);
      for (let gy = 0.05; gy < 1; gy += 0.05)
        for (let gx = 0.05; gx < 1; gx += 0.05) {
          const p: [number, number] = [gx * canvas.clientWidth, gy * canvas.clientHeight];
          if (map.queryRenderedFeatures(p, { layers }).some((f) => f.properties.code === c))
            return { x: Math.round(rect.left + p[0]), y: Math.round(rect.top + p[1]) };
        }
      return null;
    },
    [layerPrefix, code] as const,
  );
}

/**
 * npm run bench:load — cold-load figures of the production build in headless Chromium (software WebGL):
 * milliseconds from navigation to the app's performance marks, median over fresh browser launches.
 * Build first (npm run build). Figures only — never asserted in tests.
 */
import { existsSync } from 'node:fs';
import { startHarness, waitForMap, watchedPage } from '../tests/e2e/harness';

const RUNS = Number(process.env.RUNS ?? 5);
if (!existsSync('dist/index.html')) {
  console.error('dist/ missing: run npm run build first');
  process.exit(1);
}
const marks: Record<string, number[]> = {};
for (let i = 0; i < RUNS; i++) {
  const h = await startHarness();
  const { page } = await watchedPage(h);
  await page.goto(h.baseUrl);
  await waitForMap(page, 'gemeente_2022|share_income_low|');
  await page.waitForFunction(() => performance.getEntriesByName('segv:stats-ready').length > 0, null, { timeout: 90_000 });
  const m = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((x) => x.name.startsWith('segv:'))
      .map((x) => [x.name, x.startTime] as const),
  );
  for (const [k, v] of m) (marks[k] ??= []).push(v);
  await h.close();
}
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`cold load, production build, ${RUNS} fresh Chromium launches (ms since navigation, median [min–max]):`);
for (const [k, xs] of Object.entries(marks).sort((a, b) => median(a[1]) - median(b[1]))) {
  console.log(`  ${k.padEnd(30)} ${median(xs).toFixed(0).padStart(6)}  [${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}]`);
}

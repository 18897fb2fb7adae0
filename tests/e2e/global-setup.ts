/** Builds the production bundle once before the browser tests (they run against scripts/serve.mjs). */
import { existsSync } from 'node:fs';
import { build } from 'vite';
import { CHROMIUM, DIST } from './harness';

export default async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's package: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  if (process.env.SEGV_SKIP_BUILD === '1' && existsSync(`${DIST}/index.html`)) return;
  await build({ logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
}

import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { arrowWithoutEval, cspMeta } from './scripts/vite-csp';
import { precompress } from './scripts/vite-precompress';

const DATA_DIR = resolve(import.meta.dirname, 'data');
const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.parquet': 'application/vnd.apache.parquet',
};

/** Serves the committed data/ folder at /data/ in dev and copies it into dist/data/ on build. */
function embeddedData(): Plugin {
  return {
    name: 'segv-embedded-data',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const rel = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^([/\\])+/, '');
        const file = join(DATA_DIR, rel);
        if (!file.startsWith(DATA_DIR) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    writeBundle(options) {
      cpSync(DATA_DIR, join(options.dir ?? 'dist', 'data'), { recursive: true });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), embeddedData(), arrowWithoutEval(), cspMeta(), precompress()],
  worker: { format: 'es' },
  // The app version in export metadata (src/features/export/table.ts appVersion).
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
  build: { chunkSizeWarningLimit: 4000, target: 'es2022' },
});

/**
 * Vite build plugin: after the bundle (and the data folder) is written, every compressible file in dist/ gets a
 * brotli (.br) and a gzip (.gz) sibling, so scripts/serve.mjs can send them without compressing per request.
 * Brotli runs at quality 11 for files up to 2 MB and at 9 above (quality 11 takes ~80 s on DuckDB's 34 MB wasm
 * for 12 % fewer bytes); compressed copies of files over 64 KB are cached by content hash in node_modules/.cache, so
 * rebuilding with an unchanged DuckDB costs nothing. A sibling is only written when it saves at least 5 %.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.json', '.wasm', '.svg', '.txt', '.map']);
const BIG = 2 * 1024 * 1024;
const CACHE_FROM = 64 * 1024;
const br = promisify(brotliCompress);
const gz = promisify(gzip);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : COMPRESSIBLE.has(extname(e.name)) ? [p] : [];
  });
}

async function compressed(data: Buffer, kind: 'br' | 'gz', cacheDir: string): Promise<Buffer> {
  const quality = data.length > BIG ? 9 : 11;
  const cached = data.length >= CACHE_FROM ? join(cacheDir, `${createHash('sha256').update(data).digest('hex')}.${quality}.${kind}`) : null;
  if (cached && existsSync(cached)) return readFileSync(cached);
  const out =
    kind === 'br'
      ? await br(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        })
      : await gz(data, { level: 9 });
  if (cached) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, out);
  }
  return out;
}

export function precompress(): Plugin {
  const cacheDir = resolve('node_modules/.cache/segv-precompress');
  let outDir = 'dist';
  return {
    name: 'segv-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const root = resolve(outDir);
      if (!existsSync(root)) return;
      const jobs = filesUnder(root).map(async (file) => {
        const data = readFileSync(file);
        if (statSync(file).size < 256) return;
        for (const kind of ['br', 'gz'] as const) {
          const out = await compressed(data, kind, cacheDir);
          if (out.length <= data.length * 0.95) writeFileSync(`${file}.${kind}`, out);
        }
      });
      await Promise.all(jobs);
    },
  };
}

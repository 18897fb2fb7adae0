/**
 * Static server for the production build (what `npm start` and the e2e tests use): serves dist/ with the brotli or
 * gzip copy written at build time (scripts/vite-precompress.ts) when the browser accepts it, the right Content-Type,
 * `Cache-Control: public, max-age=31536000, immutable` for hashed files under assets/ and `no-cache` (revalidated
 * through ETag) for everything else, index.html and the data files included. Headers every response needs (e.g. a
 * Content-Security-Policy) belong in BASE_HEADERS. Only GET and HEAD; no directory listings; nothing outside root.
 *
 * CLI: node scripts/serve.mjs [--port 4173] [--host 127.0.0.1] [--root dist]
 */
import { existsSync, statSync, createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
/**
 * Content-Security-Policy: only the app's own origin. Each source beyond 'self' is there because the app needs it:
 * 'wasm-unsafe-eval' compiles DuckDB-WASM (no JS eval); blob: workers for MapLibre's worker pool; inline styles
 * for React style props and MapLibre's positioning; data:/blob: images for MapLibre's sprites and canvas exports;
 * data:/blob: connect for fetches of in-memory data. frame-ancestors * lets anyone embed the map (?embed=1); it
 * only works as a header (the build's meta copy, vite.config.ts, omits it: browsers ignore it there).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');
const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': CSP };
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** 'br', 'gzip' or null: the best encoding the Accept-Encoding header allows (q=0 excluded). */
export function pickEncoding(accept) {
  const allowed = new Set();
  for (const part of String(accept ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    if (name) allowed.add(name);
  }
  if (allowed.has('br')) return 'br';
  if (allowed.has('gzip') || allowed.has('*')) return 'gzip';
  return null;
}

function resolveFile(root, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (rel.endsWith('/')) rel += 'index.html';
  const file = resolve(join(root, rel));
  if (file !== root && !file.startsWith(root + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function handler(root) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...BASE_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveFile(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const encoding = pickEncoding(req.headers['accept-encoding']);
    const suffix = encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : null;
    const sent = suffix && existsSync(file + suffix) ? file + suffix : file;
    const stat = statSync(sent);
    const hashed = file.includes(`${sep}assets${sep}`);
    const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
    const headers = {
      ...BASE_HEADERS,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? IMMUTABLE : 'no-cache',
      Vary: 'Accept-Encoding',
      ETag: etag,
      'Content-Length': String(stat.size),
    };
    if (sent !== file) headers['Content-Encoding'] = encoding;
    if (req.headers['if-none-match'] === etag) {
      delete headers['Content-Length'];
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(sent).pipe(res);
  };
}

/** Starts the server; port 0 picks a free one. Resolves with the bound port and a close function. */
export function serve({ root = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  const abs = resolve(root);
  const server = createServer(handler(abs));
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      ok({
        server,
        port: typeof address === 'object' && address ? address.port : port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const root = arg('root', 'dist');
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`${root}/index.html missing: build first (npm run build)`);
    process.exit(1);
  }
  const { port } = await serve({ root, port: Number(arg('port', 4173)), host: arg('host', '127.0.0.1') });
  console.log(`Segregatieverkenner: http://${arg('host', '127.0.0.1')}:${port}/`);
}

/** Vite plugins for the Content-Security-Policy (the policy itself: CSP in scripts/serve.mjs). */
import type { Plugin } from 'vite';
import { CSP } from './serve.mjs';

/**
 * The Content-Security-Policy as a meta tag in the built index.html, for static hosts that cannot send the header
 * (scripts/serve.mjs sends it). Build only: the dev server's HMR needs inline scripts. frame-ancestors is dropped:
 * browsers ignore it in a meta tag.
 */
export function cspMeta(): Plugin {
  const content = CSP.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'segv-csp-meta',
    apply: 'build',
    // Right after the charset, before any script or stylesheet it governs.
    transformIndexHtml(html) {
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error(`index.html: ${charset} missing (the CSP meta goes right after it)`);
      return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${content}" />`);
    },
  };
}

/**
 * Apache Arrow's builders compile their null check with `new Function`, which the policy's script-src (no
 * 'unsafe-eval') refuses. This swaps in the same check as a closure: `x` is invalid when it is strictly equal to one
 * of `nullValues` (NaN matched by `x !== x`), exactly what the generated switch did.
 */
export function arrowWithoutEval(): Plugin {
  const target = /[\\/]apache-arrow[\\/]builder[\\/]valid\.m?js$/;
  const original = /export function createIsValidFunction\(nullValues\) \{[\s\S]*?\n\}\n/;
  const replacement = `export function createIsValidFunction(nullValues) {
    if (!nullValues || nullValues.length <= 0) return function isValid() { return true; };
    const nan = nullValues.some((x) => x !== x);
    const nulls = new Set(nullValues.filter((x) => x === x));
    return function isValid(x) { return !(nan && x !== x) && !nulls.has(x); };
}
`;
  return {
    name: 'segv-arrow-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!target.test(id.split('?')[0]!)) return null;
      if (!original.test(code)) throw new Error(`${id}: createIsValidFunction not found (apache-arrow changed?)`);
      return { code: code.replace(original, replacement), map: null };
    },
  };
}

/**
 * The output folder of `data:build`, replaced as a whole and only at the end. Rules:
 * - `--out` must be a folder or not exist yet; a file (or a path through a file) is refused before any work;
 * - an existing, non-empty `--out` must look like an earlier build (it has manifest.json): any other folder
 *   (`--out .`, `--out src`) is refused rather than replaced;
 * - `--out` must not hold the raw folder, nor lie inside it;
 * - the build writes into `<out>.tmp-<pid>` beside `--out`; only when that is complete is the old folder renamed
 *   to `<out>.old-<pid>`, the new one renamed into place and the old one removed. If the second rename fails the
 *   old folder is renamed back. A failed build removes its temporary folder and leaves `--out` as it was;
 * - a build killed midway (Ctrl-C during the synchronous work runs no handler) can leave `<out>.tmp-<pid>` or
 *   `<out>.old-<pid>` behind: the next build removes those of processes that no longer run, and renames an
 *   `.old-` folder back first when `--out` itself is gone (the process died between the two renames).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { BuildError } from './problems';

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The nearest existing path at or above `p`. */
function nearestExisting(p: string): string {
  let cur = p;
  while (!existsSync(cur) && dirname(cur) !== cur) cur = dirname(cur);
  return cur;
}

/** Refuse an --out that cannot or must not be replaced (see the rules above). Paths are absolute. */
export function checkOutTarget(outDir: string, rawDir: string, shown: string): void {
  const base = nearestExisting(outDir);
  if (!statSync(base).isDirectory()) {
    if (base === outDir) throw new BuildError(`--out ${shown} is a file, not a folder; give a folder (data:build replaces it as a whole)`);
    throw new BuildError(`--out ${shown}: ${base} is a file, so no folder can be made there`);
  }
  if (isInside(rawDir, outDir)) throw new BuildError(`--out ${shown} holds the raw folder; replacing it would delete the raw files`);
  if (isInside(outDir, rawDir)) throw new BuildError(`--out ${shown} lies inside the raw folder; write the data somewhere else`);
  if (base !== outDir) return;
  const entries = readdirSync(outDir);
  if (entries.length > 0 && !entries.includes('manifest.json')) {
    throw new BuildError(
      `--out ${shown} is a folder without manifest.json, so not an earlier data:build output; ` +
        'refusing to replace it (give an empty or new folder, or an earlier output folder)',
    );
  }
}

/** `<out>.tmp-<pid>` and `<out>.old-<pid>`, beside `out`. */
export function sidePaths(outDir: string, pid = process.pid): { tmp: string; old: string } {
  return { tmp: `${outDir}.tmp-${pid}`, old: `${outDir}.old-${pid}` };
}

/**
 * Build into a fresh temporary folder with `fill`, then swap it in for `outDir` (see the rules above).
 * Any error leaves `outDir` as it was and removes the temporary folder; the error is rethrown.
 */
export function replaceFolder<T>(outDir: string, fill: (dir: string) => T): T {
  const { tmp, old } = sidePaths(outDir);
  mkdirSync(dirname(outDir), { recursive: true });
  cleanStale(outDir);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  let result: T;
  try {
    result = fill(tmp);
    swapIn(tmp, outDir, old);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  rmSync(old, { recursive: true, force: true });
  return result;
}

function swapIn(tmp: string, outDir: string, old: string): void {
  if (!existsSync(outDir)) {
    renameSync(tmp, outDir);
    return;
  }
  rmSync(old, { recursive: true, force: true });
  renameSync(outDir, old);
  try {
    renameSync(tmp, outDir);
  } catch (err) {
    renameSync(old, outDir);
    throw err;
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove (or, for a lost --out, restore) the side folders of earlier builds that were killed (see the rules). */
export function cleanStale(outDir: string): void {
  const name = basename(outDir);
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  for (const entry of readdirSync(dirname(outDir))) {
    const m = pattern.exec(entry);
    if (!m || Number(m[2]) === process.pid || running(Number(m[2]))) continue;
    const path = join(dirname(outDir), entry);
    if (m[1] === 'old' && !existsSync(outDir)) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true });
  }
}

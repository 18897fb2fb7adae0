/** Output files of the CLIs: names next to a main output, and atomic writes (readers never see half a file). */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** `<dir>/<name without extension><suffix>`: crosswalk.csv → crosswalk.meta.json. */
export function sibling(out: string, suffix: string): string {
  const ext = extname(out);
  return join(dirname(out), `${basename(out, ext)}${suffix}`);
}

/** Write through a temporary file in the same folder and rename it, so readers never see half a file. */
export function writeAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new Error(`cannot write ${path}: folder ${dirname(path)} does not exist`);
    if (err.code === 'EISDIR') throw new Error(`cannot write ${path}: it is a folder`);
    throw new Error(`cannot write ${path}: ${err.message}`);
  }
}

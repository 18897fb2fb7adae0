/**
 * Every downloaded page is kept on disk so an interrupted run can go on where it stopped. Rules:
 * - one folder per year (`<cache>/<year>/`) holding `<stream>-<n>.json` (the page as received, parsed and written
 *   back as JSON) and `state.json` (per stream: the address, file and sha256 of each finished page);
 * - a page counts as finished only once its file is completely written (temporary file, then rename) and listed
 *   in state.json (written the same way), so a page cut off by Ctrl-C or a crash is fetched again;
 * - with --resume a page is taken from the cache when the state lists the same address for it and the file still
 *   has the recorded sha256; otherwise (and always without --resume, which empties the folder) it is downloaded.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface PageEntry {
  url: string;
  file: string;
  sha256: string;
}

interface CacheState {
  version: 1;
  streams: Record<string, { pages: PageEntry[]; complete: boolean }>;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.part-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export class PageCache {
  private state: CacheState;
  private readonly statePath: string;
  /** Pages taken from the cache in this run. */
  reused = 0;

  constructor(
    readonly dir: string,
    resume: boolean,
  ) {
    if (!resume) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    this.statePath = join(dir, 'state.json');
    this.state = resume ? this.readState() : { version: 1, streams: {} };
  }

  private readState(): CacheState {
    if (!existsSync(this.statePath)) return { version: 1, streams: {} };
    try {
      const s = JSON.parse(readFileSync(this.statePath, 'utf8')) as CacheState;
      return s && s.version === 1 && typeof s.streams === 'object' ? s : { version: 1, streams: {} };
    } catch {
      return { version: 1, streams: {} };
    }
  }

  /** Page `n` (0-based) of `stream` if it was finished before with the same address, else undefined. */
  get(stream: string, n: number, url: string): unknown {
    const entry = this.state.streams[stream]?.pages[n];
    if (!entry || entry.url !== url) return undefined;
    const path = join(this.dir, entry.file);
    if (!existsSync(path)) return undefined;
    const text = readFileSync(path, 'utf8');
    if (sha(text) !== entry.sha256) return undefined;
    this.reused += 1;
    return JSON.parse(text) as unknown;
  }

  /** Keep page `n` of `stream` (and forget any later pages of an earlier run: they may differ now). */
  put(stream: string, n: number, url: string, body: unknown): void {
    const text = JSON.stringify(body);
    const file = `${stream}-${n}.json`;
    writeAtomic(join(this.dir, file), text);
    const s = (this.state.streams[stream] ??= { pages: [], complete: false });
    const known = s.pages[n];
    if (!known || known.url !== url) s.pages.length = n;
    s.pages[n] = { url, file, sha256: sha(text) };
    s.complete = false;
    this.save();
  }

  /** The stream has no further pages. */
  complete(stream: string, pages: number): void {
    const s = (this.state.streams[stream] ??= { pages: [], complete: false });
    s.pages.length = Math.min(s.pages.length, pages);
    s.complete = true;
    this.save();
  }

  /** Pages listed as finished for `stream`. */
  finished(stream: string): number {
    return this.state.streams[stream]?.pages.length ?? 0;
  }

  private save(): void {
    writeAtomic(this.statePath, JSON.stringify(this.state, null, 1));
  }
}

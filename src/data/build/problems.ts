/**
 * How `data:build` reports what is wrong. Rules:
 * - a failure the user can fix is a BuildError: printed as `data:build: <message>` (plus its detail lines), never
 *   with a stack trace;
 * - problems found in raw files are collected, not thrown, so one run lists them all: at most `perFile` lines per
 *   file (then one "… and N more" line) and at most `limit` lines in total; every line names the file first.
 */

/** A failure the user can fix. `lines` are printed after the message, each as its own `data:build:` line. */
export class BuildError extends Error {
  constructor(
    message: string,
    readonly lines: readonly string[] = [],
  ) {
    super(message);
    this.name = 'BuildError';
  }
}

export const PREFIX = 'data:build:';

export class ProblemList {
  private readonly byFile = new Map<string, string[]>();
  private readonly overflow = new Map<string, number>();
  private total = 0;

  constructor(
    readonly limit = 50,
    readonly perFile = 10,
  ) {}

  /** Record one problem of `file` (a path as shown to the user). */
  add(file: string, problem: string): void {
    this.total += 1;
    const list = this.byFile.get(file) ?? [];
    this.byFile.set(file, list);
    if (list.length < this.perFile) list.push(problem);
    else this.overflow.set(file, (this.overflow.get(file) ?? 0) + 1);
  }

  get count(): number {
    return this.total;
  }

  get files(): number {
    return this.byFile.size;
  }

  /** The report lines, `data:build: <file>: <problem>`, in the order the files were checked. */
  lines(): string[] {
    const out: string[] = [];
    for (const [file, list] of this.byFile) {
      for (const p of list) out.push(`${PREFIX} ${file}: ${p}`);
      const more = this.overflow.get(file);
      if (more) out.push(`${PREFIX} ${file}: … and ${more} more problem${more === 1 ? '' : 's'} in this file`);
    }
    if (out.length <= this.limit) return out;
    return [...out.slice(0, this.limit), `${PREFIX} … and ${out.length - this.limit} more lines not shown`];
  }
}

/** "1,234,567" for messages. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

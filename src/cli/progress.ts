/**
 * Progress of long runs on stderr. Rules:
 * - always on (also when stderr is a file or pipe, so logs of batch jobs show it), but at most one line per
 *   `everyMs` (default 2 s): a short run prints nothing;
 * - a line says what is counted, done / total, the percentage, elapsed time and a linear estimate of the time
 *   left: `indices: 120 / 342 regions (35%), 12 s, about 22 s left`;
 * - `done()` prints a closing line only if a progress line was printed before (so the log ends at 100%).
 * The clock and the writer can be replaced (tests); SEGV_PROGRESS_MS=<ms> sets the interval of a real run (tests
 * that spawn the CLI use 0: a line per item).
 */

export interface ProgressOptions {
  everyMs?: number;
  now?: () => number;
  write?: (line: string) => void;
}

export interface Progress {
  /** `n` more items are finished. */
  tick(n?: number): void;
  /** The run is complete. */
  done(): void;
}

const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

export function progress(label: string, total: number, unit: string, options: ProgressOptions = {}): Progress {
  const fromEnv = /^\d+$/.test(process.env.SEGV_PROGRESS_MS ?? '') ? Number(process.env.SEGV_PROGRESS_MS) : undefined;
  const every = options.everyMs ?? fromEnv ?? 2000;
  const now = options.now ?? (() => performance.now());
  const write = options.write ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const start = now();
  let last = start;
  let count = 0;
  let printed = false;
  const line = (t: number) => {
    const elapsed = t - start;
    const pct = total > 0 ? Math.floor((100 * count) / total) : 100;
    const left = count > 0 && count < total ? `, about ${seconds((elapsed / count) * (total - count))} left` : '';
    return `${label}: ${count} / ${total} ${unit} (${pct}%), ${seconds(elapsed)}${left}`;
  };
  return {
    tick(n = 1) {
      count += n;
      const t = now();
      if (t - last < every) return;
      last = t;
      printed = true;
      write(line(t));
    },
    done() {
      if (printed) write(line(now()));
    },
  };
}

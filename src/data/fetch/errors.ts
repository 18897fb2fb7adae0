/**
 * Failures of data:fetch, each with its message key (strings.ts) and exit code:
 * 1 bad command line or endpoint file, 2 endpoint unreachable or failing (after retries), 3 endpoint retired
 * (404/410), 4 malformed response, 5 nothing to write, 6 writing the output failed, 130 interrupted (Ctrl-C).
 */
import type { FetchStringKey } from './strings';

export const EXIT = { ok: 0, usage: 1, unreachable: 2, retired: 3, malformed: 4, empty: 5, write: 6, interrupted: 130 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly key: FetchStringKey,
    readonly params: Readonly<Record<string, string | number>>,
    readonly exitCode: ExitCode,
    /** HTTP status when the failure is an HTTP answer. */
    readonly status?: number,
  ) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}

/** The run was stopped (signal or abort); pages fetched so far are in the cache. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

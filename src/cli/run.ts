/**
 * How every CLI ends, in one place.
 * Rules:
 * - success: exit code 0; results on stdout or in files, everything else (progress, summary, notes) on stderr;
 * - any failure: exactly one line (or a short block) on stderr starting with `Error: `, and exit code 1; usage
 *   mistakes add "(see --help)"; no stack traces, unless SEGV_DEBUG=1 is set (for developers);
 * - an unexpected failure inside the tool (a bug, not the input) says so: `Error: internal error (TypeError): …`;
 * - a closed stdout pipe (`| head`) ends the run quietly with exit code 0.
 */
import { UsageError } from './args';

/** A failure the user can act on (bad input, missing data, unwritable output): printed without "internal error". */
export class CliError extends Error {
  override name = 'CliError';
}

/** The message printed for `e` (without the `Error: ` prefix). */
export function errorMessage(e: unknown): string {
  if (e instanceof UsageError) return `${e.message} (see --help)`;
  if (e instanceof CliError) return e.message;
  if (e instanceof Error) return isUserFacing(e) ? e.message : `internal error (${e.name}): ${e.message}`;
  return String(e);
}

/**
 * Plain Errors thrown by the pipelines for bad requests (unknown target, no data for a year, unreadable file …)
 * are user-facing; programming errors (TypeError, RangeError, ReferenceError …) are not.
 */
function isUserFacing(e: Error): boolean {
  return e.constructor === Error || e.name === 'WaterbedError';
}

/** Run `main(argv)`; exit with its code, or print the error as above and exit 1. */
export function runCli(main: (argv: string[]) => Promise<number | void>): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  main(process.argv.slice(2)).then(
    // Exit once stdout has taken everything written (a pipe is asynchronous: exiting at once cuts it at 64 KB).
    (code) => process.stdout.write('', () => process.exit(code ?? 0)),
    (e: unknown) => {
      process.stderr.write(`Error: ${errorMessage(e)}\n`);
      if (process.env.SEGV_DEBUG === '1' && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
      process.exit(1);
    },
  );
}

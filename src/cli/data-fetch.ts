/**
 * npm run data:fetch -- --year 2023 --level wijk,buurt [--variables …] [--out DIR] [--endpoint-config FILE]
 *                       [--resume] [--lang nl|en]
 * Downloads CBS statistics and PDOK boundaries into the data folder; all rules in src/data/fetch/main.ts.
 * Ctrl-C stops the download cleanly (exit 130); the pages fetched so far stay in the cache for --resume.
 */
import { main } from '../data/fetch/main';

// Last line of defence: whatever escapes main() is still one `data:fetch:` line, without a stack.
const last = (err: unknown): void => {
  process.stderr.write(
    `data:fetch: internal error (${err instanceof Error ? err.name : typeof err}): ${err instanceof Error ? err.message : String(err)}\n`,
  );
  if (process.env.SEGV_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
};
process.on('uncaughtException', last);
process.on('unhandledRejection', last);

const controller = new AbortController();
process.once('SIGINT', () => controller.abort('SIGINT'));
process.once('SIGTERM', () => controller.abort('SIGTERM'));
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const code = await main(
  process.argv.slice(2),
  { out: (l) => process.stdout.write(`${l}\n`), err: process.stderr, env: process.env },
  { fetch: (url, init) => fetch(url, init), signal: controller.signal },
);
process.exitCode = code;

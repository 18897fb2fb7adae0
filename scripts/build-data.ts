/**
 * npm run data:build [-- --raw <dir>] [--out <dir>] [--check] [--help]
 * Turns the raw CBS files (default ../shared/data-raw, or $SEGV_RAW_DIR) into the committed files under data/.
 * Every raw file is validated before anything is written; the outputs are built in a temporary folder beside
 * --out and swapped into place only when complete. All rules: src/data/build/main.ts.
 */
import { failureLines, main } from '../src/data/build/main';

// Last line of defence: whatever escapes main() is still one `data:build:` line, without a stack.
const last = (err: unknown): void => {
  for (const line of failureLines(err, process.env.SEGV_DEBUG === '1')) process.stderr.write(line + '\n');
  process.exit(1);
};
process.on('uncaughtException', last);
process.on('unhandledRejection', last);
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

process.exitCode = await main(process.argv.slice(2));

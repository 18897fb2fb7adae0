/**
 * Download progress on stderr. On a terminal (isTTY): one line per stream, redrawn in place with a bar when the
 * number of pages is known (WFS tells it on the first page) and a page counter otherwise. Not a terminal (a log
 * file, a pipe, a test): one plain line per page, never carriage returns or escape codes.
 */
import { say, type Lang } from './strings';

export interface ProgressSink {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface FetchProgress {
  /** Page `page` (1-based) of the stream `label` is done; `total` pages when known; `cached` when reused. */
  page(label: string, page: number, total: number | undefined, rows: number, cached: boolean): void;
  /** The stream is complete. */
  end(label: string): void;
  /** A line of its own (retry, fallback, warning). */
  note(line: string): void;
}

function bar(done: number, total: number, width: number): string {
  const filled = Math.round((Math.min(done, total) / total) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

export function createProgress(sink: ProgressSink, lang: Lang): FetchProgress {
  const tty = sink.isTTY === true;
  let open = false;
  const rowsSeen = new Map<string, number>();
  const finishLine = () => {
    if (open) sink.write('\n');
    open = false;
  };
  return {
    page(label, page, total, rows, cached) {
      const sum = (rowsSeen.get(label) ?? 0) + rows;
      rowsSeen.set(label, sum);
      const head = say(lang, 'progressLabel', { what: label, page: total ? `${page}/${total}` : page });
      const word = lang === 'nl' ? (sum === 1 ? 'rij' : 'rijen') : sum === 1 ? 'row' : 'rows';
      const tail = `${sum.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')} ${word}${cached ? (lang === 'nl' ? ' (cache)' : ' (cached)') : ''}`;
      if (!tty) {
        sink.write(`${head}, ${tail}\n`);
        return;
      }
      const width = Math.max(10, Math.min(30, (sink.columns ?? 80) - head.length - tail.length - 6));
      const graphic = total ? ` ${bar(page, total, width)}` : '';
      sink.write(`\r\x1b[2K${head}${graphic} ${tail}`);
      open = true;
    },
    end() {
      finishLine();
    },
    note(line) {
      finishLine();
      sink.write(`${line}\n`);
    },
  };
}

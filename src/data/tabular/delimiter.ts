/**
 * Which delimiter a text table uses: comma, semicolon or tab, decided from the header line.
 * Rules: count each candidate outside double quotes in the first non-blank record (up to its first line break outside quotes);
 * the candidate with the highest count wins. A tie between candidates that occur is broken by the second record
 * (the candidate occurring there exactly as often as in the header); a remaining tie is refused in words.
 * A header with none of the three is a one-column table read with `,`.
 */
import { bi, type Bilingual } from './bilingual';

export type Delimiter = ',' | ';' | '\t';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export const delimiterName = (d: Delimiter): Bilingual =>
  d === ',' ? bi('comma', 'komma') : d === ';' ? bi('semicolon', 'puntkomma') : bi('tab', 'tab');

/** Count candidates outside quotes in the record starting at `start`; returns the counts and where the next record starts. */
function countRecord(text: string, start: number): { counts: number[]; next: number; blank: boolean } {
  const counts = [0, 0, 0];
  let blank = true;
  let quoted = false;
  let i = start;
  const limit = Math.min(text.length, start + 1_000_000);
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c > 32) blank = false;
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 10 || c === 13) break;
    else if (c === 44) counts[0]++;
    else if (c === 59) counts[1]++;
    else if (c === 9) counts[2]++;
  }
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
  return { counts, next: i + 1, blank };
}

export function sniffDelimiter(text: string): { ok: true; delimiter: Delimiter } | { ok: false; message: Bilingual } {
  let header = countRecord(text, 0);
  while (header.blank && header.next < text.length) header = countRecord(text, header.next);
  const best = Math.max(...header.counts);
  if (best === 0) return { ok: true, delimiter: ',' };
  let tied = DELIMITERS.filter((_, k) => header.counts[k] === best);
  if (tied.length > 1) {
    const second = countRecord(text, header.next);
    tied = tied.filter((d) => second.counts[DELIMITERS.indexOf(d)] === best);
  }
  if (tied.length === 1) return { ok: true, delimiter: tied[0] };
  return {
    ok: false,
    message: bi(
      'cannot tell the delimiter: the header line has as many commas as semicolons or tabs; use one delimiter (comma, semicolon or tab) and quote names that contain it',
      "het scheidingsteken is niet te bepalen: de kopregel heeft evenveel komma's als puntkomma's of tabs; gebruik één scheidingsteken (komma, puntkomma of tab) en zet namen die het bevatten tussen aanhalingstekens",
    ),
  };
}

/**
 * Bytes of a tabular file → text, or a refusal in words. Rules, in order:
 * 1. Compressed, archive and office files are refused by their signature (gzip 1f 8b, zip `PK\3\4`, old Excel,
 *    PDF, Parquet, bzip2, xz, 7z), as is UTF-32; the message says what the file looks like and what to do.
 * 2. A byte-order mark decides: EF BB BF = UTF-8, FF FE = UTF-16 LE, FE FF = UTF-16 BE (the mark is removed).
 * 3. Without a mark, NUL bytes in a regular pattern (every other byte) = UTF-16 without a mark, read with a
 *    warning; any other NUL byte, or more than 1% control characters in the first 64 KiB, = binary, refused.
 * 4. Valid UTF-8 is read as UTF-8. Invalid UTF-8 is read as Windows-1252 (Latin-1 with € etc.) with a warning
 *    that names the encoding and the first line with such a byte. UTF-8 with a mark but invalid bytes is refused.
 * 5. Warnings for text damaged before it reached us: U+FFFD replacement characters, and `Ã©`-style double encoding.
 * Messages never contain raw bytes of the input.
 */
import { bi, type Bilingual } from './bilingual';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingName; warnings: Bilingual[] } | { ok: false; message: Bilingual };

interface Signature {
  bytes: readonly number[];
  what: Bilingual;
}

const SAVE_AS = bi('save or export it as CSV (UTF-8) and try again', 'sla het op of exporteer het als CSV (UTF-8) en probeer opnieuw');
const UNPACK = bi('unpack it first', 'pak het eerst uit');

const SIGNATURES: readonly Signature[] = [
  { bytes: [0x1f, 0x8b], what: bi(`is gzip-compressed (.gz); ${UNPACK.en}`, `is met gzip gecomprimeerd (.gz); ${UNPACK.nl}`) },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: bi(
      `is a zip archive or an Excel .xlsx workbook; unpack it or ${SAVE_AS.en}`,
      `is een zip-archief of een Excel-werkmap (.xlsx); pak het uit of ${SAVE_AS.nl}`,
    ),
  },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: bi('is an empty zip archive', 'is een leeg zip-archief') },
  { bytes: [0x50, 0x4b, 0x07, 0x08], what: bi(`is a zip archive; ${UNPACK.en}`, `is een zip-archief; ${UNPACK.nl}`) },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    what: bi(
      `is an old Excel (.xls) or other Office file; ${SAVE_AS.en}`,
      `is een oud Excel-bestand (.xls) of ander Office-bestand; ${SAVE_AS.nl}`,
    ),
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: bi('is a PDF document, not a table', 'is een PDF-document, geen tabel') },
  { bytes: [0x50, 0x41, 0x52, 0x31], what: bi('is a Parquet file, not CSV', 'is een Parquet-bestand, geen CSV') },
  { bytes: [0x42, 0x5a, 0x68], what: bi(`is bzip2-compressed; ${UNPACK.en}`, `is met bzip2 gecomprimeerd; ${UNPACK.nl}`) },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: bi(`is xz-compressed; ${UNPACK.en}`, `is met xz gecomprimeerd; ${UNPACK.nl}`) },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: bi(`is a 7-Zip archive; ${UNPACK.en}`, `is een 7-Zip-archief; ${UNPACK.nl}`) },
  {
    bytes: [0xff, 0xfe, 0x00, 0x00],
    what: bi(`is UTF-32 text, which is not supported; ${SAVE_AS.en}`, `is UTF-32-tekst, die niet wordt ondersteund; ${SAVE_AS.nl}`),
  },
  {
    bytes: [0x00, 0x00, 0xfe, 0xff],
    what: bi(`is UTF-32 text, which is not supported; ${SAVE_AS.en}`, `is UTF-32-tekst, die niet wordt ondersteund; ${SAVE_AS.nl}`),
  },
];

const BINARY = bi(
  `looks like a binary file (it contains NUL or many control characters), not a text table; ${SAVE_AS.en}`,
  `lijkt een binair bestand (het bevat NUL- of veel stuurtekens), geen teksttabel; ${SAVE_AS.nl}`,
);

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/** Decode the bytes of a text table; see the module comment for the rules. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const refused = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (refused) return { ok: false, message: bi(`The file ${refused.what.en}.`, `Het bestand ${refused.what.nl}.`) };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes, true);
  if (startsWith(bytes, [0xff, 0xfe])) return finish(decodeWith('utf-16le', bytes), 'utf-16le', []);
  if (startsWith(bytes, [0xfe, 0xff])) return finish(decodeWith('utf-16be', bytes), 'utf-16be', []);
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) {
    const note = bi(
      `the file has no byte-order mark but looks like ${utf16.toUpperCase()}; it was read as such`,
      `het bestand heeft geen byte-order mark maar lijkt ${utf16.toUpperCase()}; het is zo gelezen`,
    );
    return finish(decodeWith(utf16, bytes), utf16, [note]);
  }
  if (looksBinary(bytes)) return { ok: false, message: bi(`The file ${BINARY.en}.`, `Het bestand ${BINARY.nl}.`) };
  return decodeUtf8(bytes, false);
}

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** Windows-1252 code points of bytes 0x80–0x9F (undefined bytes stay C1 controls, as in the WHATWG table). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252 by table: Node's TextDecoder('windows-1252') decodes as ISO-8859-1 in some versions (0x80 → U+0080
 * instead of €), so the mapping is done here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = new Uint16Array(8192);
  for (let start = 0; start < bytes.length; start += chunk.length) {
    const end = Math.min(bytes.length, start + chunk.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      chunk[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    parts.push(String.fromCharCode(...chunk.subarray(0, end - start)));
  }
  return parts.join('');
}

function decodeUtf8(bytes: Uint8Array, hasMark: boolean): DecodeResult {
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8', []);
  } catch {
    const line = lineOfOffset(bytes, firstInvalidUtf8(bytes));
    if (hasMark) {
      return {
        ok: false,
        message: bi(
          `The file starts with a UTF-8 byte-order mark but line ${line} is not valid UTF-8; ${SAVE_AS.en}.`,
          `Het bestand begint met een UTF-8-byte-order mark, maar regel ${line} is geen geldige UTF-8; ${SAVE_AS.nl}.`,
        ),
      };
    }
    const warning = bi(
      `the file is not valid UTF-8 (first on line ${line}); it was read as Windows-1252 (Latin-1). Check accented names such as "é"; better: save the file as CSV UTF-8`,
      `het bestand is geen geldige UTF-8 (eerst op regel ${line}); het is gelezen als Windows-1252 (Latin-1). Controleer namen met accenten zoals "é"; beter: sla het bestand op als CSV UTF-8`,
    );
    return finish(decodeWindows1252(bytes), 'windows-1252', [warning]);
  }
}

/**
 * Checks on text that is already decoded (also for callers that hold a string): refuse NUL characters (binary),
 * remove a leading BOM, warn about U+FFFD replacement characters and `Ã©`-style double encoding.
 */
export function inspectText(text: string, encoding: TextEncodingName = 'utf-8'): DecodeResult {
  return finish(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding, []);
}

/** Warn about text that was damaged before it reached us; refuse decoded text that is still binary. */
function finish(text: string, encoding: TextEncodingName, warnings: Bilingual[]): DecodeResult {
  if (text.includes('\u0000')) return { ok: false, message: bi(`The file ${BINARY.en}.`, `Het bestand ${BINARY.nl}.`) };
  const out = [...warnings];
  const damaged = text.indexOf('\ufffd');
  if (damaged >= 0) {
    const line = lineOfText(text, damaged);
    out.push(
      bi(
        `line ${line} contains the replacement character "\ufffd": the text was damaged by an earlier wrong conversion`,
        `regel ${line} bevat het vervangingsteken "\ufffd": de tekst is eerder verkeerd omgezet`,
      ),
    );
  }
  const doubled = /Ã[\u0080-\u00bf]/.exec(text);
  if (doubled) {
    const line = lineOfText(text, doubled.index);
    out.push(
      bi(
        `line ${line} contains "${doubled[0]}", which looks like UTF-8 read as Latin-1 (e.g. "Ã©" for "é"); check the names`,
        `regel ${line} bevat "${doubled[0]}", wat lijkt op UTF-8 gelezen als Latin-1 (bijv. "Ã©" voor "é"); controleer de namen`,
      ),
    );
  }
  return { ok: true, text, encoding, warnings: out };
}

/** UTF-16 without a byte-order mark: in the first 4 KiB, ≥ 40% of the bytes at one parity are NUL and < 5% at the other. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero >= 0.4 * half && evenZero < 0.05 * half) return 'utf-16le';
  if (evenZero >= 0.4 * half && oddZero < 0.05 * half) return 'utf-16be';
  return null;
}

/** Binary: any NUL byte, or more than 1% (and more than 8) control characters other than tab, LF, FF, CR in the first 64 KiB. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) >= 0) return true;
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return control > 8 && control > 0.01 * n;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (−1 when all are valid). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    if (
      (b === 0xe0 && bytes[i + 1] < 0xa0) ||
      (b === 0xed && bytes[i + 1] > 0x9f) ||
      (b === 0xf0 && bytes[i + 1] < 0x90) ||
      (b === 0xf4 && bytes[i + 1] > 0x8f)
    )
      return i;
    i += len;
  }
  return -1;
}

/** 1-based line of a byte offset (counting LF bytes before it). */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  const end = offset < 0 ? bytes.length : offset;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < end; i = bytes.indexOf(0x0a, i + 1)) line++;
  return line;
}

function lineOfText(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

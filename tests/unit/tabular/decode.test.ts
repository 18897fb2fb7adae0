import { describe, it, expect } from 'vitest';
import { decodeText, firstInvalidUtf8, inspectText } from '../../../src/data/tabular/decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
function utf16(s: string, bigEndian: boolean, mark = true): Uint8Array {
  const out = new Uint8Array((s.length + (mark ? 1 : 0)) * 2);
  const units = [...(mark ? [0xfeff] : []), ...Array.from(s, (c) => c.charCodeAt(0))];
  units.forEach((u, i) => {
    out[2 * i + (bigEndian ? 0 : 1)] = u >> 8;
    out[2 * i + (bigEndian ? 1 : 0)] = u & 0xff;
  });
  return out;
}
/** No raw bytes or control characters in a message. */
const clean = (m: { en: string; nl: string }): boolean =>
  !Array.from(m.en + m.nl).some((ch) => {
    const c = ch.charCodeAt(0); // U+0000–U+0008, U+000E–U+001F (tab and line breaks allowed) or U+FFFD
    return c <= 0x08 || (c >= 0x0e && c <= 0x1f) || c === 0xfffd;
  });

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    for (const bytes of [utf8('naam\nCafé\n'), Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('naam\nCafé\n')])]) {
      const r = decodeText(bytes);
      expect(r).toMatchObject({ ok: true, text: 'naam\nCafé\n', encoding: 'utf-8', warnings: [] });
    }
  });

  it('reads UTF-16 LE and BE with a mark, and UTF-16 without a mark with a warning', () => {
    expect(decodeText(utf16('a;b\nü;1\n', false))).toMatchObject({ ok: true, text: 'a;b\nü;1\n', encoding: 'utf-16le' });
    expect(decodeText(utf16('a;b\nü;1\n', true))).toMatchObject({ ok: true, text: 'a;b\nü;1\n', encoding: 'utf-16be' });
    const noMark = decodeText(utf16('region,unit,group,count\n', false, false));
    expect(noMark.ok && noMark.encoding).toBe('utf-16le');
    expect(noMark.ok && noMark.warnings[0].en).toMatch(/no byte-order mark/);
  });

  it('falls back to Windows-1252 for invalid UTF-8 and names the encoding and line', () => {
    const r = decodeText(latin1('naam\nBergen\nCaf\u00e9 \u0080\n'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('naam\nBergen\nCafé €\n');
    expect(r.warnings[0].en).toMatch(/line 3.*Windows-1252/);
    expect(r.warnings[0].nl).toMatch(/regel 3.*Windows-1252/);
  });

  it('refuses gzip, zip/xlsx, old Excel, PDF, UTF-32 and binary files in words, without dumping bytes', () => {
    const cases: [number[], RegExp][] = [
      [[0x1f, 0x8b, 0x08, 0x00, 0xff, 0x00, 0x13], /gzip/],
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /zip archive or an Excel \.xlsx/],
      [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], /old Excel/],
      [[...utf8('%PDF-1.7\n')], /PDF/],
      [[0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0], /UTF-32/],
      [[0x41, 0x00, 0x13, 0x88, 0x00, 0x00, 0x01, 0x02, 0x41, 0x42], /binary/],
      [Array.from({ length: 200 }, (_, i) => (i * 37) % 32), /binary/],
    ];
    for (const [bytes, match] of cases) {
      const r = decodeText(Uint8Array.from(bytes));
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.message.en).toMatch(match);
      expect(r.message.nl.length).toBeGreaterThan(10);
      expect(clean(r.message)).toBe(true);
    }
  });

  it('does not mistake text starting with "PK" for a zip file', () => {
    expect(decodeText(utf8('PK,unit\n1,2\n')).ok).toBe(true);
  });

  it('refuses UTF-8 with a mark but invalid bytes', () => {
    const r = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xe9, 0x0a]));
    expect(!r.ok && r.message.en).toMatch(/line 2 is not valid UTF-8/);
  });

  it('warns about replacement characters and double-encoded UTF-8', () => {
    const r = decodeText(utf8('naam\nCafÃ© Noord\nx\ufffdy\n'));
    expect(r.ok && r.warnings.map((w) => w.en).join(' ')).toMatch(/line 3 contains the replacement character.*line 2 contains "Ã©"/s);
  });

  it('inspectText removes a BOM and refuses NUL characters', () => {
    expect(inspectText('\ufeffa,b')).toMatchObject({ ok: true, text: 'a,b' });
    expect(inspectText('a\u0000b').ok).toBe(false);
  });

  it('firstInvalidUtf8 finds overlong, surrogate and truncated sequences', () => {
    expect(firstInvalidUtf8(utf8('aé€😀'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe(1);
  });
});

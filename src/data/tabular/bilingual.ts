/**
 * Messages of the tabular modules come in Dutch and English (same shape as `Bilingual` in
 * src/engine/waterbed/types.ts, declared here so src/data/tabular depends on nothing else).
 * Messages describe the problem in words; they never contain raw bytes of the input.
 */
export interface Bilingual {
  nl: string;
  en: string;
}

/** A message about one line of a file (1 = the header line). */
export interface LineMessage {
  line: number;
  message: Bilingual;
}

export const bi = (en: string, nl: string): Bilingual => ({ en, nl });

/** Shorten a cell for quoting in a message: at most 40 characters, control characters shown as `?`. */
export function quoteCell(raw: string): string {
  const clean = raw.replace(/[\p{Cc}\ufffd]/gu, '?'); // \p{Cc}: U+0000–U+001F and U+007F–U+009F
  return `"${clean.length > 40 ? `${clean.slice(0, 37)}…` : clean}"`;
}

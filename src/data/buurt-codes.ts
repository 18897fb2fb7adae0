/**
 * The parents of a CBS buurt, read from its code alone. A buurt code is `BU` + the 4-digit gemeente number + 2
 * wijk characters + 2 buurt characters; the wijk code is `WK` + the same 6 characters after `BU`, and the gemeente
 * code `GM` + the 4 digits. Since 2023 Amsterdam uses letters in the wijk and buurt part (BU0363KA05 lies in wijk
 * WK0363KA of gemeente GM0363), so the 6 characters are taken as they are, never read as a number.
 * Used by the data build (buurt rows get wijk_code and gemeente_code this way) and reusable by the app and engine.
 */

/** A CBS buurt code in canonical form: BU, 4 digits, then 4 digits or capital letters. */
export const BUURT_CODE_RE = /^BU\d{4}[0-9A-Z]{4}$/;

/** A CBS wijk code in canonical form: WK, 4 digits, then 2 digits or capital letters. */
export const WIJK_CODE_RE = /^WK\d{4}[0-9A-Z]{2}$/;

export interface BuurtParents {
  wijk_code: string;
  gemeente_code: string;
}

export function isBuurtCode(code: string): boolean {
  return BUURT_CODE_RE.test(code);
}

/** The wijk of a canonical buurt code (BU0363KA05 → WK0363KA); throws for anything else. */
export function wijkOfBuurt(code: string): string {
  if (!isBuurtCode(code)) throw new Error(`"${code}" is not a CBS buurt code (BU + 8 characters, e.g. BU0363KA05)`);
  return 'WK' + code.slice(2, 8);
}

/** The gemeente of a canonical wijk or buurt code (WK036300 → GM0363, BU0363KA05 → GM0363); throws for anything else. */
export function gemeenteOfArea(code: string): string {
  if (!isBuurtCode(code) && !WIJK_CODE_RE.test(code)) throw new Error(`"${code}" is not a CBS wijk or buurt code`);
  return 'GM' + code.slice(2, 6);
}

/** Wijk and gemeente of a buurt code, or null when the text is not a canonical buurt code. */
export function buurtParents(code: string): BuurtParents | null {
  if (!isBuurtCode(code)) return null;
  return { wijk_code: wijkOfBuurt(code), gemeente_code: gemeenteOfArea(code) };
}

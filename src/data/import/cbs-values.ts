/**
 * Parsing of single CBS cell values. CBS marks secret or unknown values in several ways depending on the product:
 * StatLine CSV uses "." (and padded variants such as "       ."), the Wijk- en Buurtkaart uses negative sentinel codes
 * (-99999999 geheim, -99999998 nihil/niet van toepassing, -99999997 onbekend, older releases -99999 / -99995),
 * and converted files use null or drop the key. All of these become `null`, never 0.
 */
export type MissingReason = 'absent' | 'suppressed' | 'sentinel' | 'not_a_number' | 'negative';

export interface ParsedValue {
  value: number | null;
  reason?: MissingReason;
}

/** Sentinel codes used in CBS Wijk- en Buurtkaart attribute tables for suppressed/unknown values. */
export const CBS_SENTINELS: ReadonlySet<number> = new Set([-99999999, -99999998, -99999997, -99999, -99998, -99997, -99995]);

/**
 * Plain decimal text after trimming (and after turning one Dutch decimal comma into a point): optional sign, digits,
 * optional point with digits. JavaScript's Number() would also read "0x10" (16), "1e3" (1000), "0b11", "Infinity"
 * and " " (0); none of those is how CBS writes a value, so they are `not_a_number`.
 */
const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/**
 * Parse one value. `allowNegative` is for variables that can legitimately be negative (e.g. SES scores);
 * for counts, shares and means a negative number is a CBS code and becomes null. Text must be plain decimal
 * (see PLAIN_DECIMAL); "1.234" is read as one point two three four (StatLine writes a decimal point), never as
 * a thousands separator.
 */
export function parseCbsValue(raw: unknown, allowNegative = false): ParsedValue {
  if (raw === null || raw === undefined) return { value: null, reason: 'absent' };
  let n: number;
  if (typeof raw === 'number') {
    n = raw;
  } else if (typeof raw === 'string') {
    const s = raw.trim();
    if (s === '') return { value: null, reason: 'absent' };
    if (s === '.' || s === '..' || s === 'x' || s === '-' || s === '?') return { value: null, reason: 'suppressed' };
    // StatLine CSV may use a decimal comma in Dutch exports.
    const normalised = /^-?\d+,\d+$/.test(s) ? s.replace(',', '.') : s;
    if (!PLAIN_DECIMAL.test(normalised)) return { value: null, reason: 'not_a_number' };
    n = Number(normalised);
  } else {
    return { value: null, reason: 'not_a_number' };
  }
  if (!Number.isFinite(n)) return { value: null, reason: 'not_a_number' };
  if (CBS_SENTINELS.has(n)) return { value: null, reason: 'sentinel' };
  if (n < 0 && !allowNegative) return { value: null, reason: 'negative' };
  return { value: n };
}

/** CBS-form unit codes: GM + 4 digits, WK + 6, BU + 8, PV + 2. Accepts bare digits for gemeenten ("363", "0363"). */
export function normaliseCode(raw: unknown, level: 'provincie' | 'gemeente' | 'wijk' | 'buurt'): string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const s = String(raw).trim().toUpperCase();
  const prefix = { provincie: 'PV', gemeente: 'GM', wijk: 'WK', buurt: 'BU' }[level];
  const width = { provincie: 2, gemeente: 4, wijk: 6, buurt: 8 }[level];
  const body = s.startsWith(prefix) ? s.slice(2) : s;
  if (/^\d+$/.test(body) && body.length <= width) return prefix + body.padStart(width, '0');
  // Since 2022 CBS wijk/buurt codes may end in letters (WK0363AC).
  if (body.length === width && /^\d{4}[0-9A-Z]+$/.test(body)) return prefix + body;
  return null;
}

/** The gemeente code a wijk or buurt code belongs to (WK036300 → GM0363). */
export function gemeenteOf(code: string): string {
  return 'GM' + code.slice(2, 6);
}

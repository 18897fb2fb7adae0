/** Number formats of the scenario views (locale-aware through i18n.formatNumber; never "-0"). */
import { formatNumber, t, type Lang } from '../../app/i18n';

/** Rounded to `digits`, with -0 turned into 0. */
const rounded = (v: number, digits: number): number => {
  const r = Number(v.toFixed(digits));
  return r === 0 ? 0 : r;
};

const missing = (v: number | null | undefined): v is null | undefined => v === null || v === undefined || !Number.isFinite(v);

/** `digits` decimals always shown ("0,0070"), for small numbers without thousands separators. */
function fixed(lang: Lang, v: number, digits: number): string {
  const text = formatNumber(lang, rounded(v, digits), digits);
  const sep = lang === 'nl' ? ',' : '.';
  const [whole, frac = ''] = text.split(sep);
  return digits > 0 ? `${whole}${sep}${frac.padEnd(digits, '0')}` : text;
}

/** An index value (4 decimals). */
export function fmtIndex(lang: Lang, v: number | null | undefined): string {
  return missing(v) ? t(lang, 'noData') : fixed(lang, v, 4);
}

/** A change of an index value, signed, 4 decimals ("+0,0012", "−0,0010", "0,0000"). */
export function fmtIndexChange(lang: Lang, v: number | null | undefined): string {
  if (missing(v)) return t(lang, 'noData');
  const r = rounded(v, 4);
  return `${r > 0 ? '+' : ''}${fixed(lang, r, 4)}`;
}

/** A change with its sign ("+0,0012", "−0,0011", "0"). */
export function fmtSigned(lang: Lang, v: number | null | undefined, digits: number): string {
  if (missing(v)) return t(lang, 'noData');
  const r = rounded(v, digits);
  return `${r > 0 ? '+' : ''}${formatNumber(lang, r, digits)}`;
}

/** A share in percent (1 decimal). */
export function fmtPct(lang: Lang, v: number | null | undefined): string {
  return missing(v) ? t(lang, 'noData') : `${formatNumber(lang, rounded(v, 1), 1)}%`;
}

/** The unit of a change in percentage points: compact in English, written out in Dutch ("pp" is not Dutch usage). */
const PP: Record<Lang, string> = { nl: 'procentpunt', en: 'pp' };

/** A change in percentage points (3 decimals, signed: changes outside the target are small). */
export function fmtPp(lang: Lang, v: number | null | undefined): string {
  return missing(v) ? t(lang, 'noData') : `${fmtSigned(lang, v, 3)} ${PP[lang]}`;
}

/** Persons or dwellings (whole numbers). */
export function fmtCount(lang: Lang, v: number | null | undefined): string {
  return missing(v) ? t(lang, 'noData') : formatNumber(lang, rounded(v, 0), 0);
}

export const sum = (v: readonly number[]): number => v.reduce((s, x) => s + x, 0);

/** A plain number with at most `digits` decimals. */
export function fmtNum(lang: Lang, v: number | null | undefined, digits: number): string {
  return missing(v) ? t(lang, 'noData') : formatNumber(lang, rounded(v, digits), digits);
}

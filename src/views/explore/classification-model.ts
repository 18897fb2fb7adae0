/**
 * The explorer's classification settings (method, classes, palette, scope, colour centre, manual breaks), parsing of
 * typed breaks, and classification + colours from those settings. Pure.
 */
import { classify, validateBreaks, type BreaksError, type Classification, type ClassMethod } from '../../engine/classify';
import type { Lang } from '../../app/i18n';
import { txf, tx } from '../../app/i18n-explore';
import { classColors, isDiverging, type ExplorePaletteId } from './palettes';

/** Which units the classes are computed over: those in the current map view, or every unit in the country. */
export type ClassScope = 'view' | 'country';
/** Where a diverging palette puts its neutral colour: the national reference value, or zero (for changes). */
export type ColourCentre = 'national' | 'zero';

export interface ClassificationSettings {
  method: ClassMethod;
  /** Number of classes, 3–9 (ignored for 'manual': the breaks decide). */
  k: number;
  palette: ExplorePaletteId;
  scope: ClassScope;
  centre: ColourCentre;
  /** Last valid manual breaks (ascending, 2–8); empty until the user has entered some. */
  manualBreaks: number[];
}

export const DEFAULT_SETTINGS: ClassificationSettings = {
  method: 'quantile',
  k: 5,
  palette: 'ylgnbu',
  scope: 'country',
  centre: 'national',
  manualBreaks: [],
};

export type BreaksInputError = BreaksError | { code: 'not_a_number'; token: string };
export type BreaksParse = { ok: true; breaks: number[]; duplicatesRemoved: number } | { ok: false; error: BreaksInputError };

const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const NL_THOUSANDS = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/;

/**
 * Parses typed breaks. Separators: ";" and white space; in English also ",". In Dutch a comma between digits is the
 * decimal comma ("20,5"), a comma followed by a space separates, and "1.000" / "1.234,5" use the dot for thousands;
 * a lone dot ("20.5") is read as a decimal point. A Unicode minus (−) is accepted.
 */
export function parseBreaksText(text: string, lang: Lang): BreaksParse {
  let s = text.replace(/\u2212/g, '-');
  s = lang === 'en' ? s.replace(/,/g, ' ') : s.replace(/,(?=\s|$)/g, ' ');
  const tokens = s.split(/[;\s]+/).filter(Boolean);
  const values: number[] = [];
  for (const tok of tokens) {
    let t = tok;
    if (lang === 'nl') {
      if (NL_THOUSANDS.test(t)) t = t.replace(/\./g, '').replace(',', '.');
      else if (/^[^.]*,[^.,]*$/.test(t)) t = t.replace(',', '.');
    }
    if (!PLAIN.test(t)) return { ok: false, error: { code: 'not_a_number', token: tok } };
    values.push(Number(t));
  }
  return validateBreaks(values);
}

/** Breaks as text that parseBreaksText reads back in the same language (rounded to 4 decimals). */
export function formatBreaksText(breaks: readonly number[], lang: Lang): string {
  return breaks
    .map((b) => {
      const s = String(Math.round(b * 1e4) / 1e4);
      return lang === 'nl' ? s.replace('.', ',') : s;
    })
    .join('; ');
}

/** The validation message in the UI language. */
export function breaksErrorText(lang: Lang, e: BreaksInputError): string {
  switch (e.code) {
    case 'empty':
      return tx(lang, 'breaks_empty');
    case 'not_a_number':
      return txf(lang, 'breaks_not_a_number', { token: e.token });
    case 'not_finite':
      return txf(lang, 'breaks_not_finite', { position: e.index + 1 });
    case 'not_ascending':
      return txf(lang, 'breaks_not_ascending', { position: e.index + 1, value: e.value, previous: e.previous });
    case 'too_few':
      return txf(lang, 'breaks_too_few', { classes: e.classes, min: e.min });
    case 'too_many':
      return txf(lang, 'breaks_too_many', { classes: e.classes, max: e.max });
  }
}

/** Classification for the settings; manual without valid breaks falls back to quantiles (never throws). */
export function classifyWithSettings(values: readonly (number | null | undefined)[], s: ClassificationSettings): Classification | null {
  if (s.method === 'manual') {
    if (validateBreaks(s.manualBreaks).ok) return classify(values, 'manual', s.manualBreaks.length + 1, { breaks: s.manualBreaks });
    return classify(values, 'quantile', s.k);
  }
  return classify(values, s.method, s.k);
}

/**
 * One colour per class of `c`. Diverging palettes are centred on `nationalValue` (centre 'national') or on 0
 * (centre 'zero'); without a national value the plain diverging palette is used.
 */
export function settingsColors(c: Classification | null, s: ClassificationSettings, nationalValue: number | null): string[] {
  const breaks = c?.breaks ?? [];
  if (!isDiverging(s.palette)) return classColors(s.palette, breaks, null);
  const centre = s.centre === 'zero' ? 0 : nationalValue;
  return classColors(s.palette, breaks, centre, c ? [c.min, c.max] : undefined);
}

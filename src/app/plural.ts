/**
 * Plural forms: string tables hold a key in two forms, `<key>_one` and `<key>_other`; `pluralKey` picks the form
 * the language's plural rules (Intl.PluralRules) give for a count.
 */
import type { Lang } from './i18n';

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const RULES = new Map<Lang, Intl.PluralRules>();

/** 'one' or 'other' for `n` in `lang` (Dutch and English have no other cardinal forms). */
export function pluralCategory(lang: Lang, n: number): 'one' | 'other' {
  let rules = RULES.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE[lang]);
    RULES.set(lang, rules);
  }
  return rules.select(n) === 'one' ? 'one' : 'other';
}

/** The key of the form for `n`: pluralKey('nl', 'resultsCount', 1) → 'resultsCount_one'. */
export function pluralKey<B extends string>(lang: Lang, base: B, n: number): `${B}_one` | `${B}_other` {
  return `${base}_${pluralCategory(lang, n)}`;
}

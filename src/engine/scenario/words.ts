/**
 * Words and number formats for scenario messages and sentences (nl, en). Dutch numbers use a decimal comma and a
 * point between thousands; negative numbers the minus sign U+2212 (as the waterbed sentences, phrases.ts).
 */
import { fmt, type Lang } from '../waterbed/phrases';
import type { Bilingual } from '../waterbed/types';
import type { SimpleRule, SourceTenure, Tenure } from './spec';

export { fmt, signed, capitalise, type Lang } from '../waterbed/phrases';

/** "rented dwellings" / "huurwoningen". */
export const TENURE_NOUN: Readonly<Record<Tenure | SourceTenure, Bilingual>> = {
  owner: { en: 'owner-occupied dwellings', nl: 'koopwoningen' },
  rented: { en: 'rented dwellings', nl: 'huurwoningen' },
  social: { en: 'social-rent dwellings', nl: 'corporatiewoningen' },
  middenhuur: { en: 'middenhuur (mid-rent) dwellings', nl: 'middenhuurwoningen' },
};

/** "owner-occupied" / "koop", as the object of "convert to". */
export const TENURE_TARGET: Readonly<Record<Tenure, Bilingual>> = {
  owner: { en: 'owner-occupied', nl: 'koop' },
  rented: { en: 'rented', nl: 'huur' },
  middenhuur: { en: 'middenhuur', nl: 'middenhuur' },
};

/** Where displaced households go under each simple rule, as an "if they …" clause. */
export const RULE_CLAUSE: Readonly<Record<SimpleRule | 'mix', Bilingual>> = {
  ring: {
    en: 'if displaced households move to the adjacent units',
    nl: 'als verdrongen huishoudens naar de aangrenzende gebieden verhuizen',
  },
  rest: { en: 'if they move to the rest of the gemeente', nl: 'als ze naar de rest van de gemeente verhuizen' },
  outside: { en: 'if they leave the gemeente', nl: 'als ze de gemeente verlaten' },
  mix: { en: 'under the mix you set', nl: 'bij de door u gekozen verdeling' },
};

export const RULE_LABEL: Readonly<Record<SimpleRule | 'mix', Bilingual>> = {
  ring: { en: 'adjacent ring', nl: 'aangrenzende ring' },
  rest: { en: 'rest of the gemeente', nl: 'rest van de gemeente' },
  outside: { en: 'outside the gemeente', nl: 'buiten de gemeente' },
  mix: { en: 'your mix', nl: 'eigen verdeling' },
};

/** A whole number with thousands separators: 12,345 / 12.345. */
export function count(v: number, lang: Lang): string {
  const s = fmt(Math.round(v), lang, 0);
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
}

/** A percentage with one decimal and the sign: 43.8% / 43,8%. */
export const pct = (v: number, lang: Lang, decimals = 1): string => `${fmt(v, lang, decimals)}%`;

/** "A, B and C" / "A, B en C". */
export function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;
}

/** Both languages of a template at once. */
export const both = (f: (lang: Lang) => string): Bilingual => ({ en: f('en'), nl: f('nl') });

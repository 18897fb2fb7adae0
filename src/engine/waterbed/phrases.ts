/**
 * Words for the summary sentences: indicator noun phrases, place nouns and number formats (nl, en).
 * Dutch numbers use a decimal comma; negative numbers use the minus sign U+2212.
 */
import type { Bilingual, IndicatorSpec } from './types';

export interface IndicatorPhrase {
  nl: string;
  en: string;
  /** Dutch pronoun referring back to the phrase ('dat' for het-words, 'die' for de-words). */
  nlPronoun: 'dat' | 'die';
}

const KNOWN: Record<string, Bilingual> = {
  share_income_low: { nl: 'het aandeel lage inkomens', en: 'the share of low incomes' },
  share_income_high: { nl: 'het aandeel hoge inkomens', en: 'the share of high incomes' },
  share_owner_occupied: { nl: 'het aandeel koopwoningen', en: 'the share of owner-occupied dwellings' },
  share_rented: { nl: 'het aandeel huurwoningen', en: 'the share of rented dwellings' },
  share_social_rent: { nl: 'het aandeel corporatiewoningen', en: 'the share of social-rent dwellings' },
  share_age_65plus: { nl: 'het aandeel 65-plussers', en: 'the share of people aged 65 and over' },
  share_origin_non_western: {
    nl: 'het aandeel inwoners met een niet-westerse migratieachtergrond',
    en: 'the share of residents with a non-western migration background',
  },
  share_origin_western: {
    nl: 'het aandeel inwoners met een westerse migratieachtergrond',
    en: 'the share of residents with a western migration background',
  },
  share_higher_education: { nl: 'het aandeel hoogopgeleiden', en: 'the share of highly educated residents' },
  population: { nl: 'het aantal inwoners', en: 'the number of inhabitants' },
  households: { nl: 'het aantal huishoudens', en: 'the number of households' },
  dwellings: { nl: 'de woningvoorraad', en: 'the dwelling stock' },
  mean_woz_keur: { nl: 'de gemiddelde WOZ-waarde', en: 'the mean property value (WOZ)' },
  mean_income_per_inhabitant_keur: { nl: 'het gemiddeld inkomen per inwoner', en: 'the mean income per inhabitant' },
  mean_income_per_recipient_keur: { nl: 'het gemiddeld inkomen per inkomensontvanger', en: 'the mean income per income recipient' },
};

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** Noun phrase with article, e.g. "het aandeel huurwoningen" / "the share of rented dwellings". */
export function indicatorPhrase(spec: IndicatorSpec): IndicatorPhrase {
  const known = KNOWN[spec.id];
  let p: Bilingual;
  if (known) p = known;
  else if (spec.kind === 'count')
    p = { nl: `het aantal ${spec.label.nl.toLowerCase()}`, en: `the number of ${spec.label.en.toLowerCase()}` };
  else {
    const nl = lowerFirst(spec.label.nl);
    const article = spec.kind === 'share' || /^gemiddeld /.test(nl) ? 'het' : 'de';
    p = { nl: `${article} ${nl}`, en: `the ${lowerFirst(spec.label.en)}` };
  }
  return { ...p, nlPronoun: p.nl.startsWith('het ') ? 'dat' : 'die' };
}

export type Lang = 'nl' | 'en';

/** Fixed-decimals number in the language's format (no sign for positive numbers). */
export function fmt(v: number, lang: Lang, decimals = 1): string {
  const s = Math.abs(v).toFixed(decimals);
  const body = lang === 'nl' ? s.replace('.', ',') : s;
  return v < 0 && Number(s) !== 0 ? `\u2212${body}` : body;
}

/** Number with an explicit sign (+1.2, −0.4, 0.0). */
export function signed(v: number, lang: Lang, decimals = 1): string {
  const s = fmt(v, lang, decimals);
  return Number(Math.abs(v).toFixed(decimals)) === 0 || v < 0 ? s : `+${s}`;
}

export interface Places {
  /** The adjacent units, as a sentence subject / after "in". */
  adjacent: Bilingual;
  /** The rest scope, after "the" / "de". */
  rest: Bilingual;
}

export function places(level: 'buurt' | 'wijk' | 'gemeente', ring1Units: number, restGemeenten = 1): Places {
  const one = ring1Units === 1;
  if (level === 'buurt')
    return {
      adjacent: one
        ? { nl: 'de aangrenzende buurt', en: 'the adjacent buurt' }
        : { nl: 'de aangrenzende buurten', en: 'the adjacent buurten' },
      rest:
        restGemeenten > 1
          ? { nl: 'rest van deze gemeenten', en: 'rest of these municipalities' }
          : { nl: 'rest van de gemeente', en: 'rest of the municipality' },
    };
  if (level === 'wijk')
    return {
      adjacent: one ? { nl: 'de aangrenzende wijk', en: 'the adjacent wijk' } : { nl: 'de aangrenzende wijken', en: 'the adjacent wijken' },
      rest:
        restGemeenten > 1
          ? { nl: 'rest van deze gemeenten', en: 'rest of these municipalities' }
          : { nl: 'rest van de stad', en: 'rest of the city' },
    };
  return {
    adjacent: one
      ? { nl: 'de aangrenzende gemeente', en: 'the adjacent municipality' }
      : { nl: 'de aangrenzende gemeenten', en: 'the adjacent municipalities' },
    rest: { nl: 'rest van de provincie', en: 'rest of the province' },
  };
}

export const capitalise = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

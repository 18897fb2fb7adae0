/**
 * One plain-language sentence (Dutch and English) comparing the adjacent ring with the rest, e.g.
 * "The adjacent wijken saw the share of low incomes rise 3.1 points more than the rest of the city between 2022
 * and 2024." / "In de aangrenzende wijken steeg het aandeel lage inkomens tussen 2022 en 2024 3,1 procentpunt meer
 * dan in de rest van de stad."
 *
 * - Shares: changes in percentage points. |DiD| < equalBand (default 0.5 points) or rounding to 0.0 reads as
 *   "about as much"; otherwise "rose/fell X points more/less than", or "rose A points, while it fell B points"
 *   when ring and rest moved in opposite directions.
 * - Counts and means: percent growth of both, and the difference in percentage points ("… rise 12.4% …, against a
 *   rise of 10.1% in the rest of the province: 2.3 percentage points more."); same equal band, in points of growth.
 * - Missing ring or rest values give a sentence saying why no comparison is possible.
 * - Uncertainty (`ring1Uncertainty`: the DiD's range over crosswalk weightings and its rounding band): when the
 *   widened interval [low − rounding, high + rounding] contains 0 and the DiD is not already "about as much", the
 *   sentence gives both changes and says the difference is not distinguishable, with the interval; it never
 *   claims more or less.
 */
import { changeMetric } from './indicator';
import { capitalise, fmt, indicatorPhrase, places, signed, type IndicatorPhrase, type Lang } from './phrases';
import type { Bilingual, IndicatorSpec, RingComparison } from './types';
import type { Range } from './uncertainty';

export const DEFAULT_EQUAL_BAND = 0.5;

export interface SummaryInput {
  level: 'buurt' | 'wijk' | 'gemeente';
  indicator: IndicatorSpec;
  from: number;
  to: number;
  ring1: RingComparison | null;
  rest: RingComparison | null;
  /** Number of gemeenten in the rest scope (wijk level; words "the city" vs "these municipalities"). */
  restGemeenten?: number;
  equalBand?: number;
  /** Range of ring 1's DiD vs rest over crosswalk weightings, and its rounding half-width. */
  ring1Uncertainty?: { range: Range; rounding: number } | null;
}

type Dir = 'up' | 'down' | 'level';
const dir = (v: number): Dir => (Number(Math.abs(v).toFixed(1)) === 0 ? 'level' : v > 0 ? 'up' : 'down');

/** The comparison sentence for `input` (see the header for the rules). */
export function summarise(input: SummaryInput): Bilingual {
  const { level, indicator, from, to, ring1, rest } = input;
  const pl = places(level, ring1?.units ?? 2, input.restGemeenten);
  const adj = pl.adjacent,
    restWords = pl.rest;
  const metric = changeMetric(indicator.kind);
  const pick = (c: RingComparison | null) => (c ? (metric === 'absolute' ? c.change : c.changePct) : null);
  const a = pick(ring1),
    b = pick(rest);
  if (!ring1 || (ring1.units === 0 && ring1.missing === 0))
    return {
      nl: `Er zijn geen ${adj.nl.replace(/^de /, '')} gevonden; een vergelijking met de ${restWords.nl} is niet mogelijk.`,
      en: `No ${adj.en.replace(/^the /, '')} were found, so no comparison with the ${restWords.en} is possible.`,
    };
  if (!rest || (rest.units === 0 && rest.missing === 0))
    return {
      nl: `Er is geen ${restWords.nl} om mee te vergelijken: alle eenheden zijn doel of aangrenzend.`,
      en: `There is no ${restWords.en} to compare with: every unit is a target or adjacent.`,
    };
  if (a === null || b === null)
    return {
      nl: `Voor ${adj.nl} of de ${restWords.nl} zijn er in ${from} en ${to} te weinig gegevens om te vergelijken.`,
      en: `There are too few data for ${adj.en} or the ${restWords.en} in ${from} and ${to} to compare.`,
    };
  const band = input.equalBand ?? DEFAULT_EQUAL_BAND;
  const d = a - b;
  const equal = Math.abs(d) < band || Number(Math.abs(d).toFixed(1)) === 0;
  const w: Words = { adj, rest: restWords, ind: indicatorPhrase(indicator), from, to };
  const u = input.ring1Uncertainty;
  if (u && !equal && u.range.low - u.rounding <= 0 && u.range.high + u.rounding >= 0)
    return undecided(w, metric === 'absolute', a, b, u.range.low - u.rounding, u.range.high + u.rounding);
  const main = metric === 'absolute' ? absoluteSentence(w, a, b, d, equal) : relativeSentence(w, a, b, d, equal);
  if (!u || equal || u.range.high - u.range.low < 0.1) return main;
  const span = (l: Lang) => `${signed(u.range.low, l)} ${l === 'nl' ? 'en' : 'and'} ${signed(u.range.high, l)}`;
  return {
    nl: `${main.nl} Afhankelijk van de omrekening van de grenzen van ${from} ligt het verschil tussen ${span('nl')} procentpunt.`,
    en: `${main.en} Depending on how the ${from} boundaries are converted, the difference lies between ${span('en')} ${metric === 'absolute' ? 'points' : 'percentage points'}.`,
  };
}

/** The words of one sentence: the adjacent units, the rest scope, the indicator and the years. */
interface Words {
  adj: Bilingual;
  rest: Bilingual;
  ind: IndicatorPhrase;
  from: number;
  to: number;
}

/** Both changes (a: ring, b: rest) and the interval [low, high] of their difference, which contains 0. */
function undecided(w: Words, abs: boolean, a: number, b: number, low: number, high: number): Bilingual {
  const { adj, rest: restWords, ind, from, to } = w;
  const v = (x: number, l: Lang) => (abs ? signed(x, l) : `${signed(x, l)}%`);
  const unit = { nl: 'procentpunt', en: abs ? 'points' : 'percentage points' };
  const iv = (l: Lang) => `${signed(low, l)} ${l === 'nl' ? 'en' : 'and'} ${signed(high, l)} ${unit[l]}`;
  return {
    nl: `In ${adj.nl} veranderde ${ind.nl} tussen ${from} en ${to} met ${v(a, 'nl')}${abs ? ' procentpunt' : ''}, tegen ${v(b, 'nl')}${abs ? ' procentpunt' : ''} in de ${restWords.nl}. Het verschil is niet te onderscheiden van nul: afhankelijk van de omrekening van de grenzen van ${from} en de afronding van de cijfers ligt het tussen ${iv('nl')}.`,
    en: `${capitalise(adj.en)} saw ${ind.en} change ${v(a, 'en')}${abs ? ' points' : ''} between ${from} and ${to}, against ${v(b, 'en')}${abs ? ' points' : ''} in the ${restWords.en}. The difference is not distinguishable from zero: depending on how the ${from} boundaries are converted and on the rounding of the data it lies between ${iv('en')}.`,
  };
}

/** Shares: changes a (ring) and b (rest) in percentage points, d = a − b. */
function absoluteSentence(w: Words, a: number, b: number, d: number, equal: boolean): Bilingual {
  const { adj, rest: restWords, ind, from, to } = w;
  const span = { nl: `tussen ${from} en ${to}`, en: `between ${from} and ${to}` };
  const n = (v: number, l: Lang) => fmt(Math.abs(v), l);
  if (equal)
    return {
      nl: `In ${adj.nl} veranderde ${ind.nl} ${span.nl} ongeveer evenveel als in de ${restWords.nl} (${signed(a, 'nl')} tegen ${signed(b, 'nl')} procentpunt).`,
      en: `${capitalise(adj.en)} saw ${ind.en} change about as much as the ${restWords.en} ${span.en} (${signed(a, 'en')} vs ${signed(b, 'en')} points).`,
    };
  const da = dir(a),
    db = dir(b);
  const nlVerb = (x: Dir) => (x === 'up' ? 'steeg' : 'daalde');
  const enVerb = (x: Dir) => (x === 'up' ? 'rise' : 'fall');
  const enPast = (x: Dir) => (x === 'up' ? 'rose' : 'fell');
  // Same direction (or rest level): "rose/fell d points more/less than".
  if (da !== 'level' && (da === db || db === 'level')) {
    const more = (da === 'up') === d > 0;
    return {
      nl: `In ${adj.nl} ${nlVerb(da)} ${ind.nl} ${span.nl} ${n(d, 'nl')} procentpunt ${more ? 'meer' : 'minder'} dan in de ${restWords.nl}.`,
      en: `${capitalise(adj.en)} saw ${ind.en} ${enVerb(da)} ${n(d, 'en')} points ${more ? 'more' : 'less'} than the ${restWords.en} ${span.en}.`,
    };
  }
  // Opposite directions, or the ring stayed level while the rest moved.
  const rest = db === 'level' ? null : db;
  const nlRest = rest ? `, terwijl ${ind.nlPronoun} in de ${restWords.nl} met ${n(b, 'nl')} procentpunt ${nlVerb(rest)}` : '';
  const enRest = rest ? `, while it ${enPast(rest)} ${n(b, 'en')} points in the ${restWords.en}` : '';
  if (da === 'level')
    return {
      nl: `In ${adj.nl} bleef ${ind.nl} ${span.nl} gelijk${nlRest}.`,
      en: `${capitalise(adj.en)} saw ${ind.en} stay level ${span.en}${enRest}.`,
    };
  return {
    nl: `In ${adj.nl} ${nlVerb(da)} ${ind.nl} ${span.nl} met ${n(a, 'nl')} procentpunt${nlRest}.`,
    en: `${capitalise(adj.en)} saw ${ind.en} ${enVerb(da)} ${n(a, 'en')} points ${span.en}${enRest}.`,
  };
}

/** Counts and means: percent growth a (ring) and b (rest), d = a − b in percentage points. */
function relativeSentence(w: Words, a: number, b: number, d: number, equal: boolean): Bilingual {
  const { adj, rest: restWords, ind, from, to } = w;
  const pct = (v: number, l: Lang) => `${fmt(Math.abs(v), l)}%`;
  const da = dir(a),
    db = dir(b);
  const nlMain =
    da === 'level'
      ? `In ${adj.nl} bleef ${ind.nl} tussen ${from} en ${to} gelijk`
      : `In ${adj.nl} ${da === 'up' ? 'steeg' : 'daalde'} ${ind.nl} tussen ${from} en ${to} met ${pct(a, 'nl')}`;
  const enMain = `${capitalise(adj.en)} saw ${ind.en} ${da === 'level' ? 'stay level' : `${da === 'up' ? 'rise' : 'fall'} ${pct(a, 'en')}`} between ${from} and ${to}`;
  if (equal)
    return {
      nl: `${nlMain}, ongeveer evenveel als in de ${restWords.nl} (${signed(b, 'nl')}%).`,
      en: `${enMain}, about the same as in the ${restWords.en} (${signed(b, 'en')}%).`,
    };
  const nlRest = db === 'level' ? 'geen verandering' : `een ${db === 'up' ? 'stijging' : 'daling'} van ${pct(b, 'nl')}`;
  const enRest = db === 'level' ? 'no change' : `a ${db === 'up' ? 'rise' : 'fall'} of ${pct(b, 'en')}`;
  const more = d > 0;
  return {
    nl: `${nlMain}, tegen ${nlRest} in de ${restWords.nl}: ${fmt(Math.abs(d), 'nl')} procentpunt ${more ? 'meer' : 'minder'}.`,
    en: `${enMain}, against ${enRest} in the ${restWords.en}: ${fmt(Math.abs(d), 'en')} percentage points ${more ? 'more' : 'less'}.`,
  };
}

/** UI strings of the index explanations and the methods page: Dutch + English. */
import { fillTemplate, type Lang } from '../../app/i18n';

const STRINGS = {
  explain: { nl: 'Uitleg bij {index}', en: 'About {index}' },
  meaning: { nl: 'Betekenis', en: 'Meaning' },
  howToRead: { nl: 'Zo lees je het', en: 'How to read it' },
  standing: {
    nl: '{name}: {value}. {pct}% van de {count} gemeenten heeft een even hoge of lagere waarde (plaats {rank}; mediaan {median}).',
    en: '{name}: {value}. {pct}% of the {count} municipalities have this value or a lower one (rank {rank}; median {median}).',
  },
  stripLabel: {
    nl: 'Verdeling over alle gemeenten: elk streepje is een gemeente, de markering is {name}',
    en: 'Distribution over all municipalities: each tick is a municipality, the marker is {name}',
  },
  methodsLink: { nl: 'Methode en bronnen', en: 'Method and sources' },
  methodsTitle: { nl: 'Methodeverantwoording', en: 'Methods' },
  methodsLanguage: {
    nl: 'De methodeverantwoording is in het Engels geschreven (docs/methods.md), zodat onderzoekers de formules en bronnen kunnen controleren.',
    en: 'The methods are written in English (docs/methods.md), so researchers can check the formulas and sources.',
  },
  close: { nl: 'Sluiten', en: 'Close' },
  reason_too_few_units: { nl: 'Niet te berekenen: minder dan 2 bruikbare gebieden.', en: 'Not computable: fewer than 2 usable areas.' },
  reason_empty_group: {
    nl: 'Niet te berekenen: een van de groepen heeft geen leden in de bruikbare gebieden.',
    en: 'Not computable: one of the groups has no members in the usable areas.',
  },
  reason_missing_spatial: {
    nl: 'Niet te berekenen: de grenzen of oppervlakten van de gebieden ontbreken (buurten hebben geen grenzen in de app).',
    en: 'Not computable: the boundaries or areas of the units are missing (buurten have no boundaries in the app).',
  },
  reason_no_neighbours: {
    nl: 'Niet te berekenen: geen twee bruikbare gebieden grenzen aan elkaar.',
    en: 'Not computable: no two usable areas share a boundary.',
  },
  reason_invalid_parameter: {
    nl: 'Niet te berekenen: een instelling valt buiten het toegestane bereik.',
    en: 'Not computable: a setting is out of range.',
  },
  reason_degenerate: {
    nl: 'Niet te berekenen: de gebieden liggen te ver uit elkaar voor de afstandsschaal.',
    en: 'Not computable: the areas are too far apart for the distance scale.',
  },
  contents: { nl: 'Inhoud', en: 'Contents' },
  loading: { nl: 'Methodeverantwoording laden…', en: 'Loading the methods…' },
  failed: { nl: 'De methodeverantwoording kon niet worden geladen.', en: 'The methods could not be loaded.' },
} as const;

export type ExplainKey = keyof typeof STRINGS;
export const EXPLAIN_STRINGS: Readonly<Record<ExplainKey, Readonly<Record<Lang, string>>>> = STRINGS;

/** Why an index is not computable, in the UI language (the engine's reason text is English, for the CLI). */
export function reasonText(lang: Lang, code: string): string | undefined {
  const key = `reason_${code}` as ExplainKey;
  return key in STRINGS ? STRINGS[key][lang] : undefined;
}

export function et(lang: Lang, key: ExplainKey, params?: Readonly<Record<string, string | number>>): string {
  const s = STRINGS[key][lang];
  return params ? fillTemplate(s, params) : s;
}

/** UI strings of the waterbed comparison at buurt level (imported boundaries and statistics): Dutch + English. */
import { fillTemplate, type Lang } from '../../app/i18n';

const STRINGS = {
  level: { nl: 'Buurt (geïmporteerd)', en: 'Neighbourhood (imported)' },
  years: {
    nl: 'Alleen jaren met zowel buurtcijfers als buurtgrenzen (ingebouwd of geïmporteerd): {years}.',
    en: 'Only years with both neighbourhood statistics and boundaries (embedded or imported): {years}.',
  },
  statsOnly: {
    nl: 'Cijfers maar geen buurtgrenzen: {years} — importeer hun grenzen (GeoJSON) om ze te vergelijken.',
    en: 'Statistics but no neighbourhood boundaries: {years} — import their boundaries (GeoJSON) to compare them.',
  },
  boundariesOnly: {
    nl: 'Buurtgrenzen maar geen cijfers voor dit kenmerk: {years}.',
    en: 'Neighbourhood boundaries but no statistics for this indicator: {years}.',
  },
  tooFew: {
    nl: 'Een buurtvergelijking heeft twee jaren nodig met buurtcijfers én buurtgrenzen. Importeer ze in het paneel Importeren.',
    en: 'A neighbourhood comparison needs two years with both neighbourhood statistics and boundaries. Import them in the Import panel.',
  },
  noRegion: {
    nl: 'Op buurtniveau is er geen rij voor provincie of Nederland: de buurtgrenzen komen uit uw import en dekken alleen de geïmporteerde gemeente(n). De rest is de rest van de gemeente.',
    en: 'At neighbourhood level there is no province or Netherlands row: the boundaries come from your import and cover only the imported municipality (or municipalities). The rest is the rest of the municipality.',
  },
  source: {
    nl: 'Buurtgrenzen uit uw import: {files}. Cijfers die niet ingebouwd zijn, komen ook uit uw import.',
    en: 'Neighbourhood boundaries from your import: {files}. Statistics that are not embedded come from your import too.',
  },
} as const;

export type WaterbedBuurtKey = keyof typeof STRINGS;

export function twb(lang: Lang, key: WaterbedBuurtKey): string {
  return STRINGS[key][lang];
}

export function twbf(lang: Lang, key: WaterbedBuurtKey, params: Readonly<Record<string, string | number>>): string {
  return fillTemplate(STRINGS[key][lang], params);
}

/** Every key in both languages (for the completeness test). */
export const WATERBED_BUURT_STRINGS = STRINGS;

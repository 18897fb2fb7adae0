/**
 * Load failures and URL-code notices in words (Dutch + English). A failure says what could not be loaded and why,
 * in terms a user can act on; technical detail never reaches these strings (it goes to console.debug).
 */
import { fillTemplate, type Lang } from './i18n';
import type { LoadErrorKind, LoadFailure, LoadResource } from './load-errors';

type Text = { nl: string; en: string };

const WHAT: Record<LoadResource, Text> = {
  catalog: { nl: 'De catalogus van de gegevens kon niet worden geladen', en: 'The data catalogue could not be loaded' },
  stats: { nl: 'De statistieken{of} konden niet worden geladen', en: 'The statistics{of} could not be loaded' },
  duckdb: { nl: 'De database (DuckDB-WASM) kon niet worden geladen', en: 'The database (DuckDB-WASM) could not be loaded' },
  geometry: { nl: 'De kaartgrenzen{of} konden niet worden geladen', en: 'The boundaries{of} could not be loaded' },
  engine: { nl: 'De rekenmodule kon niet worden gestart', en: 'The computation module could not be started' },
  computation: { nl: 'De berekening kon niet worden uitgevoerd', en: 'The computation could not be carried out' },
};

const LEVEL: Record<string, Text> = {
  gemeente: { nl: 'gemeenten', en: 'municipalities' },
  wijk: { nl: 'wijken', en: 'districts' },
  provincie: { nl: 'provincies', en: 'provinces' },
};

const WHY: Record<LoadErrorKind, Text> = {
  offline: { nl: 'u bent offline. Controleer de internetverbinding.', en: 'you are offline. Check the internet connection.' },
  unreachable: {
    nl: 'de server is niet bereikbaar of de verbinding werd verbroken.',
    en: 'the server cannot be reached or the connection was lost.',
  },
  timeout: { nl: 'de server antwoordde niet binnen {seconds} seconden.', en: 'the server did not answer within {seconds} seconds.' },
  not_found: { nl: 'het bestand ontbreekt op de server.', en: 'the file is missing on the server.' },
  server: { nl: 'de server meldde een fout.', en: 'the server reported an error.' },
  damaged: { nl: 'het bestand is beschadigd of onvolledig aangekomen.', en: 'the file is damaged or arrived incomplete.' },
  unexpected: { nl: 'er ging onverwacht iets mis.', en: 'something unexpected went wrong.' },
};

const STRINGS = {
  loadFailedTitle: { nl: 'Laden mislukt', en: 'Loading failed' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  openSuccessor: { nl: 'Open {name} ({code})', en: 'Open {name} ({code})' },
  noDetailWijken: {
    nl: 'Geen indices: deze gemeente heeft geen wijken met gegevens in {year}.',
    en: 'No indices: this municipality has no districts with data in {year}.',
  },
  dismiss: { nl: 'Sluiten', en: 'Close' },
} as const;

export type ErrorStringKey = keyof typeof STRINGS;

export function te(lang: Lang, key: ErrorStringKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(STRINGS[key][lang], params);
}

/** "De kaartgrenzen (gemeenten 2019) konden niet worden geladen: het bestand ontbreekt op de server." */
export function failureText(lang: Lang, f: LoadFailure): string {
  const parts = [f.level ? (LEVEL[f.level]?.[lang] ?? f.level) : '', f.year ? String(f.year) : ''].filter(Boolean);
  const what = fillTemplate(WHAT[f.resource][lang], { of: parts.length ? ` (${parts.join(' ')})` : '' });
  const why = fillTemplate(WHY[f.kind][lang], { seconds: f.seconds ?? '' });
  return `${what}: ${why}`;
}

/** The tables, for the catalogue checks. */
export const ERROR_STRINGS = { ...STRINGS, ...prefixed('what_', WHAT), ...prefixed('level_', LEVEL), ...prefixed('why_', WHY) };

function prefixed(prefix: string, table: Readonly<Record<string, Text>>): Record<string, Text> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [prefix + k, v]));
}

/**
 * Every message of `npm run data:fetch`, Dutch first, then English; `{name}` placeholders are filled by `say`.
 * Registered in src/app/string-tables.ts so the catalogue test proves both languages exist.
 */
export type Lang = 'nl' | 'en';

export const FETCH_STRINGS = {
  unreachable: {
    nl: '{what} is niet bereikbaar ({url}): {reason}. Controleer de internetverbinding of geef een ander adres met --endpoint-config.',
    en: '{what} cannot be reached ({url}): {reason}. Check the internet connection, or give another address with --endpoint-config.',
  },
  retired: {
    nl: '{what} bestaat niet (meer) op {url} (HTTP {status}). Het adres is mogelijk uit dienst; geef het nieuwe adres met --endpoint-config.',
    en: '{what} no longer exists at {url} (HTTP {status}). The endpoint may have been retired; give the new address with --endpoint-config.',
  },
  httpFailed: {
    nl: '{what} gaf HTTP {status} op {url}, ook na {attempts} pogingen.',
    en: '{what} answered HTTP {status} at {url}, also after {attempts} attempts.',
  },
  malformed: {
    nl: 'Onverwacht antwoord van {what} ({url}): {reason}. Het formaat is mogelijk gewijzigd; niets is weggeschreven.',
    en: 'Unexpected answer from {what} ({url}): {reason}. The format may have changed; nothing was written.',
  },
  interrupted: {
    nl: 'De download is onderbroken ({reason}). Al binnengehaalde pagina’s staan in {cache}; ga verder met: {command}',
    en: 'The download was interrupted ({reason}). Pages already fetched are kept in {cache}; continue with: {command}',
  },
  noTable: {
    nl: 'Geen CBS-tabel bekend voor jaar {year}. Bekende jaren: {years}. Geef het tabelnummer in --endpoint-config (tables).',
    en: 'No CBS table is known for year {year}. Known years: {years}. Give the table id in --endpoint-config (tables).',
  },
  badConfig: {
    nl: 'Het endpoint-bestand {file} is onbruikbaar: {reason}.',
    en: 'The endpoint file {file} cannot be used: {reason}.',
  },
  badVariable: {
    nl: 'Onbekende variabele "{name}" in --variables. Bekend: {known}.',
    en: 'Unknown variable "{name}" in --variables. Known: {known}.',
  },
  badLevel: {
    nl: 'Onbekend niveau "{name}" in --level; kies uit gemeente, wijk, buurt.',
    en: 'Unknown level "{name}" in --level; choose from gemeente, wijk, buurt.',
  },
  noRows: {
    nl: 'CBS gaf geen enkele {level} voor {year} (tabel {table}); niets is weggeschreven.',
    en: 'CBS returned no {level} for {year} (table {table}); nothing was written.',
  },
  noMeasures: {
    nl: 'Geen van de gevraagde variabelen staat in tabel {table} (OData v3 DataProperties).',
    en: 'None of the requested variables is in table {table} (OData v3 DataProperties).',
  },
  outRefused: {
    nl: 'Kan niet schrijven naar {out}: {reason}.',
    en: 'Cannot write to {out}: {reason}.',
  },
  outNotData: {
    nl: 'het is een map zonder manifest.json, dus geen datamap (van data:build of data:fetch); kies een lege of nieuwe map, of een datamap',
    en: 'it is a folder without manifest.json, so not a data folder (from data:build or data:fetch); give an empty or new folder, or a data folder',
  },
  outIsFile: {
    nl: 'het is een bestand, geen map',
    en: 'it is a file, not a folder',
  },
  cacheInOut: {
    nl: 'de cachemap {cache} ligt erin of omgekeerd; kies een andere --cache',
    en: 'the cache folder {cache} lies inside it or the other way round; give another --cache',
  },
  writeFailed: {
    nl: 'Schrijven mislukt ({reason}); {out} is niet veranderd. De download staat nog in {cache}; probeer opnieuw met --resume.',
    en: 'Writing failed ({reason}); {out} was left as it was. The download is still in {cache}; try again with --resume.',
  },
  resumeHint: {
    nl: 'Al binnengehaalde pagina’s staan in {cache}; ga later verder met: {command}',
    en: 'Pages already fetched are kept in {cache}; continue later with: {command}',
  },
  usage: {
    nl: 'Opdrachtregel: {reason} (zie --help)',
    en: 'Command line: {reason} (see --help)',
  },
  internal: {
    nl: 'Interne fout ({reason}). Meld dit; de download staat in {cache}.',
    en: 'Internal error ({reason}). Please report this; the download is in {cache}.',
  },
  retrying: {
    nl: '{what}: {reason}; nieuwe poging {attempt} van {max} over {seconds} s',
    en: '{what}: {reason}; attempt {attempt} of {max} in {seconds} s',
  },
  fallbackV3: {
    nl: 'OData v4 niet beschikbaar voor {table} ({reason}); over op OData v3.',
    en: 'OData v4 not available for {table} ({reason}); falling back to OData v3.',
  },
  missingMeasures: {
    nl: 'Niet in tabel {table}: {names} (deze variabelen blijven leeg).',
    en: 'Not in table {table}: {names} (these variables stay empty).',
  },
  progressLabel: {
    nl: '{what}: pagina {page}',
    en: '{what}: page {page}',
  },
  resumed: {
    nl: '{count} pagina’s uit de cache hergebruikt ({cache}).',
    en: 'Reused {count} pages from the cache ({cache}).',
  },
  wrote: {
    nl: 'data:fetch schreef {files} bestanden naar {out}: {rows}. Controlegetallen: {checksums}. Herbouw de app (npm run build) om ze te tonen.',
    en: 'data:fetch wrote {files} files to {out}: {rows}. Checksums: {checksums}. Rebuild the app (npm run build) to show them.',
  },
  whatV4: { nl: 'CBS OData v4', en: 'CBS OData v4' },
  whatV3: { nl: 'CBS OData v3', en: 'CBS OData v3' },
  whatWfs: { nl: 'PDOK WFS', en: 'PDOK WFS' },
  reasonTimeout: { nl: 'geen antwoord binnen {seconds} s', en: 'no answer within {seconds} s' },
  reasonNotJson: { nl: 'geen geldige JSON', en: 'not valid JSON' },
  reasonSignal: { nl: 'afgebroken met {signal}', en: 'stopped with {signal}' },
} as const satisfies Record<string, { nl: string; en: string }>;

export type FetchStringKey = keyof typeof FETCH_STRINGS;

/** The message `key` in `lang` with its `{placeholders}` filled. */
export function say(lang: Lang, key: FetchStringKey, params: Readonly<Record<string, string | number>> = {}): string {
  return FETCH_STRINGS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

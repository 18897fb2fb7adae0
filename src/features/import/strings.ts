/** UI strings of the import panel: Dutch + English. */
import { fillTemplate, type Lang } from '../../app/i18n';

const STRINGS = {
  title: { nl: 'CBS-bestanden importeren', en: 'Import CBS files' },
  intro: {
    nl: 'Sleep CBS-bestanden hierheen of kies ze: StatLine-CSV, KWB-bestand (kwb-JJJJ.csv), OData v3/v4-JSON of GeoJSON-grenzen. De bestanden blijven op deze computer: ze worden in de browser gelezen en bewaard, nooit verstuurd.',
    en: 'Drop CBS files here or choose them: StatLine CSV, KWB file (kwb-YYYY.csv), OData v3/v4 JSON or GeoJSON boundaries. The files stay on this computer: they are read and kept in the browser, never sent anywhere.',
  },
  choose: { nl: 'Bestanden kiezen…', en: 'Choose files…' },
  dropHere: { nl: 'Laat de bestanden hier los', en: 'Release the files here' },
  reading: { nl: '{name} wordt gelezen…', en: 'Reading {name}…' },
  results: { nl: 'Resultaat van deze import', en: 'Result of this import' },
  saved: {
    nl: 'Geïmporteerd als tabel {table} (te bevragen in de SQL-console).',
    en: 'Imported as table {table} (query it in the SQL console).',
  },
  notSaved: {
    nl: 'Niet geïmporteerd: het bestand bevat fouten. Wat al geladen was, blijft ongewijzigd.',
    en: 'Not imported: the file has errors. What was already loaded stays unchanged.',
  },
  nothingUsable: {
    nl: 'Niet geïmporteerd: er zijn geen bruikbare rijen of gebieden gevonden.',
    en: 'Not imported: no usable rows or areas were found.',
  },
  registerFailed: {
    nl: 'Het bestand is gelezen, maar kon niet als tabel in de database worden gezet; wat al geladen was, blijft ongewijzigd. Herlaad de pagina en probeer het opnieuw.',
    en: 'The file was read but could not be put into the database as a table; what was already loaded stays unchanged. Reload the page and try again.',
  },
  storeFailed: {
    nl: 'De import werkt nu, maar kon niet in de browser worden bewaard (opslag vol of geblokkeerd): na herladen is hij weg.',
    en: 'The import works now but could not be kept in the browser (storage full or blocked): it will be gone after a reload.',
  },
  readFailed: { nl: 'Het bestand kon niet worden gelezen.', en: 'The file could not be read.' },
  format: { nl: 'Formaat', en: 'Format' },
  level: { nl: 'Niveau', en: 'Level' },
  rows: { nl: 'Rijen', en: 'Rows' },
  date: { nl: 'Geïmporteerd op', en: 'Imported on' },
  table: { nl: 'Tabel', en: 'Table' },
  file: { nl: 'Bestand', en: 'File' },
  year: { nl: 'Jaar', en: 'Year' },
  remove: { nl: 'Verwijderen', en: 'Remove' },
  removeLabel: { nl: '{name} verwijderen', en: 'Remove {name}' },
  stored: { nl: 'Bewaarde imports', en: 'Kept imports' },
  noneStored: { nl: 'Nog geen imports bewaard.', en: 'No imports kept yet.' },
  restoring: { nl: 'Bewaarde imports worden geladen…', en: 'Loading kept imports…' },
  unavailable: {
    nl: 'Deze browser laat geen opslag toe (IndexedDB ontbreekt of is geblokkeerd): imports werken, maar blijven niet bewaard.',
    en: 'This browser allows no storage (IndexedDB missing or blocked): imports work but are not kept.',
  },
  counts: { nl: '{level}: {n}', en: '{level}: {n}' },
  features: { nl: '{n} gebieden met grenzen', en: '{n} areas with boundaries' },
  mapped: { nl: 'Herkende kolommen', en: 'Recognised columns' },
  mappedShare: { nl: '{source} → {variable} (aandeel van {per})', en: '{source} → {variable} (share of {per})' },
  unmapped: { nl: 'Overige getalkolommen', en: 'Other numeric columns' },
  none: { nl: 'geen', en: 'none' },
  sevError: { nl: 'Fout', en: 'Error' },
  sevWarning: { nl: 'Waarschuwing', en: 'Warning' },
  sevInfo: { nl: 'Let op', en: 'Note' },
  line: { nl: 'regel {n}', en: 'line {n}' },
  examples: { nl: 'bijv. {list}', en: 'e.g. {list}' },
  lvl_gemeente: { nl: 'gemeenten', en: 'municipalities' },
  lvl_wijk: { nl: 'wijken', en: 'districts' },
  lvl_buurt: { nl: 'buurten', en: 'neighbourhoods' },
  fmt_statline_csv: { nl: 'StatLine-CSV', en: 'StatLine CSV' },
  fmt_kwb_csv: { nl: 'KWB-bestand (CSV)', en: 'KWB file (CSV)' },
  fmt_csv: { nl: 'CSV', en: 'CSV' },
  fmt_odata_v3: { nl: 'OData v3 (TypedDataSet)', en: 'OData v3 (TypedDataSet)' },
  fmt_odata_v4: { nl: 'OData v4 (Observations)', en: 'OData v4 (Observations)' },
  fmt_geojson: { nl: 'GeoJSON-grenzen', en: 'GeoJSON boundaries' },
  fmt_unknown: { nl: 'onbekend', en: 'unknown' },
  provides: { nl: 'In de kiezers', en: 'In the pickers' },
  providesNone: {
    nl: 'nog niets: koppel hieronder een kolom aan een variabele',
    en: 'nothing yet: map a column to a variable below',
  },
  mapTitle: { nl: 'Overige kolommen koppelen', en: 'Map other columns' },
  mapIntro: {
    nl: 'Kies voor elke getalkolom een variabele uit de catalogus, of maak er een nieuwe variabele van met een eigen naam en soort. Gekoppelde kolommen verschijnen in de kiezers, de tabel, de indices en het waterbed.',
    en: 'For each numeric column, choose a variable from the catalogue, or make it a new variable with its own name and kind. Mapped columns appear in the pickers, the table, the indices and the waterbed.',
  },
  mapNoYear: {
    nl: 'Dit bestand noemt geen jaar: de kolommen kunnen niet in de kiezers komen (zet het jaar in de bestandsnaam, bijv. kwb-2024.csv).',
    en: 'This file states no year: its columns cannot go into the pickers (put the year in the file name, e.g. kwb-2024.csv).',
  },
  mapColumn: { nl: 'Kolom', en: 'Column' },
  mapTarget: { nl: 'Koppelen aan', en: 'Map to' },
  mapSkip: { nl: '— niet gebruiken —', en: '— do not use —' },
  mapNew: { nl: 'Nieuwe variabele…', en: 'New variable…' },
  mapName: { nl: 'Naam', en: 'Name' },
  mapKind: { nl: 'Soort', en: 'Kind' },
  kind_count: { nl: 'aantal', en: 'count' },
  kind_share: { nl: 'aandeel (%)', en: 'share (%)' },
  kind_mean: { nl: 'gemiddelde of score', en: 'mean or score' },
  mapApply: { nl: 'Koppeling toepassen', en: 'Apply mapping' },
  mapApplied: { nl: 'Toegepast.', en: 'Applied.' },
  mapNameMissing: { nl: 'Geef de nieuwe variabele een naam.', en: 'Give the new variable a name.' },
  mapUsedTwice: {
    nl: '{variable} is al gekoppeld (in dit bestand herkend of twee keer gekozen): elke variabele komt uit één kolom.',
    en: '{variable} is already mapped (recognised in this file or chosen twice): each variable comes from one column.',
  },
} as const;

export type ImportKey = keyof typeof STRINGS;

export function ti(lang: Lang, key: ImportKey): string {
  return STRINGS[key][lang];
}

export function tif(lang: Lang, key: ImportKey, params: Readonly<Record<string, string | number>>): string {
  return fillTemplate(STRINGS[key][lang], params);
}

/** Every key in both languages (for the completeness test). */
export const IMPORT_STRINGS = STRINGS;

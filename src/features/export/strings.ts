/** Strings of the export feature (menu, file metadata), Dutch and English per key. */
import type { Lang } from '../../app/i18n';

export const EXPORT_STRINGS = {
  menu: { nl: 'Exporteren', en: 'Export' },
  menuHint: {
    nl: 'Elk CSV-bestand komt met een beschrijving (.meta.json): bron, jaar, niveau en de betekenis van elke kolom.',
    en: 'Every CSV file comes with a description (.meta.json): source, year, level and the meaning of every column.',
  },
  variant: { nl: 'CSV voor', en: 'CSV for' },
  variantExcel: { nl: 'Excel (komma, decimale punt)', en: 'Excel (comma, decimal point)' },
  variantDutch: { nl: 'Nederlandse Excel (puntkomma, decimale komma)', en: 'Dutch Excel (semicolon, decimal comma)' },
  indicesCsv: { nl: 'Indices van alle gemeenten (CSV)', en: 'Indices of all municipalities (CSV)' },
  indicesBusy: {
    nl: 'Indices met intervallen en ruimtelijke indices berekenen…',
    en: 'Computing indices with intervals and spatial indices…',
  },
  recordCsv: { nl: 'Alle indices van {name} (CSV)', en: 'All indices of {name} (CSV)' },
  recordNone: { nl: 'Kies een gemeente voor haar indices.', en: 'Choose a municipality for its indices.' },
  viewCsv: { nl: 'Kaartgegevens (CSV)', en: 'Map data (CSV)' },
  viewGeojson: { nl: 'Kaartgegevens met grenzen (GeoJSON)', en: 'Map data with boundaries (GeoJSON)' },
  viewNoGeometry: { nl: 'Geen grenzen voor dit niveau.', en: 'No boundaries for this level.' },
  waterbedHint: {
    nl: 'Eén regel per ring en per gebied, met een beschrijving (.meta.json) van elke kolom en alle instellingen.',
    en: 'One row per ring and per area, with a description (.meta.json) of every column and every setting.',
  },
  failed: { nl: 'Exporteren mislukt: {why}', en: 'Export failed: {why}' },
  done: { nl: '{file} opgeslagen.', en: '{file} saved.' },
  noData: { nl: 'geen gegevens', en: 'no data' },
  sourceStats: {
    nl: 'CBS Kerncijfers Wijken en Buurten',
    en: 'CBS Kerncijfers Wijken en Buurten (key figures of districts and neighbourhoods)',
  },
  sourceBoundaries: {
    nl: 'Kadaster / CBS Wijk- en Buurtkaart (grenzen)',
    en: 'Kadaster / CBS Wijk- en Buurtkaart (boundaries)',
  },
  licence: {
    nl: 'CC BY 4.0: vermeld CBS en Kadaster als bron',
    en: 'CC BY 4.0: credit CBS and Kadaster as the source',
  },
  convEncoding: {
    nl: 'UTF-8 met byte-order mark (BOM), zodat Excel letters als é en ë goed leest',
    en: 'UTF-8 with a byte-order mark (BOM), so Excel reads letters such as é and ë correctly',
  },
  convExcel: {
    nl: 'komma tussen de cellen, punt als decimaalteken (0.633)',
    en: 'comma between cells, point as decimal separator (0.633)',
  },
  convDutch: {
    nl: 'puntkomma tussen de cellen, komma als decimaalteken (0,633), voor Nederlandse Excel',
    en: 'semicolon between cells, comma as decimal separator (0,633), for Dutch Excel',
  },
  convEmpty: {
    nl: 'een lege cel heeft geen waarde; waar een kolom "niet berekend" bestaat, staat daar waarom',
    en: 'an empty cell has no value; where a "not computed" column exists it says why',
  },
  convFormula: {
    nl: "tekst die met =, +, -, @, tab of CR begint krijgt een ' ervoor (tegen formule-injectie); getallen, ook negatieve, blijven getallen",
    en: "text starting with =, +, -, @, tab or CR gets a leading ' (against formula injection); numbers, negative ones too, stay numbers",
  },
  convNumbers: {
    nl: 'getallen onafgerond, in de kortste schrijfwijze die exact terugleest',
    en: 'numbers unrounded, in the shortest notation that reads back exactly',
  },
  convLabels: {
    nl: 'kolomkoppen in het Nederlands; de vaste kolomnamen (id) staan hieronder bij elke kolom',
    en: 'column headers in English; the fixed column names (id) are listed below with every column',
  },
  convMessages: {
    nl: 'waarschuwingen en redenen van de rekenkern zijn Engelstalig (gelijk aan de uitvoer van de CLI)',
    en: 'warnings and reasons from the engine are in English (the same as the CLI output)',
  },
  levelGemeente: { nl: 'gemeente', en: 'municipality' },
  levelWijk: { nl: 'wijk', en: 'district (wijk)' },
  levelBuurt: { nl: 'buurt', en: 'neighbourhood (buurt)' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ExportKey = keyof typeof EXPORT_STRINGS;

/** The string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function tx(lang: Lang, key: ExportKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return EXPORT_STRINGS[key][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

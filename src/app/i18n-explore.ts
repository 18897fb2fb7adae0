/** UI strings of the explorer views (classification controls, search, linked charts, detail panel): Dutch + English. */
import { fillTemplate, type Lang } from './i18n';

const STRINGS = {
  rankingList: { nl: 'Ranglijst als tekst ({n} gemeenten)', en: 'Ranking as text ({n} municipalities)' },
  rankingUnits: { nl: '{n} wijken', en: '{n} districts' },
  classification: { nl: 'Klassenindeling', en: 'Classification' },
  method: { nl: 'Methode', en: 'Method' },
  method_quantile: { nl: 'Kwantielen (even veel gebieden per klasse)', en: 'Quantiles (equal counts per class)' },
  method_equal: { nl: 'Gelijke intervallen', en: 'Equal intervals' },
  method_jenks: { nl: 'Natuurlijke grenzen (Jenks)', en: 'Natural breaks (Jenks)' },
  method_stddev: { nl: 'Standaarddeviatie rond het gemiddelde', en: 'Standard deviation around the mean' },
  method_manual: { nl: 'Eigen grenzen', en: 'Custom breaks' },
  stddevNote: {
    nl: 'Klassen van één standaarddeviatie breed, symmetrisch rond het gemiddelde.',
    en: 'Classes one standard deviation wide, symmetric around the mean.',
  },
  classCount: { nl: 'Aantal klassen', en: 'Number of classes' },
  palette: { nl: 'Kleuren', en: 'Colours' },
  paletteSequential: { nl: 'Oplopend', en: 'Sequential' },
  paletteDiverging: { nl: 'Tweezijdig (rond een middenwaarde)', en: 'Diverging (around a centre)' },
  centre: { nl: 'Midden van de kleuren', en: 'Colour centre' },
  centre_national: { nl: 'Landelijk gemiddelde', en: 'National average' },
  centre_zero: { nl: 'Nul (geen verandering)', en: 'Zero (no change)' },
  scope: { nl: 'Klassen berekenen over', en: 'Compute classes over' },
  scope_view: { nl: 'Gebieden in beeld', en: 'Areas in view' },
  scope_country: { nl: 'Heel Nederland', en: 'Whole country' },
  scope_gemeente: { nl: 'Alle wijken van de gemeente', en: 'All districts of the municipality' },
  manualBreaks: { nl: 'Klassegrenzen', en: 'Class breaks' },
  manualHint: {
    nl: 'Oplopend, gescheiden door ; of een spatie (bijv. 10; 20,5; 30). 2 tot 8 grenzen.',
    en: 'Ascending, separated by ; or a space (e.g. 10; 20.5; 30). 2 to 8 breaks.',
  },
  breaks_empty: { nl: 'Geef minstens twee grenzen.', en: 'Enter at least two breaks.' },
  breaks_not_a_number: { nl: '"{token}" is geen getal.', en: '"{token}" is not a number.' },
  breaks_not_finite: { nl: 'Grens {position} is geen eindig getal.', en: 'Break {position} is not a finite number.' },
  breaks_not_ascending: {
    nl: 'Grens {position} ({value}) is kleiner dan de vorige ({previous}); grenzen moeten oplopen.',
    en: 'Break {position} ({value}) is smaller than the one before ({previous}); breaks must be ascending.',
  },
  breaks_too_few: {
    nl: 'Dat geeft {classes} klassen; er zijn er minstens {min} nodig.',
    en: 'That gives {classes} classes; at least {min} are needed.',
  },
  breaks_too_many: {
    nl: 'Dat geeft {classes} klassen; er mogen er hoogstens {max} zijn.',
    en: 'That gives {classes} classes; at most {max} are allowed.',
  },
  breaks_duplicates: { nl: 'Dubbele grenzen samengevoegd: {n}.', en: 'Duplicate breaks merged: {n}.' },
  search: { nl: 'Zoek een gemeente of wijk', en: 'Search a municipality or district' },
  searchPlaceholder: { nl: 'bijv. Den Haag, Zuidoost, GM0363', en: 'e.g. The Hague, Zuidoost, GM0363' },
  noResults: { nl: 'Geen resultaten', en: 'No results' },
  resultsCount_one: { nl: '{n} resultaat; kies met Enter', en: '{n} result; choose with Enter' },
  resultsCount_other: { nl: '{n} resultaten; kies met pijltjes en Enter', en: '{n} results; choose with arrow keys and Enter' },
  level_gemeente: { nl: 'gemeente', en: 'municipality' },
  level_wijk: { nl: 'wijk', en: 'district' },
  level_buurt: { nl: 'buurt', en: 'neighbourhood' },
  inGemeente: { nl: 'in', en: 'in' },
  histogram: { nl: 'Verdeling', en: 'Distribution' },
  areas: { nl: 'Aantal gebieden', en: 'Number of areas' },
  brushHint: {
    nl: 'Sleep in de grafiek om gebieden te selecteren; klik ernaast om te wissen.',
    en: 'Drag in the chart to select areas; click outside the selection to clear it.',
  },
  selectedN_one: { nl: '{n} gebied geselecteerd', en: '{n} area selected' },
  selectedN_other: { nl: '{n} gebieden geselecteerd', en: '{n} areas selected' },
  clearSelection: { nl: 'Selectie wissen', en: 'Clear selection' },
  scatter: { nl: 'Spreidingsdiagram', en: 'Scatter plot' },
  versus: { nl: 'tegen', en: 'against' },
  noDataShort: { nl: 'zonder beide waarden', en: 'without both values' },
  pointsShown_one: { nl: '{n} gebied met beide waarden', en: '{n} area with both values' },
  pointsShown_other: { nl: '{n} gebieden met beide waarden', en: '{n} areas with both values' },
  details: { nl: 'Kenmerken van', en: 'Characteristics of' },
  columnArea: { nl: 'Gebied', en: 'Area' },
  columnGemeente: { nl: 'Gemeente', en: 'Municipality' },
  columnNational: { nl: 'Nederland', en: 'Netherlands' },
  columnTrend: { nl: 'Verloop', en: 'Trend' },
  trendOf: { nl: 'Verloop van', en: 'Trend of' },
  oneYear: { nl: 'één jaar', en: 'one year' },
  nationalNote: {
    nl: 'Nederland: aandelen en gemiddelden gewogen naar de noemer (bijv. inwoners), aantallen opgeteld, over de gemeenten met gegevens.',
    en: 'Netherlands: shares and means weighted by their denominator (e.g. population), counts summed, over municipalities with data.',
  },
  close: { nl: 'Sluiten', en: 'Close' },
} as const;

export type ExploreKey = keyof typeof STRINGS;

export function tx(lang: Lang, key: ExploreKey): string {
  return STRINGS[key][lang];
}

/** tx with "{name}" placeholders filled in. */
export function txf(lang: Lang, key: ExploreKey, params: Record<string, string | number>): string {
  return fillTemplate(tx(lang, key), params);
}

/** The table, for the catalogue checks. */
export const EXPLORE_STRINGS = STRINGS;

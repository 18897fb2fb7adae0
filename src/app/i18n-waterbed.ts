/** UI strings of the waterbed-effect comparison (form, summary, ring and unit tables, trajectory chart): Dutch + English. */
import { fillTemplate, type Lang } from './i18n';

const STRINGS = {
  title: { nl: 'Waterbedeffect', en: 'Waterbed effect' },
  formLegend: { nl: 'Vergelijking instellen', en: 'Set up the comparison' },
  targets: { nl: 'Doelgebieden', en: 'Target areas' },
  targetsHint: {
    nl: 'Klik op de kaart om een gebied als doelgebied toe te voegen of weer te verwijderen.',
    en: 'Click the map to add an area as a target, or to remove it again.',
  },
  noTargets: { nl: 'Nog geen doelgebied gekozen.', en: 'No target area chosen yet.' },
  removeTarget: { nl: 'Verwijder {name} ({code})', en: 'Remove {name} ({code})' },
  indicator: { nl: 'Kenmerk', en: 'Indicator' },
  fromYear: { nl: 'Van jaar (t0)', en: 'From year (t0)' },
  toYear: { nl: 'Tot jaar (t1)', en: 'To year (t1)' },
  contiguity: { nl: 'Aangrenzend betekent', en: 'Adjacent means' },
  contiguity_rook: { nl: 'Gedeelde grens (rook)', en: 'Shared border (rook)' },
  contiguity_queen: { nl: 'Gedeelde grens of hoekpunt (queen)', en: 'Shared border or corner (queen)' },
  ring2: { nl: 'Tweede ring (buren van de buren)', en: 'Second ring (neighbours of neighbours)' },
  threshold: { nl: 'Drempel voor markering', en: 'Flag threshold' },
  thresholdHint: {
    nl: 'Verschil met de rest in procentpunt (aandelen) of procentpunt groei (aantallen en gemiddelden). Standaard 2.',
    en: 'Difference from the rest in percentage points (shares) or points of growth (counts and means). Default 2.',
  },
  compare: { nl: 'Vergelijken', en: 'Compare' },
  computing: { nl: 'Berekenen…', en: 'Computing…' },
  err_no_targets: { nl: 'Kies eerst een doelgebied op de kaart.', en: 'First choose a target area on the map.' },
  err_no_indicator: { nl: 'Kies een kenmerk.', en: 'Choose an indicator.' },
  err_year_unknown: { nl: 'Jaar {year} is niet beschikbaar.', en: 'Year {year} is not available.' },
  err_years_order: {
    nl: 'Het eindjaar ({to}) moet na het beginjaar ({from}) liggen.',
    en: 'The end year ({to}) must be after the start year ({from}).',
  },
  err_threshold: { nl: 'De drempel moet een getal van 0 of meer zijn.', en: 'The threshold must be a number of 0 or more.' },
  err_too_few_years: {
    nl: 'Voor dit kenmerk zijn minder dan twee jaren beschikbaar.',
    en: 'Fewer than two years are available for this indicator.',
  },
  summaryHeading: { nl: 'Uitkomst', en: 'Result' },
  warnings: { nl: 'Kanttekeningen', en: 'Caveats' },
  ringsCaption: {
    nl: '{indicator}: doelgebied, aangrenzende gebieden, rest en regio, {from} → {to}',
    en: '{indicator}: target, adjacent areas, rest and region, {from} → {to}',
  },
  colRing: { nl: 'Gebied', en: 'Area' },
  colUnits: { nl: 'Eenheden', en: 'Units' },
  colChangeShare: { nl: 'Verandering (%-punt)', en: 'Change (pp)' },
  colChangeRelative: { nl: 'Verandering (%)', en: 'Change (%)' },
  colDid: { nl: 'Verschil met rest', en: 'Difference vs rest' },
  colDidTitle: {
    nl: 'Verschil-in-verschillen: verandering hier min verandering in de rest (in %-punt)',
    en: 'Difference-in-differences: change here minus change in the rest (in percentage points)',
  },
  colReallocated: { nl: 'Heringedeeld', en: 'Reallocated' },
  colReallocatedTitle: {
    nl: 'Deel van de waarde in t0 dat door ruimtelijke interpolatie uit andere gebiedscodes komt',
    en: 'Part of the t0 value that areal interpolation took from other area codes',
  },
  reference: { nl: 'referentie', en: 'reference' },
  missingUnits: { nl: '{n} weggelaten (waarde onbekend)', en: '{n} left out (value unknown)' },
  absoluteChange: { nl: 'Absolute verandering: {value}', en: 'Absolute change: {value}' },
  pp: { nl: '%-punt', en: 'pp' },
  ppGrowth: { nl: '%-punt groei', en: 'pp of growth' },
  download: { nl: 'CSV downloaden', en: 'Download CSV' },
  downloadHint: {
    nl: 'Eén regel per ring en per gebied, getallen met punt als decimaalteken.',
    en: 'One row per ring and per area, numbers with a decimal point.',
  },
  chartTitle: { nl: 'Verloop per ring', en: 'Trajectory per ring' },
  chartLabel: {
    nl: 'Lijngrafiek van {indicator} per ring, {years}. Waarden staan in de tabel hieronder.',
    en: 'Line chart of {indicator} per ring, {years}. The values are in the table below.',
  },
  chartMode: { nl: 'Toon', en: 'Show' },
  mode_level: { nl: 'waarden', en: 'values' },
  mode_index: { nl: 'index ({from} = 100)', en: 'index ({from} = 100)' },
  indexAxis: { nl: 'index, {from} = 100', en: 'index, {from} = 100' },
  countAxis: { nl: 'aantal', en: 'number' },
  year: { nl: 'Jaar', en: 'Year' },
  onlyOneYear: { nl: 'Er is maar één jaar met gegevens; geen verloop te tekenen.', en: 'Only one year has data; no trajectory to draw.' },
  unitsHeading: { nl: 'Gebieden', en: 'Areas' },
  unitsCaption: {
    nl: 'Gebieden per ring, {from} → {to}. Gemarkeerd: aangrenzende gebieden die {threshold} of meer van de rest afwijken.',
    en: 'Areas per ring, {from} → {to}. Flagged: adjacent areas that differ from the rest by {threshold} or more.',
  },
  colCode: { nl: 'Code', en: 'Code' },
  colName: { nl: 'Naam', en: 'Name' },
  colFlag: { nl: 'Markering', en: 'Flag' },
  colSources: { nl: 'Broncodes {from}', en: 'Source codes {from}' },
  flag_above: { nl: '▲ boven rest', en: '▲ above rest' },
  flag_below: { nl: '▼ onder rest', en: '▼ below rest' },
  onlyFlagged: { nl: 'Alleen gemarkeerde gebieden', en: 'Flagged areas only' },
  notIncluded: { nl: 'niet meegeteld: waarde onbekend in {from} of {to}', en: 'not counted: value unknown in {from} or {to}' },
  sortBy: { nl: 'Sorteer op {column}', en: 'Sort by {column}' },
  showOnMap: { nl: 'Toon {name} op de kaart', en: 'Show {name} on the map' },
  shownN_one: { nl: '{n} van {total} gebied', en: '{n} of {total} area' },
  shownN_other: { nl: '{n} van {total} gebieden', en: '{n} of {total} areas' },
  noData: { nl: 'geen gegevens', en: 'no data' },
  weighting: { nl: 'Omrekening van grenzen', en: 'Boundary conversion' },
  weighting_auto: { nl: 'Automatisch (aanbevolen)', en: 'Automatic (recommended)' },
  weighting_area: { nl: 'Naar oppervlakte', en: 'By area' },
  weighting_density: { nl: 'Naar oppervlakte × dichtheid (oud)', en: 'By area × density (old)' },
  weighting_ipf: { nl: 'Twee marges (inwoners beide jaren)', en: 'Two margins (population in both years)' },
  weighting_dasymetric: { nl: 'Via wijken (dasymetrisch)', en: 'Through wijken (dasymetric)' },
  weightingHint: {
    nl: 'Hoe de cijfers van het beginjaar op de grenzen van het eindjaar worden gezet. Automatisch: via de wijken waar die er zijn, anders met de inwonertallen van beide jaren.',
    en: 'How the start year’s figures are put on the end year’s boundaries. Automatic: through the wijken where available, else with the population of both years.',
  },
  method_area: { nl: 'oppervlakte', en: 'area' },
  method_density: { nl: 'oppervlakte × dichtheid', en: 'area × density' },
  method_ipf: { nl: 'twee marges', en: 'two margins' },
  method_dasymetric: { nl: 'via wijken', en: 'through wijken' },
  conversionNote: {
    nl: 'Grenzen van {from} omgerekend {method}. Bandbreedte (klein gedrukt): spreiding tussen de omrekenmethoden {methods}, plus de afronding van de gepubliceerde cijfers.',
    en: 'Boundaries of {from} converted {method}. Ranges (small print): the spread between the conversion methods {methods}, plus the rounding of the published figures.',
  },
  conversionBy: { nl: 'met {method}', en: 'by {method}' },
  conversionByWijken: { nl: 'via de wijken van {year}', en: 'through the wijken of {year}' },
  noConversion: {
    nl: 'Geen enkel gebied is heringedeeld: de cijfers van {from} zijn niet omgerekend.',
    en: 'No area was redrawn: the figures of {from} needed no conversion.',
  },
  rangeTitle: {
    nl: 'Bandbreedte: {low} tot {high}, afhankelijk van de omrekening van de grenzen en de afronding',
    en: 'Range: {low} to {high}, depending on the boundary conversion and rounding',
  },
  colCheck: { nl: 'Controle', en: 'Check' },
  colCheckTitle: {
    nl: 'Past het omgerekende inwonertal van het beginjaar bij het eigen inwonertal van het eindjaar?',
    en: 'Does the converted start-year population fit the unit’s own end-year population?',
  },
  check_implausible: { nl: '⚠ past niet', en: '⚠ does not fit' },
  check_ok: { nl: 'past', en: 'fits' },
  flagUncertain: { nl: '(niet te onderscheiden)', en: '(not distinguishable)' },
  flagUncertainTitle: {
    nl: 'Deze markering valt binnen de spreiding tussen omrekenmethoden of de afronding van de cijfers.',
    en: 'This flag lies within the spread between conversion methods or the rounding of the figures.',
  },
  markedLegend_one: {
    nl: 'Gestippelde paarse rand op de kaart: {n} gebied waar de omrekening niet past bij het eigen inwonertal.',
    en: 'Dashed purple outline on the map: {n} area where the conversion does not fit its own population.',
  },
  markedLegend_other: {
    nl: 'Gestippelde paarse rand op de kaart: {n} gebieden waar de omrekening niet past bij het eigen inwonertal.',
    en: 'Dashed purple outline on the map: {n} areas where the conversion does not fit their own population.',
  },
  and: { nl: 'en', en: 'and' },
  indicatorsGroup: { nl: 'Kenmerken', en: 'Indicators' },
  indexGroup: { nl: 'Segregatie-index (over wijken)', en: 'Segregation index (over wijken)' },
  indexOption: { nl: 'Segregatie {index}: {group}', en: 'Segregation {index}: {group}' },
  index_D: { nl: 'D (ongelijkheid)', en: 'D (dissimilarity)' },
  index_H: { nl: 'H (entropie)', en: 'H (entropy)' },
  indexYearsNote: {
    nl: 'De index wordt per gebied over zijn wijken berekend. CBS publiceert de wijkcijfers voor {group} alleen voor {years}; daarom zijn alleen die jaren te kiezen.',
    en: 'The index is computed over the wijken of each area. CBS publishes wijk figures for {group} only for {years}; so only those years can be chosen.',
  },
  indexNeedsGemeente: {
    nl: 'De segregatie-index kan alleen voor gemeenten worden vergeleken.',
    en: 'The segregation index can only be compared for gemeenten.',
  },
  indexMapNote: {
    nl: 'De kaart toont {variable} in {year}; de randen tonen de ringen van de vergelijking.',
    en: 'The map shows {variable} in {year}; the outlines show the comparison’s rings.',
  },
  indexRingsCaption: {
    nl: 'Segregatie {index} ({group}) over de wijken van elk gebied, {from} → {to}',
    en: 'Segregation {index} ({group}) over the wijken of each area, {from} → {to}',
  },
  colDidIndex: { nl: 'Verschil met rest (indexpunt)', en: 'Difference vs rest (index points)' },
  colChangeIndex: { nl: 'Verandering (indexpunt)', en: 'Change (index points)' },
  colWijken: { nl: 'Wijken {from} / {to}', en: 'Wijken {from} / {to}' },
  indexUnitsCaption: {
    nl: 'Segregatie {index} per gemeente over de eigen wijken, {from} → {to}',
    en: 'Segregation {index} per gemeente over its own wijken, {from} → {to}',
  },
  indexFailed: {
    nl: 'De segregatievergelijking kon niet worden berekend. Kies andere doelgebieden of jaren en probeer het opnieuw.',
    en: 'The segregation comparison could not be computed. Choose other targets or years and try again.',
  },
  mapKey: { nl: 'Legenda van de kaart', en: 'Map legend' },
  ringKey: { nl: 'Randen op de kaart', en: 'Outlines on the map' },
  mapKeyClasses: { nl: 'Klassen op de kaart', en: 'Classes on the map' },
  notInComparison: { nl: 'Niet in de vergelijking', en: 'Not in the comparison' },
  key_target: { nl: 'Doelgebied', en: 'Target' },
  key_ring1: { nl: 'Aangrenzend (ring 1)', en: 'Adjacent (ring 1)' },
  key_ring2: { nl: 'Tweede ring', en: 'Second ring' },
  key_rest: { nl: 'Rest van de provincie', en: 'Rest of the province' },
  key_region: { nl: 'Nederland', en: 'the Netherlands' },
  key_marked: { nl: 'Omrekening past niet', en: 'Conversion does not fit' },
} as const;

export type WaterbedKey = keyof typeof STRINGS;

export function tw(lang: Lang, key: WaterbedKey): string {
  return STRINGS[key][lang];
}

/** tw with "{name}" placeholders filled in. */
export function twf(lang: Lang, key: WaterbedKey, params: Record<string, string | number>): string {
  return fillTemplate(tw(lang, key), params);
}

/** The table, for the catalogue checks. */
export const WATERBED_STRINGS = STRINGS;

/** UI strings in Dutch (default) and English, and locale-aware number formatting. */
import type { Unit } from '../data/variables';
import { PARAM_WORDS, SOME_PARAM } from './url-state-words';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

const STRINGS = {
  title: { nl: 'Segregatieverkenner', en: 'Segregation explorer' },
  subtitle: {
    nl: 'Ruimtelijke segregatie in Nederlandse gemeenten, op CBS Kerncijfers Wijken en Buurten',
    en: 'Spatial segregation in Dutch municipalities, on CBS key figures for districts and neighbourhoods',
  },
  level: { nl: 'Niveau', en: 'Level' },
  year: { nl: 'Jaar', en: 'Year' },
  variable: { nl: 'Kenmerk', en: 'Indicator' },
  language: { nl: 'Taal', en: 'Language' },
  level_gemeente: { nl: 'Gemeenten', en: 'Municipalities' },
  level_wijk: { nl: 'Wijken', en: 'Districts (wijken)' },
  level_buurten: { nl: 'Buurten', en: 'Neighbourhoods (buurten)' },
  level_provincie: { nl: 'Provincies', en: 'Provinces' },
  bottomTabs: { nl: 'Onderste paneel', en: 'Bottom panel' },
  noData: { nl: 'Geen gegevens', en: 'No data' },
  legend: { nl: 'Legenda', en: 'Legend' },
  classesQuantile: { nl: 'kwantielen, over heel Nederland', en: 'quantiles, over the whole country' },
  classesQuantileGemeente: { nl: 'kwantielen, over de wijken van', en: 'quantiles, over the districts of' },
  loading: { nl: 'Laden…', en: 'Loading…' },
  loadCatalog: { nl: 'Catalogus', en: 'Catalogue' },
  loadGeometry: { nl: 'Kaartgrenzen', en: 'Boundaries' },
  loadDuckdb: { nl: 'Database (DuckDB-WASM)', en: 'Database (DuckDB-WASM)' },
  loadStats: { nl: 'Statistieken', en: 'Statistics' },
  backToNl: { nl: '← Heel Nederland', en: '← Whole country' },
  wijkenOf: { nl: 'Wijken van', en: 'Districts of' },
  clickHint: { nl: 'Klik op een gemeente om de wijken te zien.', en: 'Click a municipality to see its districts.' },
  showTable: { nl: 'Tabel tonen', en: 'Show table' },
  hideTable: { nl: 'Tabel verbergen', en: 'Hide table' },
  tableCaption: { nl: 'Waarden per gebied', en: 'Values per area' },
  code: { nl: 'Code', en: 'Code' },
  name: { nl: 'Naam', en: 'Name' },
  value: { nl: 'Waarde', en: 'Value' },
  class: { nl: 'Klasse', en: 'Class' },
  credit: { nl: 'Bron: CBS, Kadaster (CC BY 4.0)', en: 'Source: CBS, Kadaster (CC BY 4.0)' },
  error: { nl: 'Er ging iets mis', en: 'Something went wrong' },
  notice: { nl: 'Let op', en: 'Note' },
  approxNote: {
    nl: 'Percentages zijn door het CBS afgerond; kleine gebieden zijn onzeker.',
    en: 'Percentages are rounded by CBS; small areas are uncertain.',
  },
  openGemeente: { nl: 'Open de wijken van', en: 'Open the districts of' },
  segregation: { nl: 'Segregatie', en: 'Segregation' },
  decompTitle: {
    nl: 'Wederzijdse informatie M: deel binnen gemeenten',
    en: 'Mutual information M: part inside municipalities',
  },
  region: { nl: 'Gebied', en: 'Area' },
  decompWithin: { nl: 'binnen gemeenten', en: 'inside municipalities' },
  groupLabel: { nl: 'Groep', en: 'Group' },
  wijken: { nl: 'wijken', en: 'districts' },
  indicesHint: {
    nl: 'Kies een gemeente (klik op de kaart of in de ranglijst) voor de indices met betrouwbaarheidsintervallen.',
    en: 'Choose a municipality (click the map or the ranking) for its indices with confidence intervals.',
  },
  computing: { nl: 'Berekenen…', en: 'Computing…' },
  unitsUsed: { nl: 'wijken gebruikt', en: 'districts used' },
  unitsExcluded: { nl: 'uitgesloten (geen of geheime gegevens)', en: 'excluded (missing or suppressed data)' },
  index: { nl: 'Index', en: 'Index' },
  ci95: { nl: '95%-int. (bootstrap)', en: '95% int. (bootstrap)' },
  noiseShare: {
    nl: 'Deel van D dat ook bij toevallige verdeling over wijken van deze grootte ontstaat:',
    en: 'Share of D that random allocation over districts of these sizes also produces:',
  },
  warnings: { nl: 'Kanttekeningen', en: 'Caveats' },
  ranking: { nl: 'Ranglijst gemeenten', en: 'Municipality ranking' },
  rankingOf: { nl: 'gemeenten gerangschikt op', en: 'municipalities ranked by' },
  bottomTable: { nl: 'Tabel', en: 'Table' },
  bottomRanking: { nl: 'Ranglijst', en: 'Ranking' },
  bottomNone: { nl: 'Alleen kaart', en: 'Map only' },
  bottomBuurten: { nl: 'Buurten', en: 'Neighbourhoods' },
  bottomScale: { nl: 'Schaal', en: 'Scale' },
  bottomSql: { nl: 'SQL', en: 'SQL' },
  bottomImport: { nl: 'Importeren', en: 'Import' },
  bottomCharts: { nl: 'Grafieken', en: 'Charts' },
  modeExplore: { nl: 'Verkennen', en: 'Explore' },
  modeWaterbed: { nl: 'Waterbedeffect', en: 'Waterbed effect' },
  modeScenario: { nl: 'Wat als', en: 'What if' },
  modeLabel: { nl: 'Weergave', en: 'View' },
  waterbedIntro: {
    nl: 'Verschuiven problemen naar de buren? Klik op de kaart om doelgebieden te kiezen, kies een kenmerk en twee jaren, en vergelijk doelgebied, aangrenzende ring, rest en regio.',
    en: 'Do problems move next door? Click the map to choose target areas, pick an indicator and two years, and compare target, adjacent ring, rest and region.',
  },
  waterbedEmpty: {
    nl: 'Nog geen vergelijking: kies doelgebieden en klik op Vergelijk.',
    en: 'No comparison yet: choose targets and click Compare.',
  },
  changeOf: { nl: 'Verandering', en: 'Change' },
  onUnitsOf: { nl: 'op de gebieden van', en: 'on the areas of' },
  sideBySide: { nl: 'naast elkaar', en: 'side by side' },
  presentOn: { nl: 'Presenteren', en: 'Present' },
  presentOff: { nl: 'Presentatie uit', en: 'Exit presenter mode' },
  downloadIndices: { nl: 'Indices downloaden (CSV)', en: 'Download indices (CSV)' },
  scatterY: { nl: 'Verticale as:', en: 'Vertical axis:' },
  classSettings: { nl: 'Indeling en kleuren', en: 'Classes and colours' },
  classesCountry: { nl: 'klassen over heel Nederland', en: 'classes over the whole country' },
  classesAllWijken: { nl: 'klassen over alle wijken van de gemeente', en: 'classes over all districts of the municipality' },
  classesAllBuurten: { nl: 'klassen over alle buurten van de gemeente', en: 'classes over all neighbourhoods of the municipality' },
  classesImportedBuurten: { nl: 'klassen over de geïmporteerde buurten', en: 'classes over the imported neighbourhoods' },
  classesInView: { nl: 'klassen over de gebieden in beeld', en: 'classes over the areas in view' },
  classesManual: { nl: 'eigen klassengrenzen', en: 'user-defined class breaks' },
  mapShows: { nl: 'Kaart toont', en: 'Map shows' },
  mapVariable: { nl: 'het gekozen kenmerk', en: 'the chosen indicator' },
  mapLq: { nl: 'locatiequotiënt van de groep', en: 'location quotient of the group' },
  lqLabel: { nl: 'Locatiequotiënt', en: 'Location quotient' },
  lqNote: {
    nl: 'Aandeel van de groep in de wijk gedeeld door het aandeel in de gemeente (1 = gemiddeld).',
    en: 'Share of the group in the district divided by its share in the municipality (1 = average).',
  },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The minus sign of displayed numbers (U+2212); exports keep plain numbers. */
export const MINUS = '\u2212';

/** Formatters by language and digits, made once (creating an Intl.NumberFormat costs far more than formatting). */
const FORMATS = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, maxDigits: number, minDigits: number): Intl.NumberFormat {
  const key = `${lang}|${maxDigits}|${minDigits}`;
  let f = FORMATS.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits });
    FORMATS.set(key, f);
  }
  return f;
}

/**
 * A number in the language's format with at most `maxDigits` (and at least `minDigits`) decimals. Negative values get
 * a real minus (U+2212); a value that rounds to zero is "0" without a sign.
 */
export function formatNumber(lang: Lang, value: number, maxDigits = 1, minDigits = 0): string {
  const body = numberFormat(lang, Math.max(maxDigits, minDigits), minDigits).format(Math.abs(value));
  return value < 0 && /[1-9]/.test(body) ? `${MINUS}${body}` : body;
}

/** A change with its sign: "+1,2", "−0,4", and "0" (no sign) when it rounds to zero. */
export function formatSigned(lang: Lang, value: number, maxDigits = 1, minDigits = 0): string {
  const body = formatNumber(lang, value, maxDigits, minDigits);
  return value > 0 && /[1-9]/.test(body) ? `+${body}` : body;
}

const UNIT_SUFFIX: Record<Unit, { nl: string; en: string }> = {
  count: { nl: '', en: '' },
  percent: { nl: '%', en: '%' },
  keur: { nl: '× €1.000', en: '× €1,000' },
  per_km2: { nl: 'per km²', en: 'per km²' },
  persons: { nl: 'personen', en: 'persons' },
  score: { nl: '', en: '' },
  pp: { nl: 'procentpunt', en: 'percentage points' },
};

export function unitLabel(lang: Lang, unit: Unit): string {
  return UNIT_SUFFIX[unit][lang];
}

/** Default number of decimals of a unit in displayed values. */
export function unitDigits(unit: Unit): number {
  return unit === 'count' ? 0 : unit === 'persons' || unit === 'score' ? 2 : 1;
}

/**
 * "39,8%" / "433 × €1.000" / "882.633" — a value with its unit, or the no-data label. `fixedDigits` shows exactly
 * that many decimals (legends: one precision per column); otherwise trailing zeros are dropped.
 */
export function formatValue(lang: Lang, value: number | null | undefined, unit: Unit, fixedDigits?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return t(lang, 'noData');
  const digits = fixedDigits ?? unitDigits(unit);
  const min = fixedDigits ?? 0;
  if (unit === 'pp') return `${formatSigned(lang, value, digits, min)} ${UNIT_SUFFIX.pp[lang]}`;
  const n = formatNumber(lang, value, digits, min);
  if (unit === 'percent') return `${n}%`;
  const suffix = unitLabel(lang, unit);
  return suffix ? `${n} ${suffix}` : n;
}

/** Messages about ignored input or changed choices: a code plus parameters, rendered in the UI language. */
export interface Notice {
  code:
    | 'params_too_long'
    | 'params_unreadable'
    | 'param_too_long'
    | 'unknown_language'
    | 'invalid_gemeente'
    | 'unknown_level'
    | 'unknown_variable'
    | 'invalid_year'
    | 'variable_unavailable'
    | 'year_unavailable'
    | 'unknown_group'
    | 'unknown_index'
    | 'invalid_param'
    | 'unknown_gemeente'
    | 'gone_gemeente'
    | 'merged_gemeente'
    | 'no_wijken'
    | 'unknown_unit'
    | 'unknown_param'
    | 'stale_target'
    | 'target_wrong_level';
  params: Record<string, string>;
  /** A way out offered with the message, e.g. opening the gemeente a merged one became part of. */
  action?: { kind: 'open_gemeente'; code: string; name: string };
}

const NOTICES: Record<Notice['code'], { nl: string; en: string }> = {
  params_too_long: { nl: 'De URL-parameters zijn te lang en genegeerd.', en: 'The URL parameters are too long and were ignored.' },
  params_unreadable: { nl: 'De URL-parameters zijn onleesbaar en genegeerd.', en: 'The URL parameters are unreadable and were ignored.' },
  param_too_long: {
    nl: 'De waarde voor {name} in de link is te lang en genegeerd.',
    en: 'The value for {name} in the link is too long and was ignored.',
  },
  unknown_language: { nl: 'Onbekende taal "{value}" genegeerd.', en: 'Unknown language "{value}" ignored.' },
  invalid_gemeente: { nl: 'Ongeldige gemeentecode "{value}" genegeerd.', en: 'Invalid municipality code "{value}" ignored.' },
  unknown_level: { nl: 'Onbekend niveau "{value}" genegeerd.', en: 'Unknown level "{value}" ignored.' },
  unknown_variable: { nl: 'Onbekend kenmerk "{value}" genegeerd.', en: 'Unknown indicator "{value}" ignored.' },
  invalid_year: { nl: 'Ongeldig jaar "{value}" genegeerd.', en: 'Invalid year "{value}" ignored.' },
  variable_unavailable: {
    nl: '"{variable}" is er niet voor {level}; "{fallback}" wordt getoond.',
    en: '"{variable}" is not available for {level}; showing "{fallback}".',
  },
  year_unavailable: {
    nl: '{year} is niet beschikbaar voor "{variable}" bij {level}; {nearest} wordt getoond.',
    en: '{year} is not available for "{variable}" for {level}; showing {nearest}.',
  },
  unknown_gemeente: {
    nl: 'Gemeente {code} bestaat niet in de gegevens; heel Nederland wordt getoond.',
    en: 'Municipality {code} does not exist in the data; showing the whole country.',
  },
  merged_gemeente: {
    nl: 'Gemeente {name} ({code}) bestaat niet meer in {year} (laatst in de gegevens: {last}); het gebied hoort nu bij {successor}.',
    en: 'Municipality {name} ({code}) no longer exists in {year} (last in the data: {last}); its area now belongs to {successor}.',
  },
  gone_gemeente: {
    nl: 'Gemeente {name} ({code}) bestaat niet meer in {year} (laatst in de gegevens: {last}); heel Nederland wordt getoond.',
    en: 'Municipality {name} ({code}) no longer exists in {year} (last in the data: {last}); showing the whole country.',
  },
  no_wijken: {
    nl: 'Gemeente {name} ({code}) heeft geen wijken in de gegevens van {year}; heel Nederland wordt getoond.',
    en: 'Municipality {name} ({code}) has no districts in the {year} data; showing the whole country.',
  },
  unknown_unit: {
    nl: 'Gebied {code} bestaat niet in de gegevens; de selectie is opgeheven.',
    en: 'Area {code} does not exist in the data; the selection was cleared.',
  },
  unknown_group: { nl: 'Onbekende groep "{value}" genegeerd.', en: 'Unknown group "{value}" ignored.' },
  invalid_param: { nl: 'Ongeldige waarde "{value}" voor {name} genegeerd.', en: 'Invalid value "{value}" for {name} ignored.' },
  unknown_param: { nl: 'Onbekende onderdelen in de link genegeerd: {names}.', en: 'Unknown parts of the link ignored: {names}.' },
  target_wrong_level: {
    nl: '{name} kan geen doelgebied zijn: de vergelijking gaat over {level}. Kies bovenaan het niveau of zoek een van de {level}.',
    en: '{name} cannot be a target: the comparison is over {level}. Change the level at the top or search for one of the {level}.',
  },
  stale_target: {
    nl: 'Doelgebied {code} uit {name} bestaat niet in {year} en is weggelaten.',
    en: 'Target area {code} from {name} does not exist in {year} and was left out.',
  },
  unknown_index: { nl: 'Onbekende index "{value}" genegeerd.', en: 'Unknown index "{value}" ignored.' },
};

/** Notices whose `name` is a URL parameter (shown in words, url-state-words.ts). */
const PARAM_NOTICES: ReadonlySet<Notice['code']> = new Set(['param_too_long', 'invalid_param', 'stale_target']);

/** Levels in words inside a sentence ("bij wijken"). */
const LEVEL_WORDS: Record<string, { nl: string; en: string }> = {
  gemeente: { nl: 'gemeenten', en: 'municipalities' },
  wijk: { nl: 'wijken', en: 'districts' },
  buurt: { nl: 'buurten', en: 'neighbourhoods' },
  provincie: { nl: 'provincies', en: 'provinces' },
};

/**
 * The notice in the UI language. A parameter with a translation (`variable_nl` / `variable_en`, set where the notice
 * is made) shows that instead of the id; a level shows in words.
 */
export function noticeText(lang: Lang, n: Notice): string {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(n.params)) params[k] = n.params[`${k}_${lang}`] ?? v;
  if (n.params.level !== undefined) params.level = LEVEL_WORDS[n.params.level]?.[lang] ?? n.params.level;
  // A URL parameter in words ("de kaartweergave"), never its short name.
  if (PARAM_NOTICES.has(n.code)) params.name = (PARAM_WORDS[n.params.name ?? ''] ?? SOME_PARAM)[lang];
  return fillTemplate(NOTICES[n.code][lang], params);
}

/** Fill "{name}" placeholders (missing parameters become empty). Shared by every string table. */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? '' : String(params[k])));
}

/** The tables, for the catalogue checks. */
export const UI_STRINGS = STRINGS;
export const NOTICE_STRINGS = NOTICES;
export const LEVEL_WORD_STRINGS = LEVEL_WORDS;

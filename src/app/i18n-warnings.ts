/**
 * Engine and pipeline warnings in the UI language. The engine gives each warning a stable code, an English message
 * (for the CLI and logs), its count and any other numbers as params; this table says the same in Dutch and English,
 * with proper plurals. A code without an entry here (or a counted warning without its count) falls back to the
 * engine's message. Also the caveats of the index-waterbed comparison (codes with numeric params).
 */
import type { EngineWarning, WarningCode } from '../engine/result';
import type { IndexWaterbedCaveat } from '../pipeline/waterbed-index';
import { fillTemplate, formatNumber, type Lang } from './i18n';
import { pluralKey } from './plural';

/** Warnings whose text depends on `count` (keys `<code>_one` / `<code>_other`). */
export const COUNTED_WARNINGS = [
  'excluded_zero_population',
  'excluded_invalid',
  'excluded_missing_data',
  'missing_spatial',
  'empty_group',
  'isolated_units',
  'replicates_skipped',
  'negative_derived_count',
  'large_region',
] as const satisfies readonly WarningCode[];

/** Warnings with a single text (key `<code>`). */
export const PLAIN_WARNINGS = [
  'small_units',
  'negative_spatial_adjustment',
  'rounded_unit_sizes',
  'approximate_counts',
] as const satisfies readonly WarningCode[];

type Counted = (typeof COUNTED_WARNINGS)[number];
type Plain = (typeof PLAIN_WARNINGS)[number];
type Key = `${Counted}_one` | `${Counted}_other` | Plain | 'iw_gemeenten_changed_one' | 'iw_gemeenten_changed_other' | 'iw_wijken_excluded';

const STRINGS: Record<Key, Record<Lang, string>> = {
  excluded_zero_population_one: { nl: '{count} eenheid zonder inwoners uitgesloten', en: '{count} unit with zero population excluded' },
  excluded_zero_population_other: { nl: '{count} eenheden zonder inwoners uitgesloten', en: '{count} units with zero population excluded' },
  excluded_invalid_one: {
    nl: '{count} eenheid met ontbrekende, ongeldige of negatieve aantallen uitgesloten',
    en: '{count} unit with missing, non-finite or negative counts excluded',
  },
  excluded_invalid_other: {
    nl: '{count} eenheden met ontbrekende, ongeldige of negatieve aantallen uitgesloten',
    en: '{count} units with missing, non-finite or negative counts excluded',
  },
  excluded_missing_data_one: {
    nl: '{count} eenheid vóór het tellen uitgesloten: gegevens ontbreken',
    en: '{count} unit excluded before counting: data missing',
  },
  excluded_missing_data_other: {
    nl: '{count} eenheden vóór het tellen uitgesloten: gegevens ontbreken',
    en: '{count} units excluded before counting: data missing',
  },
  missing_spatial_one: {
    nl: '{count} eenheid heeft geen buren of grens in de kaartgegevens: ruimtelijke indices niet berekend',
    en: '{count} unit has no adjacency or geometry entry: spatial indices not computed',
  },
  missing_spatial_other: {
    nl: '{count} eenheden hebben geen buren of grens in de kaartgegevens: ruimtelijke indices niet berekend',
    en: '{count} units have no adjacency or geometry entry: spatial indices not computed',
  },
  empty_group_one: {
    nl: '{count} groep heeft geen leden in de bruikbare eenheden',
    en: '{count} group has no members in the usable units',
  },
  empty_group_other: {
    nl: '{count} groepen hebben geen leden in de bruikbare eenheden',
    en: '{count} groups have no members in the usable units',
  },
  isolated_units_one: {
    nl: '{count} bruikbare eenheid heeft geen bruikbare buur en draagt niets bij aan de ruimtelijke term',
    en: '{count} usable unit has no usable neighbour and adds nothing to the spatial term',
  },
  isolated_units_other: {
    nl: '{count} bruikbare eenheden hebben geen bruikbare buur en dragen niets bij aan de ruimtelijke term',
    en: '{count} usable units have no usable neighbour and add nothing to the spatial term',
  },
  replicates_skipped_one: {
    nl: '{count} replicatie had minder dan twee niet-lege groepen en is overgeslagen',
    en: '{count} replicate had fewer than two non-empty groups and was skipped',
  },
  replicates_skipped_other: {
    nl: '{count} replicaties hadden minder dan twee niet-lege groepen en zijn overgeslagen',
    en: '{count} replicates had fewer than two non-empty groups and were skipped',
  },
  negative_derived_count_one: {
    nl: '{count} eenheid uitgesloten: een afgeleid aantal (bijv. 15–64 = inwoners − 0–14 − 65+) werd negatief na de CBS-afronding op 5',
    en: '{count} unit excluded: a derived count (e.g. 15–64 = population − 0–14 − 65+) fell below zero after CBS rounding to 5',
  },
  negative_derived_count_other: {
    nl: '{count} eenheden uitgesloten: een afgeleid aantal (bijv. 15–64 = inwoners − 0–14 − 65+) werd negatief na de CBS-afronding op 5',
    en: '{count} units excluded: a derived count (e.g. 15–64 = population − 0–14 − 65+) fell below zero after CBS rounding to 5',
  },
  large_region_one: {
    nl: '{count} eenheid: ruimtelijke nabijheid kost O(n²) rekentijd',
    en: '{count} unit: spatial proximity takes O(n²) time',
  },
  large_region_other: {
    nl: '{count} eenheden: ruimtelijke nabijheid kost O(n²) rekentijd',
    en: '{count} units: spatial proximity takes O(n²) time',
  },
  small_units: {
    nl: 'De mediane eenheidsgrootte is {median} (< {threshold}): ongelijkheidsindices vallen hierdoor te hoog uit; vergelijk met de verwachte D bij toevallige verdeling',
    en: 'The median unit size is {median} (< {threshold}): unevenness indices are biased upward; compare with expected D under random allocation',
  },
  negative_spatial_adjustment: {
    nl: 'De ruimtelijke correctie is groter dan D: de gecorrigeerde index is negatief',
    en: 'The spatial adjustment exceeds D: the adjusted index is negative',
  },
  rounded_unit_sizes: {
    nl: 'De eenheidsgroottes zijn geen gehele getallen en zijn voor de trekkingen afgerond',
    en: 'Unit sizes are not integers and were rounded for the draws',
  },
  approximate_counts: {
    nl: 'De aantallen zijn geschat uit afgeronde CBS-percentages',
    en: 'Counts are estimated from rounded CBS percentages',
  },
  iw_gemeenten_changed_one: {
    nl: '{count} gemeente van {from} bestaat in {to} niet meer; haar wijken volgen de gemeente die er het meeste van kreeg',
    en: '{count} municipality of {from} no longer exists in {to}; its wijken follow the municipality that received most of them',
  },
  iw_gemeenten_changed_other: {
    nl: '{count} gemeenten van {from} bestaan in {to} niet meer; hun wijken volgen de gemeente die er het meeste van kreeg',
    en: '{count} municipalities of {from} no longer exist in {to}; their wijken follow the municipality that received most of them',
  },
  iw_wijken_excluded: {
    nl: 'Wijken zonder bruikbare gegevens zijn weggelaten ({from}: {countFrom}, {to}: {countTo})',
    en: 'Wijken without usable data were left out ({from}: {countFrom}, {to}: {countTo})',
  },
};

/** The table, for the catalogue checks. */
export const WARNING_STRINGS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = STRINGS;

const COUNTED = new Set<string>(COUNTED_WARNINGS);
const PLAIN = new Set<string>(PLAIN_WARNINGS);

/** Numbers in the language's format; years stay without a thousands separator. */
function formatted(lang: Lang, params: Readonly<Record<string, number>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) out[k] = k === 'from' || k === 'to' ? String(v) : formatNumber(lang, v, 1);
  return out;
}

/** The template filled in, or null when one of its placeholders has no value. */
function filled(template: string, params: Readonly<Record<string, string>>): string | null {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return names.every((n) => params[n] !== undefined) ? fillTemplate(template, params) : null;
}

/** A warning in `lang`; an unknown code, or one without the numbers its text needs, gives the engine's message. */
export function warningText(lang: Lang, w: EngineWarning): string {
  const params = formatted(lang, { ...w.params, ...(w.count === undefined ? {} : { count: w.count }) });
  let key: Key | null = null;
  if (PLAIN.has(w.code)) key = w.code as Plain;
  else if (COUNTED.has(w.code) && w.count !== undefined) key = pluralKey(lang, w.code as Counted, w.count);
  return (key && filled(STRINGS[key][lang], params)) ?? w.message;
}

/** A caveat of the index-waterbed comparison in `lang`. */
export function caveatText(lang: Lang, c: IndexWaterbedCaveat): string {
  const key: Key = c.code === 'gemeenten_changed' ? pluralKey(lang, 'iw_gemeenten_changed', c.params.count) : 'iw_wijken_excluded';
  return fillTemplate(STRINGS[key][lang], formatted(lang, c.params));
}

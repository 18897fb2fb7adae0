/**
 * Group definitions at buurt level: only what the buurt data support (KWB 2024 buurt rows: population, persons
 * aged 0–14 and 65+ as counts rounded to 5, households, share of owner-occupied dwellings). The age definitions
 * use the published counts (not the shares) and take the rest as a count remainder; owner-occupied is an
 * approximation from households × the share of owner-occupied dwellings, and its label says so.
 */
import type { GroupDefinition, GroupPart, Label } from './groups-types';

const count = (id: string, nl: string, en: string, variable: string): GroupPart => ({ id, label: { nl, en }, count: variable });
const countRest = (id: string, of: readonly string[], nl: string, en: string): GroupPart => ({
  id,
  label: { nl, en },
  countRemainderOf: of,
});

const ROUNDED: Label = {
  nl: 'Buurtaantallen zijn door het CBS afgerond op 5. Een lege waarde telt als ontbrekend, nooit als 0 (in de bron kan leeg ook 0 zijn): zo’n buurt valt af.',
  en: 'Buurt counts are rounded to multiples of 5 by CBS. An empty value counts as missing, never as 0 (in the source an empty cell may also be a 0): such a buurt is excluded.',
};

export const BUURT_GROUP_DEFINITIONS: readonly GroupDefinition[] = [
  {
    id: 'age_65plus',
    kind: 'two-group',
    label: { nl: '65 jaar en ouder', en: 'Aged 65 and over' },
    denominator: 'population',
    counts: 'persons',
    groups: [
      count('age_65plus', '65+', '65+', 'persons_age_65plus'),
      countRest('rest', ['persons_age_65plus'], 'Jonger dan 65', 'Under 65'),
    ],
    note: ROUNDED,
  },
  {
    id: 'age_0_14',
    kind: 'two-group',
    label: { nl: '0–14 jaar', en: 'Aged 0–14' },
    denominator: 'population',
    counts: 'persons',
    groups: [
      count('age_0_14', '0–14', '0–14', 'persons_age_0_14'),
      countRest('rest', ['persons_age_0_14'], '15 jaar en ouder', 'Aged 15 and over'),
    ],
    note: ROUNDED,
  },
  {
    id: 'age3',
    kind: 'multigroup',
    label: { nl: 'Drie leeftijdsgroepen (0–14, 15–64, 65+)', en: 'Three age groups (0–14, 15–64, 65+)' },
    denominator: 'population',
    counts: 'persons',
    groups: [
      count('age_0_14', '0–14', '0–14', 'persons_age_0_14'),
      countRest('age_15_64', ['persons_age_0_14', 'persons_age_65plus'], '15–64', '15–64'),
      count('age_65plus', '65+', '65+', 'persons_age_65plus'),
    ],
    note: {
      nl: `${ROUNDED.nl} 15–64 = inwoners − 0–14 − 65+.`,
      en: `${ROUNDED.en} 15–64 = population − 0–14 − 65+.`,
    },
  },
  {
    id: 'owner_occupied_hh',
    kind: 'two-group',
    label: {
      nl: 'Huishoudens in koopwoningen (benadering)',
      en: 'Households in owner-occupied dwellings (approximation)',
    },
    denominator: 'households',
    counts: 'households',
    groups: [
      { id: 'owner_occupied', label: { nl: 'Koopwoning (benadering)', en: 'Owner-occupied (approx.)' }, share: 'share_owner_occupied' },
      {
        id: 'rest',
        label: { nl: 'Huur of onbekend (benadering)', en: 'Rented or unknown (approx.)' },
        remainderOf: ['share_owner_occupied'],
      },
    ],
    note: {
      nl: 'Benadering: huishoudens × aandeel koopwoningen / 100. Het aandeel betreft woningen, niet huishoudens: leegstand, meerdere huishoudens per woning en de afronding van huishoudens op 5 worden genegeerd. Een lege waarde telt als ontbrekend, nooit als 0.',
      en: 'Approximation: households × share of owner-occupied dwellings / 100. The share refers to dwellings, not households: vacancy, several households per dwelling and the rounding of households to 5 are ignored. An empty value counts as missing, never as 0.',
    },
  },
];

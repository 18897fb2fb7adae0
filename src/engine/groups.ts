/**
 * Group definitions: a data-driven catalogue that turns harmonised CBS variables (counts and rounded percentage
 * shares per unit) into estimated counts per group and unit. CBS publishes shares as whole percentages, so every
 * share-based count is an approximation (population × share / 100); results say so in `approximate` and `note`.
 * A unit with a missing (suppressed) denominator or share is excluded with a reason, never counted as 0.
 * This file holds the wijk/gemeente catalogue and the lookups by level; buurt definitions (counts rounded to 5)
 * are in groups-buurt.ts, the shapes in groups-types.ts, the counting in groups-count.ts.
 */
import { BUURT_GROUP_DEFINITIONS } from './groups-buurt';
import type { GroupDefinition, GroupLevel, GroupPart, Label } from './groups-types';

export type {
  ExcludedUnit,
  ExclusionCause,
  GroupCounts,
  GroupDefinition,
  GroupLevel,
  GroupPart,
  GroupSourceRow,
  Label,
} from './groups-types';
export { groupCounts, negativeRemainders, variablesOf } from './groups-count';
export { BUURT_GROUP_DEFINITIONS } from './groups-buurt';

const share = (id: string, nl: string, en: string, variable: string): GroupPart => ({ id, label: { nl, en }, share: variable });
const rest = (of: readonly string[], nl = 'Overig', en = 'Rest'): GroupPart => ({ id: 'rest', label: { nl, en }, remainderOf: of });

const INCOME_NOTE: Label = {
  nl: 'CBS-aandeel betreft personen met inkomen in particuliere huishoudens; vermenigvuldigd met het aantal inwoners is dit een benadering.',
  en: 'The CBS share refers to persons with income in private households; multiplied by the population it is an approximation.',
};

export const GROUP_DEFINITIONS: readonly GroupDefinition[] = [
  {
    id: 'income_low',
    kind: 'two-group',
    label: { nl: 'Laag inkomen', en: 'Low income' },
    denominator: 'population',
    counts: 'persons',
    groups: [share('income_low', 'Laag inkomen (laagste 40%)', 'Low income (lowest 40%)', 'share_income_low'), rest(['share_income_low'])],
    note: INCOME_NOTE,
  },
  {
    id: 'income_high',
    kind: 'two-group',
    label: { nl: 'Hoog inkomen', en: 'High income' },
    denominator: 'population',
    counts: 'persons',
    groups: [
      share('income_high', 'Hoog inkomen (hoogste 20%)', 'High income (highest 20%)', 'share_income_high'),
      rest(['share_income_high']),
    ],
    note: INCOME_NOTE,
  },
  {
    id: 'owner_occupied',
    kind: 'two-group',
    label: { nl: 'Koopwoningen', en: 'Owner-occupied dwellings' },
    denominator: 'dwellings',
    counts: 'dwellings',
    groups: [
      share('owner_occupied', 'Koopwoningen', 'Owner-occupied', 'share_owner_occupied'),
      share('rented', 'Huurwoningen', 'Rented', 'share_rented'),
    ],
    note: {
      nl: 'Woningen met onbekend eigendom vallen buiten beide groepen.',
      en: 'Dwellings with unknown ownership belong to neither group.',
    },
  },
  {
    id: 'social_rent',
    kind: 'two-group',
    label: { nl: 'Sociale huur (corporatie)', en: 'Social rent (housing corporation)' },
    denominator: 'dwellings',
    counts: 'dwellings',
    groups: [
      share('social_rent', 'Corporatiewoningen', 'Social-rent dwellings', 'share_social_rent'),
      rest(['share_social_rent'], 'Overige woningen', 'Other dwellings'),
    ],
  },
  {
    id: 'age_65plus',
    kind: 'two-group',
    label: { nl: '65 jaar en ouder', en: 'Aged 65 and over' },
    denominator: 'population',
    counts: 'persons',
    groups: [share('age_65plus', '65+', '65+', 'share_age_65plus'), rest(['share_age_65plus'], 'Jonger dan 65', 'Under 65')],
  },
  {
    id: 'age_0_14',
    kind: 'two-group',
    label: { nl: '0–14 jaar', en: 'Aged 0–14' },
    denominator: 'population',
    counts: 'persons',
    groups: [share('age_0_14', '0–14', '0–14', 'share_age_0_14'), rest(['share_age_0_14'], '15 jaar en ouder', 'Aged 15 and over')],
  },
  {
    id: 'origin_non_western',
    kind: 'two-group',
    label: { nl: 'Niet-westerse migratieachtergrond', en: 'Non-western migration background' },
    denominator: 'population',
    counts: 'persons',
    groups: [share('non_western', 'Niet-westers', 'Non-western', 'share_origin_non_western'), rest(['share_origin_non_western'])],
    years: { to: 2021 },
  },
  {
    id: 'origin_outside_europe',
    kind: 'two-group',
    label: { nl: 'Herkomst buiten Europa', en: 'Origin outside Europe' },
    denominator: 'population',
    counts: 'persons',
    groups: [
      share('outside_europe', 'Buiten Europa', 'Outside Europe', 'share_origin_outside_europe'),
      rest(['share_origin_outside_europe']),
    ],
    years: { from: 2022 },
  },
  {
    id: 'higher_education',
    kind: 'two-group',
    label: { nl: 'Hoogopgeleid', en: 'Higher education' },
    denominator: 'population',
    counts: 'persons',
    groups: [share('higher_education', 'Hbo/wo', 'Higher education', 'share_higher_education'), rest(['share_higher_education'])],
    note: {
      nl: 'CBS-aandeel betreft personen van 15–75 jaar; vermenigvuldigd met het aantal inwoners is dit een benadering.',
      en: 'The CBS share refers to persons aged 15–75; multiplied by the population it is an approximation.',
    },
  },
  {
    id: 'age5',
    kind: 'multigroup',
    label: { nl: 'Vijf leeftijdsgroepen', en: 'Five age groups' },
    denominator: 'population',
    counts: 'persons',
    groups: [
      share('age_0_14', '0–14', '0–14', 'share_age_0_14'),
      share('age_15_24', '15–24', '15–24', 'share_age_15_24'),
      share('age_25_44', '25–44', '25–44', 'share_age_25_44'),
      share('age_45_64', '45–64', '45–64', 'share_age_45_64'),
      share('age_65plus', '65+', '65+', 'share_age_65plus'),
    ],
  },
  {
    id: 'origin3',
    kind: 'multigroup',
    label: { nl: 'Herkomst: Nederlands, westers, niet-westers', en: 'Origin: Dutch, western, non-western' },
    denominator: 'population',
    counts: 'persons',
    groups: [
      share('dutch', 'Nederlands', 'Dutch', 'share_origin_dutch'),
      share('western', 'Westers', 'Western', 'share_origin_western'),
      share('non_western', 'Niet-westers', 'Non-western', 'share_origin_non_western'),
    ],
    years: { to: 2021 },
  },
  {
    id: 'origin3_2022',
    kind: 'multigroup',
    label: { nl: 'Herkomst: Nederland, Europa, buiten Europa', en: 'Origin: Netherlands, Europe, outside Europe' },
    denominator: 'population',
    counts: 'persons',
    groups: [
      share('dutch', 'Nederland', 'Netherlands', 'share_origin_dutch'),
      share('europe', 'Europa (excl. NL)', 'Europe (excl. NL)', 'share_origin_europe'),
      share('outside_europe', 'Buiten Europa', 'Outside Europe', 'share_origin_outside_europe'),
    ],
    years: { from: 2022 },
  },
];

export function groupDefinitionById(id: string): GroupDefinition | undefined {
  return GROUP_DEFINITIONS.find((d) => d.id === id);
}

/** The definitions that apply at `level` (buurt: the count-based buurt catalogue; else the share-based one). */
export function groupDefinitionsAt(level: GroupLevel): readonly GroupDefinition[] {
  return level === 'buurt' ? BUURT_GROUP_DEFINITIONS : GROUP_DEFINITIONS;
}

/** The definition `id` at `level`, or undefined when the level has no such definition. */
export function groupDefinitionFor(id: string, level: GroupLevel): GroupDefinition | undefined {
  return groupDefinitionsAt(level).find((d) => d.id === id);
}

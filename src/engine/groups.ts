/**
 * Group definitions: a data-driven catalogue that turns harmonised CBS variables (counts and rounded percentage
 * shares per unit) into estimated counts per group and unit. CBS publishes shares as whole percentages, so every
 * count here is an approximation (population × share / 100); results say so in `approximate` and `note`.
 * A unit with a missing (suppressed) denominator or share is excluded with a reason, never counted as 0.
 */

export interface Label {
  nl: string;
  en: string;
}

/** One group: either a share variable of the denominator, or the remainder after some shares. */
export type GroupPart = { id: string; label: Label; share: string } | { id: string; label: Label; remainderOf: readonly string[] };

export interface GroupDefinition {
  id: string;
  kind: 'two-group' | 'multigroup';
  label: Label;
  /** Count variable the shares refer to. */
  denominator: 'population' | 'dwellings';
  /** What one counted item is. */
  counts: 'persons' | 'dwellings';
  /** For two-group definitions the first group is the focal group x, the second the rest y. */
  groups: readonly GroupPart[];
  note?: Label;
  /** Years in which CBS publishes the needed shares (informative; the data decide). */
  years?: { from?: number; to?: number };
}

export interface GroupSourceRow {
  code: string;
  values: Readonly<Record<string, number | null | undefined>>;
}

export interface GroupCounts {
  definition: string;
  groups: string[];
  units: string[];
  /** counts[k][i] = estimated count of group k in units[i]. */
  counts: Float64Array[];
  excluded: { code: string; reason: string }[];
  approximate: true;
  note: Label;
}

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

/** Variables a definition reads (denominator first). */
export function variablesOf(def: GroupDefinition): string[] {
  const vars = new Set<string>([def.denominator]);
  for (const g of def.groups) for (const v of 'share' in g ? [g.share] : g.remainderOf) vars.add(v);
  return [...vars];
}

const BASE_NOTE: Label = {
  nl: 'Aantallen zijn geschat als noemer × afgerond CBS-percentage / 100 en daardoor benaderingen.',
  en: 'Counts are estimated as denominator × rounded CBS percentage / 100 and are therefore approximations.',
};

function problemOf(variable: string, v: number | null | undefined, isShare: boolean): string | null {
  if (v === null || v === undefined) return `${variable} is missing (suppressed by CBS or not published)`;
  if (!Number.isFinite(v) || v < 0) return `${variable} is invalid (${v})`;
  if (isShare && v > 100) return `${variable} is above 100% (${v})`;
  return null;
}

/** Estimated counts per group for every unit with complete data; incomplete units are listed in `excluded`. */
export function groupCounts(def: GroupDefinition, rows: readonly GroupSourceRow[]): GroupCounts {
  const vars = variablesOf(def);
  const units: string[] = [];
  const excluded: { code: string; reason: string }[] = [];
  const cols: number[][] = def.groups.map(() => []);
  for (const row of rows) {
    let reason: string | null = null;
    for (const v of vars) {
      reason = problemOf(v, row.values[v], v !== def.denominator);
      if (reason) break;
    }
    if (reason) {
      excluded.push({ code: row.code, reason });
      continue;
    }
    const denom = row.values[def.denominator] as number;
    units.push(row.code);
    def.groups.forEach((g, k) => {
      const pct =
        'share' in g
          ? (row.values[g.share] as number)
          : Math.max(0, 100 - g.remainderOf.reduce((s, v) => s + (row.values[v] as number), 0));
      cols[k].push((denom * pct) / 100);
    });
  }
  const note: Label = def.note ? { nl: `${BASE_NOTE.nl} ${def.note.nl}`, en: `${BASE_NOTE.en} ${def.note.en}` } : BASE_NOTE;
  return {
    definition: def.id,
    groups: def.groups.map((g) => g.id),
    units,
    counts: cols.map((c) => Float64Array.from(c)),
    excluded,
    approximate: true,
    note,
  };
}

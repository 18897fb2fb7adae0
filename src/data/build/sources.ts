/**
 * Which raw CBS file feeds which level and year, and how its columns map onto the harmonised variable ids.
 * Everything not listed in `columns` (e.g. the non-CBS "enrichment" columns bbg_*, lbt_*, zk_*, cr_*, ff_*, bag_*
 * in the geoinzicht files) is dropped. Paths are relative to the raw-data folder (shared/data-raw).
 */
import type { Level } from '../catalog';
import { KWB2024_EMPTY_NOTE } from '../variables';

export type { Level };
export const LEVELS: readonly Level[] = ['provincie', 'gemeente', 'wijk', 'buurt'];

export interface SourceSpec {
  /** Stable id used in manifest.json and variables.json. */
  id: string;
  file: string;
  level: Level;
  year: number;
  /** Property holding the unit code; normalised to CBS form (GM0363, WK036300, PV27). */
  codeField: string;
  nameField: string;
  /** Raw column → harmonised variable id. */
  columns: Record<string, string>;
  /** Provides the boundaries for this level/year (one source per level/year). */
  geometry: boolean;
  /** Who published the file and under which terms. */
  origin: string;
  /**
   * Raw columns this file must carry (besides codeField and nameField): the mapped columns the real file has, so a
   * renamed or dropped column is refused by `data:build` instead of silently emptying a variable. Checked by
   * validate.ts: each must be present (a value or null) on at least half of the features.
   */
  expectColumns: readonly string[];
  /**
   * The file stores numbers as text ("11971"), as the mapNL conversion does. Such text must be plain decimal digits
   * (a point and decimals only where fractions are allowed); anything else is refused. Without this flag a number
   * written as text is refused.
   */
  numbersAsText?: boolean;
  /**
   * 'geojson' (default): a FeatureCollection. 'csv': a UTF-8 comma-separated table with a header line, read into
   * features without geometry (raw-csv.ts); an empty cell is a missing value, so CSV sources set numbersAsText.
   */
  format?: 'geojson' | 'csv';
  /** Only the rows whose `column` holds `value` belong to this source (one file can feed several levels). */
  rowFilter?: { column: string; value: string };
  /** Adds values to units an earlier source created; never creates a unit (units only here are reported). */
  enrichOnly?: boolean;
  /** Shares computed after all sources, where the share is still empty: `share` = `count` / `of` × 100 (0.1). */
  derive?: readonly { share: string; count: string; of: string }[];
  /** What the app should say about the values of this source (e.g. what an empty value means). */
  note?: { nl: string; en: string };
}

const GEOINZICHT = 'GitHub AnneVersion/geoinzicht-app (PDOK WFS cbs/wijkenbuurten; no repository licence; CBS/Kadaster CC BY 4.0)';
const TMAP = 'CRAN package tmap (GPL-3); data CBS/Kadaster CC BY 4.0, Kerncijfers wijken en buurten';
const KWB2024 =
  'GitHub loukanton/woonikveilig (no repository licence), flattened to one CSV; data CBS Kerncijfers wijken en buurten ' +
  '2024 (85984NED), CC BY 4.0. Known defect: its fetcher turned zero and negative values into empty cells, so an ' +
  'empty value may be a true 0, a CBS secret or not published; it is NULL here, never 0.';
const MAPNL = 'GitHub nl-hugo/mapNL (MIT); data CBS/Kadaster Wijk- en Buurtkaart 2017, CC BY 4.0';

/** Columns common to the geoinzicht gemeente files (KWB-derived only). */
const GEOINZICHT_GM: Record<string, string> = {
  aantal_inwoners: 'population',
  mannen: 'men',
  vrouwen: 'women',
  '0_15': 'share_age_0_14',
  '15_25': 'share_age_15_24',
  '25_45': 'share_age_25_44',
  '45_65': 'share_age_45_64',
  '65plus': 'share_age_65plus',
  huishoudens: 'households',
  gem_huishouden_grootte: 'mean_household_size',
  bevolkingsdichtheid: 'population_density',
  woningvoorraad: 'dwellings',
  gem_woz_waarde: 'mean_woz_keur',
  koopwoningen: 'share_owner_occupied',
  huurwoningen: 'share_rented',
  pct_eengezins: 'share_single_family',
  gem_inkomen_inwoner: 'mean_income_per_inhabitant_keur',
  arbeidsparticipatie: 'labour_participation',
  gem_inkomen_ontvanger: 'mean_income_per_recipient_keur',
  pct_hh_laag_inkomen: 'share_households_income_low',
  pct_hh_hoog_inkomen: 'share_households_income_high',
  pct_rond_sociaal_min: 'share_households_social_minimum',
  pct_huurcorporatie: 'share_social_rent',
  pct_eenpersoonshhd: 'share_one_person_households',
  pct_hhd_met_kind: 'share_households_with_children',
  pct_herkomst_nl: 'share_origin_dutch',
  pct_herkomst_europa: 'share_origin_europe',
  pct_herkomst_buiten_europa: 'share_origin_outside_europe',
};

const TMAP_2022: Record<string, string> = {
  population: 'population',
  pop_0_14: 'share_age_0_14',
  pop_15_24: 'share_age_15_24',
  pop_25_44: 'share_age_25_44',
  pop_45_64: 'share_age_45_64',
  pop_65plus: 'share_age_65plus',
  dwelling_total: 'dwellings',
  dwelling_value: 'mean_woz_keur',
  dwelling_ownership: 'share_owner_occupied',
  employment_rate: 'labour_participation',
  income_low: 'share_income_low',
  income_high: 'share_income_high',
  edu_appl_sci: 'share_higher_education',
};

/** geoinzicht columns every gemeente year has (population, age, households, density). */
const GEOINZICHT_BASE = [
  'aantal_inwoners',
  'mannen',
  'vrouwen',
  '0_15',
  '15_25',
  '25_45',
  '45_65',
  '65plus',
  'huishoudens',
  'gem_huishouden_grootte',
  'bevolkingsdichtheid',
];
const GEOINZICHT_HOUSING = ['woningvoorraad', 'gem_woz_waarde', 'koopwoningen', 'huurwoningen'];
/** Which mapped geoinzicht columns each gemeente year carries (SOURCES.md, section 1). */
const GEOINZICHT_GM_EXPECT: Record<number, readonly string[]> = {
  2012: [...GEOINZICHT_BASE, ...GEOINZICHT_HOUSING, 'gem_inkomen_inwoner'],
  2017: [...GEOINZICHT_BASE, ...GEOINZICHT_HOUSING, 'pct_eengezins', 'gem_inkomen_inwoner'],
  2018: [...GEOINZICHT_BASE, ...GEOINZICHT_HOUSING, 'pct_eengezins', 'gem_inkomen_inwoner', 'arbeidsparticipatie'],
  2019: [...GEOINZICHT_BASE, ...GEOINZICHT_HOUSING, 'pct_eengezins', 'gem_inkomen_inwoner', 'arbeidsparticipatie'],
  2022: [
    ...GEOINZICHT_BASE,
    ...GEOINZICHT_HOUSING,
    'pct_eengezins',
    'gem_inkomen_inwoner',
    'arbeidsparticipatie',
    'gem_inkomen_ontvanger',
    'pct_hh_laag_inkomen',
    'pct_hh_hoog_inkomen',
    'pct_rond_sociaal_min',
    'pct_huurcorporatie',
    'pct_eenpersoonshhd',
    'pct_hhd_met_kind',
  ],
  2023: [...GEOINZICHT_BASE, ...GEOINZICHT_HOUSING, 'pct_eengezins'],
  2024: [
    ...GEOINZICHT_BASE,
    'pct_eenpersoonshhd',
    'pct_hhd_met_kind',
    'pct_herkomst_nl',
    'pct_herkomst_europa',
    'pct_herkomst_buiten_europa',
  ],
};

const geoinzichtGemeente = (year: number, geometry: boolean): SourceSpec => ({
  id: `geoinzicht_gemeenten_${year}`,
  file: `geoinzicht-app/gemeenten_${year}.geojson`,
  level: 'gemeente',
  year,
  codeField: 'gemeentecode',
  nameField: 'gemeentenaam',
  columns: GEOINZICHT_GM,
  geometry,
  origin: GEOINZICHT,
  expectColumns: GEOINZICHT_GM_EXPECT[year] ?? [],
});

const KWB2024_FILE = 'kwb2024-woonikveilig/kwb2024_wijk_buurt.csv';

/** KWB 2024 columns (kwb2024_wijk_buurt.csv, SOURCES.md section 7) → variable ids; `postcode` is not used. */
const KWB2024_COLUMNS: Record<string, string> = {
  inwoners: 'population',
  inwoners0tot15: 'persons_age_0_14',
  inwoners65plus: 'persons_age_65plus',
  huishoudens: 'households',
  huishoudensgrootte: 'mean_household_size',
  dichtheid: 'population_density',
  wozWaarde: 'mean_woz_keur',
  koopwoningen: 'share_owner_occupied',
  eengezinswoning: 'share_single_family',
  inkomenPerInwoner: 'mean_income_per_inhabitant_keur',
  stedelijkheid: 'urbanity',
  adressendichtheid: 'address_density',
  oppervlakteLandHa: 'land_area_ha',
};

const kwb2024 = (level: 'wijk' | 'buurt'): SourceSpec => ({
  id: `kwb2024_${level === 'wijk' ? 'wijken' : 'buurten'}_2024`,
  file: KWB2024_FILE,
  level,
  year: 2024,
  codeField: 'code',
  nameField: 'name',
  columns: KWB2024_COLUMNS,
  geometry: false,
  origin: KWB2024,
  expectColumns: Object.keys(KWB2024_COLUMNS),
  numbersAsText: true,
  format: 'csv',
  rowFilter: { column: 'level', value: level },
  note: KWB2024_EMPTY_NOTE,
  ...(level === 'wijk'
    ? { enrichOnly: true }
    : {
        derive: [
          { share: 'share_age_0_14', count: 'persons_age_0_14', of: 'population' },
          { share: 'share_age_65plus', count: 'persons_age_65plus', of: 'population' },
        ],
      }),
});

/** The sources the buurt–wijk check (buurt-check.ts) compares, by id. */
export const BUURT_CHECK_SOURCES = {
  buurt: 'kwb2024_buurten_2024',
  wijk: 'kwb2024_wijken_2024',
  embeddedWijk: 'geoinzicht_wijken_2024',
} as const;

/**
 * Order matters: when two sources give the same variable for the same unit and year, the first one listed wins
 * (the build checks they agree and reports disagreements).
 */
export const SOURCES: readonly SourceSpec[] = [
  geoinzichtGemeente(2012, true),
  {
    id: 'tmap_gemeenten_2014',
    file: 'tmap/gemeenten_2014.geojson',
    level: 'gemeente',
    year: 2014,
    codeField: 'code',
    nameField: 'name',
    columns: {
      population: 'population',
      pop_men: 'men',
      pop_women: 'women',
      pop_0_14: 'share_age_0_14',
      pop_15_24: 'share_age_15_24',
      pop_25_44: 'share_age_25_44',
      pop_45_64: 'share_age_45_64',
      pop_65plus: 'share_age_65plus',
      origin_native: 'share_origin_dutch',
      origin_west: 'share_origin_western',
      origin_non_west: 'share_origin_non_western',
    },
    geometry: true,
    origin: TMAP,
    expectColumns: [
      'population',
      'pop_men',
      'pop_women',
      'pop_0_14',
      'pop_15_24',
      'pop_25_44',
      'pop_45_64',
      'pop_65plus',
      'origin_native',
      'origin_west',
      'origin_non_west',
    ],
  },
  geoinzichtGemeente(2017, true),
  {
    id: 'mapnl_gemeenten_2017',
    file: 'mapNL/gemeenten_2017.geojson',
    level: 'gemeente',
    year: 2017,
    codeField: 'id',
    nameField: 'gm_naam',
    columns: {
      aant_inw: 'population',
      aant_man: 'men',
      aant_vrouw: 'women',
      aantal_hh: 'households',
      p_eenp_hh: 'share_one_person_households',
      p_hh_m_k: 'share_households_with_children',
      p_west_al: 'share_origin_western',
      p_n_w_al: 'share_origin_non_western',
    },
    geometry: false,
    origin: MAPNL,
    expectColumns: ['aant_inw', 'aant_man', 'aant_vrouw', 'aantal_hh', 'p_eenp_hh', 'p_hh_m_k', 'p_west_al', 'p_n_w_al'],
    numbersAsText: true,
  },
  geoinzichtGemeente(2018, true),
  geoinzichtGemeente(2019, true),
  geoinzichtGemeente(2022, true),
  {
    id: 'tmap_gemeenten_2022',
    file: 'tmap/gemeenten_2022.geojson',
    level: 'gemeente',
    year: 2022,
    codeField: 'code',
    nameField: 'name',
    columns: TMAP_2022,
    geometry: false,
    origin: TMAP,
    expectColumns: Object.keys(TMAP_2022),
  },
  geoinzichtGemeente(2023, true),
  geoinzichtGemeente(2024, true),
  {
    id: 'tmap_provincies_2022',
    file: 'tmap/provincies_2022.geojson',
    level: 'provincie',
    year: 2022,
    codeField: 'code',
    nameField: 'name',
    columns: TMAP_2022,
    geometry: true,
    origin: TMAP,
    // Boundaries only: the converted file carries no statistics for provinces.
    expectColumns: [],
  },
  {
    id: 'tmap_wijken_2022',
    file: 'tmap/wijken_2022.geojson',
    level: 'wijk',
    year: 2022,
    codeField: 'code',
    nameField: 'name',
    columns: TMAP_2022,
    geometry: true,
    origin: TMAP,
    expectColumns: Object.keys(TMAP_2022),
  },
  {
    id: 'geoinzicht_wijken_2024',
    file: 'geoinzicht-app/wijken_2024.geojson',
    level: 'wijk',
    year: 2024,
    codeField: 'wijkcode',
    nameField: 'wijknaam',
    columns: GEOINZICHT_GM,
    geometry: true,
    origin: GEOINZICHT,
    expectColumns: GEOINZICHT_BASE,
  },
  // After the geoinzicht wijken: adds WOZ, tenure, income, age counts … to the wijken 2024 that file created.
  kwb2024('wijk'),
  kwb2024('buurt'),
];

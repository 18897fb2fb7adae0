/**
 * The harmonised variable catalogue: one id per concept, shared by the data build (which writes
 * `data/variables.json`) and the app (which reads it). Ids are English snake_case; labels are Dutch and English.
 */
export type VariableKind = 'count' | 'share' | 'mean' | 'density' | 'index';
/** 'pp' (percentage points) only for changes of shares, shown by the waterbed view. */
export type Unit = 'count' | 'percent' | 'keur' | 'per_km2' | 'persons' | 'score' | 'pp';

export interface VariableDef {
  id: string;
  label: { nl: string; en: string };
  unit: Unit;
  kind: VariableKind;
  /** For shares: the variable id whose total the percentage refers to (e.g. share_age_0_14 → population). */
  denominator?: string;
  note?: { nl: string; en: string };
}

/**
 * The KWB 2024 wijk/buurt copy (raw kwb2024-woonikveilig) lost its zeros: its fetcher turned 0 and negative values
 * into empty cells, so an empty value there can be a true 0, a CBS secret or not published. Such values are NULL.
 */
export const KWB2024_EMPTY_NOTE: { nl: string; en: string } = {
  nl: 'Buurten en wijken 2024: een lege waarde kan 0, geheim of niet gepubliceerd zijn (de bron zette nullen om in leeg).',
  en: 'Buurten and wijken 2024: an empty value may be 0, secret or not published (the source turned zeros into blanks).',
};

const share = (id: string, nl: string, en: string, denominator: string, note?: VariableDef['note']): VariableDef => ({
  id,
  label: { nl, en },
  unit: 'percent',
  kind: 'share',
  denominator,
  ...(note ? { note } : {}),
});

export const VARIABLES: readonly VariableDef[] = [
  { id: 'population', label: { nl: 'Inwoners', en: 'Inhabitants' }, unit: 'count', kind: 'count' },
  { id: 'men', label: { nl: 'Mannen', en: 'Men' }, unit: 'count', kind: 'count' },
  { id: 'women', label: { nl: 'Vrouwen', en: 'Women' }, unit: 'count', kind: 'count' },
  { id: 'households', label: { nl: 'Huishoudens', en: 'Households' }, unit: 'count', kind: 'count' },
  { id: 'dwellings', label: { nl: 'Woningvoorraad', en: 'Dwelling stock' }, unit: 'count', kind: 'count' },
  {
    id: 'persons_age_0_14',
    label: { nl: 'Inwoners 0–14 jaar', en: 'Inhabitants aged 0–14' },
    unit: 'count',
    kind: 'count',
    note: KWB2024_EMPTY_NOTE,
  },
  {
    id: 'persons_age_65plus',
    label: { nl: 'Inwoners 65 jaar en ouder', en: 'Inhabitants aged 65 and over' },
    unit: 'count',
    kind: 'count',
    note: KWB2024_EMPTY_NOTE,
  },
  {
    id: 'mean_household_size',
    label: { nl: 'Gemiddelde huishoudensgrootte', en: 'Mean household size' },
    unit: 'persons',
    kind: 'mean',
  },
  {
    id: 'population_density',
    label: { nl: 'Bevolkingsdichtheid', en: 'Population density' },
    unit: 'per_km2',
    kind: 'density',
  },
  {
    id: 'address_density',
    label: { nl: 'Omgevingsadressendichtheid', en: 'Address density of the surroundings' },
    unit: 'per_km2',
    kind: 'density',
    note: {
      nl: 'Gemiddeld aantal adressen per km² binnen een cirkel van 1 km om elk adres. ' + KWB2024_EMPTY_NOTE.nl,
      en: 'Mean number of addresses per km² within a 1 km circle around each address. ' + KWB2024_EMPTY_NOTE.en,
    },
  },
  {
    id: 'urbanity',
    label: { nl: 'Stedelijkheid (1 = zeer sterk, 5 = niet stedelijk)', en: 'Urbanity (1 = very strongly, 5 = not urban)' },
    unit: 'score',
    kind: 'index',
    note: {
      nl:
        'CBS-klasse 1–5 naar omgevingsadressendichtheid: 1 ≥ 2.500, 2 1.500–2.500, 3 1.000–1.500, 4 500–1.000, 5 < 500 adressen per km². Een klasse, geen meetwaarde. ' +
        KWB2024_EMPTY_NOTE.nl,
      en:
        'CBS class 1–5 by address density: 1 ≥ 2,500, 2 1,500–2,500, 3 1,000–1,500, 4 500–1,000, 5 < 500 addresses per km². A class, not a measurement. ' +
        KWB2024_EMPTY_NOTE.en,
    },
  },
  {
    id: 'land_area_ha',
    label: { nl: 'Landoppervlakte (ha)', en: 'Land area (ha)' },
    unit: 'count',
    kind: 'count',
    note: {
      nl: 'Oppervlakte land in hectare (zonder water); een aantal hectare, geen aantal personen. ' + KWB2024_EMPTY_NOTE.nl,
      en: 'Land area in hectares (water excluded); a number of hectares, not of persons. ' + KWB2024_EMPTY_NOTE.en,
    },
  },
  share('share_age_0_14', 'Aandeel 0–14 jaar', 'Share aged 0–14', 'population'),
  share('share_age_15_24', 'Aandeel 15–24 jaar', 'Share aged 15–24', 'population'),
  share('share_age_25_44', 'Aandeel 25–44 jaar', 'Share aged 25–44', 'population'),
  share('share_age_45_64', 'Aandeel 45–64 jaar', 'Share aged 45–64', 'population'),
  share('share_age_65plus', 'Aandeel 65 jaar en ouder', 'Share aged 65 and over', 'population'),
  share('share_owner_occupied', 'Aandeel koopwoningen', 'Share owner-occupied dwellings', 'dwellings'),
  share('share_rented', 'Aandeel huurwoningen', 'Share rented dwellings', 'dwellings'),
  share('share_social_rent', 'Aandeel huurwoningen woningcorporatie', 'Share social-rent dwellings (housing corporation)', 'dwellings'),
  share('share_single_family', 'Aandeel eengezinswoningen', 'Share single-family dwellings', 'dwellings'),
  share('share_income_low', 'Aandeel personen met laag inkomen', 'Share of persons with low income', 'population', {
    nl: 'Personen in de laagste 40% van de landelijke inkomensverdeling (personen met inkomen).',
    en: 'Persons in the lowest 40% of the national personal income distribution (persons with income).',
  }),
  share('share_income_high', 'Aandeel personen met hoog inkomen', 'Share of persons with high income', 'population', {
    nl: 'Personen in de hoogste 20% van de landelijke inkomensverdeling (personen met inkomen).',
    en: 'Persons in the highest 20% of the national personal income distribution (persons with income).',
  }),
  share('share_households_income_low', 'Aandeel huishoudens met laag inkomen', 'Share of households with low income', 'households', {
    nl: 'Particuliere huishoudens in de laagste 40% van het gestandaardiseerd inkomen.',
    en: 'Private households in the lowest 40% of standardised household income.',
  }),
  share('share_households_income_high', 'Aandeel huishoudens met hoog inkomen', 'Share of households with high income', 'households'),
  share(
    'share_households_social_minimum',
    'Aandeel huishoudens rond sociaal minimum',
    'Share of households around the social minimum',
    'households',
  ),
  share('share_higher_education', 'Aandeel hoogopgeleid (hbo/wo)', 'Share with higher education (HBO/WO)', 'population', {
    nl: 'Personen van 15–75 jaar met hbo- of wo-opleiding.',
    en: 'Persons aged 15–75 with a university or applied-sciences degree.',
  }),
  share('share_origin_dutch', 'Aandeel Nederlandse herkomst', 'Share of Dutch origin', 'population', {
    nl: 'Tot 2021 "autochtoon"; vanaf 2022 CBS-indeling naar herkomstland ("Nederland").',
    en: 'Until 2021 "native Dutch"; from 2022 CBS classification by country of origin ("Netherlands").',
  }),
  share('share_origin_western', 'Aandeel westerse migratieachtergrond', 'Share with western migration background', 'population'),
  share(
    'share_origin_non_western',
    'Aandeel niet-westerse migratieachtergrond',
    'Share with non-western migration background',
    'population',
  ),
  share('share_origin_europe', 'Aandeel herkomst Europa (excl. NL)', 'Share of European origin (excl. NL)', 'population'),
  share('share_origin_outside_europe', 'Aandeel herkomst buiten Europa', 'Share of origin outside Europe', 'population'),
  share('share_one_person_households', 'Aandeel eenpersoonshuishoudens', 'Share of one-person households', 'households'),
  share('share_households_with_children', 'Aandeel huishoudens met kinderen', 'Share of households with children', 'households'),
  share('labour_participation', 'Netto arbeidsparticipatie', 'Net labour participation', 'population', {
    nl: 'Werkzame beroepsbevolking als percentage van de bevolking van 15–75 jaar.',
    en: 'Employed labour force as a percentage of the population aged 15–75.',
  }),
  { id: 'mean_woz_keur', label: { nl: 'Gemiddelde WOZ-waarde', en: 'Mean property value (WOZ)' }, unit: 'keur', kind: 'mean' },
  {
    id: 'mean_income_per_inhabitant_keur',
    label: { nl: 'Gemiddeld inkomen per inwoner', en: 'Mean income per inhabitant' },
    unit: 'keur',
    kind: 'mean',
  },
  {
    id: 'mean_income_per_recipient_keur',
    label: { nl: 'Gemiddeld inkomen per inkomensontvanger', en: 'Mean income per income recipient' },
    unit: 'keur',
    kind: 'mean',
  },
];

export const VARIABLE_IDS: readonly string[] = VARIABLES.map((v) => v.id);

export function variableById(id: string): VariableDef | undefined {
  return VARIABLES.find((v) => v.id === id);
}

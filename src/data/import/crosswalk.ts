/**
 * KWB variable crosswalk, embedded from ../shared/data-raw/cbs-formats/kwb_variable_map.tsv (sources in its header)
 * and the titles/groups of 85984NED_2024_DataProperties.json: KWB flat-file mnemonic ↔ OData v4 measure code ↔
 * OData v3 key STEM (the key without its numeric suffix, which changes between years and table versions) and the
 * title of its parent group ↔ PDOK WFS camelCase property ↔ the catalogue variable (data/variables.json).
 * `variable` = the value maps onto that catalogue id as it is; `shareOf` = a count that becomes a percentage of the
 * count variable named (age bands, origin, household types); neither = a known CBS column without a catalogue
 * variable (listed as unmapped, with its label).
 */
export type ColumnKind = 'count' | 'share' | 'mean' | 'density' | 'index' | 'code';

export interface CrosswalkEntry {
  mnemonic: string;
  v4?: string;
  /** OData v3 key without the numeric suffix. */
  v3Stem?: string;
  /** Title of the parent TopicGroup in DataProperties (only needed where the stem occurs in several groups). */
  v3Group?: string;
  /** StatLine title (Dutch, as in DataProperties and CSV headers without the unit). */
  title: string;
  /** Other StatLine titles of the same variable in older tables. */
  altTitles?: string[];
  pdok?: string;
  kind: ColumnKind;
  variable?: string;
  shareOf?: { variable: string; per: 'population' | 'households' };
}

const e = (
  mnemonic: string,
  v4: string | undefined,
  v3Stem: string | undefined,
  title: string,
  kind: ColumnKind,
  target?: string | { share: string; per: 'population' | 'households' },
  extra: Partial<CrosswalkEntry> = {},
): CrosswalkEntry => ({
  mnemonic,
  ...(v4 ? { v4 } : {}),
  ...(v3Stem ? { v3Stem } : {}),
  title,
  kind,
  ...(typeof target === 'string' ? { variable: target } : target ? { shareOf: { variable: target.share, per: target.per } } : {}),
  ...extra,
});

const pop = (share: string) => ({ share, per: 'population' as const });
const hh = (share: string) => ({ share, per: 'households' as const });
const pop2 = (variable: string) => ({ variable, per: 'population' as const });

export const KWB_CROSSWALK: readonly CrosswalkEntry[] = [
  e('a_inw', 'T001036', 'AantalInwoners', 'Aantal inwoners', 'count', 'population', { pdok: 'aantalInwoners' }),
  e('a_man', '3000', 'Mannen', 'Mannen', 'count', 'men', { pdok: 'mannen' }),
  e('a_vrouw', '4000', 'Vrouwen', 'Vrouwen', 'count', 'women', { pdok: 'vrouwen' }),
  e('a_00_14', '10680', 'k_0Tot15Jaar', '0 tot 15 jaar', 'count', 'persons_age_0_14', { shareOf: pop2('share_age_0_14') }),
  e('a_15_24', '53050', 'k_15Tot25Jaar', '15 tot 25 jaar', 'count', pop('share_age_15_24')),
  e('a_25_44', '53310', 'k_25Tot45Jaar', '25 tot 45 jaar', 'count', pop('share_age_25_44')),
  e('a_45_64', '53715', 'k_45Tot65Jaar', '45 tot 65 jaar', 'count', pop('share_age_45_64')),
  e('a_65_oo', '80200', 'k_65JaarOfOuder', '65 jaar of ouder', 'count', 'persons_age_65plus', { shareOf: pop2('share_age_65plus') }),
  e('p_00_14', undefined, undefined, 'Percentage 0 tot 15 jaar', 'share', 'share_age_0_14', { pdok: 'percentagePersonen0Tot15Jaar' }),
  e('p_15_24', undefined, undefined, 'Percentage 15 tot 25 jaar', 'share', 'share_age_15_24', { pdok: 'percentagePersonen15Tot25Jaar' }),
  e('p_25_44', undefined, undefined, 'Percentage 25 tot 45 jaar', 'share', 'share_age_25_44', { pdok: 'percentagePersonen25Tot45Jaar' }),
  e('p_45_64', undefined, undefined, 'Percentage 45 tot 65 jaar', 'share', 'share_age_45_64', { pdok: 'percentagePersonen45Tot65Jaar' }),
  e('p_65_oo', undefined, undefined, 'Percentage 65 jaar en ouder', 'share', 'share_age_65plus', {
    pdok: 'percentagePersonen65JaarEnOuder',
  }),
  e('a_nl_all', '1012600_1', 'Nederland', 'Nederland', 'count', pop('share_origin_dutch'), { v3Group: 'Herkomstland' }),
  e('a_eur_al', 'H007933_1', 'EuropaExclusiefNederland', 'Europa (exclusief Nederland)', 'count', pop('share_origin_europe'), {
    v3Group: 'Herkomstland',
  }),
  e('a_neu_al', 'H008859_1', 'BuitenEuropa', 'Buiten Europa', 'count', pop('share_origin_outside_europe'), { v3Group: 'Herkomstland' }),
  e('p_west_al', undefined, 'WestersTotaal', 'Westers totaal', 'share', 'share_origin_western'),
  e('p_n_w_al', undefined, 'NietWestersTotaal', 'Niet-westers totaal', 'share', 'share_origin_non_western'),
  e('a_hh', '1050010_2', 'HuishoudensTotaal', 'Huishoudens totaal', 'count', 'households', {
    pdok: 'aantalHuishoudens',
    altTitles: ['Particuliere huishoudens'],
  }),
  e('a_1p_hh', undefined, 'Eenpersoonshuishoudens', 'Eenpersoonshuishoudens', 'count', hh('share_one_person_households')),
  e('a_hh_m_k', undefined, 'HuishoudensMetKinderen', 'Huishoudens met kinderen', 'count', hh('share_households_with_children')),
  e('g_hhgro', 'M000114', 'GemiddeldeHuishoudensgrootte', 'Gemiddelde huishoudensgrootte', 'mean', 'mean_household_size', {
    pdok: 'gemiddeldeHuishoudsgrootte',
  }),
  e('bev_dich', 'M000100', 'Bevolkingsdichtheid', 'Bevolkingsdichtheid', 'density', 'population_density', {
    pdok: 'bevolkingsdichtheidInwonersPerKm2',
  }),
  e('a_woning', 'M000297', 'Woningvoorraad', 'Woningvoorraad', 'count', 'dwellings', { pdok: 'woningvoorraad' }),
  e('g_wozbag', 'M001642', 'GemiddeldeWOZWaardeVanWoningen', 'Gemiddelde WOZ-waarde van woningen', 'mean', 'mean_woz_keur', {
    pdok: 'gemiddeldeWoningwaarde',
  }),
  e('g_woz', undefined, undefined, 'Gemiddelde woningwaarde', 'mean', 'mean_woz_keur'),
  e('p_1gezw', undefined, 'PercentageEengezinswoning', 'Percentage eengezinswoning', 'share', 'share_single_family'),
  e('p_koopw', '1014800', 'Koopwoningen', 'Koopwoningen', 'share', 'share_owner_occupied', { pdok: 'percentageKoopwoningen' }),
  e('p_huurw', '1014850_2', 'HuurwoningenTotaal', 'Huurwoningen totaal', 'share', 'share_rented', { pdok: 'percentageHuurwoningen' }),
  e('p_wcorpw', 'A047047', 'InBezitWoningcorporatie', 'In bezit woningcorporatie', 'share', 'share_social_rent'),
  e('p_ov_hw', 'A047048', 'InBezitOverigeVerhuurders', 'In bezit overige verhuurders', 'share'),
  e('a_inkont', 'M000232', 'AantalInkomensontvangers', 'Aantal inkomensontvangers', 'count'),
  e(
    'g_ink_po',
    'M000223',
    'GemiddeldInkomenPerInkomensontvanger',
    'Gemiddeld inkomen per inkomensontvanger',
    'mean',
    'mean_income_per_recipient_keur',
  ),
  e('g_ink_pi', 'M000224', 'GemiddeldInkomenPerInwoner', 'Gemiddeld inkomen per inwoner', 'mean', 'mean_income_per_inhabitant_keur', {
    pdok: 'gemiddeldInkomenPerInwoner',
  }),
  e('p_ink_li', 'D000187', 'k_40PersonenMetLaagsteInkomen', '40% personen met laagste inkomen', 'share', 'share_income_low'),
  e('p_ink_hi', 'D000185', 'k_20PersonenMetHoogsteInkomen', '20% personen met hoogste inkomen', 'share', 'share_income_high'),
  e('g_hh_sti', 'M000222', 'GemGestandaardiseerdInkomenVanHuish', 'Gem. gestandaardiseerd inkomen van huish', 'mean'),
  e(
    'p_hh_li',
    'D000186',
    'k_40HuishoudensMetLaagsteInkomen',
    '40% huishoudens met laagste inkomen',
    'share',
    'share_households_income_low',
  ),
  e(
    'p_hh_hi',
    'D000184',
    'k_20HuishoudensMetHoogsteInkomen',
    '20% huishoudens met hoogste inkomen',
    'share',
    'share_households_income_high',
  ),
  e('p_hh_lkk', undefined, 'HuishoudensMetEenLaagInkomen', 'Huishoudens met een laag inkomen', 'share'),
  e(
    'p_hh_osm',
    undefined,
    'HuishOnderOfRondSociaalMinimum',
    'Huish. onder of rond sociaal minimum',
    'share',
    'share_households_social_minimum',
  ),
  e('p_arb_pp', undefined, 'Nettoarbeidsparticipatie', 'Nettoarbeidsparticipatie', 'share', 'labour_participation'),
  e('a_soz_wb', 'D006842', 'PersonenPerSoortUitkeringBijstand', 'Personen per soort uitkering; Bijstand', 'count'),
  e('a_soz_ao', 'D006837', 'PersonenPerSoortUitkeringAO', 'Personen per soort uitkering; AO', 'count'),
  e('a_soz_ww', 'D001827', 'PersonenPerSoortUitkeringWW', 'Personen per soort uitkering; WW', 'count'),
  e('a_soz_ow', 'D000193', 'PersonenPerSoortUitkeringAOW', 'Personen per soort uitkering; AOW', 'count'),
  e('a_opp_ha', 'T001455_2', 'OppervlakteTotaal', 'Oppervlakte totaal', 'count'),
  e('a_lan_ha', 'A047044', 'OppervlakteLand', 'Oppervlakte land', 'count', 'land_area_ha'),
  e('a_wat_ha', 'A047040', 'OppervlakteWater', 'Oppervlakte water', 'count'),
  e('ste_mvs', 'ST0001', 'MateVanStedelijkheid', 'Mate van stedelijkheid', 'index', 'urbanity'),
  e('ste_oad', 'ST0003', 'Omgevingsadressendichtheid', 'Omgevingsadressendichtheid', 'density', 'address_density'),
  e('pst_mvp', 'PC000C', 'MeestVoorkomendePostcode', 'Meest voorkomende postcode', 'code'),
  e('pst_dekp', 'M000217', 'Dekkingspercentage', 'Dekkingspercentage', 'code'),
  e('ind_wbi', undefined, 'IndelingswijzigingGemeenteWijkBuurt', 'Indelingswijziging gemeente, wijk, buurt', 'code'),
];

/** 'AantalInwoners_5' → 'AantalInwoners'; keys without a suffix are returned as they are. */
export function keyStem(key: string): string {
  return key.replace(/_\d+$/, '');
}

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^gem\. /, 'gemiddeld ')
    .replace(/^gem\. /, 'gemiddeld ');

const index = <K extends keyof CrosswalkEntry>(field: K) => {
  const m = new Map<string, CrosswalkEntry>();
  for (const x of KWB_CROSSWALK) {
    const v = x[field];
    if (typeof v === 'string' && !m.has(norm(v))) m.set(norm(v), x);
  }
  return m;
};

const BY_MNEMONIC = index('mnemonic');
const BY_V4 = new Map(KWB_CROSSWALK.filter((x) => x.v4).map((x) => [x.v4!, x]));
const BY_PDOK = index('pdok');

export const byMnemonic = (name: string): CrosswalkEntry | undefined => BY_MNEMONIC.get(norm(name));
export const byV4Measure = (code: string): CrosswalkEntry | undefined => BY_V4.get(code.trim());
export const byPdokName = (name: string): CrosswalkEntry | undefined => BY_PDOK.get(norm(name));

/** Entries whose v3 stem is `stem` (several for stems such as Nederland that occur in more than one group). */
export function byV3Stem(stem: string): CrosswalkEntry[] {
  return KWB_CROSSWALK.filter((x) => x.v3Stem === stem);
}

/** StatLine title (header without unit); `path` = the group titles before it in a "A/B/Title" header, innermost last. */
export function byTitle(title: string, path: readonly string[] = []): CrosswalkEntry | undefined {
  const t = norm(title);
  const hits = KWB_CROSSWALK.filter((x) => norm(x.title) === t || (x.altTitles ?? []).some((a) => norm(a) === t));
  if (hits.length <= 1) return hits[0];
  const groups = path.map(norm);
  return hits.find((x) => x.v3Group !== undefined && groups.includes(norm(x.v3Group)));
}

/** OData v4 measure codes needed for these catalogue variables (with the denominators of derived shares). */
export function v4MeasuresForVariables(variableIds: readonly string[]): string[] {
  const want = new Set(variableIds);
  const out = new Set<string>();
  for (const x of KWB_CROSSWALK) {
    if (!x.v4) continue;
    if (x.variable && want.has(x.variable)) out.add(x.v4);
    if (x.shareOf && want.has(x.shareOf.variable)) {
      out.add(x.v4);
      const per = KWB_CROSSWALK.find((y) => y.variable === x.shareOf!.per && y.v4);
      if (per?.v4) out.add(per.v4);
    }
  }
  return [...out];
}

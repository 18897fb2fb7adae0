/** UI strings of the buurt feature (buurt table, buurt indices, segregation by scale): Dutch + English. */
import { fillTemplate, type Lang } from '../../app/i18n';

const STRINGS = {
  buurten: { nl: 'Buurten', en: 'Neighbourhoods (buurten)' },
  buurt: { nl: 'Buurt', en: 'Neighbourhood' },
  wijk: { nl: 'Wijk', en: 'District' },
  wijken: { nl: 'Wijken', en: 'Districts' },
  buurtenOf: { nl: 'Buurten van {name} ({year})', en: 'Neighbourhoods of {name} ({year})' },
  whyTable: {
    nl: 'Buurten staan in een tabel en niet op de kaart: CBS publiceert de buurtgrenzen alleen online, ze zitten niet in de app. De kaart blijft op wijkniveau.',
    en: 'Neighbourhoods are a table, not a map: CBS publishes buurt boundaries only online and they are not embedded. The map stays at district level.',
  },
  missingNote: {
    nl: 'Leeg (–): niet gepubliceerd, geheim of mogelijk 0 — de bron maakte van nullen een lege cel. Aantallen zijn door CBS afgerond op 5.',
    en: 'Empty (–): not published, secret or possibly 0 — the source turned zeros into empty cells. Counts are rounded to 5 by CBS.',
  },
  pickGemeente: {
    nl: 'Kies een gemeente (klik op de kaart of zoek) om haar buurten te zien.',
    en: 'Choose a municipality (click the map or search) to see its neighbourhoods.',
  },
  noBuurten: { nl: 'Voor {name} zijn geen buurtgegevens ingebouwd.', en: 'No neighbourhood data are embedded for {name}.' },
  allBuurten: { nl: 'Alle buurten van de gemeente', en: 'All neighbourhoods of the municipality' },
  onlyWijk: { nl: 'Alleen {name}', en: 'Only {name}' },
  count: { nl: '{n} buurten', en: '{n} neighbourhoods' },
  countOne: { nl: '1 buurt', en: '1 neighbourhood' },
  loading: { nl: 'Buurtgegevens laden…', en: 'Loading neighbourhood data…' },
  failed: { nl: 'De buurtgegevens konden niet worden geladen.', en: 'The neighbourhood data could not be loaded.' },
  col_population: { nl: 'Inwoners', en: 'Inhabitants' },
  col_age_0_14: { nl: '0–14 jaar', en: 'Aged 0–14' },
  col_age_65plus: { nl: '65+', en: '65+' },
  col_households: { nl: 'Huishoudens', en: 'Households' },
  col_owner: { nl: 'Koopwoningen', en: 'Owner-occupied' },
  col_woz: { nl: 'WOZ (× €1.000)', en: 'WOZ (× €1,000)' },
  indicesTitle: { nl: 'Segregatie over buurten ({year})', en: 'Segregation over neighbourhoods ({year})' },
  indicesOf: { nl: 'Eenheden: de {n} buurten van {name}', en: 'Units: the {n} neighbourhoods of {name}' },
  group: { nl: 'Groep', en: 'Group' },
  indicesOver: { nl: 'Over de buurten van', en: 'Over the neighbourhoods of' },
  index: { nl: 'Index', en: 'Index' },
  value: { nl: 'Waarde', en: 'Value' },
  expectedD: { nl: 'Verwacht bij toeval', en: 'Expected by chance' },
  expectedDHint: {
    nl: 'D die je ook bij een willekeurige verdeling van dezelfde aantallen over deze buurten zou vinden. Buurten zijn klein, dus dit is niet 0: lees D ten opzichte van dit getal.',
    en: 'The D you would also find if the same counts were spread at random over these neighbourhoods. Buurten are small, so this is not 0: read D against this figure.',
  },
  excluded: { nl: '{n} buurten niet meegeteld: {why}', en: '{n} neighbourhoods not counted: {why}' },
  multigroup: { nl: 'meer groepen', en: 'multigroup' },
  approx: { nl: 'Benadering', en: 'Approximation' },
  scaleTab: { nl: 'Schaal', en: 'Scale' },
  scaleTitle: {
    nl: '{index} voor {group}: over wijken en over buurten, per gemeente (2024)',
    en: '{index} for {group}: over districts and over neighbourhoods, per municipality (2024)',
  },
  scaleSort: { nl: 'Sorteren op', en: 'Sort by' },
  sort_buurt: { nl: 'waarde over buurten', en: 'value over neighbourhoods' },
  sort_wijk: { nl: 'waarde over wijken', en: 'value over districts' },
  sort_gap: { nl: 'verschil buurten − wijken', en: 'difference neighbourhoods − districts' },
  sort_name: { nl: 'naam', en: 'name' },
  overWijken: { nl: 'over wijken', en: 'over districts' },
  overBuurten: { nl: 'over buurten', en: 'over neighbourhoods' },
  scaleRead: {
    nl: 'Elke regel is een gemeente. Ligt de punt voor buurten ver rechts van die voor wijken, dan zit een groot deel van de segregatie binnen wijken en is die op wijkniveau onzichtbaar.',
    en: 'Each line is a municipality. When the neighbourhood dot lies far right of the district dot, much of the segregation lies inside districts and is invisible at district level.',
  },
  scaleGemeenten: { nl: '{n} gemeenten met beide waarden', en: '{n} municipalities with both values' },
  splitTitle: {
    nl: 'Segregatie naar schaal: M over alle buurten ({group}, 2024)',
    en: 'Segregation by scale: M over all neighbourhoods ({group}, 2024)',
  },
  region: { nl: 'Gebied', en: 'Area' },
  total: { nl: 'Totaal M', en: 'Total M' },
  betweenGemeenten: { nl: 'Tussen gemeenten', en: 'Between municipalities' },
  betweenWijken: { nl: 'Tussen wijken binnen gemeenten', en: 'Between districts within municipalities' },
  withinWijken: { nl: 'Tussen buurten binnen wijken', en: 'Between neighbourhoods within districts' },
  splitRead: {
    nl: 'M (in nats) meet hoe ongelijk de groepen over de buurten verdeeld zijn. Het is precies op te splitsen: het deel tussen gemeenten, het deel tussen wijken van dezelfde gemeente en het deel tussen buurten van dezelfde wijk tellen op tot het totaal. Het laatste deel is op wijkniveau niet te zien.',
    en: 'M (in nats) measures how unevenly the groups are spread over the neighbourhoods. It splits exactly: the part between municipalities, the part between districts of the same municipality and the part between neighbourhoods of the same district add up to the total. The last part cannot be seen at district level.',
  },
  splitSentence: {
    nl: 'In {region} ligt {pct} van deze segregatie tussen buurten van dezelfde wijk.',
    en: 'In {region}, {pct} of this segregation lies between neighbourhoods of the same district.',
  },
  computing: { nl: 'Berekenen…', en: 'Computing…' },
  noBuurtGroup: {
    nl: 'De buurtgegevens ondersteunen deze groepen: 65+, 0–14, drie leeftijdsgroepen en koopwoningen (benadering).',
    en: 'The neighbourhood data support these groups: 65+, 0–14, three age groups and owner-occupied (approximation).',
  },
  buurtOf: { nl: 'Buurt in {wijk}, {gemeente}', en: 'Neighbourhood in {wijk}, {gemeente}' },
  mapShowsWijk: {
    nl: 'De kaart toont de wijk {wijk} waarin deze buurt ligt.',
    en: 'The map shows the district {wijk} this neighbourhood lies in.',
  },
  buurtenOfGemeente: { nl: 'Buurten van', en: 'Neighbourhoods of' },
  mapLevel: { nl: 'Kaart op niveau van', en: 'Map at the level of' },
  mapBuurten: { nl: 'Buurten (geïmporteerde grenzen)', en: 'Neighbourhoods (imported boundaries)' },
  importedFrom: {
    nl: 'Buurtgrenzen {year} uit uw eigen import ({files}), niet van CBS gecontroleerd.',
    en: 'Neighbourhood boundaries {year} from your own import ({files}), not checked against CBS.',
  },
  skippedCodes_one: {
    nl: '1 code uit {file} hoort bij geen bekende buurt en is overgeslagen: {examples}',
    en: '1 code in {file} matches no known neighbourhood and was skipped: {examples}',
  },
  skippedCodes_other: {
    nl: '{n} codes uit {file} horen bij geen bekende buurt en zijn overgeslagen: {examples}',
    en: '{n} codes in {file} match no known neighbourhood and were skipped: {examples}',
  },
  mapLost: {
    nl: 'Er zijn (nu) geen geïmporteerde buurtgrenzen voor deze gemeente in {year}: de kaart toont de wijken.',
    en: 'There are (now) no imported neighbourhood boundaries for this municipality in {year}: the map shows the districts.',
  },
} as const;

export type BuurtKey = keyof typeof STRINGS;

export function tb(lang: Lang, key: BuurtKey): string {
  return STRINGS[key][lang];
}

export function tbf(lang: Lang, key: BuurtKey, params: Readonly<Record<string, string | number>>): string {
  return fillTemplate(STRINGS[key][lang], params);
}

/** Every key in both languages (for the completeness test). */
export const BUURT_STRINGS = STRINGS;

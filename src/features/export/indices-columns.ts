/**
 * The columns of the indices CSV, in the order of `npm run indices` (src/pipeline/indices-output.ts indicesRow):
 * fixed id (the CLI's column name), label and definition in Dutch and English.
 */
import type { GroupDefinition } from '../../engine/groups';
import { COLUMN_DOCS } from '../../pipeline/indices-output';
import type { ExportColumn } from './table';

/** `defEn` left out: the CLI's definition of the column (COLUMN_DOCS), so the two cannot drift apart. */
type Doc = [id: string, nl: string, en: string, defNl: string, defEn?: string];

const HEAD: Doc[] = [
  ['region_code', 'regiocode', 'region code', 'CBS-code van de gemeente (GM…)', 'CBS code of the municipality (GM…)'],
  ['region_name', 'regionaam', 'region name', 'Naam van de gemeente', 'Name of the municipality'],
  ['units_total', 'wijken totaal', 'units total', 'Aantal wijken in de gemeente', 'Number of wijken (districts) in the municipality'],
  ['units_used', 'wijken gebruikt', 'units used', 'Wijken die meetellen in de indices', 'Wijken counted in the indices'],
  [
    'excluded_zero_population',
    'uitgesloten: geen inwoners',
    'excluded: zero population',
    'Wijken zonder inwoners',
    'Wijken without inhabitants',
  ],
  [
    'excluded_invalid',
    'uitgesloten: ongeldig',
    'excluded: invalid',
    'Wijken met een ongeldige waarde (bv. aandeel boven 100%)',
    'Wijken with an invalid value (e.g. a share above 100%)',
  ],
  [
    'excluded_missing_data',
    'uitgesloten: ontbrekend',
    'excluded: missing data',
    'Wijken waarvan CBS een benodigde waarde niet publiceert (geheim of ontbrekend)',
    'Wijken for which CBS does not publish a needed value (suppressed or missing)',
  ],
  [
    'population',
    'totaal',
    'total',
    'Som van de tellingen van alle groepen over de gebruikte wijken',
    'Sum of the counts of all groups over the wijken used',
  ],
  [
    'focal_group',
    'focusgroep',
    'focal group',
    'Id van de groep waarvan de segregatie gemeten wordt (x)',
    'Id of the group whose segregation is measured (x)',
  ],
];

const INDICES: Doc[] = [
  ['D', 'D', 'D', 'Dissimilariteitsindex (Duncan & Duncan 1955), focusgroep tegen de rest'],
  ['xPx', 'isolatie xPx', 'isolation xPx', 'Isolatie (Massey & Denton 1988)'],
  ['xPy', 'blootstelling xPy', 'exposure xPy', 'Blootstelling van de focusgroep aan de rest'],
  ['H', 'H (Theil)', 'H (Theil)', 'Theils informatie-index (twee groepen, natuurlijke log)'],
  ['Gini', 'Gini', 'Gini', 'Gini-segregatie-index'],
  ['V', 'correlatieratio V', 'correlation ratio V', 'Correlatieratio (eta²)'],
  ['A', 'Atkinson A', 'Atkinson A', 'Atkinson-index (b = 0,5)'],
  ['Dadj_rook', 'D(adj) rook', 'D(adj) rook', 'Morrill D(adj), aangrenzing via gedeelde grens (rook)'],
  ['Dw', 'D(w) Wong', 'D(w) Wong', 'Wong D(w), gewogen naar gedeelde grenslengte'],
  ['Ds', 'D(s) Wong', 'D(s) Wong', 'Wong D(s), grenslengte en omtrek/oppervlakte'],
  ['SP', 'nabijheid SP', 'proximity SP', "White's ruimtelijke nabijheid (exp(-d), d in km)"],
  ['M_multigroup', 'M (meergroeps)', 'M (multigroup)', 'Wederzijdse informatie M (natuurlijke log)'],
  ['H_multigroup', 'H (meergroeps)', 'H (multigroup)', 'Theil H = M / E'],
  ['D_multigroup', 'D (meergroeps)', 'D (multigroup)', 'Meergroeps-D (Reardon & Firebaugh 2002)'],
];

const interval = (k: string, side: 'lower' | 'upper'): Doc => [
  `${k}_ci_${side}`,
  `${k} ${side === 'lower' ? 'ondergrens' : 'bovengrens'} 95%`,
  `${k} ${side} 95%`,
  `Bootstrap-percentiel ${side === 'lower' ? '2,5%' : '97,5%'} van ${k}`,
  `Bootstrap ${side === 'lower' ? '2.5%' : '97.5%'} percentile of ${k}`,
];

const TAIL: Doc[] = [
  ...(['D', 'H', 'M'] as const).flatMap((k) => [interval(k, 'lower'), interval(k, 'upper')]),
  ['expected_D', 'verwachte D', 'expected D', 'Verwachte D bij toevallige verdeling (vertekening door kleine eenheden)'],
  ['D_excess', 'D min verwachte D', 'D excess', 'D − verwachte D'],
  ['D_carrington_troske', 'D Carrington-Troske', 'D Carrington-Troske', '(D − E[D]) / (1 − E[D]) (Carrington & Troske 1997)'],
  ['warnings', 'waarschuwingen', 'warnings', 'Waarschuwingen van de berekening (Engelstalig)', 'Warnings of the computation'],
  ['Dadj_queen', 'D(adj) queen', 'D(adj) queen', 'Morrill D(adj), aangrenzing ook via een hoekpunt (queen)'],
  ['data_year', 'gegevensjaar', 'data year', 'Jaar van de CBS-gegevens', 'Year of the CBS data'],
  [
    'not_computable',
    'niet berekend',
    'not computable',
    'Lege cellen van de rij en waarom, per reden: "D, H: fewer than 2 usable units (1) | Dw: …" (Engelstalig)',
  ],
];

function column([id, nl, en, defNl, defEn]: Doc): ExportColumn {
  const definition = defEn ?? COLUMN_DOCS[id];
  if (definition === undefined) throw new Error(`indices column ${id} has no English definition`);
  return { id, label: { nl, en }, definition: { nl: defNl, en: definition } };
}

/** Ids of the columns a quick ranking leaves blank (no boundaries, no resampling in the ranking). */
export const SPATIAL_COLUMNS = ['Dadj_rook', 'Dw', 'Ds', 'SP', 'Dadj_queen'] as const;
export const RESAMPLING_COLUMNS = [
  'D_ci_lower',
  'D_ci_upper',
  'H_ci_lower',
  'H_ci_upper',
  'M_ci_lower',
  'M_ci_upper',
  'expected_D',
  'D_excess',
  'D_carrington_troske',
] as const;

/** Every column of the indices CSV for group definition `def`, in the CLI's order. */
export function indicesColumns(def: GroupDefinition): ExportColumn[] {
  const totals = def.groups.map((g): Doc => [
    `total_${g.id}`,
    `totaal ${g.label.nl}`,
    `total ${g.label.en}`,
    `Geschatte telling van de groep "${g.label.nl}" over de gebruikte wijken`,
    `Estimated count of the group "${g.label.en}" over the wijken used`,
  ]);
  return [...HEAD, ...totals, ...INDICES, ...TAIL].map(column);
}

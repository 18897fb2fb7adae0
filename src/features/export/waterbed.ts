/**
 * The waterbed comparison as a file: the flat table of src/pipeline/waterbed-table.ts (the CLI's rows, with the
 * `reason` column for blank numbers) as CSV with labels in the UI language, ring names in the UI language, and a
 * sidecar with the indicator's unit and every setting of the comparison. Pure.
 */
import type { Lang } from '../../app/i18n';
import type { WaterbedResult } from '../../pipeline/waterbed';
import { waterbedTable, withBlankReasons } from '../../pipeline/waterbed-table';
import { tableFiles, type CsvVariant, type ExportColumn, type ExportFile } from './table';

type Doc = [id: string, nl: string, en: string, defNl: string, defEn: string];

/**
 * Documentation of every column, in CSV order: [id, label nl, label en, definition nl, definition en]. `{from}` and
 * `{to}` stand for the comparison's years, `{change}` for the unit of its change (filled in by `docs`).
 */
const COLUMN_DOCS: readonly Doc[] = [
  ['type', 'soort', 'type', 'ring: een samenvattende rij per ring; unit: een eenheid', 'ring: one summary row per ring; unit: one unit'],
  [
    'ring',
    'ring',
    'ring',
    'target = doelgebied, ring1/ring2 = aangrenzend, rest = overige eenheden, region = vergelijkingsregio',
    'target, ring1/ring2 = adjacent, rest = other units, region = benchmark region',
  ],
  ['code', 'code', 'code', 'CBS-code van de eenheid (leeg bij ringen)', 'CBS code of the unit (empty for rings)'],
  ['name', 'naam', 'name', 'Naam van de eenheid of de ring', 'Name of the unit or ring'],
  ['gemeente_code', 'gemeentecode', 'municipality code', 'Gemeente van de eenheid', 'Municipality of the unit'],
  ['units', 'eenheden', 'units', 'Aantal eenheden in de rij', 'Number of units in the row'],
  ['missing', 'ontbrekend', 'missing', 'Eenheden zonder waarde in een van beide jaren', 'Units without a value in either year'],
  [
    't0',
    'waarde {from}',
    'value {from}',
    'Waarde in {from}, omgerekend naar de indeling van {to}',
    'Value in {from}, converted to the {to} boundaries',
  ],
  ['t1', 'waarde {to}', 'value {to}', 'Waarde in {to}', 'Value in {to}'],
  ['change', 'verandering', 'change', 'Verandering {from} → {to} ({change})', 'Change {from} → {to} ({change})'],
  ['change_pct', 'verandering %', 'change %', 'Relatieve verandering in procenten', 'Relative change in percent'],
  [
    'did_vs_rest',
    'verschil-in-verschil t.o.v. rest',
    'DiD vs rest',
    'Verandering min die van de rest (difference-in-differences)',
    'Change minus the change of the rest (difference-in-differences)',
  ],
  [
    'did_vs_region',
    'verschil-in-verschil t.o.v. regio',
    'DiD vs region',
    'Verandering min die van de vergelijkingsregio',
    'Change minus the change of the benchmark region',
  ],
  [
    'did_absolute_vs_rest',
    'absoluut verschil-in-verschil t.o.v. rest',
    'absolute DiD vs rest',
    'Verschil-in-verschil in aantallen',
    'Difference-in-differences in counts',
  ],
  [
    'flag',
    'markering',
    'flag',
    'up/down: de eenheid veranderde meer dan de drempel t.o.v. de rest',
    'up/down: the unit changed more than the threshold relative to the rest',
  ],
  [
    'reallocated_share',
    'verschoven aandeel',
    'reallocated share',
    'Deel van de hoeveelheid in t0 dat naar elders verschoof',
    'Share of the t0 amount that moved elsewhere',
  ],
  [
    'identical',
    'ongewijzigd',
    'identical',
    'De eenheid had in beide jaren dezelfde grenzen',
    'The unit had the same boundaries in both years',
  ],
  ['included', 'meegeteld', 'included', 'De eenheid telt mee in haar ring', 'The unit counts in its ring'],
  [
    'source_codes',
    'broncodes',
    'source codes',
    'Codes in {from} waaruit de eenheid is samengesteld (gescheiden door ;)',
    'Codes in {from} the unit was built from (separated by ;)',
  ],
  [
    't0_low',
    'waarde {from} laag',
    'value {from} low',
    'Laagste t0 over de vergeleken omrekeningen',
    'Lowest t0 over the compared conversions',
  ],
  [
    't0_high',
    'waarde {from} hoog',
    'value {from} high',
    'Hoogste t0 over de vergeleken omrekeningen',
    'Highest t0 over the compared conversions',
  ],
  [
    'did_vs_rest_low',
    'verschil-in-verschil laag',
    'DiD low',
    'Laagste verschil-in-verschil over de omrekeningen',
    'Lowest DiD over the conversions',
  ],
  [
    'did_vs_rest_high',
    'verschil-in-verschil hoog',
    'DiD high',
    'Hoogste verschil-in-verschil over de omrekeningen',
    'Highest DiD over the conversions',
  ],
  [
    'rounding',
    'afronding ±',
    'rounding ±',
    'Halve breedte van de afrondingsband van het verschil-in-verschil',
    'Half-width of the rounding band of the DiD',
  ],
  [
    'distinguishable',
    'onderscheidbaar',
    'distinguishable',
    'Het teken blijft over omrekeningen en afronding',
    'The sign holds over conversions and rounding',
  ],
  ['consistency', 'consistentie', 'consistency', 'ok / implausible (alleen hertekende eenheden)', 'ok / implausible (redrawn units only)'],
  [
    'consistency_note',
    'toelichting consistentie',
    'consistency note',
    'De toelichting bij een onwaarschijnlijke omrekening',
    'The note on an implausible conversion',
  ],
  [
    'reason',
    'reden lege cellen',
    'reason for empty cells',
    'Waarom getallen in de rij leeg zijn, per reden (Engelstalig)',
    'Why numbers of the row are empty, grouped by reason',
  ],
];

/** COLUMN_DOCS with the comparison's years and change unit filled in. */
function docs(r: WaterbedResult): Doc[] {
  const { from, to } = r.request;
  const change = r.indicator.metric === 'absolute' ? ['procentpunt', 'percentage points'] : ['% groei', '% growth'];
  const fill = (text: string, lang: 0 | 1) =>
    text.replaceAll('{from}', String(from)).replaceAll('{to}', String(to)).replaceAll('{change}', change[lang]);
  return COLUMN_DOCS.map(([id, nl, en, dn, de]) => [id, fill(nl, 0), fill(en, 1), fill(dn, 0), fill(de, 1)]);
}

export function waterbedColumns(r: WaterbedResult): ExportColumn[] {
  return docs(r).map(([id, nl, en, dn, de]) => ({ id, label: { nl, en }, definition: { nl: dn, en: de } }));
}

/** A cell text that reads back as the same number becomes that number (so `-0.25` is not taken for a formula). */
const asNumber = (v: string): string | number => (/^-?\d/.test(v) && String(Number(v)) === v ? Number(v) : v);

/** The CLI's rows with numbers as numbers and ring names in `lang`. */
export function waterbedRows(r: WaterbedResult, lang: Lang): Record<string, string | number>[] {
  const rows = withBlankReasons(waterbedTable(r, lang), r);
  return rows.map((row, i) => {
    const out: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(row)) out[k] = k === 'code' || k === 'gemeente_code' ? v : asNumber(v);
    if (row.type === 'ring' && r.rings[i]) out.name = r.rings[i].label[lang];
    return out;
  });
}

/** The file name base of the CLI-like export (waterbed-model's naming without `.csv`). */
export function waterbedBase(r: WaterbedResult): string {
  const { targets, indicator, from, to } = r.request;
  const safe = (s: string) => s.replace(/[^0-9A-Za-z_-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
  const more = targets.length > 5 ? `-and-${targets.length - 5}-more` : '';
  return `waterbed_${targets.slice(0, 5).map(safe).join('-')}${more}_${safe(indicator)}_${from}-${to}`;
}

/** The comparison as CSV and sidecar (unit and every setting of the comparison). */
export function waterbedFiles(r: WaterbedResult, lang: Lang, variant: CsvVariant, now?: Date): [ExportFile, ExportFile] {
  const q = r.request;
  const title =
    lang === 'nl'
      ? `Waterbedvergelijking: ${r.indicator.label.nl}, ${q.from} → ${q.to}`
      : `Waterbed comparison: ${r.indicator.label.en}, ${q.from} → ${q.to}`;
  return tableFiles(waterbedBase(r), waterbedRows(r, lang), waterbedColumns(r), variant, {
    lang,
    title,
    year: q.to,
    level: q.level,
    now,
    extra: {
      indicator: {
        id: r.indicator.id,
        label: r.indicator.label[lang],
        kind: r.indicator.kind,
        unit: r.indicator.unit,
        metric: r.indicator.metric,
      },
      unit: r.indicator.unit,
      settings: { ...q },
      weighting: r.weighting,
      summary: r.summary[lang],
      warnings: r.warnings.map((w) => w[lang]),
      harmonisation: r.harmonisation,
    },
  });
}

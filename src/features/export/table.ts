/**
 * A table exported from the app: CSV text through the one shared writer (src/data/tabular/write.ts formatCsv:
 * BOM, Dutch-Excel variant, formula neutralisation) with column labels in the UI language, and its JSON sidecar
 * `<file>.meta.json` in the UI language: source and licence, year, level, the definition of every column, the
 * conventions of the file, the app version and the time of export. Pure: no DOM (downloading is files.ts).
 */
import type { Lang } from '../../app/i18n';
import { formatCsv } from '../../data/tabular/write';
import { tx } from './strings';

/** `excel`: comma and decimal point; `dutch`: semicolon and decimal comma (Dutch Excel). */
export type CsvVariant = 'excel' | 'dutch';
export type Bilingual = Readonly<Record<Lang, string>>;

/** One column: its fixed id (the CLI's column name), its header label and its definition in both languages. */
export interface ExportColumn {
  id: string;
  label: Bilingual;
  definition: Bilingual;
}

/** A file to save: name, text and MIME type. */
export interface ExportFile {
  name: string;
  text: string;
  type: string;
}

/** What the sidecar says beyond the columns. */
export interface TableMeta {
  lang: Lang;
  /** What the file holds, in the UI language. */
  title: string;
  year: number | null;
  /** Statistical level of the units ('gemeente', 'wijk', 'buurt'). */
  level: string | null;
  /** Further fields (request, settings, legend …), already in the UI language. */
  extra?: Readonly<Record<string, unknown>>;
  /** Time of export (default: now). */
  now?: Date;
}

/** The app's version (package.json, put in at build time by vite.config.ts); 'dev' outside a build. */
export function appVersion(): string {
  const v: unknown = import.meta.env?.VITE_APP_VERSION;
  return typeof v === 'string' && v ? v : 'dev';
}

const LEVEL_KEY = { gemeente: 'levelGemeente', wijk: 'levelWijk', buurt: 'levelBuurt' } as const;

/** The level in words ("wijk", "district (wijk)"), or the id itself when unknown. */
export function levelWord(lang: Lang, level: string | null): string | null {
  if (level === null) return null;
  return level in LEVEL_KEY ? tx(lang, LEVEL_KEY[level as keyof typeof LEVEL_KEY]) : level;
}

/** Source, licence and app: the same in every sidecar and GeoJSON. */
export function provenance(lang: Lang, now: Date = new Date()) {
  return {
    source: { statistics: tx(lang, 'sourceStats'), boundaries: tx(lang, 'sourceBoundaries'), licence: tx(lang, 'licence') },
    app: { name: 'Segregatieverkenner', version: appVersion() },
    exported_at: now.toISOString(),
  };
}

/** The sidecar object of a CSV file `file` with `columns`. */
export function sidecar(file: string, columns: readonly ExportColumn[], variant: CsvVariant, meta: TableMeta): Record<string, unknown> {
  const { lang } = meta;
  return {
    title: meta.title,
    file,
    language: lang,
    year: meta.year,
    level: meta.level,
    level_label: levelWord(lang, meta.level),
    ...provenance(lang, meta.now),
    conventions: {
      encoding: tx(lang, 'convEncoding'),
      separators: tx(lang, variant === 'dutch' ? 'convDutch' : 'convExcel'),
      empty_cells: tx(lang, 'convEmpty'),
      formulas: tx(lang, 'convFormula'),
      numbers: tx(lang, 'convNumbers'),
      headers: tx(lang, 'convLabels'),
      messages: tx(lang, 'convMessages'),
    },
    ...meta.extra,
    columns: columns.map((c) => ({ id: c.id, label: c.label[lang], definition: c.definition[lang] })),
  };
}

/** CSV text (BOM, labels in `lang`, `variant` separators) of `rows` in the order of `columns`. */
export function tableCsv(
  rows: readonly Record<string, unknown>[],
  columns: readonly ExportColumn[],
  lang: Lang,
  variant: CsvVariant,
): string {
  const labels = Object.fromEntries(columns.map((c) => [c.id, c.label[lang]]));
  return formatCsv(
    rows,
    columns.map((c) => c.id),
    { bom: true, dutch: variant === 'dutch', labels },
  );
}

/** The file name for `base` in `variant` (the Dutch-Excel variant ends in `_nl-excel`). */
export function csvName(base: string, variant: CsvVariant): string {
  return `${base}${variant === 'dutch' ? '_nl-excel' : ''}.csv`;
}

/** The CSV and its sidecar `<name>.meta.json`. */
export function tableFiles(
  base: string,
  rows: readonly Record<string, unknown>[],
  columns: readonly ExportColumn[],
  variant: CsvVariant,
  meta: TableMeta,
): [ExportFile, ExportFile] {
  const name = csvName(base, variant);
  return [
    { name, text: tableCsv(rows, columns, meta.lang, variant), type: 'text/csv;charset=utf-8' },
    {
      name: `${name}.meta.json`,
      text: JSON.stringify(sidecar(name, columns, variant, meta), null, 1) + '\n',
      type: 'application/json;charset=utf-8',
    },
  ];
}

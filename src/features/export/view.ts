/**
 * The data of the current map view as files: one row per unit on the map (code, name, value, class number and the
 * legend's label of that class) as CSV with a sidecar, or as GeoJSON (the loaded boundaries, WGS84 longitude/latitude
 * as topojson-client's feature() gives them) with the same properties. The legend (method, breaks, palette, classes)
 * goes into the sidecar and into the GeoJSON's `metadata` member. Pure.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Lang } from '../../app/i18n';
import type { UnitValue } from '../../data/queries';
import type { Unit } from '../../data/variables';
import type { Classification } from '../../engine/classify';
import { legendDigits, legendItems, legendLabel } from '../../views/map/legend-items';
import { NO_DATA_COLOR } from '../../views/map/palette';
import { provenance, tableFiles, type CsvVariant, type ExportColumn, type ExportFile, levelWord } from './table';
import { tx } from './strings';

export interface ViewData {
  rows: readonly UnitValue[];
  /** Class index per code (−1: no data), as the map colours it. */
  classes: ReadonlyMap<string, number>;
  classification: Classification | null;
  colors: readonly string[];
  /** What the map shows: its id (variable id, 'lq', …), label and unit, in the UI language. */
  shows: string;
  label: string;
  unit: Unit;
  year: number;
  level: string;
  /** Gemeente the map is drilled into, if any. */
  gemeente: string | null;
  /** Which units the classes were computed over, in words (the legend's scope line). */
  scope: string;
}

export const VIEW_COLUMNS: readonly ExportColumn[] = [
  { id: 'code', label: { nl: 'code', en: 'code' }, definition: { nl: 'CBS-code van de eenheid', en: 'CBS code of the unit' } },
  { id: 'name', label: { nl: 'naam', en: 'name' }, definition: { nl: 'Naam van de eenheid', en: 'Name of the unit' } },
  {
    id: 'value',
    label: { nl: 'waarde', en: 'value' },
    definition: {
      nl: 'Waarde die de kaart toont (zie "shows" en "unit"); leeg: geen gegevens',
      en: 'Value the map shows (see "shows" and "unit"); empty: no data',
    },
  },
  {
    id: 'class',
    label: { nl: 'klasse', en: 'class' },
    definition: {
      nl: 'Kleurklasse op de kaart: 1 = laagste; leeg: geen gegevens (zie legend.classes)',
      en: 'Colour class on the map: 1 = lowest; empty: no data (see legend.classes)',
    },
  },
  {
    id: 'class_label',
    label: { nl: 'klasse (legenda)', en: 'class (legend)' },
    definition: { nl: 'De klasse zoals de legenda haar noemt', en: 'The class as the legend names it' },
  },
];

/** The legend as data: method, breaks, palette and every class with bounds, colour, count and label. */
export function legendData(lang: Lang, v: ViewData) {
  const items = legendItems(v.classification, v.colors);
  const digits = legendDigits(items, v.unit);
  return {
    title: v.label,
    unit: v.unit,
    scope: v.scope,
    method: v.classification?.method ?? null,
    breaks: v.classification?.breaks ?? [],
    palette: v.classification ? v.colors.slice(0, v.classification.counts.length) : [],
    no_data_color: NO_DATA_COLOR,
    classes: items.map((it) => ({
      class: it.cls < 0 ? null : it.cls + 1,
      from: it.from,
      to: it.to,
      color: it.color,
      count: it.count,
      label: legendLabel(lang, it, v.unit, digits),
    })),
  };
}

/** One record per unit: code, name, value, class (1-based, null for no data) and class label. */
export function viewRows(lang: Lang, v: ViewData): Record<string, string | number | null>[] {
  const labels = new Map(legendData(lang, v).classes.map((c) => [c.class, c.label]));
  return v.rows.map((r) => {
    const cls = v.classes.get(r.code) ?? -1;
    const value = r.value !== null && Number.isFinite(r.value) ? r.value : null;
    const klass = cls < 0 || value === null ? null : cls + 1;
    return { code: r.code, name: r.name, value, class: klass, class_label: labels.get(klass) ?? tx(lang, 'noData') };
  });
}

/** The base file name: map_<level>_<year>_<shows>[_<gemeente>]. */
export function viewBase(v: ViewData): string {
  const safe = (s: string) => s.replace(/[^0-9A-Za-z_-]+/g, '-');
  return `map_${v.level}_${v.year}_${safe(v.shows)}${v.gemeente ? `_${safe(v.gemeente)}` : ''}`;
}

function viewTitle(lang: Lang, v: ViewData): string {
  return `${v.label}, ${levelWord(lang, v.level)} ${v.year}${v.gemeente ? ` (${v.gemeente})` : ''}`;
}

function viewExtra(lang: Lang, v: ViewData) {
  return { shows: v.shows, shows_label: v.label, gemeente: v.gemeente, legend: legendData(lang, v) };
}

/** The view's units as CSV and sidecar. */
export function viewCsvFiles(v: ViewData, lang: Lang, variant: CsvVariant, now?: Date): [ExportFile, ExportFile] {
  return tableFiles(viewBase(v), viewRows(lang, v), VIEW_COLUMNS, variant, {
    lang,
    title: viewTitle(lang, v),
    year: v.year,
    level: v.level,
    now,
    extra: viewExtra(lang, v),
  });
}

type Props = Record<string, string | number | null>;

/**
 * The view's units with their boundaries as GeoJSON (RFC 7946, WGS84): a feature per unit on the map that has a
 * boundary, properties as the CSV columns; `metadata` (a foreign member) holds what a sidecar would.
 */
export function viewGeojson(v: ViewData, features: readonly Feature<Geometry, { code: string }>[], lang: Lang, now?: Date): ExportFile {
  const byCode = new Map(viewRows(lang, v).map((r) => [r.code as string, r]));
  const out: Feature<Geometry, Props>[] = [];
  for (const f of features) {
    const props = byCode.get(f.properties.code);
    if (props) out.push({ type: 'Feature', geometry: f.geometry, properties: props });
  }
  const metadata = {
    title: viewTitle(lang, v),
    language: lang,
    year: v.year,
    level: v.level,
    level_label: levelWord(lang, v.level),
    ...provenance(lang, now),
    coordinates: lang === 'nl' ? 'WGS84 (EPSG:4326), lengtegraad/breedtegraad' : 'WGS84 (EPSG:4326), longitude/latitude',
    ...viewExtra(lang, v),
    properties: VIEW_COLUMNS.map((c) => ({ id: c.id, label: c.label[lang], definition: c.definition[lang] })),
  };
  const collection: FeatureCollection<Geometry, Props> & { metadata: typeof metadata } = {
    type: 'FeatureCollection',
    metadata,
    features: out,
  };
  return { name: `${viewBase(v)}.geojson`, text: JSON.stringify(collection) + '\n', type: 'application/geo+json' };
}

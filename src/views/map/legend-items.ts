/** Legend rows from a classification: bounds, colour and count per class, plus the no-data row; their labels. Pure. */
import { classBounds, type Classification } from '../../engine/classify';
import { formatValue, t, unitDigits, type Lang } from '../../app/i18n';
import type { Unit } from '../../data/variables';
import { NO_DATA_COLOR } from './palette';

export interface LegendItem {
  /** Class index, -1 for no data, -2 for units outside a (waterbed) comparison. */
  cls: number;
  color: string;
  from: number | null;
  to: number | null;
  count: number;
  /** A fixed text instead of the bounds (e.g. "Niet in de vergelijking"). */
  label?: string;
}

export function legendItems(c: Classification | null, colors: readonly string[]): LegendItem[] {
  const items: LegendItem[] = [];
  if (c) {
    const bounds = classBounds(c);
    for (let i = 0; i < c.counts.length; i++) {
      items.push({ cls: i, color: colors[i] ?? colors[colors.length - 1]!, from: bounds[i]!.from, to: bounds[i]!.to, count: c.counts[i]! });
    }
  }
  const noData = c?.noData ?? 0;
  items.push({ cls: -1, color: NO_DATA_COLOR, from: null, to: null, count: noData });
  return items;
}

/** The most decimals a legend ever shows (bounds closer than this are not told apart). */
const MAX_LEGEND_DIGITS = 6;

/** Decimals needed to write `v` exactly, at most `cap`. */
function decimalsOf(v: number, cap: number): number {
  for (let d = 0; d < cap; d++) if (Math.abs(v - Number(v.toFixed(d))) <= 1e-9 * Math.max(1, Math.abs(v))) return d;
  return cap;
}

function distinctAt(sorted: readonly number[], d: number): boolean {
  return new Set(sorted.map((v) => v.toFixed(d))).size === sorted.length;
}

/**
 * One number of decimals for every bound of a legend: as many as the most precise bound needs, up to the unit's
 * usual precision ("40,2% – 42,0%", not "40,2% – 42%"), and more when two different bounds would otherwise read the
 * same.
 */
export function legendDigits(items: readonly LegendItem[], unit: Unit): number {
  const bounds = [...new Set(items.flatMap((it) => [it.from, it.to]).filter((v): v is number => v !== null && Number.isFinite(v)))];
  bounds.sort((a, b) => a - b);
  const cap = unitDigits(unit);
  let d = bounds.reduce((m, b) => Math.max(m, decimalsOf(b, cap)), 0);
  while (d < MAX_LEGEND_DIGITS && !distinctAt(bounds, d)) d++;
  return d;
}

/**
 * A row's text: "40,2% – 42,0%", a single value when the class holds one value only (Jenks puts an outlier in a class
 * of its own: "405 × €1.000", not "405 – 405"), or the no-data label.
 */
export function legendLabel(lang: Lang, it: LegendItem, unit: Unit, digits: number): string {
  if (it.label !== undefined) return it.label;
  if (it.cls < 0 || it.from === null || it.to === null) return t(lang, 'noData');
  const from = formatValue(lang, it.from, unit, digits);
  const to = formatValue(lang, it.to, unit, digits);
  return from === to ? from : `${from} – ${to}`;
}

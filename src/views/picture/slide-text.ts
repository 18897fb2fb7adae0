/** The texts on a map slide: subtitle (year and area) and the legend rows, in the UI language. Pure. */
import { formatNumber, LEVEL_WORD_STRINGS, type Lang } from '../../app/i18n';
import type { Unit } from '../../data/variables';
import { legendDigits, legendLabel, type LegendItem } from '../map/legend-items';
import type { SlideLegendRow } from './slide-layout';
import { tp } from './strings';

/** "2022 · Amsterdam, wijken" / "2022 · Nederland, gemeenten". */
export function slideSubtitle(lang: Lang, year: number, level: string, areaName: string | null): string {
  const words = LEVEL_WORD_STRINGS[level]?.[lang] ?? level;
  return `${year} · ${areaName ?? tp(lang, 'netherlands')}, ${words}`;
}

export function legendRows(lang: Lang, items: readonly LegendItem[], unit: Unit): SlideLegendRow[] {
  const digits = legendDigits([...items], unit);
  return items.map((it) => ({
    color: it.color,
    label: legendLabel(lang, it, unit, digits),
    count: formatNumber(lang, it.count, 0),
    noData: it.cls < 0,
  }));
}

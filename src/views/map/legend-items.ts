/** Legend rows from a classification: bounds, colour and count per class, plus the no-data row. Pure. */
import { classBounds, type Classification } from '../../engine/classify';
import { NO_DATA_COLOR } from './palette';

export interface LegendItem {
  /** Class index, or -1 for no data. */
  cls: number;
  color: string;
  from: number | null;
  to: number | null;
  count: number;
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

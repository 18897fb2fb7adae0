/** The scale chart's data: a gemeente's index over its wijken and over its buurten, its colours and sort orders. */
import type { Lang } from '../../app/i18n';

export interface ScaleItem {
  code: string;
  name: string;
  wijk: number | null;
  buurt: number | null;
}

export type ScaleSort = 'buurt' | 'wijk' | 'gap' | 'name';
export const SORTS: readonly ScaleSort[] = ['buurt', 'wijk', 'gap', 'name'];

export const SCALE_COLORS = { wijk: '#6a51a3', buurt: '#e6550d' } as const;

/** High → low on the buurt or wijk value or on the gap (buurt − wijk), ties by name; or by name. */
export function sortScaleItems(items: readonly ScaleItem[], by: ScaleSort, lang: Lang): ScaleItem[] {
  const key = (d: ScaleItem): number =>
    by === 'buurt' ? (d.buurt ?? -Infinity) : by === 'wijk' ? (d.wijk ?? -Infinity) : (d.buurt ?? 0) - (d.wijk ?? 0);
  return items
    .slice()
    .sort((a, b) => (by === 'name' ? a.name.localeCompare(b.name, lang) : key(b) - key(a) || a.name.localeCompare(b.name, lang)));
}

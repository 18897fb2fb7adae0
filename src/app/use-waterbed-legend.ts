/**
 * Waterbed mode's map key: while a comparison is shown, units outside it become a class of their own on the map and
 * in the legend ("Niet in de vergelijking"), and the ring outlines get a key. Outside waterbed mode (or before a
 * comparison) the legend and classes pass through unchanged.
 */
import { useMemo } from 'react';
import type { Ring } from '../engine/waterbed';
import type { WaterbedResult } from '../pipeline/waterbed';
import type { LegendItem } from '../views/map/legend-items';
import { ringKey, waterbedLegend, type RingKeyEntry } from '../views/waterbed/map-key-model';
import { ringLabel } from '../views/waterbed/waterbed-model';
import type { Lang } from './i18n';
import { tw, type WaterbedKey } from './i18n-waterbed';

export interface WaterbedLegendArgs {
  lang: Lang;
  /** Ring per unit code on the map (targets only before a result); null outside waterbed mode. */
  rings: ReadonlyMap<string, Ring> | null;
  /** A comparison is shown: the units in `rings` are the comparison. */
  compared: boolean;
  /** The ordinary comparison's result (for its own ring names); null for an index comparison. */
  result: WaterbedResult | null;
  marked: ReadonlySet<string> | null;
  items: LegendItem[];
  classes: Map<string, number> | null;
  colors: readonly string[];
  /** Codes the legend counts when classes are over the view. */
  inView: readonly string[] | null;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function useWaterbedLegend(a: WaterbedLegendArgs): {
  items: LegendItem[];
  classes: Map<string, number> | null;
  colors: readonly string[];
  ringKey: RingKeyEntry[];
} {
  const { lang, rings, compared, result, marked, items, classes, colors, inView } = a;
  const legend = useMemo(
    () =>
      rings && compared
        ? waterbedLegend({
            items,
            classes,
            colors,
            comparison: new Set(rings.keys()),
            counted: inView ? new Set(inView) : null,
            outsideLabel: tw(lang, 'notInComparison'),
          })
        : null,
    [rings, compared, items, classes, colors, inView, lang],
  );
  const key = useMemo(() => {
    if (!rings) return [];
    const label = (r: Ring) => (result ? capital(ringLabel(result, r, lang)) : tw(lang, `key_${r}` as WaterbedKey));
    const warn = marked && marked.size ? { count: marked.size, label: tw(lang, 'key_marked') } : null;
    return ringKey(rings.values(), label, warn);
  }, [rings, result, marked, lang]);
  return legend ? { ...legend, ringKey: key } : { items, classes, colors, ringKey: key };
}

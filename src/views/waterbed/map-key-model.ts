/**
 * The waterbed map's key: units outside the comparison get a class of their own ("Niet in de vergelijking", a
 * neutral colour distinct from "Geen gegevens"), the legend counts are taken from the classes per unit (so the
 * no-data count holds only units inside the comparison), and the ring outlines get line swatches in the map's own
 * colours and widths (map-style.ts LINE_WIDTH; the dashed purple outline of WARN_LINE_PAINT). Pure.
 */
import type { Aggregate, Ring } from '../../engine/waterbed';
import type { LegendItem } from '../map/legend-items';
import { WARN_COLOR } from '../map/map-style';
import { RING_COLORS } from './waterbed-model';

/** Fill of units outside the comparison: a light warm grey, unlike the no-data grey (#c8c8c8) and the background. */
export const OUTSIDE_COLOR = '#ebe5d9';
/** Legend class of units outside the comparison. */
export const OUTSIDE_CLASS = -2;

export interface WaterbedLegendInput {
  items: readonly LegendItem[];
  /** Class per unit code (−1: no data). */
  classes: ReadonlyMap<string, number> | null;
  colors: readonly string[];
  /** Codes of the units in the comparison (target, rings, rest); null while no comparison is shown. */
  comparison: ReadonlySet<string> | null;
  /** The units the legend counts (the units in view when the classes are over the view); null: all. */
  counted: ReadonlySet<string> | null;
  /** The outside entry's text in the UI language. */
  outsideLabel: string;
}

export interface WaterbedLegend {
  items: LegendItem[];
  /** Classes for the map: outside units get the extra colour's index. */
  classes: Map<string, number> | null;
  colors: string[];
}

/** Legend and map classes with the units outside the comparison as a class of their own. */
export function waterbedLegend(input: WaterbedLegendInput): WaterbedLegend {
  const { items, classes, colors, comparison, counted } = input;
  if (!comparison || !classes) return { items: [...items], classes: classes ? new Map(classes) : null, colors: [...colors] };
  const outsideIndex = colors.length;
  const mapClasses = new Map<string, number>();
  const counts = new Map<number, number>();
  for (const [code, c] of classes) {
    const inside = comparison.has(code);
    mapClasses.set(code, inside ? c : outsideIndex);
    if (counted && !counted.has(code)) continue;
    const key = inside ? (c >= 0 ? c : -1) : OUTSIDE_CLASS;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const recounted = items.map((it) => ({ ...it, count: counts.get(it.cls < 0 ? -1 : it.cls) ?? 0 }));
  const outside: LegendItem = {
    cls: OUTSIDE_CLASS,
    color: OUTSIDE_COLOR,
    from: null,
    to: null,
    count: counts.get(OUTSIDE_CLASS) ?? 0,
    label: input.outsideLabel,
  };
  return { items: [...recounted, outside], classes: mapClasses, colors: [...colors, OUTSIDE_COLOR] };
}

export interface RingKeyEntry {
  id: Ring | 'marked';
  label: string;
  color: string;
  /** Line width in px, as the map draws it. */
  width: number;
  /** SVG dash pattern, or null for solid. */
  dash: string | null;
}

/** Outline widths per ring feature-state (map-style.ts LINE_WIDTH: target 3.5, ring 1 2.5, ring 2 2, rest 1.2). */
export const RING_LINE_WIDTH: Readonly<Record<Ring, number>> = { target: 3.5, ring1: 2.5, ring2: 2, rest: 1.2 };
/** The warning outline: width 2.5, dash [1.5, 1] in line widths. */
const WARN_WIDTH = 2.5;
const WARN_DASH = `${1.5 * WARN_WIDTH} ${1 * WARN_WIDTH}`;
const KEY_ORDER: readonly Ring[] = ['target', 'ring1', 'ring2', 'rest'];

/** Line swatches for the rings present on the map (in ring order) and, when some units are marked, the warning. */
export function ringKey(
  present: Iterable<Ring>,
  label: (ring: Ring) => string,
  marked: { count: number; label: string } | null,
): RingKeyEntry[] {
  const has = new Set(present);
  const out: RingKeyEntry[] = KEY_ORDER.filter((r) => has.has(r)).map((r) => ({
    id: r,
    label: label(r),
    color: RING_COLORS[r as Aggregate],
    width: RING_LINE_WIDTH[r],
    dash: null,
  }));
  if (marked && marked.count > 0) out.push({ id: 'marked', label: marked.label, color: WARN_COLOR, width: WARN_WIDTH, dash: WARN_DASH });
  return out;
}

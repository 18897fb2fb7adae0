/**
 * Restyling a ChoroplethMap through feature-state only (the geometry is uploaded once per level-year): the classes
 * (`cls`) and the marks (`dim` outside a brushed selection, `sel`, waterbed `ring`, `warn`). Each map remembers what
 * it last set per layer and feature, so a new answer sets only the features whose state changed, and an answer
 * equal to the shown one (e.g. the same classes recomputed) costs no pass and no repaint: it is reported as painted
 * at once. Marks segv:restyle-applied (feature-state set) and segv:painted (the frame after the map's idle, before
 * the app is told) on the primary map.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { Map as MlMap } from 'maplibre-gl';
import type { UnitCollection } from '../../app/data-service';
import type { ChoroplethMapProps } from './map-props';
import { fillColorExpression, fillLayerId, lineColorExpression, lineLayerId, RING_CODES, sourceId } from './map-style';
import { reportView, type MapInstance } from './use-map-instance';

/** Per map, per layer key: code → the state last set (a number, or a key of the marks). */
type Applied<T> = WeakMap<MlMap, Map<string, Map<string, T>>>;

function appliedFor<T>(applied: Applied<T>, map: MlMap, key: string): Map<string, T> {
  let perMap = applied.get(map);
  if (!perMap) applied.set(map, (perMap = new Map()));
  let perKey = perMap.get(key);
  if (!perKey) perMap.set(key, (perKey = new Map()));
  return perKey;
}

/** Sets a paint property only when it differs (a new expression makes MapLibre re-evaluate the layer); true if set. */
function setPaint(map: MlMap, layer: string, prop: 'fill-color' | 'line-color', value: unknown): boolean {
  if (JSON.stringify(map.getPaintProperty(layer, prop)) === JSON.stringify(value)) return false;
  map.setPaintProperty(layer, prop, value as never);
  return true;
}

/** The part of the map the feature-state passes use (MlMap, or a stand-in in tests). */
export interface StateSetter {
  setFeatureState(feature: { source: string; id: string }, state: Record<string, unknown>): void;
}

/**
 * Feature-state `cls` of every feature whose class differs from `prev` (updated); returns how many were set. With
 * `gemeente`, the layer is filtered to its units: the others are hidden and left as they are (a national wijk layer
 * opened in one gemeente sets its hundred wijken, not all three thousand; they get theirs when they are shown).
 */
export function setClasses(
  map: StateSetter,
  src: string,
  geometry: UnitCollection,
  classes: ReadonlyMap<string, number>,
  prev: Map<string, number>,
  gemeente: string | null = null,
): number {
  let n = 0;
  for (const f of geometry.features) {
    if (gemeente && f.properties.gemeente_code !== gemeente) continue;
    const code = f.properties.code;
    const cls = classes.get(code) ?? -1;
    if (prev.get(code) === cls) continue;
    map.setFeatureState({ source: src, id: code }, { cls });
    prev.set(code, cls);
    n++;
  }
  return n;
}

const UNMARKED = '0000';

export interface Marks {
  keep: ReadonlySet<string> | null;
  selected: string | null;
  rings?: ChoroplethMapProps['rings'];
  marked?: ReadonlySet<string> | null;
}

/**
 * Feature-state dim/sel/ring/warn of every feature whose marks differ from `prev` (updated); returns how many. A
 * feature never set is unmarked already (no state reads as no mark): it is set only when it gets a mark.
 */
export function setMarks(map: StateSetter, src: string, geometry: UnitCollection, m: Marks, prev: Map<string, string>): number {
  let n = 0;
  for (const f of geometry.features) {
    const code = f.properties.code;
    const ring = m.rings?.get(code);
    const state = {
      dim: m.keep ? !m.keep.has(code) : false,
      sel: code === m.selected,
      ring: ring ? RING_CODES[ring] : 0,
      warn: m.marked?.has(code) ?? false,
    };
    const id = `${+state.dim}${+state.sel}${state.ring}${+state.warn}`;
    if ((prev.get(code) ?? UNMARKED) === id) continue;
    map.setFeatureState({ source: src, id: code }, state);
    prev.set(code, id);
    n++;
  }
  return n;
}

/** The classes as feature-state `cls`; `setPainted(classes)` once they are on screen. */
export function useRestyle(
  m: MapInstance,
  props: ChoroplethMapProps,
  latest: RefObject<ChoroplethMapProps>,
  setPainted: (c: Map<string, number>) => void,
): void {
  const { mapRef, loaded, styleReady } = m;
  const { layerKey, geometry, classes, colors, gemeente } = props;
  const applied = useRef<Applied<number>>(new WeakMap());
  /** What the map has been told to show, and whether a repaint of it is still awaited. */
  const shown = useRef<{ map: MlMap; key: string; classes: Map<string, number>; waiting: boolean } | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !geometry || !classes || !loaded.current.has(layerKey)) return;
    const key = layerKey;
    let changed = setPaint(map, fillLayerId(key), 'fill-color', fillColorExpression(colors));
    changed = setClasses(map, sourceId(key), geometry, classes, appliedFor(applied.current, map, key), gemeente) > 0 || changed;
    const primary = latest.current.primary !== false;
    if (primary) performance.mark('segv:restyle-applied');
    const last = shown.current;
    changed ||= !last || last.map !== map || last.key !== key;
    const waiting = changed || (last?.waiting ?? false);
    shown.current = { map, key, classes, waiting };
    const tell = (cur: NonNullable<typeof shown.current>) => {
      latest.current.onRendered(cur.key);
      setPainted(cur.classes);
    };
    if (!waiting) {
      tell(shown.current); // already on screen
      if (primary) requestAnimationFrame(() => performance.mark('segv:painted'));
      return;
    }
    if (!changed) return; // the repaint awaited for the previous answer shows this one too
    map.once('idle', () => {
      const cur = shown.current;
      if (!cur || cur.map !== map) return;
      cur.waiting = false;
      // The frame is on screen at the next animation frame; the app's bookkeeping (loading state, link, loads that
      // waited for the paint) follows it there instead of delaying it.
      requestAnimationFrame(() => {
        if (primary) performance.mark('segv:painted');
        tell(cur);
        reportView(map, cur.key, latest.current.onViewCodes);
      });
    });
    map.triggerRepaint();
  }, [mapRef, loaded, latest, setPainted, layerKey, geometry, classes, colors, gemeente, styleReady]);
}

/** Fade units outside a brushed selection; outline the selected unit, waterbed rings and warnings (feature-state). */
export function useMarks(m: MapInstance, props: ChoroplethMapProps): void {
  const { mapRef, loaded, styleReady } = m;
  const { layerKey, geometry, emphasised: keep, selected, rings, ringColors, marked } = props;
  const applied = useRef<Applied<string>>(new WeakMap());
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !geometry || !loaded.current.has(layerKey)) return;
    const marks = { keep, selected, rings, marked };
    setMarks(map, sourceId(layerKey), geometry, marks, appliedFor(applied.current, map, layerKey));
    setPaint(map, lineLayerId(layerKey), 'line-color', lineColorExpression(ringColors));
  }, [mapRef, loaded, layerKey, geometry, keep, selected, rings, ringColors, marked, styleReady]);
}

/**
 * MapLibre choropleth. Geometry for a level/year is added as a source once and then only shown/hidden;
 * classes arrive as feature-state. Emits hover and click with the unit code. Knows nothing about DuckDB.
 * A layer the user will probably open next (`preload`, e.g. the wijken before a drill-down) is added hidden, so
 * MapLibre's worker has indexed it before it is needed. While the current view is not painted, a loading sign
 * shows after LOADING_DELAY_MS. Marks segv:restyle-applied (feature-state set) and segv:painted (the frame after
 * the map's idle) on the primary map. Keyboard: with the map focused, MapLibre's keys pan and zoom, a cross marks the
 * centre, a status line names the unit under it and Enter (or Space) picks it as a click would (useKeyboardPick).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { AttributionControl, Map as MlMap, NavigationControl, setWorkerUrl, type MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { bbox } from './bbox';
import type { UnitCollection } from '../../app/data-service';
import type { Lang } from '../../app/i18n';
import { applyMapLocale, documentLang, MAP_LOCALES } from './map-locale';
import { useKeyboardPick } from './use-keyboard-pick';
import {
  BLANK_STYLE,
  FILL_OPACITY,
  fillColorExpression,
  fillLayerId,
  LINE_COLOR,
  LINE_WIDTH,
  lineColorExpression,
  lineLayerId,
  RING_CODES,
  sourceId,
  WARN_LINE_PAINT,
  warnLayerId,
} from './map-style';

setWorkerUrl(workerUrl);

const NL_BOUNDS: [number, number, number, number] = [3.3, 50.75, 7.23, 53.58];

export interface HoverInfo {
  code: string;
  x: number;
  y: number;
}

export interface ChoroplethMapProps {
  /** e.g. "gemeente_2022"; one source per key. */
  layerKey: string;
  geometry: UnitCollection | null;
  /** code → class index (-1 no data). Undefined while values load. */
  classes: Map<string, number> | null;
  colors: readonly string[];
  /** Show only the wijken of this gemeente and zoom to it. */
  gemeente: string | null;
  credit: string;
  /** Language of MapLibre's controls; by default the page's <html lang>, followed when it changes. */
  lang?: Lang;
  ariaLabel: string;
  onHover: (h: HoverInfo | null) => void;
  onSelect: (code: string) => void;
  /** Called on the first idle after classes were applied (for the ready flag / timings). */
  onRendered: (layerKey: string) => void;
  /** Units to keep at full colour (a brushed selection); the others are faded. Null = none faded. */
  emphasised: ReadonlySet<string> | null;
  /** The selected unit, outlined. */
  selected: string | null;
  /** Codes of the units in the current view, after every move (for "classes over the units in view"). */
  onViewCodes: (codes: string[]) => void;
  /** Waterbed rings: code → ring, outlined in `ringColors`. */
  rings?: ReadonlyMap<string, 'target' | 'ring1' | 'ring2' | 'rest'> | null;
  ringColors?: Readonly<Record<string, string>>;
  /** Units drawn with a dashed warning outline (e.g. a waterbed unit whose boundary conversion does not fit). */
  marked?: ReadonlySet<string> | null;
  /** Zoom to these units when the list changes (e.g. a waterbed comparison's target, rings and rest). */
  focus?: readonly string[] | null;
  /** Side-by-side maps: the shared camera, and a callback when the user moves this map. */
  camera?: Camera | null;
  onCamera?: (c: Camera) => void;
  /** The map exposed to tests as window.__segvMap (default true; false for a second, synced map). */
  primary?: boolean;
  /** A layer to add hidden now, so that showing it later is quick. */
  preload?: { layerKey: string; geometry: UnitCollection } | null;
  /** Text of the loading sign. */
  loadingLabel?: string;
}

const LOADING_DELAY_MS = 300;

export interface Camera {
  center: [number, number];
  zoom: number;
}

/**
 * Keeps MapLibre's controls in the UI language: the credit (re-added when its text changes) and the controls' labels,
 * rewritten when `lang` or the page's <html lang> changes.
 */
function useMapLanguage(
  mapRef: RefObject<MlMap | null>,
  container: RefObject<HTMLDivElement | null>,
  attribution: RefObject<AttributionControl | null>,
  credit: string,
  lang: Lang | undefined,
) {
  const shownCredit = useRef(credit);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || shownCredit.current === credit) return;
    if (attribution.current) map.removeControl(attribution.current);
    attribution.current = new AttributionControl({ compact: false, customAttribution: credit });
    map.addControl(attribution.current, 'bottom-right');
    shownCredit.current = credit;
    if (container.current) applyMapLocale(container.current, lang ?? documentLang());
  }, [mapRef, container, attribution, credit, lang]);
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    applyMapLocale(el, lang ?? documentLang());
    if (lang) return;
    const observer = new MutationObserver(() => applyMapLocale(el, documentLang()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    return () => observer.disconnect();
  }, [container, lang]);
}

export function ChoroplethMap(props: ChoroplethMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MlMap | null>(null);
  const loaded = useRef<Set<string>>(new Set());
  const hovered = useRef<{ key: string; code: string } | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [styleReady, setStyleReady] = useState(false);
  /** The classes last painted: the view is loading while they are not the current ones. */
  const [painted, setPainted] = useState<Map<string, number> | null>(null);
  const loading = useDelayed(!props.geometry || !props.classes || painted !== props.classes, LOADING_DELAY_MS);
  const attribution = useRef<AttributionControl | null>(null);
  useMapLanguage(mapRef, container, attribution, props.credit, props.lang);
  const keyPick = useKeyboardPick(mapRef, latest, styleReady);

  // The map is created once; its initial credit and role come from the first props.
  useEffect(() => {
    if (!container.current) return;
    const init = latest.current;
    const loadedKeys = loaded.current;
    const map = new MlMap({
      container: container.current,
      style: BLANK_STYLE,
      bounds: NL_BOUNDS,
      attributionControl: false,
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      locale: MAP_LOCALES[init.lang ?? documentLang()],
    });
    attribution.current = new AttributionControl({ compact: false, customAttribution: init.credit });
    map.addControl(attribution.current, 'bottom-right');
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.on('load', () => setStyleReady(true));
    map.on('moveend', () => reportView(map, latest.current.layerKey, latest.current.onViewCodes));
    mapRef.current = map;
    if (init.primary !== false) (window as unknown as { __segvMap?: MlMap }).__segvMap = map;
    // A move is the user's when it carries their event; a wheel zoom animates without one, so a wheel on the map
    // marks the moves until it settles as the user's too (programmatic fits and syncs are never reported).
    let wheeling = false;
    map.getCanvasContainer().addEventListener('wheel', () => (wheeling = true), { passive: true });
    map.on('moveend', () => (wheeling = false));
    map.on('move', (e) => {
      if ((!wheeling && !(e as { originalEvent?: unknown }).originalEvent) || !latest.current.onCamera) return;
      const c = map.getCenter();
      latest.current.onCamera({ center: [c.lng, c.lat], zoom: map.getZoom() });
    });
    return () => {
      map.remove();
      mapRef.current = null;
      loadedKeys.clear();
    };
  }, []);

  // Add the source/layers for this level-year once; show it and hide the others. Without geometry for this key
  // (loading, or its download failed) every layer is hidden: never another year's boundaries under this legend.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    const key = props.geometry ? props.layerKey : null;
    const pre = props.preload;
    for (const [k, geometry] of [[key, props.geometry] as const, [pre?.layerKey, pre?.geometry] as const]) {
      if (!k || !geometry || loaded.current.has(k)) continue;
      addLayers(map, k, geometry, latest, hovered);
      loaded.current.add(k);
    }
    for (const k of loaded.current) {
      const vis = k === key ? 'visible' : 'none';
      map.setLayoutProperty(fillLayerId(k), 'visibility', vis);
      map.setLayoutProperty(lineLayerId(k), 'visibility', vis);
      map.setLayoutProperty(warnLayerId(k), 'visibility', vis);
    }
  }, [props.layerKey, props.geometry, props.preload, styleReady]);

  // Filter to one gemeente's wijken and zoom there (or back to the whole country).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !props.geometry || !loaded.current.has(props.layerKey)) return;
    const key = props.layerKey;
    const filter = props.gemeente ? (['==', ['get', 'gemeente_code'], props.gemeente] as const) : null;
    map.setFilter(fillLayerId(key), filter as never);
    map.setFilter(lineLayerId(key), filter as never);
    map.setFilter(warnLayerId(key), filter as never);
    if (props.gemeente) {
      const feats = props.geometry.features.filter((f) => f.properties.gemeente_code === props.gemeente);
      if (feats.length) {
        const [w, s, e, n] = bbox({ features: feats });
        map.fitBounds([w, s, e, n], { padding: 30, duration: 0 });
      }
    } else map.fitBounds(NL_BOUNDS, { padding: 10, duration: 0 });
  }, [props.layerKey, props.geometry, props.gemeente, styleReady]);

  // Follow the shared camera of a side-by-side pair.
  useEffect(() => {
    const map = mapRef.current;
    const c = props.camera;
    if (!map || !c) return;
    const cur = map.getCenter();
    if (Math.abs(cur.lng - c.center[0]) > 1e-9 || Math.abs(cur.lat - c.center[1]) > 1e-9 || Math.abs(map.getZoom() - c.zoom) > 1e-9) {
      map.jumpTo({ center: c.center, zoom: c.zoom });
    }
  }, [props.camera]);

  const focusKey = props.focus?.join(',') ?? '';
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !props.geometry || !focusKey) return;
    const want = new Set(focusKey.split(','));
    const feats = props.geometry.features.filter((f) => want.has(f.properties.code));
    if (feats.length) {
      const [w, s, e, n] = bbox({ features: feats });
      map.fitBounds([w, s, e, n], { padding: 30, duration: 0 });
    }
  }, [focusKey, props.geometry, styleReady]);

  // Restyle through feature-state only.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !props.geometry || !props.classes || !loaded.current.has(props.layerKey)) return;
    const key = props.layerKey;
    // The paint property only when the colours changed (a new expression makes MapLibre re-evaluate the layer).
    const fill = fillColorExpression(props.colors);
    if (JSON.stringify(map.getPaintProperty(fillLayerId(key), 'fill-color')) !== JSON.stringify(fill)) {
      map.setPaintProperty(fillLayerId(key), 'fill-color', fill);
    }
    const src = sourceId(key);
    for (const f of props.geometry.features) {
      map.setFeatureState({ source: src, id: f.properties.code }, { cls: props.classes.get(f.properties.code) ?? -1 });
    }
    const primary = latest.current.primary !== false;
    if (primary) performance.mark('segv:restyle-applied');
    const classes = props.classes;
    map.once('idle', () => {
      latest.current.onRendered(key);
      setPainted(classes);
      if (primary) requestAnimationFrame(() => performance.mark('segv:painted'));
      reportView(map, key, latest.current.onViewCodes);
    });
    map.triggerRepaint();
  }, [props.layerKey, props.geometry, props.classes, props.colors, styleReady]);

  // Fade units outside a brushed selection; outline the selected unit (feature-state only).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !props.geometry || !loaded.current.has(props.layerKey)) return;
    const src = sourceId(props.layerKey);
    const keep = props.emphasised;
    for (const f of props.geometry.features) {
      const code = f.properties.code;
      const ring = props.rings?.get(code);
      const warn = props.marked?.has(code) ?? false;
      map.setFeatureState(
        { source: src, id: code },
        { dim: keep ? !keep.has(code) : false, sel: code === props.selected, ring: ring ? RING_CODES[ring] : 0, warn },
      );
    }
    map.setPaintProperty(lineLayerId(props.layerKey), 'line-color', lineColorExpression(props.ringColors));
  }, [props.layerKey, props.geometry, props.emphasised, props.selected, props.rings, props.ringColors, props.marked, styleReady]);

  return (
    <div ref={container} className="map" role="region" aria-label={props.ariaLabel} aria-busy={loading || undefined}>
      {loading ? (
        <div className="map-loading" role="status">
          {props.loadingLabel ?? 'Laden… / Loading…'}
        </div>
      ) : null}
      {keyPick}
    </div>
  );
}

/** `flag`, but turning true only after it stayed true for `ms` (no flash for quick changes). */
function useDelayed(flag: boolean, ms: number): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!flag) {
      setLate(false);
      return;
    }
    const timer = setTimeout(() => setLate(true), ms);
    return () => clearTimeout(timer);
  }, [flag, ms]);
  return flag && late;
}

type Hovered = RefObject<{ key: string; code: string } | null>;

/** Source and layers (fill, outline, warning outline) of one level-year, with hover and click handlers. */
function addLayers(map: MlMap, key: string, geometry: UnitCollection, latest: RefObject<ChoroplethMapProps>, hovered: Hovered): void {
  map.addSource(sourceId(key), { type: 'geojson', data: geometry, promoteId: 'code' });
  map.addLayer({
    id: fillLayerId(key),
    type: 'fill',
    source: sourceId(key),
    paint: { 'fill-color': fillColorExpression(latest.current.colors), 'fill-opacity': FILL_OPACITY },
  });
  map.addLayer({
    id: lineLayerId(key),
    type: 'line',
    source: sourceId(key),
    paint: { 'line-color': LINE_COLOR, 'line-width': LINE_WIDTH },
  });
  map.addLayer({ id: warnLayerId(key), type: 'line', source: sourceId(key), paint: WARN_LINE_PAINT });
  const onMove = (e: { features?: MapGeoJSONFeature[]; point: { x: number; y: number } }) => {
    const f = e.features?.[0];
    const code = f ? String(f.properties.code) : null;
    setHover(map, hovered, code ? { key, code } : null);
    map.getCanvas().style.cursor = code ? 'pointer' : '';
    latest.current.onHover(code ? { code, x: e.point.x, y: e.point.y } : null);
  };
  map.on('mousemove', fillLayerId(key), onMove);
  map.on('mouseleave', fillLayerId(key), () => {
    setHover(map, hovered, null);
    map.getCanvas().style.cursor = '';
    latest.current.onHover(null);
  });
  map.on('click', fillLayerId(key), (e) => {
    const f = e.features?.[0];
    if (f) latest.current.onSelect(String(f.properties.code));
  });
}

function setHover(map: MlMap, ref: { current: { key: string; code: string } | null }, next: { key: string; code: string } | null): void {
  if (ref.current && (ref.current.code !== next?.code || ref.current.key !== next?.key)) {
    map.setFeatureState({ source: sourceId(ref.current.key), id: ref.current.code }, { hover: false });
  }
  if (next) map.setFeatureState({ source: sourceId(next.key), id: next.code }, { hover: true });
  ref.current = next;
}

function reportView(map: MlMap, key: string, cb: (codes: string[]) => void): void {
  if (!map.getLayer(fillLayerId(key))) return;
  const codes = new Set<string>();
  for (const f of map.queryRenderedFeatures({ layers: [fillLayerId(key)] })) codes.add(String(f.properties.code));
  cb([...codes]);
}

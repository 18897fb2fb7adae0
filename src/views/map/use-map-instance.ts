/**
 * The MapLibre map of a ChoroplethMap, created once (its initial credit, locale and role come from the first props),
 * with the controls, the view report after every move and the camera callback for the user's own moves.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { AttributionControl, Map as MlMap, NavigationControl } from 'maplibre-gl';
import { documentLang, MAP_LOCALES } from './map-locale';
import type { ChoroplethMapProps } from './map-props';
import { BLANK_STYLE, fillLayerId } from './map-style';

export const NL_BOUNDS: [number, number, number, number] = [3.3, 50.75, 7.23, 53.58];

export interface MapInstance {
  mapRef: RefObject<MlMap | null>;
  /** Layer keys whose source and layers are on the map. */
  loaded: RefObject<Set<string>>;
  attribution: RefObject<AttributionControl | null>;
  styleReady: boolean;
}

export function useMapInstance(container: RefObject<HTMLDivElement | null>, latest: RefObject<ChoroplethMapProps>): MapInstance {
  const mapRef = useRef<MlMap | null>(null);
  const loaded = useRef<Set<string>>(new Set());
  const attribution = useRef<AttributionControl | null>(null);
  const [styleReady, setStyleReady] = useState(false);
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
    followUserMoves(map, latest);
    return () => {
      map.remove();
      mapRef.current = null;
      loadedKeys.clear();
    };
  }, [container, latest]);
  return { mapRef, loaded, attribution, styleReady };
}

/**
 * A move is the user's when it carries their event; a wheel zoom animates without one, so a wheel on the map marks
 * the moves until it settles as the user's too (programmatic fits and syncs are never reported).
 */
function followUserMoves(map: MlMap, latest: RefObject<ChoroplethMapProps>): void {
  let wheeling = false;
  map.getCanvasContainer().addEventListener('wheel', () => (wheeling = true), { passive: true });
  map.on('moveend', () => (wheeling = false));
  map.on('move', (e) => {
    if ((!wheeling && !(e as { originalEvent?: unknown }).originalEvent) || !latest.current.onCamera) return;
    const c = map.getCenter();
    latest.current.onCamera({ center: [c.lng, c.lat], zoom: map.getZoom() });
  });
}

/** Codes of the units of layer `key` drawn in the current view. */
export function reportView(map: MlMap, key: string, cb: (codes: string[]) => void): void {
  if (!map.getLayer(fillLayerId(key))) return;
  const codes = new Set<string>();
  for (const f of map.queryRenderedFeatures({ layers: [fillLayerId(key)] })) codes.add(String(f.properties.code));
  cb([...codes]);
}

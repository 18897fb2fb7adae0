/**
 * The layers of a ChoroplethMap: one source per level-year, added once (the preloaded one too, so its boundaries are
 * indexed before they are asked for), with a fill, an outline and a warning outline while it is shown or parked
 * (layer-parking.ts); the gemeente filter and zoom, the shared camera of a side-by-side pair and the zoom to a list
 * of units (`focus`).
 */
import { useEffect, type RefObject } from 'react';
import type { FilterSpecification, LayerSpecification, Map as MlMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { UnitCollection } from '../../app/data-service';
import { bbox } from './bbox';
import { isDrawn, showLayer } from './layer-parking';
import type { ChoroplethMapProps } from './map-props';
import {
  FILL_OPACITY,
  fillColorExpression,
  fillLayerId,
  LINE_COLOR,
  LINE_WIDTH,
  layerIds,
  sourceId,
  TILE_BUFFER,
  WARN_LINE_PAINT,
} from './map-style';
import { NL_BOUNDS, type MapInstance } from './use-map-instance';

type Hovered = RefObject<{ key: string; code: string } | null>;

/**
 * Add the source of this level-year (and of the preloaded one) once; show its layers, park or remove the others.
 * Without geometry for this key (loading, or its download failed) no layer is drawn: never another year's boundaries
 * under this legend.
 */
export function useMapLayers(m: MapInstance, props: ChoroplethMapProps, latest: RefObject<ChoroplethMapProps>, hovered: Hovered): void {
  const { mapRef, loaded, styleReady } = m;
  const { layerKey, geometry, preload } = props;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady) return;
    const key = geometry ? layerKey : null;
    for (const [k, g] of [[key, geometry] as const, [preload?.layerKey, preload?.geometry] as const]) {
      if (!k || !g || loaded.current.has(k)) continue;
      addSource(map, k, g, latest, hovered);
      loaded.current.add(k);
    }
    showLayer(map, loaded.current, key, (k) => layersOf(k, latest));
  }, [mapRef, loaded, latest, hovered, layerKey, geometry, preload, styleReady]);
}

/** Filter to one gemeente's units and zoom there (or back to the whole country); follow `camera` and `focus`. */
export function useMapCamera(m: MapInstance, props: ChoroplethMapProps): void {
  const { mapRef, loaded, styleReady } = m;
  const { layerKey: key, geometry, gemeente, camera } = props;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !geometry || !loaded.current.has(key)) return;
    const filter = gemeente ? (['==', ['get', 'gemeente_code'], gemeente] as FilterSpecification) : undefined;
    for (const id of layerIds(key)) setFilter(map, id, filter);
    if (gemeente) fitTo(map, geometry, (code, gm) => gm === gemeente);
    // imported buurten cover only their gemeenten: show those, not the whole country
    else if (key.startsWith('buurt_')) fitTo(map, geometry, () => true);
    else map.fitBounds(NL_BOUNDS, { padding: 10, duration: 0 });
  }, [mapRef, loaded, key, geometry, gemeente, styleReady]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !camera) return;
    const cur = map.getCenter();
    const far = (a: number, b: number) => Math.abs(a - b) > 1e-9;
    if (far(cur.lng, camera.center[0]) || far(cur.lat, camera.center[1]) || far(map.getZoom(), camera.zoom)) {
      map.jumpTo({ center: camera.center, zoom: camera.zoom });
    }
  }, [mapRef, camera]);

  const focusKey = props.focus?.join(',') ?? '';
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !styleReady || !geometry || !focusKey) return;
    const want = new Set(focusKey.split(','));
    fitTo(map, geometry, (code) => want.has(code));
  }, [mapRef, focusKey, geometry, styleReady]);
}

/**
 * A layer's filter, set only when it differs: MapLibre reloads the source's tiles on every filter change, and it
 * counts null as a change from none (undefined), so "no filter" is passed as undefined.
 */
function setFilter(map: MlMap, id: string, filter: FilterSpecification | undefined): void {
  if (JSON.stringify(map.getFilter(id) ?? null) !== JSON.stringify(filter ?? null)) map.setFilter(id, filter);
}

function fitTo(map: MlMap, geometry: UnitCollection, keep: (code: string, gemeente: string | undefined) => boolean): void {
  const feats = geometry.features.filter((f) => keep(f.properties.code, f.properties.gemeente_code));
  if (!feats.length) return;
  const [w, s, e, n] = bbox({ features: feats });
  map.fitBounds([w, s, e, n], { padding: 30, duration: 0 });
}

/** The layers of one level-year (`layerIds`), bottom to top: fill, outline, warning outline. */
function layersOf(key: string, latest: RefObject<ChoroplethMapProps>): LayerSpecification[] {
  const source = sourceId(key);
  const [fill, line, warn] = layerIds(key);
  return [
    { id: fill, type: 'fill', source, paint: { 'fill-color': fillColorExpression(latest.current.colors), 'fill-opacity': FILL_OPACITY } },
    { id: line, type: 'line', source, paint: { 'line-color': LINE_COLOR, 'line-width': LINE_WIDTH } },
    { id: warn, type: 'line', source, paint: WARN_LINE_PAINT },
  ];
}

/** The source of one level-year, with the hover and click handlers of its fill layer (whenever it is on the map). */
function addSource(map: MlMap, key: string, geometry: UnitCollection, latest: RefObject<ChoroplethMapProps>, hovered: Hovered): void {
  map.addSource(sourceId(key), { type: 'geojson', data: geometry, promoteId: 'code', buffer: TILE_BUFFER });
  // a parked layer (layer-parking.ts) still answers MapLibre's queries: only the drawn one reacts to the pointer
  const onMove = (e: { features?: MapGeoJSONFeature[]; point: { x: number; y: number } }) => {
    if (!isDrawn(map, key)) return;
    const f = e.features?.[0];
    const code = f ? String(f.properties.code) : null;
    setHover(map, hovered, code ? { key, code } : null);
    map.getCanvas().style.cursor = code ? 'pointer' : '';
    latest.current.onHover(code ? { code, x: e.point.x, y: e.point.y } : null);
  };
  map.on('mousemove', fillLayerId(key), onMove);
  map.on('mouseleave', fillLayerId(key), () => {
    if (!isDrawn(map, key)) return;
    setHover(map, hovered, null);
    map.getCanvas().style.cursor = '';
    latest.current.onHover(null);
  });
  map.on('click', fillLayerId(key), (e) => {
    const f = e.features?.[0];
    if (f && isDrawn(map, key)) latest.current.onSelect(String(f.properties.code));
  });
}

function setHover(map: MlMap, ref: Hovered, next: { key: string; code: string } | null): void {
  if (ref.current && (ref.current.code !== next?.code || ref.current.key !== next?.key)) {
    map.setFeatureState({ source: sourceId(ref.current.key), id: ref.current.code }, { hover: false });
  }
  if (next) map.setFeatureState({ source: sourceId(next.key), id: next.code }, { hover: true });
  ref.current = next;
}

/**
 * Which level-year layers a ChoroplethMap has: one shown; the one shown before it "parked" — still on the map but
 * at layer opacity 0, which MapLibre skips when drawing, so its tiles stay ready — for as long as the view needs
 * nearly the same tiles; the others removed (their sources stay, so the boundaries are never uploaded twice).
 *
 * Why not `visibility: none`: MapLibre reloads a source's tiles on any layout change of one of its layers, and
 * empties that source's tile cache. Hiding a layer that way makes MapLibre's worker lay out again every tile in
 * view, only to throw the result away (MapLibre aborts the reloads before it has sent them, which does not stop
 * them), and showing it again cuts every tile anew. Removing a layer reloads nothing;
 * showing a parked layer is a change of a data-constant paint property: no worker work, one frame (a year switch
 * back and forth, the same waterbed comparison again). A parked layer keeps its source in use, so a camera move
 * cuts its tiles for the new view too: it is removed as soon as the view needs other tiles than a few at its edges
 * (another tile zoom, or a move beyond a quarter of the view it was parked in).
 */
import type { LayerSpecification, Map as MlMap } from 'maplibre-gl';
import { fillLayerId, layerIds } from './map-style';

/** West, south, east, north and zoom of a view. */
type View = [number, number, number, number, number];

interface Parking {
  shown: string | null;
  parked: string | null;
  /** The view the parked layer's tiles were cut for. */
  view: View | null;
}

const state = new WeakMap<MlMap, Parking>();

function viewOf(map: MlMap): View {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth(), map.getZoom()];
}

/** Whether `now` needs nearly the tiles of `parked`: the same tile zoom, within a quarter of its size around it. */
export function nearView(parked: View, now: View): boolean {
  const [w, s, e, n, z] = parked;
  const dx = (e - w) / 4;
  const dy = (n - s) / 4;
  const within = now[0] >= w - dx && now[2] <= e + dx && now[1] >= s - dy && now[3] <= n + dy;
  return within && Math.floor(now[4]) === Math.floor(z);
}

function setDrawn(map: MlMap, key: string, drawn: boolean): void {
  const opacity = drawn ? undefined : 0; // undefined: MapLibre's default, 1
  const [fill, line, warn] = layerIds(key);
  const props = [
    [fill, 'fill-layer-opacity'],
    [line, 'line-layer-opacity'],
    [warn, 'line-layer-opacity'],
  ] as const;
  for (const [id, prop] of props) if (map.getPaintProperty(id, prop) !== opacity) map.setPaintProperty(id, prop, opacity);
}

function remove(map: MlMap, key: string): void {
  for (const id of layerIds(key)) if (map.getLayer(id)) map.removeLayer(id);
}

function parkingOf(map: MlMap): Parking {
  let p = state.get(map);
  if (!p) {
    const fresh: Parking = { shown: null, parked: null, view: null };
    state.set(map, (p = fresh));
    // Checked once the task's moves are done: a new layer is fitted to the country, then to its focus, in one task.
    let pending = false;
    const check = () => {
      pending = false;
      if (fresh.parked && fresh.view && !nearView(fresh.view, viewOf(map))) {
        remove(map, fresh.parked);
        fresh.parked = fresh.view = null;
      }
    };
    map.on('move', () => {
      if (!fresh.parked || pending) return;
      pending = true;
      queueMicrotask(check);
    });
  }
  return p;
}

/**
 * Show layer `key` (null: none) of the level-years on the map (`loaded`, their sources added), adding its layers
 * (`layers(key)`, bottom to top) unless they are there; park the one shown until now and remove the others.
 */
export function showLayer(
  map: MlMap,
  loaded: ReadonlySet<string>,
  key: string | null,
  layers: (key: string) => LayerSpecification[],
): void {
  const p = parkingOf(map);
  const view = viewOf(map);
  const parked = p.parked && p.view && nearView(p.view, view) ? p.parked : null;
  // the same layer again (a re-render) keeps the parked one; a new one parks the one shown until now (or, after a
  // moment without any, the one parked then)
  let park = key === p.shown ? parked : (p.shown ?? parked);
  if (park === key || (park !== null && !loaded.has(park))) park = null;
  for (const k of loaded) {
    if (k === park) setDrawn(map, k, false);
    else if (k !== key) remove(map, k);
  }
  if (key && map.getLayer(fillLayerId(key))) setDrawn(map, key, true);
  else if (key) for (const spec of layers(key)) map.addLayer(spec);
  p.view = park === null ? null : park === p.parked ? p.view : view;
  p.shown = key;
  p.parked = park;
}

/** Whether layer `key` is drawn: on the map and not parked (a parked layer still answers MapLibre's queries). */
export function isDrawn(map: MlMap, key: string): boolean {
  const id = fillLayerId(key);
  return map.getLayer(id) !== undefined && map.getPaintProperty(id, 'fill-layer-opacity') !== 0;
}

/**
 * The physical floors of the app's figures on this machine, each doing the least MapLibre (or DuckDB) work the
 * app's counterpart does, and nothing else:
 * - first paint: start MapLibre, fetch the gemeente boundaries (the same TopoJSON the app uses) and draw them as one
 *   fill layer coloured by feature-state, with an outline. floor:idle at the first idle, floor:painted one frame
 *   later (the app's segv:first-choropleth counterpart).
 * - restyle (`floor:restyle`): new classes for every gemeente as feature-state, to the painted frame.
 * - drill-down (`floor:drilldown`): the wijk layer, added hidden after the first paint as the app preloads it, shown
 *   filtered to Amsterdam and fitted to it (the gemeente layer hidden), to the painted frame.
 * - DuckDB (`?duckdb`, a page of its own): instantiate DuckDB-WASM with the app's own adapter from the start of the
 *   page, with nothing else loading (floor:duckdb-ready; the app's segv:duckdb-ready counterpart).
 * Each timed step is exposed as window.__floor.* and returns its ms (bench/bench-runs.ts drives them).
 */
import { Map as MlMap, setWorkerUrl, type FilterSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { bbox } from '../../src/views/map/bbox';
import { TILE_BUFFER } from '../../src/views/map/map-style';

interface Floor {
  restyle(): Promise<number>;
  drilldown(): Promise<number>;
}
declare global {
  interface Window {
    __floor?: Floor;
  }
}

setWorkerUrl(workerUrl);
const AMSTERDAM = 'GM0363';
const COLORS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];

async function startDuckDb(): Promise<void> {
  const { openBrowserDb } = await import('../../src/data/db/duckdb-browser');
  await openBrowserDb();
  performance.mark('floor:duckdb-ready');
}

const topology = (name: string) =>
  fetch(`./data/geo/${name}.topo.json`)
    .then((r) => r.json() as Promise<Topology>)
    .then((t) => feature(t, t.objects.units!) as unknown as GeoJSON.FeatureCollection);

/** ms from `change` (called at t0) to the frame after the map's next idle. */
function paintedAfter(map: MlMap, change: () => void): Promise<number> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    change();
    map.once('idle', () => requestAnimationFrame(() => resolve(performance.now() - t0)));
    map.triggerRepaint();
  });
}

function startMap(): void {
  const gemeenten = topology('gemeente_2022');
  const map = new MlMap({
    container: 'map',
    style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f4f2' } }] },
    bounds: [3.3, 50.75, 7.23, 53.58],
    attributionControl: false,
    fadeDuration: 0,
  });
  const fillColor = [
    'match',
    ['coalesce', ['feature-state', 'cls'], -1],
    0,
    COLORS[0],
    1,
    COLORS[1],
    2,
    COLORS[2],
    3,
    COLORS[3],
    4,
    COLORS[4],
    '#ccc',
  ];
  const addLayers = (id: string, data: GeoJSON.FeatureCollection, visibility: 'visible' | 'none') => {
    map.addSource(id, { type: 'geojson', data, promoteId: 'code', buffer: TILE_BUFFER });
    map.addLayer({
      id: `${id}-fill`,
      type: 'fill',
      source: id,
      layout: { visibility },
      paint: { 'fill-color': fillColor as never, 'fill-opacity': 0.85 },
    });
    map.addLayer({
      id: `${id}-line`,
      type: 'line',
      source: id,
      layout: { visibility },
      paint: { 'line-color': '#fff', 'line-width': 0.5 },
    });
  };
  map.on('load', async () => {
    const g = await gemeenten;
    const codes = g.features.map((f) => String(f.properties!.code));
    addLayers('gemeente', g, 'visible');
    codes.forEach((code, i) => map.setFeatureState({ source: 'gemeente', id: code }, { cls: i % 5 }));
    map.once('idle', async () => {
      performance.mark('floor:idle');
      requestAnimationFrame(() => performance.mark('floor:painted'));
      const wijken = await topology('wijk_2022'); // preloaded after the first paint, as the app does
      addLayers('wijk', wijken, 'none');
      let round = 0;
      window.__floor = {
        restyle: () =>
          paintedAfter(map, () =>
            codes.forEach((code, i) => map.setFeatureState({ source: 'gemeente', id: code }, { cls: (i + ++round) % 5 })),
          ),
        drilldown: () =>
          paintedAfter(map, () => {
            const filter: FilterSpecification = ['==', ['get', 'gemeente_code'], AMSTERDAM];
            for (const l of ['wijk-fill', 'wijk-line']) {
              map.setFilter(l, filter);
              map.setLayoutProperty(l, 'visibility', 'visible');
            }
            for (const l of ['gemeente-fill', 'gemeente-line']) map.setLayoutProperty(l, 'visibility', 'none');
            const [w, s, e, n] = bbox({ features: wijken.features.filter((f) => f.properties!.gemeente_code === AMSTERDAM) });
            map.fitBounds([w, s, e, n], { padding: 30, duration: 0 });
          }),
      };
    });
  });
}

if (new URLSearchParams(location.search).has('duckdb')) void startDuckDb();
else startMap();

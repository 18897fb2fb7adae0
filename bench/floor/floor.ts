/**
 * The physical floor for the first choropleth: a page that does nothing but start MapLibre, fetch the gemeente
 * boundaries (the same TopoJSON the app uses) and draw them as one fill layer. Marks floor:idle at the first idle
 * with the layer, and floor:painted one animation frame later (the app's first-choropleth counterpart).
 */
import { Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

setWorkerUrl(workerUrl);
const topo = fetch('./data/geo/gemeente_2022.topo.json').then((r) => r.json() as Promise<Topology>);
const map = new MlMap({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f4f2' } }] },
  bounds: [3.3, 50.75, 7.23, 53.58],
  attributionControl: false,
  fadeDuration: 0,
});
map.on('load', async () => {
  const t = await topo;
  map.addSource('units', { type: 'geojson', data: feature(t, t.objects.units!), promoteId: 'code' });
  map.addLayer({ id: 'fill', type: 'fill', source: 'units', paint: { 'fill-color': '#6a9fcb', 'fill-opacity': 0.85 } });
  map.addLayer({ id: 'line', type: 'line', source: 'units', paint: { 'line-color': '#fff', 'line-width': 0.5 } });
  map.once('idle', () => {
    performance.mark('floor:idle');
    requestAnimationFrame(() => performance.mark('floor:painted'));
  });
});

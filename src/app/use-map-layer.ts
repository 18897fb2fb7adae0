/**
 * The map's data needs for the current view: the boundary layer of the level/year and the values of the chosen
 * indicator (and of the scatter's second indicator when the charts are open). Stale answers are dropped; a failure
 * of the current view is reported as a LoadFailure (until the next retry, `version`, loads it again).
 * On the gemeente map, once the first choropleth is painted, the wijk layer a click would open is loaded too
 * (`preload`), so a drill-down does not wait for its download and conversion.
 */
import { useEffect, useState } from 'react';
import type { UnitValue } from '../data/queries';
import type { DataService, LoadProgress, UnitCollection } from './data-service';
import { failureOf, type LoadFailure } from './load-errors';
import { indexYear } from './use-indices';
import type { ViewState } from './url-state';

export interface MapLayerData {
  layerKey: string;
  /** Null while loading and when the layer of this view failed (the map then shows no old layer). */
  geometry: UnitCollection | null;
  rows: UnitValue[] | null;
  yRows: UnitValue[] | null;
  /** What failed for the current view (boundaries, values). */
  failures: LoadFailure[];
  /** The layer a drill-down would show, loaded in the background (null until then, and off the gemeente map). */
  preload: { layerKey: string; geometry: UnitCollection } | null;
}

interface Keyed<T> {
  key: string;
  value: T;
}

/** `value` when it belongs to `key`. */
const current = <T>(k: Keyed<T> | null, key: string): T | null => (k?.key === key ? k.value : null);

function useValues(
  service: DataService,
  s: ViewState,
  variable: string | null,
  version: number,
): { rows: UnitValue[] | null; failure: LoadFailure | null } {
  const { level, year } = s;
  const gemeente = s.gemeente ?? undefined;
  const key = `${level}_${year}|${variable}|${gemeente ?? ''}`;
  // Decoded values answer in the render of the switch itself, so the classes follow in the same task (the service
  // returns the same array while the answer is the same).
  const now = variable ? service.valuesNow(level, year, variable, gemeente) : null;
  const [rows, setRows] = useState<Keyed<UnitValue[]> | null>(null);
  const [failure, setFailure] = useState<Keyed<LoadFailure> | null>(null);
  useEffect(() => {
    if (!variable || now) return;
    let live = true;
    service.values(level, year, variable, gemeente).then(
      (r) => live && setRows({ key, value: r }),
      (e: unknown) => live && setFailure({ key: `${key}#${version}`, value: failureOf(e, { resource: 'stats', level }) }),
    );
    return () => {
      live = false;
    };
  }, [service, level, year, variable, gemeente, key, version, now]);
  return { rows: now ?? current(rows, key), failure: variable && !now ? current(failure, `${key}#${version}`) : null };
}

/** The wijk layer of `year` once the first choropleth is painted (failures are left to the drill-down itself). */
function usePreload(service: DataService, year: number | null): MapLayerData['preload'] {
  const [layer, setLayer] = useState<MapLayerData['preload']>(null);
  useEffect(() => {
    if (year === null || !service.hasGeometry('wijk', year)) return;
    let live = true;
    service
      .whenPainted()
      .then(() => service.geometry('wijk', year))
      .then(
        (geometry) => live && setLayer({ layerKey: `wijk_${year}`, geometry }),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [service, year]);
  return layer;
}

export function useMapLayer(service: DataService, s: ViewState, onProgress: (p: LoadProgress) => void, version: number): MapLayerData {
  const layerKey = service.imported.layerKey(s.level, s.year); // `level_year`; an imported layer's changes add `_r<n>`
  // A layer already converted (the start-up layer, a preloaded wijk layer) renders with the switch itself.
  const now = service.geometryNow(s.level, s.year);
  const [geometry, setGeometry] = useState<Keyed<UnitCollection> | null>(null);
  const [geoFailure, setGeoFailure] = useState<Keyed<LoadFailure> | null>(null);
  useEffect(() => {
    if (now) return;
    let live = true;
    service.geometry(s.level, s.year).then(
      (fc) => {
        if (!live) return;
        performance.mark('segv:geometry');
        onProgress({ step: 'geometry', fraction: 1 });
        setGeometry({ key: layerKey, value: fc });
      },
      (e: unknown) =>
        live &&
        setGeoFailure({ key: `${layerKey}#${version}`, value: failureOf(e, { resource: 'geometry', level: s.level, year: s.year }) }),
    );
    return () => {
      live = false;
    };
  }, [service, s.level, s.year, layerKey, onProgress, version, now]);
  const preload = usePreload(service, s.level === 'gemeente' && !s.gemeente ? indexYear(s.level, s.year) : null);
  const values = useValues(service, s, s.variable, version);
  const y = useValues(service, s, s.drawer === 'charts' ? s.yVariable : null, version);
  const failures = [now ? null : current(geoFailure, `${layerKey}#${version}`), values.failure, y.failure].filter(
    (f): f is LoadFailure => f !== null,
  );
  return { layerKey, geometry: now ?? current(geometry, layerKey), rows: values.rows, yRows: y.rows, failures, preload };
}

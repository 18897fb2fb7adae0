/**
 * The map's data needs for the current view: the boundary layer of the level/year and the values of the chosen
 * indicator (and of the scatter's second indicator when the charts are open). Stale answers are dropped.
 */
import { useEffect, useState } from 'react';
import type { UnitValue } from '../data/queries';
import type { DataService, LoadProgress, UnitCollection } from './data-service';
import type { Notice } from './i18n';
import type { ViewState } from './url-state';

export interface MapLayerData {
  layerKey: string;
  geometry: UnitCollection | null;
  rows: UnitValue[] | null;
  yRows: UnitValue[] | null;
}

function useValues(service: DataService, s: ViewState, variable: string | null, addNotice: (n: Notice) => void): UnitValue[] | null {
  const key = `${s.level}_${s.year}|${variable}|${s.gemeente ?? ''}`;
  const [rows, setRows] = useState<{ key: string; rows: UnitValue[] } | null>(null);
  useEffect(() => {
    if (!variable) return;
    let live = true;
    service
      .values(s.level, s.year, variable, s.gemeente ?? undefined)
      .then((r) => live && setRows({ key, rows: r }))
      .catch((e: unknown) => live && addNotice({ code: 'load_error', params: { message: String(e) } }));
    return () => {
      live = false;
    };
  }, [service, s.level, s.year, variable, s.gemeente, key, addNotice]);
  return rows?.key === key ? rows.rows : null;
}

export function useMapLayer(service: DataService, s: ViewState, addNotice: (n: Notice) => void, onProgress: (p: LoadProgress) => void): MapLayerData {
  const layerKey = `${s.level}_${s.year}`;
  const [geometry, setGeometry] = useState<{ key: string; fc: UnitCollection } | null>(null);
  useEffect(() => {
    let live = true;
    service
      .geometry(s.level, s.year)
      .then((fc) => {
        if (!live) return;
        performance.mark('segv:geometry');
        onProgress({ step: 'geometry', fraction: 1 });
        setGeometry({ key: layerKey, fc });
      })
      .catch((e: unknown) => live && addNotice({ code: 'load_error', params: { message: String(e) } }));
    return () => {
      live = false;
    };
  }, [service, s.level, s.year, layerKey, onProgress, addNotice]);
  const rows = useValues(service, s, s.variable, addNotice);
  const yRows = useValues(service, s, s.drawer === 'charts' ? s.yVariable : null, addNotice);
  return { layerKey, geometry: geometry?.key === layerKey ? geometry.fc : null, rows, yRows };
}

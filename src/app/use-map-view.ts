/**
 * The map of the view: what it shows (indicator, location quotient, waterbed comparison or scenario change), its
 * classes, colours and legend (useMapContent), the camera (kept in the link) and the map's reports (painted, units
 * in view); side by side for a waterbed comparison shown that way.
 */
import { useMemo, type Dispatch, type SetStateAction } from 'react';
import type { CatalogVariable } from '../data/catalog';
import type { DataService } from './data-service';
import type { ViewState } from './url-state';
import { useMapCamera } from './use-map-camera';
import { useMapContent } from './use-map-content';
import { useMapEvents } from './use-map-events';
import type { useExploreData } from './use-explore-data';
import type { useScenarioMode } from '../features/scenario/use-scenario-mode';
import type { useWaterbedMode } from './use-waterbed-mode';
import type { WaterbedResult } from '../pipeline/waterbed';

interface MapViewArgs {
  service: DataService;
  state: ViewState;
  setState: Dispatch<SetStateAction<ViewState>>;
  data: ReturnType<typeof useExploreData>;
  modes: {
    waterbed: boolean;
    sc: ReturnType<typeof useScenarioMode>;
    wb: ReturnType<typeof useWaterbedMode>;
    wbResult: WaterbedResult | null;
    lqMode: boolean;
  };
  variable: CatalogVariable;
}

export function useMapView({ service, state, setState, data, modes, variable }: MapViewArgs) {
  const { waterbed, sc, wb, wbResult, lqMode } = modes;
  const { groups, group, indices, reference } = data;
  // Side by side: the left map shows t0 with the same breaks and colours as t1 on the right.
  const sideBySide = !!wbResult && wb.mapView === 'side';
  const { camera, onUserCamera, painted } = useMapCamera(state.camera, setState, sideBySide);
  const { viewCodes, onViewCodes, onRendered } = useMapEvents(service, painted, {
    variable: state.variable,
    gemeente: state.gemeente,
    special: sc.mapKey ?? (wbResult ? wb.mapView : lqMode ? 'lq' : null),
    targets: wbResult ? wbResult.request.targets.join() : '',
  });
  // An imported buurt layer outside a gemeente (the waterbed at buurt level): classes and counts over its buurten,
  // not over every buurt of the country the statistics have.
  const geometry = data.layer.geometry;
  const layerCodes = useMemo(
    () => (state.level === 'buurt' && !state.gemeente && geometry ? geometry.features.map((f) => f.properties.code) : null),
    [state.level, state.gemeente, geometry],
  );
  const groupLabel = groups.find((g) => g.id === group)?.label[state.lang] ?? '';
  const nationalValue = lqMode ? 1 : (reference?.national.get(state.year)?.[state.variable] ?? null);
  const content = useMapContent({
    lang: state.lang,
    rows: data.layer.rows,
    variable,
    cls: state.cls,
    lq: lqMode ? indices.local!.values : null,
    groupLabel,
    wb: waterbed ? wb : null,
    sc,
    nationalValue,
    inView: state.cls.scope === 'view' ? viewCodes : layerCodes,
  });
  return { sideBySide, camera, onUserCamera, onViewCodes, onRendered, groupLabel, content };
}

/**
 * The data of the explore view, asked of the data service: the map layer and its rows, the national reference, the
 * buurten (and the imported boundaries that make them mappable), the search index, the selected unit's detail, the
 * pinned comparison area and the segregation indices of the index year.
 */
import { useCallback, useMemo, type Dispatch, type SetStateAction } from 'react';
import { levelOfCode } from '../features/buurt/selection';
import { useBuurt } from '../features/buurt/use-buurt';
import { withBuurten } from '../features/buurt/use-buurt-rows';
import { useImportedBoundaries } from '../features/buurt/use-imported-boundaries';
import type { DataService, LoadProgress } from './data-service';
import type { Notice } from './i18n';
import { usePinned } from './use-compare';
import { groupsFor, indexYear, useIndices } from './use-indices';
import { useMapLayer } from './use-map-layer';
import { useDetail, useReference } from './use-reference';
import { useSearchIndex } from './use-search-index';
import type { ViewState } from './url-state';
import { useFirstPaint } from './use-first-paint';
import { isDiverging } from '../views/explore/palettes';

interface ExploreDataArgs {
  service: DataService;
  state: ViewState;
  setState: Dispatch<SetStateAction<ViewState>>;
  addNotice: (n: Notice) => void;
  onProgress: (p: LoadProgress) => void;
  version: number;
}

export function useExploreData({ service, state, setState, addNotice, onProgress, version }: ExploreDataArgs) {
  const catalog = service.catalog;
  const layer = useMapLayer(service, state, onProgress, version);
  const painted = useFirstPaint(service);
  // The national values centre a diverging palette on the national value; otherwise they are not part of the first
  // choropleth (reading every gemeente row takes 100–150 ms of the main thread here), so they wait for it.
  const centred = isDiverging(state.cls.palette) && state.cls.centre !== 'zero';
  const reference = useReference(service, version, painted || centred);
  const buurt = useBuurt(service, state, painted && reference !== null, version);
  const registration = useImportedBoundaries(service, buurt.identities, buurt.error !== null);
  const places = useSearchIndex(service, version);
  const search = useMemo(() => (places ? withBuurten(places.search, buurt.search) : null), [places, buurt.search]);
  const selectedLevel = levelOfCode(state.selected);
  const detail = useDetail(service, selectedLevel, state.selected, state.year, reference?.national, version);
  const unpinStale = useCallback(
    (n: Notice) => {
      addNotice(n);
      setState((s) => ({ ...s, compare: null }));
    },
    [addNotice, setState],
  );
  const pinned = usePinned(service, state.compare ?? null, state.year, version, unpinStale);
  // Indices: wijken of every gemeente in the wijk year closest to the map's year.
  const idxYear = indexYear(state.level, state.year);
  const groups = useMemo(() => groupsFor(catalog, idxYear), [catalog, idxYear]);
  const group = groups.some((g) => g.id === state.group) ? state.group : (groups[0]?.id ?? null);
  const indices = useIndices(service, idxYear, group, state.mode === 'scenario' ? null : state.gemeente, version);
  return { layer, reference, buurt, registration, search, selectedLevel, detail, pinned, idxYear, groups, group, indices };
}

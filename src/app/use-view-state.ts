/**
 * The view state (read from the URL once, then mirrored into it by useAppModel) and the page's transient state:
 * notices, the hovered unit, the unit hovered in a chart and the brushed units (cleared when the data change).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Catalog } from '../data/catalog';
import type { ClassificationSettings } from '../views/explore/classification-model';
import type { HoverInfo } from '../views/map/ChoroplethMap';
import type { Notice } from './i18n';
import { parseState, type ViewState } from './url-state';

/** Hovered unit; `t0` when it was hovered in the left (t0) map of a side-by-side pair. */
export type Hover = (HoverInfo & { t0?: boolean }) | null;

export function useViewState(catalog: Catalog) {
  const initial = useMemo(() => parseState(window.location.search, catalog), [catalog]);
  const [state, setState] = useState<ViewState>(initial.state);
  const [notices, setNotices] = useState<Notice[]>(initial.warnings);
  const [hover, setHover] = useState<Hover>(null);
  const [chartHover, setChartHover] = useState<string | null>(null);
  const [brushed, setBrushed] = useState<ReadonlySet<string> | null>(null);
  const setCls = useCallback((c: ClassificationSettings) => setState((s) => ({ ...s, cls: c })), []);
  const setClassesOpen = useCallback((open: boolean) => setState((s) => (s.classesOpen === open ? s : { ...s, classesOpen: open })), []);
  const addNotice = useCallback((n: Notice) => setNotices((ns) => [...ns.slice(-3), n]), []);
  const onHoverT0 = useCallback((hv: HoverInfo | null) => setHover(hv ? { ...hv, t0: true } : null), []);
  // A brush lives in the charts: clear it when they close or the data change.
  useEffect(() => setBrushed(null), [state.level, state.year, state.variable, state.gemeente, state.mapMode, state.drawer]);
  return {
    initial,
    state,
    setState,
    notices,
    setNotices,
    addNotice,
    hover,
    setHover,
    onHoverT0,
    chartHover,
    setChartHover,
    brushed,
    setBrushed,
    setCls,
    setClassesOpen,
  };
}

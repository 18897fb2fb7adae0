/**
 * The app's state and wiring: the view state (mirrored in the URL) → data service and engine worker → what the map
 * shows, its classes and legend → the props every view gets (AppLayout renders them). Only this layer talks to the
 * data service and the worker.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ClassificationSettings } from '../views/explore/classification-model';
import type { HoverInfo } from '../views/map/ChoroplethMap';
import type { DataService, LoadProgress, Progress } from './data-service';
import { useWaterbedMode } from './use-waterbed-mode';
import { useWaterbedView } from './use-waterbed-view';
import { useMapContent } from './use-map-content';
import { t, type Notice } from './i18n';
import type { ViewData } from '../features/export/view';
import { useCodeGuard } from './use-code-guard';
import { useCatalogGuard } from './use-catalog-guard';
import { detailOf, groupsFor, indexYear, useIndices } from './use-indices';
import { mergeFailures, useServiceStatus } from './use-load-status';
import { useMapLayer } from './use-map-layer';
import { useNavigation } from './use-navigation';
import { useDetail, useReference } from './use-reference';
import { usePinned } from './use-compare';
import { useSearchIndex } from './use-search-index';
import { parseState, serializeState, type ViewState } from './url-state';
import { useMapCamera } from './use-map-camera';
import { useMapEvents } from './use-map-events';
import { useSharing } from './use-sharing';
import { describeSelection, levelOfCode } from '../features/buurt/selection';
import { useBuurt } from '../features/buurt/use-buurt';
import { withBuurten } from '../features/buurt/use-buurt-rows';
import { useScenarioMode } from '../features/scenario/use-scenario-mode';
import { useImportedBoundaries } from '../features/buurt/use-imported-boundaries';
import { useBuurtMap } from '../features/buurt/use-buurt-map';

export interface AppProps {
  service: DataService;
  progress: Progress;
  onProgress: (p: LoadProgress) => void;
}

export function useAppModel({ service, progress, onProgress }: AppProps) {
  const catalog = service.catalog;
  const initial = useMemo(() => parseState(window.location.search, catalog), [catalog]);
  const [state, setState] = useState<ViewState>(initial.state);
  const [notices, setNotices] = useState<Notice[]>(initial.warnings);
  /** Hovered unit; `t0` when it was hovered in the left (t0) map of a side-by-side pair. */
  const [hover, setHover] = useState<(HoverInfo & { t0?: boolean }) | null>(null);
  const [chartHover, setChartHover] = useState<string | null>(null);
  const [brushed, setBrushed] = useState<ReadonlySet<string> | null>(null);
  const cls = state.cls;
  const setCls = useCallback((c: ClassificationSettings) => setState((s) => ({ ...s, cls: c })), []);
  const setClassesOpen = useCallback((open: boolean) => setState((s) => (s.classesOpen === open ? s : { ...s, classesOpen: open })), []);
  const lang = state.lang;
  // (an import removed a moment ago: its variable until useCatalogGuard replaces it)
  const variable = catalog.variables.find((v) => v.id === state.variable) ?? catalog.variables[0]!;
  const addNotice = useCallback((n: Notice) => setNotices((ns) => [...ns.slice(-3), n]), []);
  useCatalogGuard(catalog, state, setState, addNotice, setNotices);
  const { version, failures: serviceFailures } = useServiceStatus(service);

  const { layerKey, geometry, rows: baseRows, yRows, failures: layerFailures, preload } = useMapLayer(service, state, onProgress, version);
  const reference = useReference(service, version);
  const buurt = useBuurt(service, state, reference !== null, version);
  const registration = useImportedBoundaries(service, buurt.rows, buurt.error !== null);
  const places = useSearchIndex(service, version);
  const search = useMemo(() => (places ? withBuurten(places.search, buurt.search) : null), [places, buurt.search]);
  const selectedLevel = levelOfCode(state.selected);
  const detail = useDetail(service, selectedLevel, state.selected, state.year, reference?.national, version);
  const unpinStale = useCallback(
    (n: Notice) => {
      addNotice(n);
      setState((s) => ({ ...s, compare: null }));
    },
    [addNotice],
  );
  const pinned = usePinned(service, state.compare ?? null, state.year, version, unpinStale);

  // Indices: wijken of every gemeente in the wijk year closest to the map's year.
  const idxYear = indexYear(state.level, state.year);
  const groups = useMemo(() => groupsFor(catalog, idxYear), [catalog, idxYear]);
  const group = groups.some((g) => g.id === state.group) ? state.group : (groups[0]?.id ?? null);
  const indices = useIndices(service, idxYear, group, state.mode === 'scenario' ? null : state.gemeente, version);
  const waterbed = state.mode === 'waterbed';
  const scenarioMode = state.mode === 'scenario';
  const sc = useScenarioMode({ service, active: scenarioMode, state, setState, version });
  /** A mode with its own side panel and drawer. */
  const tool = waterbed || scenarioMode;
  const clearCamera = useCallback(() => setState((s) => (s.camera ? { ...s, camera: null } : s)), []);
  const wb = useWaterbedMode(service, waterbed, { link: initial.state.waterbed, onNotice: addNotice, onSubmit: clearCamera });
  const wbResult = waterbed ? wb.result : null;
  const lqMode = !tool && state.mapMode === 'lq' && !!state.gemeente && state.level === 'wijk' && indices.local !== null;

  // In waterbed mode the map shows the comparison's level, indicator and end year (all units of the level).
  useWaterbedView(
    waterbed ? { level: wb.level, variable: wb.form.indicator, year: wbResult?.request.to ?? wb.form.to } : null,
    state,
    setState,
    catalog,
  );

  // The link holds the live waterbed set-up (kept in useWaterbedMode).
  const wbLink = waterbed ? wb.link : null;
  const linkState = useMemo(() => ({ ...state, waterbed: wbLink }), [state, wbLink]);
  useEffect(() => {
    document.documentElement.lang = lang;
    window.history.replaceState(null, '', serializeState(linkState));
  }, [linkState, lang]);
  // A brush lives in the charts: clear it when they close or the data change.
  useEffect(() => setBrushed(null), [state.level, state.year, state.variable, state.gemeente, state.mapMode, state.drawer]);

  // Side by side: the left map shows t0 with the same breaks and colours as t1 on the right.
  const sideBySide = !!wbResult && wb.mapView === 'side';
  const { camera, onUserCamera, painted } = useMapCamera(state.camera, setState, sideBySide);
  const { viewCodes, onViewCodes, onRendered } = useMapEvents(service, painted, {
    variable: state.variable,
    gemeente: state.gemeente,
    special: sc.mapKey ?? (wbResult ? wb.mapView : lqMode ? 'lq' : null),
    targets: wbResult ? wbResult.request.targets.join() : '',
  });
  // What the map shows (indicator, location quotient, waterbed comparison or scenario change), its classes and legend.
  const groupLabel = groups.find((g) => g.id === group)?.label[lang] ?? '';
  const nationalValue = lqMode ? 1 : (reference?.national.get(state.year)?.[state.variable] ?? null);
  const content = useMapContent({
    lang,
    rows: baseRows,
    variable,
    cls,
    lq: lqMode ? indices.local!.values : null,
    groupLabel,
    wb: waterbed ? wb : null,
    sc,
    nationalValue,
    inView: cls.scope === 'view' ? viewCodes : null,
  });
  const { rows: shown, label: shownLabel, unit: shownUnit } = content.shown;
  const { classification, colors, classes, legend, wbKey, wbRings, byCode } = content;
  const onHoverT0 = useCallback((hv: HoverInfo | null) => setHover(hv ? { ...hv, t0: true } : null), []);

  const nameOf = useCallback((code: string) => byCode.get(code)?.name, [byCode]);
  const { update, openGemeente, select, onSearch } = useNavigation({
    catalog,
    state,
    setState,
    addNotice,
    waterbed: waterbed ? wb : null,
    scenario: scenarioMode ? sc : null,
    nameOf,
  });
  const buurtMap = useBuurtMap({ state, update, select, registration, gemeenteRows: buurt.gemeenteRows });
  useCodeGuard(service, state, version, (n, patch) => {
    addNotice(n);
    update(patch);
  });
  const gemeenteName = state.gemeente ? (baseRows?.find((r) => r.gemeente_code === state.gemeente)?.gemeente_name ?? state.gemeente) : null;
  const within = state.level === 'buurt' ? 'classesAllBuurten' : 'classesAllWijken';
  const scope = t(
    lang,
    cls.method === 'manual' ? 'classesManual' : cls.scope === 'view' ? 'classesInView' : state.gemeente ? within : 'classesCountry',
  );
  const hoveredRow = hover ? byCode.get(hover.code) : undefined;
  const hovered =
    hoveredRow && hover?.t0 && wbResult
      ? { ...hoveredRow, value: wbResult.units.find((u) => u.code === hover.code)?.t0 ?? null }
      : hoveredRow;
  const { record: detailRecord, problem: indicesProblem } = detailOf(lang, indices, state.gemeente, idxYear);
  // Load failures (shared loads, this view's layer and values, what the indices needed) for the error panel.
  const loadFailures = mergeFailures(
    serviceFailures,
    layerFailures,
    [indices.error, indices.detailError].filter((f) => f?.resource !== 'computation'),
  );
  const onNoticeAction = (n: Notice) => {
    setNotices((ns) => ns.filter((x) => x !== n));
    if (n.action) openGemeente(n.action.code);
  };
  const picked = describeSelection(
    lang,
    state.selected,
    { code: state.gemeente, name: gemeenteName },
    buurt.byCode,
    (code) => byCode.get(code)?.name,
    state.level === 'buurt',
  );
  const selectedName = picked.name;
  const wijkOfSelected = picked.wijk;
  const {
    embed: embedApi,
    story,
    addStoryStep,
  } = useSharing({
    catalog,
    state,
    setState,
    linkState,
    addNotice,
    update,
    select,
    selected: state.selected ? { code: state.selected, name: selectedName, value: byCode.get(state.selected)?.value ?? null } : null,
    hovered: hover ? { code: hover.code, name: hovered?.name ?? null, value: hovered?.value ?? null } : null,
    title: `${gemeenteName ? `${shownLabel}, ${gemeenteName}` : shownLabel} (${state.year})`,
  });

  const exportView = useMemo<ViewData | null>(
    () =>
      shown && classes
        ? {
            rows: shown,
            classes,
            classification,
            colors,
            label: shownLabel,
            unit: shownUnit,
            scope,
            shows: lqMode ? 'lq' : state.variable,
            year: state.year,
            level: state.level,
            gemeente: state.gemeente,
          }
        : null,
    [shown, classes, classification, colors, shownLabel, shownUnit, scope, lqMode, state.variable, state.year, state.level, state.gemeente],
  );
  return {
    addStoryStep,
    baseRows,
    brushed,
    buurt,
    buurtMap,
    camera,
    catalog,
    chartHover,
    classes,
    classification,
    cls,
    colors,
    detail,
    detailRecord,
    embedApi,
    exportView,
    gemeenteName,
    geometry,
    group,
    groupLabel,
    groups,
    hover,
    hovered,
    idxYear,
    indices,
    indicesProblem,
    lang,
    layerKey,
    legend,
    linkState,
    loadFailures,
    lqMode,
    notices,
    onHoverT0,
    onNoticeAction,
    onRendered,
    onSearch,
    onUserCamera,
    onViewCodes,
    openGemeente,
    picked,
    pinned,
    preload,
    progress,
    sc,
    scenarioMode,
    scope,
    search,
    select,
    selectedLevel,
    service,
    setBrushed,
    setChartHover,
    setClassesOpen,
    setCls,
    setHover,
    setNotices,
    shown,
    shownLabel,
    shownUnit,
    sideBySide,
    state,
    story,
    tool,
    update,
    variable,
    waterbed,
    wb,
    wbKey,
    wbResult,
    wbRings,
    wijkOfSelected,
    yRows,
  };
}

export type AppModel = ReturnType<typeof useAppModel>;

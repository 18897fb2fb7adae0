/**
 * The app's state and wiring: the view state (mirrored in the URL) → data service and engine worker → what the map
 * shows, its classes and legend → the props every view gets (AppLayout renders them). Only this layer talks to the
 * data service and the worker.
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { UnitValue } from '../data/queries';
import type { LoadFailure } from './load-errors';
import type { WaterbedResult } from '../pipeline/waterbed';
import type { DataService, LoadProgress, Progress } from './data-service';
import { useWaterbedMode } from './use-waterbed-mode';
import { useWaterbedView } from './use-waterbed-view';
import { t, type Notice } from './i18n';
import { useCodeGuard } from './use-code-guard';
import { useCatalogGuard } from './use-catalog-guard';
import { detailOf } from './use-indices';
import { mergeFailures, useServiceStatus } from './use-load-status';
import { useNavigation } from './use-navigation';
import { serializeState, type ViewState } from './url-state';
import { useSharing } from './use-sharing';
import { describeSelection } from '../features/buurt/selection';
import { useScenarioMode } from '../features/scenario/use-scenario-mode';
import { useBuurtMap } from '../features/buurt/use-buurt-map';
import { useExploreData } from './use-explore-data';
import { useMapView } from './use-map-view';
import { useExportView } from './use-export-view';
import { useViewState, type Hover } from './use-view-state';

export interface AppProps {
  service: DataService;
  progress: Progress;
  onProgress: (p: LoadProgress) => void;
}

export function useAppModel({ service, progress, onProgress }: AppProps) {
  const catalog = service.catalog;
  const view = useViewState(catalog);
  const { state, setState, addNotice, setNotices, hover } = view;
  const cls = state.cls;
  const lang = state.lang;
  // (an import removed a moment ago: its variable until useCatalogGuard replaces it)
  const variable = catalog.variables.find((v) => v.id === state.variable) ?? catalog.variables[0]!;
  useCatalogGuard(catalog, state, setState, addNotice, setNotices);
  const { version, failures: serviceFailures } = useServiceStatus(service);
  const data = useExploreData({ service, state, setState, addNotice, onProgress, version });
  const { layer, indices } = data;
  const baseRows = layer.rows;

  const modes = useModes(service, view, version, indices.local !== null);
  const { wbResult, lqMode, linkState } = modes;

  const map = useMapView({ service, state, setState, data, modes, variable });
  const { content } = map;
  const { rows: shown, label: shownLabel, unit: shownUnit } = content.shown;
  const { classification, colors, classes, byCode } = content;

  const nav = useNavigationOf({ service, view, modes, data, byCode, version });
  const { update, select, openGemeente } = nav;
  const texts = viewTexts({ state, baseRows, hover, byCode, wbResult, data, serviceFailures });
  const { gemeenteName, hovered, picked } = texts;
  const onNoticeAction = (n: Notice) => {
    setNotices((ns) => ns.filter((x) => x !== n));
    if (n.action) openGemeente(n.action.code);
  };
  const sharing = useSharing({
    catalog,
    state,
    setState,
    linkState,
    addNotice,
    update,
    select,
    selected: state.selected ? { code: state.selected, name: picked.name, value: byCode.get(state.selected)?.value ?? null } : null,
    hovered: hover ? { code: hover.code, name: hovered?.name ?? null, value: hovered?.value ?? null } : null,
    title: `${gemeenteName ? `${shownLabel}, ${gemeenteName}` : shownLabel} (${state.year})`,
  });
  const exportView = useExportView({
    state,
    shown,
    classes,
    classification,
    colors,
    label: shownLabel,
    unit: shownUnit,
    scope: texts.scope,
    lq: lqMode,
  });
  return {
    ...view,
    ...data,
    ...modes,
    ...layer,
    ...map,
    ...content,
    ...texts,
    ...nav,
    ...sharing,
    baseRows,
    catalog,
    cls,
    exportView,
    lang,
    onNoticeAction,
    progress,
    service,
    shown,
    shownLabel,
    shownUnit,
    variable,
  };
}

interface NavigationArgs {
  service: DataService;
  view: ReturnType<typeof useViewState>;
  modes: ReturnType<typeof useModes>;
  data: ReturnType<typeof useExploreData>;
  byCode: ReadonlyMap<string, UnitValue>;
  version: number;
}

/** Moving through the view (pickers, drill-down, selection, search), the buurt map's, and links to units gone. */
function useNavigationOf({ service, view, modes, data, byCode, version }: NavigationArgs) {
  const { state, setState, addNotice } = view;
  const nameOf = useCallback((code: string) => byCode.get(code)?.name, [byCode]);
  const nav = useNavigation({
    catalog: service.catalog,
    state,
    setState,
    addNotice,
    waterbed: modes.waterbed ? modes.wb : null,
    scenario: modes.scenarioMode ? modes.sc : null,
    nameOf,
  });
  const { update, select } = nav;
  const buurtMap = useBuurtMap({ state, update, select, registration: data.registration, gemeenteRows: data.buurt.gemeenteRows });
  useCodeGuard(service, state, version, (n, patch) => {
    addNotice(n);
    update(patch);
  });
  return { ...nav, buurtMap };
}

/** The tools (waterbed comparison, scenario) and what they change of the view, and the link of the whole view. */
function useModes(service: DataService, view: ReturnType<typeof useViewState>, version: number, hasLocal: boolean) {
  const { initial, state, setState, addNotice } = view;
  const waterbed = state.mode === 'waterbed';
  const scenarioMode = state.mode === 'scenario';
  const sc = useScenarioMode({ service, active: scenarioMode, state, setState, version });
  /** A mode with its own side panel and drawer. */
  const tool = waterbed || scenarioMode;
  const clearCamera = useCallback(() => setState((s) => (s.camera ? { ...s, camera: null } : s)), [setState]);
  const wb = useWaterbedMode(service, waterbed, { link: initial.state.waterbed, onNotice: addNotice, onSubmit: clearCamera });
  const wbResult = waterbed ? wb.result : null;
  const lqMode = !tool && state.mapMode === 'lq' && !!state.gemeente && state.level === 'wijk' && hasLocal;
  // In waterbed mode the map shows the comparison's level, indicator and end year (all units of the level).
  useWaterbedView(
    waterbed ? { level: wb.level, variable: wb.form.indicator, year: wbResult?.request.to ?? wb.form.to } : null,
    state,
    setState,
    service.catalog,
  );
  // The link holds the live waterbed set-up (kept in useWaterbedMode).
  const wbLink = waterbed ? wb.link : null;
  const linkState = useMemo(() => ({ ...state, waterbed: wbLink }), [state, wbLink]);
  useEffect(() => {
    document.documentElement.lang = state.lang;
    window.history.replaceState(null, '', serializeState(linkState));
  }, [linkState, state.lang]);
  return { waterbed, scenarioMode, sc, tool, wb, wbResult, lqMode, linkState };
}

interface ViewTextArgs {
  state: ViewState;
  baseRows: readonly UnitValue[] | null;
  hover: Hover;
  byCode: ReadonlyMap<string, UnitValue>;
  wbResult: WaterbedResult | null;
  data: ReturnType<typeof useExploreData>;
  serviceFailures: readonly LoadFailure[];
}

/** What the panels say of the view: the gemeente's name, the classes' scope, the hovered and selected units, the
 * indices' detail or why there is none, and every load failure (shared loads, this view's layer, the indices). */
function viewTexts({ state, baseRows, hover, byCode, wbResult, data, serviceFailures }: ViewTextArgs) {
  const { lang } = state;
  const { indices, idxYear, buurt, layer } = data;
  const gemeenteName = state.gemeente ? (baseRows?.find((r) => r.gemeente_code === state.gemeente)?.gemeente_name ?? state.gemeente) : null;
  const { record: detailRecord, problem: indicesProblem } = detailOf(lang, indices, state.gemeente, idxYear);
  const indexFailures = [indices.error, indices.detailError].filter((f) => f?.resource !== 'computation');
  const names = (code: string) => byCode.get(code)?.name;
  const picked = describeSelection(
    lang,
    state.selected,
    { code: state.gemeente, name: gemeenteName },
    buurt.byCode,
    names,
    state.level === 'buurt',
  );
  return {
    gemeenteName,
    scope: scopeLabel(state),
    hovered: hoveredOf(hover, byCode, wbResult),
    detailRecord,
    indicesProblem,
    loadFailures: mergeFailures(serviceFailures, layer.failures, indexFailures),
    picked,
    wijkOfSelected: picked.wijk,
  };
}

/** The legend's line on which units the classes were computed over. */
function scopeLabel(state: ViewState): string {
  const { cls, lang } = state;
  const within = state.level === 'buurt' ? 'classesAllBuurten' : 'classesAllWijken';
  // A buurt map outside a gemeente is an imported layer: its classes are over its buurten (use-map-view.ts).
  const whole = state.level === 'buurt' ? 'classesImportedBuurten' : 'classesCountry';
  return t(lang, cls.method === 'manual' ? 'classesManual' : cls.scope === 'view' ? 'classesInView' : state.gemeente ? within : whole);
}

/** The hovered unit's row; in the start-year map of a side-by-side pair with its start-year value. */
function hoveredOf(hover: Hover, byCode: ReadonlyMap<string, UnitValue>, wbResult: WaterbedResult | null): UnitValue | undefined {
  const row = hover ? byCode.get(hover.code) : undefined;
  return row && hover?.t0 && wbResult ? { ...row, value: wbResult.units.find((u) => u.code === hover.code)?.t0 ?? null } : row;
}

export type AppModel = ReturnType<typeof useAppModel>;

/**
 * Wiring: the view state (mirrored in the URL) → data service and engine worker → classification → views.
 * Views get plain props; only the app layer talks to the data service and the worker.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClassificationSettings } from '../views/explore/classification-model';
import type { HoverInfo } from '../views/map/ChoroplethMap';
import { legendItems } from '../views/map/legend-items';
import { Tooltip } from '../views/map/Tooltip';
import { LoadingStatus } from '../views/panels/LoadingStatus';
import { Notices } from '../views/panels/Notices';
import { Pickers } from '../views/panels/Pickers';
import type { DataService, LoadProgress, Progress } from './data-service';
import { DrillHeader } from './DrillHeader';
import { ChoroplethMap, WaterbedDrawer, WaterbedSide } from './lazy-views';
import { useClasses, useShown } from './use-shown';
import { useWaterbedMode } from './use-waterbed-mode';
import { useWaterbedView } from './use-waterbed-view';
import { RING_COLORS } from '../views/waterbed/waterbed-model';
import { WaterbedMapKey } from '../views/waterbed/WaterbedMapKey';
import { useWaterbedLegend } from './use-waterbed-legend';
import { t, type Notice } from './i18n';
import { ShareSection } from './ShareSection';
import { ClassPanel } from './ClassPanel';
import { ExploreSide } from './ExploreSide';
import type { ViewData } from '../features/export/view';
import { T0Map } from './T0Map';
import { PresentOverlay } from './PresentOverlay';
import { ExploreDrawer } from './ExploreDrawer';
import { TopBar } from './TopBar';
import { useCodeGuard } from './use-code-guard';
import { useCatalogGuard } from './use-catalog-guard';
import { detailOf, groupsFor, indexYear, useIndices } from './use-indices';
import { mergeFailures, useServiceStatus } from './use-load-status';
import { useMapLayer } from './use-map-layer';
import { useNavigation } from './use-navigation';
import { useDetail, useReference } from './use-reference';
import { useSearchIndex } from './use-search-index';
import { parseState, serializeState, type ViewState } from './url-state';
import { useMapCamera } from './use-map-camera';
import { useSharing } from './use-sharing';
import { describeSelection, levelOfCode } from '../features/buurt/selection';
import { useBuurt } from '../features/buurt/use-buurt';
import { withBuurten } from '../features/buurt/use-buurt-rows';
import { ScenarioDrawer } from '../features/scenario/ScenarioDrawer';
import { ScenarioSide } from '../features/scenario/ScenarioSide';
import { fullUrl } from './share/embed-code';
import { MethodsOverlay } from '../features/explain/MethodsOverlay';
import { EmbedView } from './share/EmbedView';
import { useScenarioMode } from '../features/scenario/use-scenario-mode';
import { useImportedBoundaries } from '../features/buurt/use-imported-boundaries';
import { useBuurtMap } from '../features/buurt/use-buurt-map';
import { BuurtMapToggle } from '../features/buurt/BuurtMapToggle';

export function App({
  service,
  progress,
  onProgress,
}: {
  service: DataService;
  progress: Progress;
  onProgress: (p: LoadProgress) => void;
}) {
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
  const [viewCodes, setViewCodes] = useState<string[] | null>(null);
  const firstPaint = useRef(false);
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

  // What the map shows (indicator, location quotient, waterbed comparison or scenario change) and its classes.
  const groupLabel = groups.find((g) => g.id === group)?.label[lang] ?? '';
  const wbShown = useMemo(() => (wbResult ? { result: wbResult, view: wb.mapView } : null), [wbResult, wb.mapView]);
  const scShown = useMemo(
    () => (sc.mapValues ? { values: sc.mapValues, label: sc.mapLabel, breaks: sc.mapBreaks } : null),
    [sc.mapValues, sc.mapLabel, sc.mapBreaks],
  );
  const {
    rows: shown,
    label: shownLabel,
    unit: shownUnit,
    settings: effectiveCls,
  } = useShown({
    lang,
    rows: baseRows,
    variable,
    cls,
    lq: lqMode ? indices.local!.values : null,
    groupLabel,
    waterbed: wbShown,
    scenario: scShown,
  });
  const nationalValue = lqMode ? 1 : (reference?.national.get(state.year)?.[state.variable] ?? null);

  const { classification, colors, classes } = useClasses(shown, effectiveCls, cls.scope === 'view' ? viewCodes : null, nationalValue);
  const baseLegend = useMemo(() => legendItems(classification, colors), [classification, colors]);
  // Waterbed mode: units outside the comparison get an entry (and map colour) of their own; the rings a key.
  const wbRings = waterbed ? (wb.rings ?? new Map(wb.form.targets.map((x) => [x.code, 'target' as const]))) : null;
  const wbKey = useWaterbedLegend({
    lang,
    rings: wbRings,
    compared: !!wb.rings,
    result: wbResult,
    marked: waterbed ? wb.marked : null,
    items: baseLegend,
    classes,
    colors,
    inView: cls.scope === 'view' ? viewCodes : null,
  });
  const legend = wbKey.items;
  const byCode = useMemo(() => new Map((shown ?? []).map((r) => [r.code, r])), [shown]);
  // Side by side: the left map shows t0 with the same breaks and colours as t1 on the right.
  const sideBySide = !!wbResult && wb.mapView === 'side';
  const { camera, onUserCamera, painted } = useMapCamera(state.camera, setState, sideBySide);
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
  const onViewCodes = useCallback((codes: string[]) => {
    setViewCodes((prev) => (prev && prev.length === codes.length && prev.join() === codes.sort().join() ? prev : codes.sort()));
  }, []);
  const onRendered = useCallback(
    (key: string) => {
      if (!firstPaint.current) {
        firstPaint.current = true;
        performance.mark('segv:first-choropleth');
        service.firstPaint();
      }
      painted(`${key}|${state.gemeente ?? ''}|${wbResult ? wbResult.request.targets.join() : ''}`);
      const shows = sc.mapKey ?? (wbResult ? wb.mapView : lqMode ? 'lq' : state.variable);
      document.documentElement.dataset.mapReady = `${key}|${shows}|${state.gemeente ?? ''}`;
    },
    [state.variable, state.gemeente, lqMode, wbResult, wb.mapView, sc.mapKey, service, painted],
  );

  const gemeenteName = state.gemeente ? (baseRows?.find((r) => r.gemeente_code === state.gemeente)?.gemeente_name ?? state.gemeente) : null;
  const scope = `${t(lang, cls.method === 'manual' ? 'classesManual' : cls.scope === 'view' ? 'classesInView' : state.gemeente ? 'classesAllWijken' : 'classesCountry')}`;
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
  const primaryMap = (
    <ChoroplethMap
      lang={lang}
      layerKey={layerKey}
      geometry={geometry}
      classes={wbKey.classes}
      colors={wbKey.colors}
      gemeente={state.gemeente}
      credit={t(lang, 'credit')}
      ariaLabel={`${shownLabel} ${state.year}`}
      onHover={setHover}
      onSelect={buurtMap.onSelect}
      onRendered={onRendered}
      emphasised={brushed}
      selected={buurtMap.selected}
      onViewCodes={onViewCodes}
      rings={wbRings ?? sc.rings}
      ringColors={RING_COLORS}
      marked={waterbed ? wb.marked : null}
      focus={waterbed ? wb.focus : null}
      camera={camera}
      onCamera={onUserCamera}
      preload={preload}
      loadingLabel={t(lang, 'loading')}
    />
  );
  const tooltip =
    hover && hovered ? (
      <Tooltip
        x={hover.x}
        y={hover.y}
        name={hovered.name}
        value={hovered.value}
        unit={shownUnit}
        year={sideBySide ? (hover.t0 ? wbResult!.request.from : wbResult!.request.to) : state.year}
        label={sideBySide ? variable.label[lang] : shownLabel}
        lang={lang}
      />
    ) : null;
  if (state.embed)
    return (
      <EmbedView
        lang={lang}
        label={shownLabel}
        year={state.year}
        gemeenteName={gemeenteName}
        unit={shownUnit}
        items={legend}
        fullHref={fullUrl(state, window.location.href)}
        notice={embedApi.notice}
        onDismiss={embedApi.dismiss}
      >
        {primaryMap}
        {tooltip}
      </EmbedView>
    );

  return (
    <div className={state.present ? 'app present' : 'app'}>
      <TopBar state={state} search={search} onSearch={onSearch} update={update} />
      <MethodsOverlay lang={lang} />
      <LoadingStatus lang={lang} progress={progress} failures={loadFailures} onRetry={service.retry.bind(service)} />
      <aside className="panel">
        {waterbed ? (
          <WaterbedSide lang={lang} wb={wb} service={service} />
        ) : scenarioMode ? (
          <ScenarioSide lang={lang} catalog={catalog} sc={sc} />
        ) : (
          <Pickers lang={lang} catalog={catalog} state={state} onChange={update} />
        )}
        {tool ? null : state.gemeente ? (
          <>
            <DrillHeader state={state} gemeenteName={gemeenteName} update={update} />
            <BuurtMapToggle lang={lang} map={buurtMap} year={state.year} />
          </>
        ) : state.level === 'gemeente' ? (
          <p className="muted small">{t(lang, 'clickHint')}</p>
        ) : null}
        <ClassPanel
          lang={lang}
          label={shownLabel}
          unit={shownUnit}
          year={state.year}
          scope={scope}
          items={legend}
          settings={cls}
          onSettings={setCls}
          breaks={classification?.breaks}
          colors={colors}
          open={state.classesOpen}
          onOpen={setClassesOpen}
          lq={lqMode}
          variable={variable}
          inGemeente={Boolean(state.gemeente)}
        />
        {state.present ? null : <Notices lang={lang} notices={notices} onDismiss={() => setNotices([])} onAction={onNoticeAction} />}
        {tool ? null : (
          <ExploreSide
            lang={lang}
            service={service}
            state={state}
            update={update}
            detail={detail}
            selection={{ ...picked, level: selectedLevel }}
            gemeenteName={gemeenteName}
            indexYear={idxYear}
            groups={groups}
            group={group}
            indices={indices}
            record={detailRecord}
            indicesProblem={indicesProblem}
            view={exportView}
            geometry={geometry}
            buurtRows={buurtMap.rowsShown ?? buurt.gemeenteRows}
          />
        )}
        <ShareSection
          lang={lang}
          linkState={linkState}
          label={shownLabel}
          unit={shownUnit}
          gemeenteName={gemeenteName}
          items={legend}
          scope={scope}
          story={story}
          onAddStep={addStoryStep}
        />
      </aside>
      <main className="main">
        <div className={sideBySide ? 'map-area side' : 'map-area'}>
          {sideBySide ? (
            <T0Map
              lang={lang}
              result={wbResult!}
              rows={baseRows}
              classification={classification}
              colors={colors}
              layerKey={layerKey}
              geometry={geometry}
              label={variable.label[lang]}
              rings={wb.rings}
              marked={wb.marked}
              camera={camera}
              onCamera={onUserCamera}
              onHover={onHoverT0}
              onSelect={select}
            />
          ) : null}
          <div className="map-half">
            {sideBySide ? <span className="map-tag">{wbResult!.request.to}</span> : null}
            {primaryMap}
          </div>
          {waterbed && !state.present ? (
            <WaterbedMapKey
              lang={lang}
              title={shownLabel}
              unit={shownUnit}
              year={state.year}
              scope={scope}
              items={legend}
              rings={wbKey.ringKey}
            />
          ) : null}
          {state.present ? (
            <PresentOverlay
              lang={lang}
              notices={notices}
              onDismiss={() => setNotices([])}
              onAction={onNoticeAction}
              story={story}
              onAddStep={addStoryStep}
              label={shownLabel}
              unit={shownUnit}
              year={state.year}
              scope={scope}
              items={legend}
              summary={wbResult ? wbResult.summary[lang] : null}
            />
          ) : null}
          {tooltip}
        </div>
        {waterbed ? (
          <section className="drawer drawer-waterbed">
            <WaterbedDrawer lang={lang} wb={wb} highlighted={chartHover ?? hover?.code ?? null} onHover={setChartHover} />
          </section>
        ) : scenarioMode ? (
          <ScenarioDrawer lang={lang} sc={sc} highlighted={chartHover ?? hover?.code ?? null} onHover={setChartHover} />
        ) : (
          <ExploreDrawer
            lang={lang}
            catalog={catalog}
            service={service}
            state={state}
            update={update}
            shown={shown}
            yRows={yRows}
            shownLabel={shownLabel}
            shownUnit={shownUnit}
            classes={classes}
            colors={colors}
            breaks={classification?.breaks}
            indices={indices}
            groupLabel={groupLabel}
            indexYear={idxYear}
            highlighted={chartHover ?? hover?.code ?? state.selected}
            brushed={brushed}
            onBrush={(codes) => setBrushed(codes.length ? new Set(codes) : null)}
            onChartHover={setChartHover}
            onSelectUnit={buurtMap.onSelect}
            onOpenGemeente={openGemeente}
            buurt={buurt}
            gemeenteName={gemeenteName}
            wijk={wijkOfSelected}
          />
        )}
      </main>
    </div>
  );
}

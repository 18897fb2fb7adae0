/**
 * Wiring: the view state (mirrored in the URL) → data service and engine worker → classification → views.
 * Views get plain props; only the app layer talks to the data service and the worker.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { classIndex } from '../engine/classify';
import type { RankItem } from '../views/charts/RankingChart';
import { ClassificationControls } from '../views/explore/ClassificationControls';
import { DEFAULT_SETTINGS, type ClassificationSettings } from '../views/explore/classification-model';
import type { SearchResult } from './search-index';
import type { Camera, HoverInfo } from '../views/map/ChoroplethMap';
import { Legend } from '../views/map/Legend';
import { legendItems } from '../views/map/legend-items';
import { Tooltip } from '../views/map/Tooltip';
import { INDEX_LABELS } from '../views/panels/index-labels';
import { LoadingStatus } from '../views/panels/LoadingStatus';
import { Notices } from '../views/panels/Notices';
import { Pickers } from '../views/panels/Pickers';
import type { DataService, LoadProgress } from './data-service';
import { Drawer } from './Drawer';
import { DrillHeader } from './DrillHeader';
import { ChoroplethMap, DetailPanel, IndicesPanel, WaterbedDrawer, WaterbedSide } from './lazy-views';
import { downloadIndices } from './export-indices';
import { useClasses, useShown } from './use-shown';
import { useWaterbedMode } from './use-waterbed-mode';
import { RING_COLORS } from '../views/waterbed/waterbed-model';
import { t, type Notice } from './i18n';
import { failureText, te } from './i18n-errors';
import type { Progress } from './Root';
import { TopBar } from './TopBar';
import { useCodeGuard } from './use-code-guard';
import { groupsFor, indexYear, useIndices } from './use-indices';
import { mergeFailures, useServiceStatus } from './use-load-status';
import { useMapLayer } from './use-map-layer';
import { useDetail, useReference } from './use-reference';
import { useSearchIndex } from './use-search-index';
import { parseState, reconcile, serializeState, type ViewState } from './url-state';
import { buurtView, describeSelection, levelOfCode, mapCodeOf } from '../features/buurt/selection';
import { BuurtDrawer } from '../features/buurt/BuurtDrawer';
import { BuurtSide } from '../features/buurt/BuurtSide';
import { ScaleDrawer } from '../features/buurt/ScaleDrawer';
import { useBuurt } from '../features/buurt/use-buurt';
import { withBuurten } from '../features/buurt/use-buurt-rows';
import { ScenarioDrawer } from '../features/scenario/ScenarioDrawer';
import { ScenarioSide } from '../features/scenario/ScenarioSide';
import { fullUrl } from './share/embed-code';
import { EmbedCode } from './share/EmbedCode';
import { EmbedView } from './share/EmbedView';
import { useScenarioMode } from '../features/scenario/use-scenario-mode';

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
  const [cls, setCls] = useState<ClassificationSettings>(DEFAULT_SETTINGS);
  const [viewCodes, setViewCodes] = useState<string[] | null>(null);
  const firstPaint = useRef(false);
  const lang = state.lang;
  const variable = catalog.variables.find((v) => v.id === state.variable)!;
  const addNotice = useCallback((n: Notice) => setNotices((ns) => [...ns.slice(-3), n]), []);
  const { version, failures: serviceFailures } = useServiceStatus(service);

  const { layerKey, geometry, rows: baseRows, yRows, failures: layerFailures, preload } = useMapLayer(service, state, onProgress, version);
  const reference = useReference(service, version);
  const buurt = useBuurt(service, state, reference !== null, version);
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
  const wb = useWaterbedMode(service, waterbed);
  const wbResult = waterbed ? wb.result : null;
  const lqMode = !tool && state.mapMode === 'lq' && !!state.gemeente && state.level === 'wijk' && indices.local !== null;

  // In waterbed mode the map shows the comparison's level, indicator and end year (all units of the level).
  const wbLevel = waterbed ? wb.level : null;
  const wbVariable = waterbed ? wb.form.indicator : null;
  const wbYear = waterbed ? (wbResult?.request.to ?? wb.form.to) : null;
  useEffect(() => {
    if (!wbLevel || !wbVariable || wbYear === null) return;
    if (state.level === wbLevel && state.variable === wbVariable && state.year === wbYear && state.gemeente === null) return;
    setState(
      (s) =>
        reconcile(
          { ...s, level: wbLevel, variable: wbVariable, year: wbYear, gemeente: null, selected: null, mapMode: 'variable' },
          catalog,
        ).state,
    );
  }, [wbLevel, wbVariable, wbYear, state.level, state.variable, state.year, state.gemeente, catalog]);

  useEffect(() => {
    document.documentElement.lang = lang;
    window.history.replaceState(null, '', serializeState(state));
  }, [state, lang]);
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
  const byCode = useMemo(() => new Map((shown ?? []).map((r) => [r.code, r])), [shown]);
  // Side by side: the left map shows t0 with the same breaks and colours as t1 on the right.
  const sideBySide = !!wbResult && wb.mapView === 'side';
  const [camera, setCamera] = useState<Camera | null>(null);
  const classesT0 = useMemo(() => {
    if (!sideBySide || !classification) return null;
    const t0 = new Map(wbResult!.units.map((u) => [u.code, u.t0]));
    return new Map((baseRows ?? []).map((r) => [r.code, classIndex(t0.get(r.code) ?? null, classification.breaks)]));
  }, [sideBySide, classification, wbResult, baseRows]);

  const update = useCallback(
    (patch: Partial<ViewState>) => {
      const r = reconcile({ ...state, ...patch }, catalog);
      setState(r.state);
      if (r.note) addNotice(r.note);
    },
    [catalog, state, addNotice],
  );
  useCodeGuard(service, state, version, (n, patch) => {
    addNotice(n);
    update(patch);
  });
  const openGemeente = useCallback(
    (gm: string) => update({ level: 'wijk', gemeente: gm, selected: gm, year: indexYear(state.level, state.year) }),
    [state.level, state.year, update],
  );
  const select = useCallback(
    (code: string) => {
      if (waterbed) wb.toggle(code, byCode.get(code)?.name ?? code);
      else if (scenarioMode) sc.toggle(code);
      else if (code.startsWith('GM')) openGemeente(code);
      else if (code.startsWith('BU')) update(buurtView(catalog, state.variable, code));
      else update({ gemeente: 'GM' + code.slice(2, 6), selected: code });
    },
    [openGemeente, update, waterbed, wb, byCode, catalog, state.variable, scenarioMode, sc],
  );
  const onSearch = useCallback(
    (r: SearchResult) => {
      // In waterbed mode a search result of the comparison's level becomes a target (keyboard alternative to clicking).
      if (waterbed) {
        if (r.level === wb.level) wb.toggle(r.code, r.name);
        return;
      }
      if (scenarioMode) return sc.onSearch(r);
      if (r.level === 'gemeente') openGemeente(r.code);
      else if (r.level === 'buurt') update({ ...buurtView(catalog, state.variable, r.code), drawer: 'buurten' });
      else update({ level: 'wijk', gemeente: r.gemeenteCode ?? 'GM' + r.code.slice(2, 6), selected: r.code, year: r.year ?? state.year });
    },
    [openGemeente, update, state.year, state.variable, catalog, waterbed, wb, scenarioMode, sc],
  );
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
      const shows = sc.mapKey ?? (wbResult ? wb.mapView : lqMode ? 'lq' : state.variable);
      document.documentElement.dataset.mapReady = `${key}|${shows}|${state.gemeente ?? ''}`;
    },
    [state.variable, state.gemeente, lqMode, wbResult, wb.mapView, sc.mapKey, service],
  );

  const gemeenteName = state.gemeente ? (baseRows?.find((r) => r.gemeente_code === state.gemeente)?.gemeente_name ?? state.gemeente) : null;
  const scope = `${t(lang, cls.method === 'manual' ? 'classesManual' : cls.scope === 'view' ? 'classesInView' : state.gemeente ? 'classesAllWijken' : 'classesCountry')}`;
  const hoveredRow = hover ? byCode.get(hover.code) : undefined;
  const hovered =
    hoveredRow && hover?.t0 && wbResult
      ? { ...hoveredRow, value: wbResult.units.find((u) => u.code === hover.code)?.t0 ?? null }
      : hoveredRow;
  const detailRecord = indices.detail?.records.find((r) => r.regionCode === state.gemeente) ?? null;
  const rankItems = useMemo<RankItem[]>(
    () =>
      (indices.ranking?.records ?? []).flatMap((r) => {
        const v = r.twoGroup[state.rankIndex];
        return v.ok ? [{ code: r.regionCode, name: r.regionName, value: v.value }] : [];
      }),
    [indices.ranking, state.rankIndex],
  );
  const indicesError = indices.error ?? indices.detailError;
  const indicesProblem = indicesError
    ? failureText(lang, indicesError)
    : state.gemeente && indices.detail && indices.detailFor === state.gemeente && !detailRecord
      ? te(lang, 'noDetailWijken', { year: idxYear })
      : null;
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
  );
  const selectedName = picked.name;
  const wijkOfSelected = picked.wijk;

  const primaryMap = (
    <ChoroplethMap
      lang={lang}
      layerKey={layerKey}
      geometry={geometry}
      classes={classes}
      colors={colors}
      gemeente={state.gemeente}
      credit={t(lang, 'credit')}
      ariaLabel={`${shownLabel} ${state.year}`}
      onHover={setHover}
      onSelect={select}
      onRendered={onRendered}
      emphasised={brushed}
      selected={mapCodeOf(state.selected)}
      onViewCodes={onViewCodes}
      rings={waterbed ? (wb.rings ?? new Map(wb.form.targets.map((x) => [x.code, 'target' as const]))) : sc.rings}
      ringColors={RING_COLORS}
      marked={waterbed ? wb.marked : null}
      focus={wbResult ? wbResult.units.map((u) => u.code) : null}
      camera={sideBySide ? camera : null}
      onCamera={sideBySide ? setCamera : undefined}
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
        items={legendItems(classification, colors)}
        fullHref={fullUrl(state, window.location.href)}
      >
        {primaryMap}
        {tooltip}
      </EmbedView>
    );

  return (
    <div className={state.present ? 'app present' : 'app'}>
      <TopBar state={state} search={search} onSearch={onSearch} update={update} />
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
          <DrillHeader state={state} gemeenteName={gemeenteName} update={update} />
        ) : state.level === 'gemeente' ? (
          <p className="muted small">{t(lang, 'clickHint')}</p>
        ) : null}
        <Legend
          lang={lang}
          title={shownLabel}
          unit={shownUnit}
          year={state.year}
          scope={scope}
          items={legendItems(classification, colors)}
        />
        <details className="class-settings">
          <summary>{t(lang, 'classSettings')}</summary>
          <ClassificationControls
            lang={lang}
            value={cls}
            onChange={setCls}
            suggestedBreaks={classification?.breaks}
            previewColors={colors}
          />
        </details>
        {lqMode ? (
          <p className="muted small">{t(lang, 'lqNote')}</p>
        ) : variable.note ? (
          <p className="muted small">{variable.note[lang]}</p>
        ) : null}
        {!lqMode && variable.kind === 'share' ? <p className="muted small">{t(lang, 'approxNote')}</p> : null}
        {state.present ? null : <Notices lang={lang} notices={notices} onDismiss={() => setNotices([])} onAction={onNoticeAction} />}
        {state.selected && detail && !tool ? (
          <DetailPanel
            lang={lang}
            name={selectedName ?? state.selected}
            level={selectedLevel}
            gemeenteName={selectedLevel === 'gemeente' ? null : gemeenteName}
            year={state.year}
            rows={detail}
            onClose={() => update({ selected: null })}
            subtitle={picked.subtitle}
          />
        ) : null}
        {group && !tool ? (
          <IndicesPanel
            lang={lang}
            year={idxYear}
            groups={groups}
            group={group}
            onGroup={(g) => update({ group: g })}
            record={detailRecord}
            gemeenteName={gemeenteName}
            busy={indices.busy}
            error={indicesProblem}
            decomposition={indices.decomposition}
          />
        ) : null}
        {state.gemeente && gemeenteName && !tool ? (
          <BuurtSide
            lang={lang}
            state={state}
            update={update}
            rows={buurt.gemeenteRows}
            gemeenteName={gemeenteName}
            wijk={wijkOfSelected}
          />
        ) : null}
        <p className="credit small">{t(lang, 'credit')}</p>
        <EmbedCode key={serializeState(state)} lang={lang} state={state} title={`${shownLabel} (${state.year})`} />
      </aside>
      <main className="main">
        <div className={sideBySide ? 'map-area side' : 'map-area'}>
          {sideBySide && classesT0 ? (
            <div className="map-half">
              <span className="map-tag">{wbResult!.request.from}</span>
              <ChoroplethMap
                lang={lang}
                layerKey={layerKey}
                geometry={geometry}
                classes={classesT0}
                colors={colors}
                gemeente={null}
                credit={t(lang, 'credit')}
                ariaLabel={`${variable.label[lang]} ${wbResult!.request.from}`}
                onHover={(hv) => setHover(hv ? { ...hv, t0: true } : null)}
                onSelect={select}
                onRendered={() => undefined}
                emphasised={null}
                selected={null}
                onViewCodes={() => undefined}
                rings={wb.rings}
                ringColors={RING_COLORS}
                marked={wb.marked}
                focus={wbResult!.units.map((u) => u.code)}
                camera={camera}
                onCamera={setCamera}
                primary={false}
              />
            </div>
          ) : null}
          <div className="map-half">
            {sideBySide ? <span className="map-tag">{wbResult!.request.to}</span> : null}
            {primaryMap}
          </div>
          {state.present ? (
            <Notices lang={lang} notices={notices} onDismiss={() => setNotices([])} onAction={onNoticeAction} overlay />
          ) : null}
          {state.present ? (
            <div className="present-legend">
              <Legend
                lang={lang}
                title={shownLabel}
                unit={shownUnit}
                year={state.year}
                scope={scope}
                items={legendItems(classification, colors)}
              />
              {wbResult ? <p className="present-summary">{wbResult.summary[lang]}</p> : null}
            </div>
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
          <Drawer
            lang={lang}
            catalog={catalog}
            state={state}
            update={update}
            shown={shown}
            yRows={yRows}
            shownLabel={shownLabel}
            shownUnit={shownUnit}
            classes={classes}
            colors={colors}
            breaks={classification?.breaks}
            rankTitle={`${rankItems.length} ${t(lang, 'rankingOf')} ${INDEX_LABELS[state.rankIndex]![lang]} — ${groupLabel} (${t(lang, 'wijken')} ${idxYear})`}
            rankItems={rankItems}
            rankPending={indices.error ? failureText(lang, indices.error) : t(lang, 'computing')}
            highlighted={chartHover ?? hover?.code ?? state.selected}
            brushed={brushed}
            onBrush={(codes) => setBrushed(codes.length ? new Set(codes) : null)}
            onChartHover={setChartHover}
            onSelectUnit={select}
            onOpenGemeente={openGemeente}
            onDownloadIndices={indices.ranking ? () => downloadIndices(indices.ranking!) : null}
            buurten={
              <BuurtDrawer
                lang={lang}
                rows={buurt.gemeenteRows}
                gemeenteName={gemeenteName}
                wijk={wijkOfSelected}
                selected={state.selected}
                failed={!!buurt.error}
                onSelect={select}
              />
            }
            scale={<ScaleDrawer lang={lang} state={state} update={update} rows={buurt.rows} onOpenGemeente={openGemeente} />}
          />
        )}
      </main>
    </div>
  );
}

/**
 * The app's layout: top bar, side panel (pickers or a tool's form, classes, notices, explore panels, sharing), the
 * map area (one map or a side-by-side waterbed pair, the waterbed key, presenter overlay, tooltip) and the drawer of
 * the current mode; or the bare embed view. Plain rendering of what useAppModel computed.
 */
import { Tooltip } from '../views/map/Tooltip';
import { LoadingStatus } from '../views/panels/LoadingStatus';
import { Notices } from '../views/panels/Notices';
import { Pickers } from '../views/panels/Pickers';
import { DrillHeader } from './DrillHeader';
import { ChoroplethMap, WaterbedDrawer, WaterbedSide } from './lazy-views';
import { RING_COLORS } from '../views/waterbed/waterbed-model';
import { WaterbedMapKey } from '../views/waterbed/WaterbedMapKey';
import { t } from './i18n';
import { ShareSection } from './ShareSection';
import { ClassPanel } from './ClassPanel';
import { ExploreSide } from './ExploreSide';
import { T0Map } from './T0Map';
import { PresentOverlay } from './PresentOverlay';
import { ExploreDrawer } from './ExploreDrawer';
import { TopBar } from './TopBar';
import { ScenarioDrawer } from '../features/scenario/ScenarioDrawer';
import { ScenarioSide } from '../features/scenario/ScenarioSide';
import { fullUrl } from './share/embed-code';
import { MethodsOverlay } from '../features/explain/MethodsOverlay';
import { EmbedView } from './share/EmbedView';
import { BuurtMapToggle } from '../features/buurt/BuurtMapToggle';
import type { AppModel } from './use-app-model';

export function AppLayout({ m }: { m: AppModel }) {
  const {
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
  } = m;
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
            pinned={m.pinned}
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

/**
 * The side panel: the pickers or a tool's form, the drill-down header, classes, notices, the explore panels and
 * sharing.
 */
import { BuurtMapToggle } from '../features/buurt/BuurtMapToggle';
import { ScenarioSide } from '../features/scenario/ScenarioSide';
import { Notices } from '../views/panels/Notices';
import { Pickers } from '../views/panels/Pickers';
import { ClassPanel } from './ClassPanel';
import { DrillHeader } from './DrillHeader';
import { ExploreSide } from './ExploreSide';
import { t } from './i18n';
import { WaterbedSide } from './lazy-views';
import { ShareSection } from './ShareSection';
import type { AppModel } from './use-app-model';

/** What the panel starts with: the waterbed or scenario form, else the pickers; then where the user is. */
function SideTop({ m }: { m: AppModel }) {
  const { lang, state, update, catalog, tool } = m;
  return (
    <>
      {m.waterbed ? (
        <WaterbedSide lang={lang} wb={m.wb} service={m.service} />
      ) : m.scenarioMode ? (
        <ScenarioSide lang={lang} catalog={catalog} sc={m.sc} />
      ) : (
        <Pickers lang={lang} catalog={catalog} state={state} onChange={update} />
      )}
      {tool ? null : state.gemeente ? (
        <>
          <DrillHeader state={state} gemeenteName={m.gemeenteName} update={update} />
          <BuurtMapToggle lang={lang} map={m.buurtMap} year={state.year} />
        </>
      ) : state.level === 'gemeente' ? (
        <p className="muted small">{t(lang, 'clickHint')}</p>
      ) : null}
    </>
  );
}

function SideClasses({ m }: { m: AppModel }) {
  const { lang, state } = m;
  return (
    <ClassPanel
      lang={lang}
      label={m.shownLabel}
      unit={m.shownUnit}
      year={state.year}
      scope={m.scope}
      items={m.legend}
      settings={m.cls}
      onSettings={m.setCls}
      breaks={m.classification?.breaks}
      colors={m.colors}
      open={state.classesOpen}
      onOpen={m.setClassesOpen}
      lq={m.lqMode}
      variable={m.variable}
      inGemeente={Boolean(state.gemeente)}
    />
  );
}

function SideExplore({ m }: { m: AppModel }) {
  return (
    <ExploreSide
      lang={m.lang}
      service={m.service}
      state={m.state}
      update={m.update}
      detail={m.detail}
      selection={{ ...m.picked, level: m.selectedLevel }}
      gemeenteName={m.gemeenteName}
      indexYear={m.idxYear}
      groups={m.groups}
      group={m.group}
      indices={m.indices}
      record={m.detailRecord}
      indicesProblem={m.indicesProblem}
      view={m.exportView}
      geometry={m.geometry}
      buurtRows={m.buurtMap.rowsShown ?? m.buurt.gemeenteRows}
      pinned={m.pinned}
    />
  );
}

export function AppSide({ m }: { m: AppModel }) {
  const { lang, state } = m;
  return (
    <aside className="panel">
      <SideTop m={m} />
      <SideClasses m={m} />
      {state.present ? null : <Notices lang={lang} notices={m.notices} onDismiss={() => m.setNotices([])} onAction={m.onNoticeAction} />}
      {m.tool ? null : <SideExplore m={m} />}
      <ShareSection
        lang={lang}
        linkState={m.linkState}
        label={m.shownLabel}
        unit={m.shownUnit}
        gemeenteName={m.gemeenteName}
        items={m.legend}
        scope={m.scope}
        story={m.story}
        onAddStep={m.addStoryStep}
      />
    </aside>
  );
}

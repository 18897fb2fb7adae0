/** The drawer under the map: the waterbed's, the scenario's, or the explore drawer (table, charts, tools). */
import { ScenarioDrawer } from '../features/scenario/ScenarioDrawer';
import { ExploreDrawer } from './ExploreDrawer';
import { WaterbedDrawer } from './lazy-views';
import type { AppModel } from './use-app-model';

export function AppDrawer({ m }: { m: AppModel }) {
  const { lang, state, hover, chartHover, setChartHover } = m;
  if (m.waterbed)
    return (
      <section className="drawer drawer-waterbed">
        <WaterbedDrawer lang={lang} wb={m.wb} highlighted={chartHover ?? hover?.code ?? null} onHover={setChartHover} />
      </section>
    );
  if (m.scenarioMode)
    return <ScenarioDrawer lang={lang} sc={m.sc} highlighted={chartHover ?? hover?.code ?? null} onHover={setChartHover} />;
  return (
    <ExploreDrawer
      lang={lang}
      catalog={m.catalog}
      service={m.service}
      state={state}
      update={m.update}
      shown={m.shown}
      yRows={m.yRows}
      shownLabel={m.shownLabel}
      shownUnit={m.shownUnit}
      classes={m.classes}
      colors={m.colors}
      breaks={m.classification?.breaks}
      indices={m.indices}
      groupLabel={m.groupLabel}
      indexYear={m.idxYear}
      highlighted={chartHover ?? hover?.code ?? state.selected}
      brushed={m.brushed}
      onBrush={(codes) => m.setBrushed(codes.length ? new Set(codes) : null)}
      onChartHover={setChartHover}
      onSelectUnit={m.buurtMap.onSelect}
      onOpenGemeente={m.openGemeente}
      buurt={m.buurt}
      gemeenteName={m.gemeenteName}
      wijk={m.wijkOfSelected}
    />
  );
}

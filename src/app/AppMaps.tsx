/** The app's main map (the choropleth of what is shown, with the waterbed rings or a scenario's) and its tooltip. */
import { Tooltip } from '../views/map/Tooltip';
import { RING_COLORS } from '../views/waterbed/waterbed-model';
import { t } from './i18n';
import { ChoroplethMap } from './lazy-views';
import type { AppModel } from './use-app-model';

export function PrimaryMap({ m }: { m: AppModel }) {
  const { lang, state, wbKey, waterbed, wb, sc, buurtMap } = m;
  return (
    <ChoroplethMap
      lang={lang}
      layerKey={m.layerKey}
      geometry={m.geometry}
      classes={wbKey.classes}
      colors={wbKey.colors}
      gemeente={state.gemeente}
      credit={t(lang, 'credit')}
      ariaLabel={`${m.shownLabel} ${state.year}`}
      onHover={m.setHover}
      onSelect={buurtMap.onSelect}
      onRendered={m.onRendered}
      emphasised={m.brushed}
      selected={buurtMap.selected}
      onViewCodes={m.onViewCodes}
      rings={m.wbRings ?? sc.rings}
      ringColors={RING_COLORS}
      marked={waterbed ? wb.marked : null}
      focus={waterbed ? wb.focus : null}
      camera={m.camera}
      onCamera={m.onUserCamera}
      preload={m.preload}
      loadingLabel={t(lang, 'loading')}
    />
  );
}

/** The tooltip of the unit under the pointer (on either map of a side-by-side pair). */
export function MapTooltip({ m }: { m: AppModel }) {
  const { hover, hovered, sideBySide, wbResult, lang } = m;
  if (!hover || !hovered) return null;
  return (
    <Tooltip
      x={hover.x}
      y={hover.y}
      name={hovered.name}
      value={hovered.value}
      unit={m.shownUnit}
      year={sideBySide ? (hover.t0 ? wbResult!.request.from : wbResult!.request.to) : m.state.year}
      label={sideBySide ? m.variable.label[lang] : m.shownLabel}
      lang={lang}
    />
  );
}

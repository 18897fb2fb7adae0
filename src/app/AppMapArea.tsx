/**
 * The map area: one map, or the side-by-side pair of a waterbed comparison (start year left), with the waterbed
 * key, the presenter overlay and the tooltip.
 */
import { WaterbedMapKey } from '../views/waterbed/WaterbedMapKey';
import { MapTooltip, PrimaryMap } from './AppMaps';
import { PresentOverlay } from './PresentOverlay';
import { T0Map } from './T0Map';
import type { AppModel } from './use-app-model';

function StartYearMap({ m }: { m: AppModel }) {
  return (
    <T0Map
      lang={m.lang}
      result={m.wbResult!}
      rows={m.baseRows}
      classification={m.classification}
      colors={m.colors}
      layerKey={m.layerKey}
      geometry={m.geometry}
      label={m.variable.label[m.lang]}
      rings={m.wb.rings}
      marked={m.wb.marked}
      camera={m.camera}
      onCamera={m.onUserCamera}
      onHover={m.onHoverT0}
      onSelect={m.select}
    />
  );
}

function Presenting({ m }: { m: AppModel }) {
  return (
    <PresentOverlay
      lang={m.lang}
      notices={m.notices}
      onDismiss={() => m.setNotices([])}
      onAction={m.onNoticeAction}
      story={m.story}
      onAddStep={m.addStoryStep}
      label={m.shownLabel}
      unit={m.shownUnit}
      year={m.state.year}
      scope={m.scope}
      items={m.legend}
      summary={m.wbResult ? m.wbResult.summary[m.lang] : null}
    />
  );
}

export function AppMapArea({ m }: { m: AppModel }) {
  const { sideBySide, state } = m;
  return (
    <div className={sideBySide ? 'map-area side' : 'map-area'}>
      {sideBySide ? <StartYearMap m={m} /> : null}
      <div className="map-half">
        {sideBySide ? <span className="map-tag">{m.wbResult!.request.to}</span> : null}
        <PrimaryMap m={m} />
      </div>
      {m.waterbed && !state.present ? (
        <WaterbedMapKey
          lang={m.lang}
          title={m.shownLabel}
          unit={m.shownUnit}
          year={state.year}
          scope={m.scope}
          items={m.legend}
          rings={m.wbKey.ringKey}
        />
      ) : null}
      {state.present ? <Presenting m={m} /> : null}
      <MapTooltip m={m} />
    </div>
  );
}

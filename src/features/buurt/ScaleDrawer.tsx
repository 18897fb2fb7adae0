/**
 * The "Scale" tab under the map: pick a buurt group and an index, then every gemeente over its wijken and over its
 * buurten (ScaleChart) and the three-level split of M for NL and each province (ScaleSplit). Composition only.
 */
import type { Lang } from '../../app/i18n';
import { failureText } from '../../app/i18n-errors';
import { SCALE_VIEW_INDICES, type ScaleIndexId, type ViewState } from '../../app/url-state';
import { BUURT_GROUP_DEFINITIONS } from '../../engine/groups-buurt';
import { GroupSelect } from '../../views/panels/GroupSelect';
import { INDEX_LABELS } from '../../views/panels/index-labels';
import { ScaleChart } from './ScaleChart';
import { ScaleSplit, type SplitRow } from './ScaleSplit';
import { tb, tbf } from './strings';
import './buurt.css';
import type { UnitRecord } from '../../data/queries';
import { useScale } from './use-buurt';

export interface ScaleDrawerProps {
  lang: Lang;
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
  /** Every buurt row (null while loading). */
  rows: readonly UnitRecord[] | null;
  onOpenGemeente: (code: string) => void;
}

export function ScaleDrawer({ lang, state, update, rows, onOpenGemeente }: ScaleDrawerProps) {
  const group = BUURT_GROUP_DEFINITIONS.find((g) => g.id === state.buurtGroup) ?? BUURT_GROUP_DEFINITIONS[0]!;
  const { scale, split } = useScale(rows, group.id, state.scaleIndex, true);
  const indexLabel = INDEX_LABELS[state.scaleIndex]![lang];
  const splitRows: SplitRow[] = (split.value?.rows ?? []).map((r) => ({
    regionCode: r.regionCode,
    regionName: r.regionName,
    total: r.total,
    betweenGemeenten: r.betweenGemeenten,
    betweenWijken: r.betweenWijken,
    withinWijken: r.withinWijken,
    reason: r.reason,
  }));
  return (
    <div className="table-wrap scale-drawer">
      <div className="scale-pick">
        <GroupSelect
          lang={lang}
          label={tb(lang, 'group')}
          name="buurtGroup"
          groups={BUURT_GROUP_DEFINITIONS}
          value={group.id}
          onChange={(g) => update({ buurtGroup: g })}
        />
        <label className="field">
          {tb(lang, 'index')}
          <select name="scaleIndex" value={state.scaleIndex} onChange={(e) => update({ scaleIndex: e.target.value as ScaleIndexId })}>
            {SCALE_VIEW_INDICES.map((i) => (
              <option key={i} value={i}>
                {INDEX_LABELS[i]![lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {group.note ? <p className="muted small">{group.note[lang]}</p> : null}
      {scale.error || split.error ? <p className="error small">{failureText(lang, (scale.error ?? split.error)!)}</p> : null}
      <div className="scale-views">
        {scale.value ? (
          <ScaleChart
            lang={lang}
            title={tbf(lang, 'scaleTitle', { index: indexLabel, group: group.label[lang] })}
            items={scale.value.rows.map((r) => ({ code: r.code, name: r.name, wijk: r.wijk, buurt: r.buurt }))}
            selected={state.gemeente}
            onSelect={onOpenGemeente}
          />
        ) : !scale.error ? (
          <p className="muted small" aria-busy="true">
            {tb(lang, 'computing')}
          </p>
        ) : null}
        {split.value ? <ScaleSplit lang={lang} title={tbf(lang, 'splitTitle', { group: group.label[lang] })} rows={splitRows} /> : null}
      </div>
    </div>
  );
}

/**
 * The tab bar of the panel under the map, with the open tab's own controls: the ranked index and the indices download
 * (ranking), the scatter plot's y variable (charts).
 */
import type { Catalog } from '../data/catalog';
import { INDEX_LABELS } from '../views/panels/index-labels';
import { t, type Lang } from './i18n';
import { DRAWERS, RANKABLE, variablesFor, yearsFor, type RankIndex, type ViewState } from './url-state';

const TAB_LABEL = {
  ranking: 'bottomRanking',
  charts: 'bottomCharts',
  table: 'bottomTable',
  buurten: 'bottomBuurten',
  scale: 'bottomScale',
  sql: 'bottomSql',
  import: 'bottomImport',
  none: 'bottomNone',
} as const;

export interface DrawerTabsProps {
  lang: Lang;
  catalog: Catalog;
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
  onDownloadIndices: (() => void) | null;
}

export function DrawerTabs({ lang, catalog, state, update, onDownloadIndices }: DrawerTabsProps) {
  const yChoices = variablesFor(catalog, state.level).filter((v) => yearsFor(catalog, state.level, v).includes(state.year));
  return (
    <div className="drawer-tabs">
      <div className="tab-list" role="tablist" aria-label={t(lang, 'bottomTabs')}>
        {DRAWERS.map((d) => (
          <button key={d} type="button" role="tab" aria-selected={state.drawer === d} onClick={() => update({ drawer: d })}>
            {t(lang, TAB_LABEL[d])}
          </button>
        ))}
      </div>
      {state.drawer === 'ranking' ? (
        <select
          name="rankIndex"
          aria-label={t(lang, 'index')}
          value={state.rankIndex}
          onChange={(e) => update({ rankIndex: e.target.value as RankIndex })}
        >
          {RANKABLE.map((i) => (
            <option key={i} value={i}>
              {INDEX_LABELS[i]![lang]}
            </option>
          ))}
        </select>
      ) : null}
      {state.drawer === 'ranking' && onDownloadIndices ? (
        <button type="button" className="download-indices" onClick={onDownloadIndices}>
          {t(lang, 'downloadIndices')}
        </button>
      ) : null}
      {state.drawer === 'charts' ? (
        <label className="y-pick">
          {t(lang, 'scatterY')}{' '}
          <select name="yVariable" value={state.yVariable} onChange={(e) => update({ yVariable: e.target.value })}>
            {yChoices.map((v) => (
              <option key={v} value={v}>
                {catalog.variables.find((c) => c.id === v)?.label[lang]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}

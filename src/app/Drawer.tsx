/**
 * The panel under the map: ranking of gemeenten, linked charts (histogram + scatter), the table alternative, or
 * nothing. Composition only: every view gets plain props from App.
 */
import { useMemo, type ReactNode } from 'react';
import type { Catalog } from '../data/catalog';
import type { UnitValue } from '../data/queries';
import type { Unit } from '../data/variables';
import type { RankItem } from '../views/charts/RankingChart';
import { NO_DATA_COLOR } from '../views/map/palette';
import { INDEX_LABELS } from '../views/panels/index-labels';
import { UnitTable } from '../views/panels/UnitTable';
import { t, type Lang } from './i18n';
import { Histogram, RankingChart, Scatter } from './lazy-views';
import { DRAWERS, RANKABLE, variablesFor, yearsFor, type RankIndex, type ViewState } from './url-state';

export interface DrawerProps {
  lang: Lang;
  catalog: Catalog;
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
  shown: UnitValue[] | null;
  yRows: UnitValue[] | null;
  shownLabel: string;
  shownUnit: Unit;
  classes: Map<string, number> | null;
  colors: string[];
  breaks: number[] | undefined;
  rankTitle: string;
  rankItems: RankItem[];
  rankPending: string;
  highlighted: string | null;
  brushed: ReadonlySet<string> | null;
  onBrush: (codes: string[]) => void;
  onChartHover: (code: string | null) => void;
  onSelectUnit: (code: string) => void;
  onOpenGemeente: (code: string) => void;
  /** Download all gemeenten's indices (CSV with a metadata sidecar), when computed. */
  onDownloadIndices: (() => void) | null;
  /** Content of the buurt table and the scale tabs (the buurt feature draws them). */
  buurten: ReactNode;
  scale: ReactNode;
  /** The SQL console (lazily loaded; App renders it only while its tab is open). */
  sql: ReactNode;
  /** The import panel (lazily loaded; App renders it only while its tab is open). */
  importer: ReactNode;
}

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

export function Drawer(p: DrawerProps) {
  const { lang, state } = p;
  const colorOf = useMemo(() => (code: string) => p.colors[p.classes?.get(code) ?? -1] ?? NO_DATA_COLOR, [p.classes, p.colors]);
  const scatter = useMemo(() => {
    if (!p.shown || !p.yRows) return [];
    const y = new Map(p.yRows.map((r) => [r.code, r.value]));
    return p.shown.flatMap((r) => {
      const yv = y.get(r.code);
      return r.value !== null && yv !== null && yv !== undefined ? [{ code: r.code, name: r.name, x: r.value, y: yv }] : [];
    });
  }, [p.shown, p.yRows]);
  const yVar = p.catalog.variables.find((v) => v.id === state.yVariable);
  const yChoices = variablesFor(p.catalog, state.level).filter((v) => yearsFor(p.catalog, state.level, v).includes(state.year));
  return (
    <section className={`drawer drawer-${state.drawer}`}>
      <div className="drawer-tabs">
        <div className="tab-list" role="tablist" aria-label={t(lang, 'bottomTabs')}>
          {DRAWERS.map((d) => (
            <button key={d} type="button" role="tab" aria-selected={state.drawer === d} onClick={() => p.update({ drawer: d })}>
              {t(lang, TAB_LABEL[d])}
            </button>
          ))}
        </div>
        {state.drawer === 'ranking' ? (
          <select
            name="rankIndex"
            aria-label={t(lang, 'index')}
            value={state.rankIndex}
            onChange={(e) => p.update({ rankIndex: e.target.value as RankIndex })}
          >
            {RANKABLE.map((i) => (
              <option key={i} value={i}>
                {INDEX_LABELS[i]![lang]}
              </option>
            ))}
          </select>
        ) : null}
        {state.drawer === 'ranking' && p.onDownloadIndices ? (
          <button type="button" className="download-indices" onClick={p.onDownloadIndices}>
            {t(lang, 'downloadIndices')}
          </button>
        ) : null}
        {state.drawer === 'charts' ? (
          <label className="y-pick">
            {t(lang, 'scatterY')}{' '}
            <select name="yVariable" value={state.yVariable} onChange={(e) => p.update({ yVariable: e.target.value })}>
              {yChoices.map((v) => (
                <option key={v} value={v}>
                  {p.catalog.variables.find((c) => c.id === v)?.label[lang]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {state.drawer === 'table' && p.shown && p.classes ? (
        <div className="table-wrap">
          <UnitTable lang={lang} rows={p.shown} classes={p.classes} unit={p.shownUnit} onSelect={p.onSelectUnit} />
        </div>
      ) : null}
      {state.drawer === 'charts' && p.shown ? (
        <div className="charts">
          <Histogram
            lang={lang}
            label={p.shownLabel}
            unit={p.shownUnit}
            items={p.shown}
            highlighted={p.highlighted}
            selected={p.brushed}
            breaks={p.breaks}
            colors={p.colors}
            onBrush={p.onBrush}
          />
          <Scatter
            lang={lang}
            xLabel={p.shownLabel}
            yLabel={yVar?.label[lang] ?? state.yVariable}
            xUnit={p.shownUnit}
            yUnit={yVar?.unit ?? 'count'}
            data={scatter}
            highlighted={p.highlighted}
            selected={p.brushed}
            colorOf={colorOf}
            onBrush={p.onBrush}
            onHover={p.onChartHover}
            onSelect={p.onSelectUnit}
          />
        </div>
      ) : null}
      {state.drawer === 'buurten' ? p.buurten : null}
      {state.drawer === 'scale' ? p.scale : null}
      {state.drawer === 'sql' ? p.sql : null}
      {state.drawer === 'import' ? p.importer : null}
      {state.drawer === 'ranking' ? (
        p.rankItems.length ? (
          <RankingChart lang={lang} title={p.rankTitle} items={p.rankItems} selected={state.gemeente} onSelect={p.onOpenGemeente} />
        ) : (
          <p className="muted small pad">{p.rankPending}</p>
        )
      ) : null}
    </section>
  );
}

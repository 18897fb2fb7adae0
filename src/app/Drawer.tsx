/**
 * The panel under the map: ranking of gemeenten, linked charts (histogram + scatter), the table alternative, or
 * nothing. Composition only: every view gets plain props from App (tabs: DrawerTabs.tsx; charts: DrawerCharts.tsx).
 */
import type { ReactNode } from 'react';
import type { Catalog } from '../data/catalog';
import type { UnitValue } from '../data/queries';
import type { Unit } from '../data/variables';
import type { RankItem } from '../views/charts/RankingChart';
import { UnitTable } from '../views/panels/UnitTable';
import { DrawerCharts } from './DrawerCharts';
import { DrawerTabs } from './DrawerTabs';
import type { Lang } from './i18n';
import { RankingChart } from './lazy-views';
import type { ViewState } from './url-state';

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

export function Drawer(p: DrawerProps) {
  const { lang, state } = p;
  return (
    <section className={`drawer drawer-${state.drawer}`}>
      <DrawerTabs lang={lang} catalog={p.catalog} state={state} update={p.update} onDownloadIndices={p.onDownloadIndices} />
      {state.drawer === 'table' && p.shown && p.classes ? (
        <div className="table-wrap">
          <UnitTable lang={lang} rows={p.shown} classes={p.classes} unit={p.shownUnit} onSelect={p.onSelectUnit} />
        </div>
      ) : null}
      {state.drawer === 'charts' && p.shown ? <DrawerCharts {...p} shown={p.shown} yVariable={state.yVariable} /> : null}
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

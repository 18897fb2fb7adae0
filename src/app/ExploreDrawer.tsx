/**
 * The explore mode's drawer with what fills it: the ranking of every gemeente on the chosen index (from the batch
 * indices), the charts and table, the buurten and scale tabs, the SQL console and the import panel (both loaded
 * only while their tab is open).
 */
import { useMemo } from 'react';
import { BuurtDrawer } from '../features/buurt/BuurtDrawer';
import { ScaleDrawer } from '../features/buurt/ScaleDrawer';
import type { BuurtFeature } from '../features/buurt/use-buurt';
import { withImports } from '../features/import/session';
import type { RankItem } from '../views/charts/RankingChart';
import { INDEX_LABELS } from '../views/panels/index-labels';
import type { DataService } from './data-service';
import { Drawer, type DrawerProps } from './Drawer';
import { downloadIndices } from './export-indices';
import { t } from './i18n';
import { failureText } from './i18n-errors';
import { ImportPanel, SqlConsole } from './lazy-views';
import type { IndicesState } from './use-indices';

type Shared = Omit<DrawerProps, 'rankTitle' | 'rankItems' | 'rankPending' | 'onDownloadIndices' | 'buurten' | 'scale' | 'sql' | 'importer'>;

export interface ExploreDrawerProps extends Shared {
  service: DataService;
  indices: IndicesState;
  groupLabel: string;
  indexYear: number;
  buurt: BuurtFeature;
  gemeenteName: string | null;
  /** The selected wijk (or the wijk of a selected buurt). */
  wijk: { code: string; name: string } | null;
}

export function ExploreDrawer({ service, indices, groupLabel, indexYear, buurt, gemeenteName, wijk, ...p }: ExploreDrawerProps) {
  const { lang, state } = p;
  const rankItems = useMemo<RankItem[]>(
    () =>
      (indices.ranking?.records ?? []).flatMap((r) => {
        const v = r.twoGroup[state.rankIndex];
        return v.ok ? [{ code: r.regionCode, name: r.regionName, value: v.value, units: r.unitsUsed }] : [];
      }),
    [indices.ranking, state.rankIndex],
  );
  const index = INDEX_LABELS[state.rankIndex]![lang];
  const ranking = indices.ranking;
  return (
    <Drawer
      {...p}
      rankTitle={`${rankItems.length} ${t(lang, 'rankingOf')} ${index} — ${groupLabel} (${t(lang, 'wijken')} ${indexYear})`}
      rankItems={rankItems}
      rankPending={indices.error ? failureText(lang, indices.error) : t(lang, 'computing')}
      onDownloadIndices={ranking ? () => downloadIndices(ranking, lang) : null}
      buurten={
        <BuurtDrawer
          lang={lang}
          rows={buurt.gemeenteRows}
          gemeenteName={gemeenteName}
          wijk={wijk}
          selected={state.selected}
          failed={!!buurt.error}
          onSelect={p.onSelectUnit}
        />
      }
      scale={<ScaleDrawer lang={lang} state={state} update={p.update} rows={buurt.rows} onOpenGemeente={p.onOpenGemeente} />}
      sql={state.drawer === 'sql' ? <SqlConsole lang={lang} openSession={withImports(service)} /> : null}
      importer={state.drawer === 'import' ? <ImportPanel lang={lang} runSql={service.runImportSql} units={service} /> : null}
    />
  );
}

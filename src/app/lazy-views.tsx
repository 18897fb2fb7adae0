/**
 * The heavy views as separate chunks (code splitting): the map (MapLibre, ~1 MB), the drawer's charts (d3), the
 * waterbed views, the indices and detail panels. The entry chunk then holds React and the app shell, which renders
 * at once; the map chunk starts downloading when this module is evaluated, in parallel with the data. Each view
 * gets its own Suspense boundary with a fallback of its own size (the map's is its empty container: no shift).
 */
import { lazy, Suspense, type ComponentProps, type ComponentType, type JSX, type ReactNode } from 'react';

function deferred<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  const View = (props: P) => (
    <Suspense fallback={fallback}>
      <Lazy {...(props as P & JSX.IntrinsicAttributes)} />
    </Suspense>
  );
  return View;
}

const mapModule = import('../views/map/ChoroplethMap');

type MapProps = ComponentProps<Awaited<typeof mapModule>['ChoroplethMap']>;
export const ChoroplethMap = deferred<MapProps>(
  () => mapModule.then((m) => m.ChoroplethMap),
  <div className="map" role="region" aria-busy="true" />,
);

type RankingProps = ComponentProps<typeof import('../views/charts/RankingChart').RankingChart>;
export const RankingChart = deferred<RankingProps>(() => import('../views/charts/RankingChart').then((m) => m.RankingChart));

type HistogramProps = ComponentProps<typeof import('../views/explore/Histogram').Histogram>;
export const Histogram = deferred<HistogramProps>(() => import('../views/explore/Histogram').then((m) => m.Histogram));

type ScatterProps = ComponentProps<typeof import('../views/explore/Scatter').Scatter>;
export const Scatter = deferred<ScatterProps>(() => import('../views/explore/Scatter').then((m) => m.Scatter));

type SideProps = ComponentProps<typeof import('./WaterbedViews').WaterbedSide>;
export const WaterbedSide = deferred<SideProps>(() => import('./WaterbedViews').then((m) => m.WaterbedSide));

type WbDrawerProps = ComponentProps<typeof import('./WaterbedViews').WaterbedDrawer>;
export const WaterbedDrawer = deferred<WbDrawerProps>(() => import('./WaterbedViews').then((m) => m.WaterbedDrawer));

type IndicesProps = ComponentProps<typeof import('../views/panels/IndicesPanel').IndicesPanel>;
export const IndicesPanel = deferred<IndicesProps>(() => import('../views/panels/IndicesPanel').then((m) => m.IndicesPanel));

type DetailProps = ComponentProps<typeof import('../views/explore/DetailPanel').DetailPanel>;
export const DetailPanel = deferred<DetailProps>(() => import('../views/explore/DetailPanel').then((m) => m.DetailPanel));

type SqlProps = ComponentProps<typeof import('../features/sql/SqlConsole').SqlConsole>;
export const SqlConsole = deferred<SqlProps>(() => import('../features/sql/SqlConsole').then((m) => m.SqlConsole));

type ImportProps = ComponentProps<typeof import('../features/import/ImportPanel').ImportPanel>;
export const ImportPanel = deferred<ImportProps>(() => import('../features/import/ImportPanel').then((m) => m.ImportPanel));

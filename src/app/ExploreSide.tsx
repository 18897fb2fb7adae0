/**
 * The explore mode's part of the side panel: the selected unit's details, the selected gemeente's segregation
 * indices, the exports and the indices over its buurten. Plain props in; the app shell computes them.
 */
import type { DataService, UnitCollection } from './data-service';
import type { GroupDefinition } from '../engine/groups';
import type { IndicesRecord } from '../pipeline/indices';
import type { UnitRecord } from '../data/queries';
import type { DetailRow } from '../views/explore/detail-model';
import type { ViewData } from '../features/export/view';
import { ExportMenu } from '../features/export/ExportMenu';
import { BuurtSide } from '../features/buurt/BuurtSide';
import type { SelectionInfo } from '../features/buurt/selection';
import type { Lang } from './i18n';
import { IndicesPanel } from './lazy-views';
import { DetailOrCompare } from './DetailOrCompare';
import type { Pinned } from './use-compare';
import type { IndicesState } from './use-indices';
import type { ViewState } from './url-state';

export interface ExploreSideProps {
  lang: Lang;
  service: DataService;
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
  /** The selected unit's detail rows (null while loading or when nothing is selected). */
  detail: readonly DetailRow[] | null;
  selection: SelectionInfo & { level: 'gemeente' | 'wijk' | 'buurt' };
  gemeenteName: string | null;
  indexYear: number;
  groups: GroupDefinition[];
  group: string | null;
  indices: IndicesState;
  record: IndicesRecord | null;
  /** Why the indices cannot be shown, in words. */
  indicesProblem: string | null;
  view: ViewData | null;
  geometry: UnitCollection | null;
  buurtRows: readonly UnitRecord[] | null;
  /** The area pinned for comparison (null = none). */
  pinned: Pinned | null;
}

export function ExploreSide(p: ExploreSideProps) {
  const { lang, state, update, selection, gemeenteName, indices } = p;
  return (
    <>
      <DetailOrCompare
        lang={lang}
        state={state}
        update={update}
        detail={p.detail}
        selection={selection}
        gemeenteName={gemeenteName}
        pinned={p.pinned}
      />
      {p.group ? (
        <IndicesPanel
          lang={lang}
          year={p.indexYear}
          groups={p.groups}
          group={p.group}
          onGroup={(g) => update({ group: g })}
          record={p.record}
          gemeenteName={gemeenteName}
          busy={indices.busy}
          error={p.indicesProblem}
          decomposition={indices.decomposition}
          national={indices.ranking?.records ?? null}
        />
      ) : null}
      <ExportMenu
        lang={lang}
        service={p.service}
        indexYear={p.indexYear}
        group={p.group}
        detail={indices.detailFor === state.gemeente ? indices.detail : null}
        record={p.record}
        view={p.view}
        geometry={p.geometry}
      />
      {state.gemeente && gemeenteName ? (
        <BuurtSide lang={lang} state={state} update={update} rows={p.buurtRows} gemeenteName={gemeenteName} wijk={selection.wijk} />
      ) : null}
    </>
  );
}

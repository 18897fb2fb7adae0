/**
 * How the user moves through the app: a state patch (reconciled with the catalogue, a notice when something had to
 * change), opening a gemeente, selecting a unit (map click, chart, table: a target in waterbed mode, a unit in
 * scenario mode) and a search result (keyboard alternative to clicking; in waterbed mode a result of another level
 * than the comparison's says why it cannot be a target).
 */
import { useCallback, useLayoutEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import type { Catalog } from '../data/catalog';
import { buurtView } from '../features/buurt/selection';
import type { Notice } from './i18n';
import type { SearchResult } from './search-index';
import { indexYear } from './use-indices';
import { reconcile, type ViewState } from './url-state';

export interface NavigationDeps {
  catalog: Catalog;
  state: ViewState;
  setState: Dispatch<SetStateAction<ViewState>>;
  addNotice: (n: Notice) => void;
  /** In waterbed mode: the comparison's level and its target toggle. */
  waterbed: { level: string; toggle: (code: string, name: string) => void } | null;
  /** In scenario mode: its target toggle and search handler. */
  scenario: { toggle: (code: string) => void; onSearch: (r: SearchResult) => void } | null;
  nameOf: (code: string) => string | undefined;
}

export function useNavigation({ catalog, state, setState, addNotice, waterbed, scenario, nameOf }: NavigationDeps) {
  // The callbacks read the state of the last commit (or of the last update) instead of closing over it: they stay
  // the same functions while the view changes, so the views they are handed to (the ranking's bars, the tables) do
  // not redraw on every indicator switch.
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  }, [state]);
  const update = useCallback(
    (patch: Partial<ViewState>) => {
      const cur = latest.current;
      const r = reconcile({ ...cur, ...patch }, catalog);
      // A new place is shown in its fitted view: a stored map position no longer applies.
      const moved = r.state.gemeente !== cur.gemeente || r.state.level !== cur.level;
      const next = moved ? { ...r.state, camera: null } : r.state;
      latest.current = next;
      setState(next);
      if (r.note) addNotice(r.note);
    },
    [catalog, addNotice, setState],
  );
  const openGemeente = useCallback(
    (gm: string) => update({ level: 'wijk', gemeente: gm, selected: gm, year: indexYear(latest.current.level, latest.current.year) }),
    [update],
  );
  const select = useCallback(
    (code: string) => {
      if (waterbed) waterbed.toggle(code, nameOf(code) ?? code);
      else if (scenario) scenario.toggle(code);
      else if (code.startsWith('GM')) openGemeente(code);
      else if (code.startsWith('BU')) update(buurtView(catalog, latest.current.variable, code));
      else update({ gemeente: 'GM' + code.slice(2, 6), selected: code });
    },
    [openGemeente, update, waterbed, scenario, nameOf, catalog],
  );
  const onSearch = useCallback(
    (r: SearchResult) => {
      // In waterbed mode a search result of the comparison's level becomes a target.
      if (waterbed) {
        if (r.level === waterbed.level) waterbed.toggle(r.code, r.name);
        else addNotice({ code: 'target_wrong_level', params: { name: r.name, level: waterbed.level } });
        return;
      }
      if (scenario) return scenario.onSearch(r);
      const cur = latest.current;
      if (r.level === 'gemeente') openGemeente(r.code);
      else if (r.level === 'buurt') update({ ...buurtView(catalog, cur.variable, r.code), drawer: 'buurten' });
      else update({ level: 'wijk', gemeente: r.gemeenteCode ?? 'GM' + r.code.slice(2, 6), selected: r.code, year: r.year ?? cur.year });
    },
    [openGemeente, update, catalog, waterbed, scenario, addNotice],
  );
  return { update, openGemeente, select, onSearch };
}

/**
 * Keeps the view valid when the catalogue changes while the page is open (an import added, mapped by hand or
 * removed: imported-overlay.ts). A variable or year no longer offered is replaced, with the same notice a link
 * gets (naming it as the catalogue before the change did). And a link's variable and year that only an import
 * provides (e.g. after a reload, before the kept imports are restored) are shown as soon as the catalogue offers
 * them — unless the user has moved on meanwhile — and the link's notices about them are taken back.
 */
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { Catalog, Level } from '../data/catalog';
import type { Notice } from './i18n';
import { reconcile, yearsFor, type ViewState } from './url-state';
import { shorten } from './url-state-reader';

interface Wanted {
  level: Level;
  variable: string;
  year: number;
}

/** What the page's link asked for (read once, before the app rewrites the URL). */
export function linkWanted(search: string): Wanted | null {
  const p = new URLSearchParams(search);
  const variable = p.get('var');
  const year = Number(p.get('jaar'));
  const lvl = p.get('gm') ? (p.get('lvl') === 'buurt' ? 'buurt' : 'wijk') : p.get('lvl'); // buurt: a gemeente's buurt map
  if (!variable || !Number.isInteger(year) || (lvl !== 'gemeente' && lvl !== 'wijk' && lvl !== 'buurt')) return null;
  return { level: lvl, variable, year };
}

/** A notice of the page's link about the variable or year it asked for. */
function aboutLink(n: Notice, w: Wanted): boolean {
  if (n.code === 'unknown_variable') return n.params.value === shorten(w.variable);
  if (n.code === 'variable_unavailable') return n.params.variable === w.variable;
  return n.code === 'year_unavailable' && n.params.year === String(w.year);
}

export function useCatalogGuard(
  catalog: Catalog,
  state: ViewState,
  setState: Dispatch<SetStateAction<ViewState>>,
  addNotice: (n: Notice) => void,
  setNotices: Dispatch<SetStateAction<Notice[]>>,
): void {
  const seen = useRef(catalog);
  const [first] = useState(() => ({ level: state.level, variable: state.variable, year: state.year }));
  const [link] = useState(() => linkWanted(window.location.search));
  const wanted = useRef(link && (link.variable !== first.variable || link.year !== first.year || link.level !== first.level) ? link : null);
  useEffect(() => {
    if (seen.current === catalog) return;
    const before = seen.current;
    seen.current = catalog;
    const w = wanted.current;
    const untouched = state.level === first.level && state.variable === first.variable && state.year === first.year;
    if (w && untouched && yearsFor(catalog, w.level, w.variable).includes(w.year)) {
      wanted.current = null;
      setState((s) => ({ ...s, level: w.level, variable: w.variable, year: w.year }));
      setNotices((ns) => ns.filter((n) => !aboutLink(n, w)));
      return;
    }
    const r = reconcile(state, catalog);
    if (r.state.variable === state.variable && r.state.year === state.year && r.state.yVariable === state.yVariable) return;
    setState((s) => ({ ...s, variable: r.state.variable, year: r.state.year, yVariable: r.state.yVariable }));
    const gone = before.variables.find((v) => v.id === state.variable)?.label;
    if (r.note) addNotice(gone ? { ...r.note, params: { ...r.note.params, variable_nl: gone.nl, variable_en: gone.en } } : r.note);
  }, [catalog, state, first, setState, addNotice, setNotices]);
}

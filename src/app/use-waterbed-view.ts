/**
 * In waterbed mode the map shows the comparison's level, indicator and end year over all units of the level: keep
 * the view state in step with the waterbed form and its result, before the next paint. A segregation index entry
 * shows its group's share.
 */
import { useLayoutEffect, type Dispatch, type SetStateAction } from 'react';
import type { Catalog, Level } from '../data/catalog';
import { reconcile, type ViewState } from './url-state';
import { indexMapVariable } from '../views/waterbed/index-indicator';

export function useWaterbedView(
  target: { level: Level; variable: string; year: number } | null,
  state: ViewState,
  setState: Dispatch<SetStateAction<ViewState>>,
  catalog: Catalog,
): void {
  const level = target?.level ?? null;
  const variable = target ? (indexMapVariable(target.variable) ?? target.variable) : null;
  const year = target?.year ?? null;
  // A layout effect: the view follows a new result before the browser paints, so no frame shows the new values on
  // the previous comparison's boundaries (and the map switches layer one frame earlier).
  useLayoutEffect(() => {
    if (!level || !variable || year === null) return;
    if (state.level === level && state.variable === variable && state.year === year && state.gemeente === null) return;
    setState((s) => reconcile({ ...s, level, variable, year, gemeente: null, selected: null, mapMode: 'variable' }, catalog).state);
  }, [level, variable, year, state.level, state.variable, state.year, state.gemeente, catalog, setState]);
}

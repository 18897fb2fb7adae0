/**
 * The buurt map of an open gemeente, once its buurt boundaries were imported: which years it can show, what a map
 * click selects there (the buurt itself, not its wijk), which unit the map outlines, and the buurten on the map (the
 * buurt indices are computed over exactly those). When the imported layer goes (the import was removed, or a link
 * asks for a buurt map this browser has no boundaries for), the view falls back to the wijken and says why.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { layerKeyOf, yearsFor, type Registration, type SkippedCodes } from '../../app/imported-boundaries';
import type { ViewState } from '../../app/url-state';
import type { UnitRecord } from '../../data/queries';
import { mapCodeOf } from './selection';

export interface BuurtMap {
  /** The map shows buurten now. */
  active: boolean;
  /** Years with imported buurt boundaries for the open gemeente (newest first). */
  years: number[];
  /** Files whose boundaries make up the layer shown (or offered). */
  files: string[];
  /** Codes of the imported files that were skipped. */
  skipped: SkippedCodes[];
  /** Set when the buurt map had to give way to the wijken (the year it asked for). */
  lost: number | null;
  onSelect: (code: string) => void;
  /** Switch the map of the open gemeente to its wijken or (the newest imported) buurten. */
  show: (level: 'wijk' | 'buurt') => void;
  /** The unit to outline on the map. */
  selected: string | null;
  /** On the buurt map: the buurten of the gemeente that are on it. */
  rowsShown: readonly UnitRecord[] | null;
}

export interface BuurtMapDeps {
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
  select: (code: string) => void;
  registration: Registration | null;
  gemeenteRows: readonly UnitRecord[] | null;
}

export function useBuurtMap({ state, update, select, registration, gemeenteRows }: BuurtMapDeps): BuurtMap {
  const active = state.level === 'buurt' && !!state.gemeente;
  const gemeente = state.gemeente;
  const years = useMemo(() => (registration && gemeente ? yearsFor(registration, 'buurt', gemeente) : []), [registration, gemeente]);
  const [lost, setLost] = useState<number | null>(null);
  useEffect(() => {
    if (!active || !registration || years.includes(state.year)) return;
    setLost(state.year);
    update({ level: 'wijk', selected: state.selected ? mapCodeOf(state.selected) : null });
  }, [active, registration, years, state.year, state.selected, update]);
  const show = useCallback(
    (level: 'wijk' | 'buurt') => {
      setLost(null);
      if (level === 'buurt') update({ level, year: years[0] ?? state.year, mapMode: 'variable' });
      else update({ level, selected: state.selected ? mapCodeOf(state.selected) : null });
    },
    [update, years, state.year, state.selected],
  );
  const onSelect = useCallback(
    (code: string) => (active && code.startsWith('BU') ? update({ selected: code }) : select(code)),
    [active, update, select],
  );
  const layer = registration?.layers.get(layerKeyOf('buurt', active ? state.year : (years[0] ?? state.year)));
  const rowsShown = useMemo(() => {
    if (!active || !gemeenteRows || !layer) return null;
    const codes = new Set(layer.collection.features.map((f) => f.properties.code));
    return gemeenteRows.filter((r) => codes.has(r.code));
  }, [active, gemeenteRows, layer]);
  const files = useMemo(() => (layer ? layer.files : []), [layer]);
  return {
    active,
    years,
    files,
    skipped: registration?.skipped ?? [],
    lost: active ? null : lost,
    onSelect,
    show,
    selected: active ? state.selected : mapCodeOf(state.selected),
    rowsShown,
  };
}

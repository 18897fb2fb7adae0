/**
 * Keyboard model of the search combobox (WAI-ARIA APG "combobox with list autocomplete"). Pure: a state and a key
 * in, the next state and what to do out. The input keeps DOM focus; the active option is shown through
 * aria-activedescendant.
 */
export interface ComboState {
  open: boolean;
  /** Index of the active option, or -1 for none. */
  active: number;
}

export type ComboEffect = { type: 'none' } | { type: 'select'; index: number } | { type: 'clear' };

export const CLOSED: ComboState = { open: false, active: -1 };

/** State after the query changed (or the input got focus): open for a non-empty query, no active option yet. The
 * list is only shown when there are results. */
export function onQueryChange(query: string): ComboState {
  return { open: query.trim().length > 0, active: -1 };
}

/**
 * ArrowDown / ArrowUp open the list and move (wrapping); Enter selects the active option, or the first one when
 * none is active; Escape closes an open list, or asks to clear the input when already closed; Tab closes.
 * `handled` says whether the key's default action should be prevented.
 */
export function onKey(state: ComboState, key: string, count: number): { state: ComboState; effect: ComboEffect; handled: boolean } {
  const none: ComboEffect = { type: 'none' };
  switch (key) {
    case 'ArrowDown':
    case 'Down':
      if (count === 0) return { state: CLOSED, effect: none, handled: true };
      if (!state.open) return { state: { open: true, active: 0 }, effect: none, handled: true };
      return { state: { open: true, active: (state.active + 1) % count }, effect: none, handled: true };
    case 'ArrowUp':
    case 'Up':
      if (count === 0) return { state: CLOSED, effect: none, handled: true };
      if (!state.open || state.active <= 0) return { state: { open: true, active: count - 1 }, effect: none, handled: true };
      return { state: { open: true, active: state.active - 1 }, effect: none, handled: true };
    case 'Enter':
      if (state.open && count > 0) {
        const index = state.active >= 0 && state.active < count ? state.active : 0;
        return { state: CLOSED, effect: { type: 'select', index }, handled: true };
      }
      return { state, effect: none, handled: false };
    case 'Escape':
    case 'Esc':
      if (state.open) return { state: CLOSED, effect: none, handled: true };
      return { state: CLOSED, effect: { type: 'clear' }, handled: true };
    case 'Tab':
      return { state: CLOSED, effect: none, handled: false };
    default:
      return { state, effect: none, handled: false };
  }
}

import { describe, expect, it } from 'vitest';
import { CLOSED, onKey, onQueryChange } from '../../../src/views/explore/combobox-model';

describe('combobox keyboard model', () => {
  it('typing opens the list without an active option; an empty query closes it', () => {
    expect(onQueryChange('den')).toEqual({ open: true, active: -1 });
    expect(onQueryChange('  ')).toEqual(CLOSED);
  });

  it('arrow keys open, move and wrap', () => {
    let s = CLOSED;
    s = onKey(s, 'ArrowDown', 3).state;
    expect(s).toEqual({ open: true, active: 0 });
    s = onKey(s, 'ArrowDown', 3).state;
    s = onKey(s, 'ArrowDown', 3).state;
    expect(s.active).toBe(2);
    s = onKey(s, 'ArrowDown', 3).state;
    expect(s.active).toBe(0);
    s = onKey(s, 'ArrowUp', 3).state;
    expect(s.active).toBe(2);
    expect(onKey(CLOSED, 'ArrowUp', 3).state).toEqual({ open: true, active: 2 });
    expect(onKey({ open: true, active: -1 }, 'ArrowDown', 0)).toMatchObject({ state: CLOSED, handled: true });
  });

  it('Enter selects the active option, or the first one; nothing when closed', () => {
    expect(onKey({ open: true, active: 1 }, 'Enter', 3)).toEqual({ state: CLOSED, effect: { type: 'select', index: 1 }, handled: true });
    expect(onKey({ open: true, active: -1 }, 'Enter', 3).effect).toEqual({ type: 'select', index: 0 });
    expect(onKey(CLOSED, 'Enter', 3)).toMatchObject({ effect: { type: 'none' }, handled: false });
    expect(onKey({ open: true, active: -1 }, 'Enter', 0).effect).toEqual({ type: 'none' });
  });

  it('Escape closes, a second Escape clears; Tab closes without preventing focus moving', () => {
    const first = onKey({ open: true, active: 2 }, 'Escape', 3);
    expect(first).toEqual({ state: CLOSED, effect: { type: 'none' }, handled: true });
    expect(onKey(first.state, 'Escape', 3).effect).toEqual({ type: 'clear' });
    expect(onKey({ open: true, active: 0 }, 'Tab', 3)).toEqual({ state: CLOSED, effect: { type: 'none' }, handled: false });
    expect(onKey({ open: true, active: 0 }, 'a', 3)).toMatchObject({ state: { open: true, active: 0 }, handled: false });
  });
});

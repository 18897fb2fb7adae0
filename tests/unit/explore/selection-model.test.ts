import { describe, expect, it } from 'vitest';
import { sameSelection } from '../../../src/views/explore/selection-model';

describe('sameSelection', () => {
  it('compares a selection with the codes a brush emitted, ignoring order and duplicates', () => {
    expect(sameSelection(new Set(['a', 'b']), ['b', 'a'])).toBe(true);
    expect(sameSelection(new Set(['a', 'b']), ['a', 'a', 'b'])).toBe(true);
    expect(sameSelection(new Set(['a', 'b']), ['a', 'c'])).toBe(false);
    expect(sameSelection(new Set(['a']), ['a', 'b'])).toBe(false);
    expect(sameSelection(null, [])).toBe(true);
    expect(sameSelection(undefined, null)).toBe(true);
    expect(sameSelection(new Set(), ['a'])).toBe(false);
  });
});

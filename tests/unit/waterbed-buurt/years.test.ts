import { describe, expect, it } from 'vitest';
import { withBoundaries, yearAvailability, yearsNote } from '../../../src/features/waterbed-buurt/years';

describe('waterbed years at a level', () => {
  it('offers only years with statistics and boundaries, ascending', () => {
    expect(withBoundaries([2024, 2022, 2023, 2024], (y) => y !== 2022)).toEqual([2023, 2024]);
  });

  it('tells which years miss boundaries or statistics', () => {
    const a = yearAvailability([2024, 2023, 2021], [2024, 2023, 2022]);
    expect(a).toEqual({ both: [2023, 2024], statsOnly: [2021], boundariesOnly: [2022] });
    const note = yearsNote(a);
    expect(note.nl).toContain('2023, 2024');
    expect(note.nl).toContain('Cijfers maar geen buurtgrenzen: 2021');
    expect(note.en).toContain('no statistics for this indicator: 2022');
  });

  it('says two years are needed when fewer than two have both', () => {
    const note = yearsNote(yearAvailability([2024], [2024, 2023]));
    expect(note.nl).toContain('twee jaren');
    expect(note.en).toContain('two years');
    expect(note.en).toContain('no statistics for this indicator: 2023');
  });
});

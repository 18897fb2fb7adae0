import { describe, it, expect } from 'vitest';
import { GROUP_DEFINITIONS, groupCounts, groupDefinitionById, variablesOf } from '../../../src/engine/groups';
import { VARIABLE_IDS } from '../../../src/data/variables';

const row = (code: string, values: Record<string, number | null>) => ({ code, values });

describe('group definition catalogue', () => {
  it('has the expected two-group and multigroup definitions with Dutch and English labels', () => {
    const ids = GROUP_DEFINITIONS.map((d) => d.id);
    for (const id of [
      'income_low',
      'income_high',
      'owner_occupied',
      'social_rent',
      'age_65plus',
      'age_0_14',
      'origin_non_western',
      'origin_outside_europe',
      'higher_education',
    ]) {
      expect(groupDefinitionById(id)?.kind, id).toBe('two-group');
    }
    for (const id of ['age5', 'origin3', 'origin3_2022']) expect(groupDefinitionById(id)?.kind, id).toBe('multigroup');
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of GROUP_DEFINITIONS) {
      expect(d.label.nl.length && d.label.en.length).toBeTruthy();
      for (const g of d.groups) expect(g.label.nl.length && g.label.en.length).toBeTruthy();
      if (d.kind === 'two-group') expect(d.groups.length).toBe(2);
    }
    expect(groupDefinitionById('age5')!.groups.length).toBe(5);
  });

  it('only reads variables of the harmonised catalogue', () => {
    for (const d of GROUP_DEFINITIONS) for (const v of variablesOf(d)) expect(VARIABLE_IDS, `${d.id}: ${v}`).toContain(v);
  });
});

describe('groupCounts', () => {
  it('income_low: population × share / 100 against the rest', () => {
    const gc = groupCounts(groupDefinitionById('income_low')!, [
      row('BU1', { population: 1000, share_income_low: 40 }),
      row('BU2', { population: 500, share_income_low: 12 }),
    ]);
    expect(gc.units).toEqual(['BU1', 'BU2']);
    expect(gc.groups).toEqual(['income_low', 'rest']);
    expect([...gc.counts[0]]).toEqual([400, 60]);
    expect([...gc.counts[1]]).toEqual([600, 440]);
    expect(gc.approximate).toBe(true);
    expect(gc.note.en).toMatch(/approximation/);
    expect(gc.note.nl).toMatch(/benadering/);
  });

  it('owner_occupied uses dwellings and share_rented for the second group', () => {
    const gc = groupCounts(groupDefinitionById('owner_occupied')!, [
      row('WK1', { dwellings: 200, share_owner_occupied: 55, share_rented: 44, population: 9 }),
    ]);
    expect([...gc.counts[0]]).toEqual([110]);
    expect([...gc.counts[1]]).toEqual([88]);
  });

  it('excludes units with a suppressed share or population, with a reason, never as 0', () => {
    const gc = groupCounts(groupDefinitionById('origin3')!, [
      row('BU1', { population: 100, share_origin_dutch: 70, share_origin_western: 10, share_origin_non_western: 20 }),
      row('BU2', { population: 100, share_origin_dutch: 70, share_origin_western: null, share_origin_non_western: 20 }),
      row('BU3', { population: null, share_origin_dutch: 70, share_origin_western: 10, share_origin_non_western: 20 }),
      row('BU4', { population: 50, share_origin_dutch: 170, share_origin_western: 10, share_origin_non_western: 20 }),
      { code: 'BU5', values: {} },
    ]);
    expect(gc.units).toEqual(['BU1']);
    expect(gc.excluded.map((e) => e.code)).toEqual(['BU2', 'BU3', 'BU4', 'BU5']);
    expect(gc.excluded[0].reason).toMatch(/share_origin_western is missing/);
    expect(gc.excluded[1].reason).toMatch(/population is missing/);
    expect(gc.excluded[2].reason).toMatch(/above 100%/);
    expect(gc.counts.map((c) => c[0])).toEqual([70, 10, 20]);
  });

  it('keeps zero-population units (the engine excludes and counts them)', () => {
    const gc = groupCounts(groupDefinitionById('age_65plus')!, [row('BU1', { population: 0, share_age_65plus: 0 })]);
    expect(gc.units).toEqual(['BU1']);
    expect(gc.counts[0][0] + gc.counts[1][0]).toBe(0);
  });

  it('age5 gives five columns that add up to about the population', () => {
    const gc = groupCounts(groupDefinitionById('age5')!, [
      row('BU1', {
        population: 1000,
        share_age_0_14: 15,
        share_age_15_24: 12,
        share_age_25_44: 25,
        share_age_45_64: 28,
        share_age_65plus: 21,
      }),
    ]);
    expect(gc.counts.length).toBe(5);
    expect(gc.counts.reduce((s, c) => s + c[0], 0)).toBeCloseTo(1010, 9); // rounded shares sum to 101 %
  });
});

import { describe, expect, it } from 'vitest';
import {
  BUURT_GROUP_DEFINITIONS,
  GROUP_DEFINITIONS,
  groupCounts,
  groupDefinitionById,
  groupDefinitionFor,
  groupDefinitionsAt,
  negativeRemainders,
  variablesOf,
} from '../../../src/engine/groups';
import { VARIABLE_IDS } from '../../../src/data/variables';

const row = (code: string, values: Record<string, number | null>) => ({ code, values });
const buurt = (id: string) => groupDefinitionFor(id, 'buurt')!;

describe('buurt group definitions', () => {
  it('offer 65+, 0–14, three age groups and owner-occupied households, labelled in Dutch and English', () => {
    expect(BUURT_GROUP_DEFINITIONS.map((d) => d.id)).toEqual(['age_65plus', 'age_0_14', 'age3', 'owner_occupied_hh']);
    expect(buurt('age3').kind).toBe('multigroup');
    expect(buurt('age3').groups.map((g) => g.id)).toEqual(['age_0_14', 'age_15_64', 'age_65plus']);
    for (const d of BUURT_GROUP_DEFINITIONS) {
      expect(d.label.nl.length && d.label.en.length).toBeTruthy();
      for (const v of variablesOf(d)) expect(VARIABLE_IDS, `${d.id}: ${v}`).toContain(v);
    }
    const owner = buurt('owner_occupied_hh');
    expect(owner.label.en).toMatch(/approximation/);
    expect(owner.label.nl).toMatch(/benadering/);
    expect(owner.note!.en).toMatch(/households × share of owner-occupied dwellings/);
  });

  it('use the published counts at buurt level, the shares elsewhere', () => {
    expect(variablesOf(buurt('age_65plus'))).toEqual(['population', 'persons_age_65plus']);
    expect(variablesOf(groupDefinitionFor('age_65plus', 'wijk')!)).toEqual(['population', 'share_age_65plus']);
    expect(groupDefinitionFor('age_65plus', 'wijk')).toBe(groupDefinitionById('age_65plus'));
    expect(groupDefinitionsAt('gemeente')).toBe(GROUP_DEFINITIONS);
    expect(groupDefinitionFor('income_low', 'buurt')).toBeUndefined();
    expect(groupDefinitionFor('age3', 'wijk')).toBeUndefined();
  });
});

describe('groupCounts with counts and count remainders', () => {
  it('age3: 0–14, population − 0–14 − 65+, 65+ as published; not approximate, rounding noted', () => {
    const gc = groupCounts(buurt('age3'), [
      row('BU1', { population: 1000, persons_age_0_14: 150, persons_age_65plus: 200 }),
      row('BU2', { population: 35, persons_age_0_14: 5, persons_age_65plus: 30 }),
    ]);
    expect(gc.units).toEqual(['BU1', 'BU2']);
    expect(gc.groups).toEqual(['age_0_14', 'age_15_64', 'age_65plus']);
    expect(gc.counts.map((c) => [...c])).toEqual([
      [150, 5],
      [650, 0],
      [200, 30],
    ]);
    expect(gc.approximate).toBe(false);
    expect(gc.note.en).toMatch(/rounded to multiples of 5/);
    expect(gc.note.en).toMatch(/never as 0/);
  });

  it('excludes a unit whose derived count falls below zero after rounding, and counts it', () => {
    const gc = groupCounts(buurt('age3'), [
      row('BU1', { population: 20, persons_age_0_14: 10, persons_age_65plus: 15 }),
      row('BU2', { population: 100, persons_age_0_14: 10, persons_age_65plus: 15 }),
    ]);
    expect(gc.units).toEqual(['BU2']);
    expect(gc.excluded).toEqual([
      {
        code: 'BU1',
        cause: 'negative_remainder',
        reason: 'derived count age_15_64 = population − persons_age_0_14 − persons_age_65plus is below zero (-5) after CBS rounding',
      },
    ]);
    expect(negativeRemainders(gc)).toBe(1);
  });

  it('treats an empty count as missing, never as 0', () => {
    const gc = groupCounts(buurt('age_65plus'), [
      row('BU1', { population: 100, persons_age_65plus: null }),
      row('BU2', { population: null, persons_age_65plus: 10 }),
      row('BU3', { population: 100, persons_age_65plus: -5 }),
      { code: 'BU4', values: {} },
    ]);
    expect(gc.units).toEqual([]);
    expect(gc.excluded.map((e) => [e.code, e.cause])).toEqual([
      ['BU1', 'missing'],
      ['BU2', 'missing'],
      ['BU3', 'invalid'],
      ['BU4', 'missing'],
    ]);
    expect(gc.excluded[0]!.reason).toMatch(/persons_age_65plus is missing/);
    expect(negativeRemainders(gc)).toBe(0);
  });

  it('owner_occupied_hh: households × share / 100 against the rest, an approximation', () => {
    const gc = groupCounts(buurt('owner_occupied_hh'), [row('BU1', { households: 200, share_owner_occupied: 55 })]);
    expect(gc.counts.map((c) => c[0])).toEqual([110, 90]);
    expect(gc.approximate).toBe(true);
    expect(gc.note.en).toMatch(/approximation/);
  });

  it('keeps the share rules: shares above 100 % are invalid, the share remainder never below 0', () => {
    const gc = groupCounts(groupDefinitionById('income_low')!, [
      row('WK1', { population: 100, share_income_low: 101 }),
      row('WK2', { population: 100, share_income_low: Number.NaN }),
      row('WK3', { population: 100, share_income_low: 100 }),
    ]);
    expect(gc.excluded.map((e) => [e.code, e.cause, e.reason])).toEqual([
      ['WK1', 'invalid', 'share_income_low is above 100% (101)'],
      ['WK2', 'invalid', 'share_income_low is invalid (NaN)'],
    ]);
    expect(gc.counts.map((c) => c[0])).toEqual([100, 0]);
  });
});

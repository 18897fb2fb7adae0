/**
 * The buurt–wijk check (src/data/build/buurt-check.ts) and the derived buurt shares (complete-rows.ts), on small
 * hand-made units: causes of wijk differences, buurt sums within and beyond rounding, and shares that stay NULL.
 */
import { describe, expect, it } from 'vitest';
import { compareSums, compareWijken, type AreaUnit } from '../../../src/data/build/buurt-check';
import { derivedShare } from '../../../src/data/build/complete-rows';

const unit = (code: string, population: number | null, name = code): AreaUnit => ({ code, name, values: { population } });
const byCode = (units: AreaUnit[]): Map<string, AreaUnit> => new Map(units.map((u) => [u.code, u]));

describe('compareWijken', () => {
  it('sorts every disagreement into its cause', () => {
    const embedded = byCode([
      unit('WK000101', 1000),
      unit('WK000102', 0),
      unit('WK000103', 500),
      unit('WK000104', 700),
      unit('WK000199', null, 'Groot water'),
      unit('WK099899', null, 'Buitenland'),
    ]);
    const kwb = byCode([
      unit('WK000101', 1000),
      unit('WK000102', null),
      unit('WK000103', 505),
      unit('WK000104', 900),
      unit('WK000105', 40),
    ]);
    const r = compareWijken(kwb, embedded);
    expect(r.agree).toBe(1);
    expect(r.differ.map((e) => [e.code, e.cause])).toEqual([
      ['WK000102', 'zero_as_empty'],
      ['WK000103', 'rounding'],
      ['WK000104', 'unexplained'],
    ]);
    expect(r.only_embedded).toEqual([{ code: 'WK000199', name: 'Groot water', embedded: null, kwb: null, cause: 'no_inhabitants' }]);
    expect(r.only_kwb.map((e) => e.cause)).toEqual(['not_embedded']);
    expect(r.dropped_by_build.map((e) => e.code)).toEqual(['WK099899']);
    expect(r.causes).toEqual({ buitenland: 1, no_inhabitants: 1, not_embedded: 1, zero_as_empty: 1, rounding: 1, unexplained: 1 });
    expect(Object.keys(r.cause_text).sort()).toEqual(Object.keys(r.causes).sort());
  });
});

describe('compareSums', () => {
  it('quantifies buurt sums against the wijk, Amsterdam letter codes included', () => {
    const wijken = byCode([unit('WK0363KA', 1000), unit('WK036300', 500), unit('WK036301', 5), unit('WK036302', 100)]);
    const buurten = [
      unit('BU0363KA01', 600),
      unit('BU0363KA05', 410), // +10 with 2 buurten: within 5 × (2 + 1)
      unit('BU03630000', 500),
      unit('BU03630100', null), // a secret or zeroed buurt under a wijk of 5
      unit('BU03630200', 130), // +30 with 1 buurt: beyond rounding
    ];
    const r = compareSums('population', buurten, wijken);
    expect(r).toMatchObject({ wijken: 4, equal: 1, differ: 3, max_abs: 30, sum_abs: 45, net: 35, with_empty_buurt: 1, beyond_rounding: 1 });
    expect(r.by_abs).toEqual({ '5': 1, '10': 1, '30': 1 });
    expect(r.largest[0]).toEqual({ code: 'WK036302', wijk: 100, buurten_sum: 130, buurten: 1, empty_buurten: 0 });
  });
});

describe('derivedShare', () => {
  it('is count / total × 100 to 0.1, or NULL when it cannot be known', () => {
    expect(derivedShare(210, 2175)).toBe(9.7);
    expect(derivedShare(55, 4745)).toBe(1.2);
    expect(derivedShare(5, 5)).toBe(100);
    for (const [c, t] of [
      [null, 100],
      [5, null],
      [5, 0],
      [10, 5],
      [-5, 100],
    ] as const)
      expect(derivedShare(c, t), `${c}/${t}`).toBeNull();
  });
});

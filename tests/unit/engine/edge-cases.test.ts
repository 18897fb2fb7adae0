import { describe, it, expect } from 'vitest';
import { dissimilarity } from '../../../src/engine/indices/dissimilarity';
import { correlationRatio, exposure, isolation } from '../../../src/engine/indices/exposure';
import { theilH } from '../../../src/engine/indices/entropy';
import { gini } from '../../../src/engine/indices/gini';
import { atkinson } from '../../../src/engine/indices/atkinson';
import { mutualInformation, theilHMulti } from '../../../src/engine/indices/mutual-information';
import { multigroupDissimilarity } from '../../../src/engine/indices/multigroup-dissimilarity';
import { morrillDadj } from '../../../src/engine/indices/morrill';
import { wongDw } from '../../../src/engine/indices/wong';
import { prepareTwoGroup, prepareMultiGroup, type CountVector, type IndexResult } from '../../../src/engine/result';
import { gridAdjacency } from './helpers';

const TWO_GROUP: [string, (x: CountVector, y: CountVector) => IndexResult][] = [
  ['D', dissimilarity],
  ['xPx', isolation],
  ['xPy', exposure],
  ['H', theilH],
  ['Gini', gini],
  ['V', correlationRatio],
  ['A', (x, y) => atkinson(x, y)],
  ['M', (x, y) => mutualInformation([x, y])],
  ['Hm', (x, y) => theilHMulti([x, y])],
  ['Dm', (x, y) => multigroupDissimilarity([x, y])],
];

describe('input preparation', () => {
  it('excludes and counts zero-population units', () => {
    const d = prepareTwoGroup([0, 5, 3, 0], [0, 5, 7, 0]);
    expect(d.used).toBe(2);
    expect(d.excluded).toEqual({ zeroPopulation: 2, invalid: 0 });
    expect([...d.index]).toEqual([1, 2]);
    expect(d.warnings.map((w) => w.code)).toContain('excluded_zero_population');
    const r = dissimilarity([0, 5, 3, 0], [0, 5, 7, 0]);
    expect(r.ok && r.value).toBeCloseTo(0.5 * (Math.abs(5 / 8 - 5 / 12) + Math.abs(3 / 8 - 7 / 12)), 12);
    expect(r.meta.unitsUsed).toBe(2);
    expect(r.meta.excluded.zeroPopulation).toBe(2);
  });

  it('excludes null, NaN, infinite and negative counts as invalid (never as 0)', () => {
    const d = prepareTwoGroup([1, null, 3, NaN, 4, -1, 2], [1, 2, Infinity, 1, 4, 3, undefined]);
    expect(d.used).toBe(2);
    expect(d.excluded).toEqual({ zeroPopulation: 0, invalid: 5 });
    const m = prepareMultiGroup([
      [1, 2, 0],
      [3, null, 0],
      [1, 1, 0],
    ]);
    expect(m.used).toBe(1);
    expect(m.excluded).toEqual({ zeroPopulation: 1, invalid: 1 });
  });

  it('throws a RangeError on arrays of different length (a programming error)', () => {
    expect(() => dissimilarity([1, 2], [1])).toThrow(RangeError);
    expect(() => mutualInformation([[1, 2], [1]])).toThrow(RangeError);
  });

  it('warns about small units', () => {
    const r = dissimilarity([3, 5, 1], [4, 2, 8]);
    expect(r.meta.warnings.map((w) => w.code)).toContain('small_units');
  });
});

describe('not computable, never NaN', () => {
  const cases: [string, number[], number[], string][] = [
    ['no units', [], [], 'too_few_units'],
    ['one unit', [5], [7], 'too_few_units'],
    ['one usable unit after exclusions', [5, 0, null as unknown as number], [7, 0, 3], 'too_few_units'],
    ['empty group x', [0, 0, 0], [3, 4, 5], 'empty_group'],
    ['empty group y', [3, 4, 5], [0, 0, 0], 'empty_group'],
    ['all zero', [0, 0], [0, 0], 'too_few_units'],
  ];
  for (const [name, x, y, code] of cases) {
    it(`${name} → ${code} for every index`, () => {
      for (const [id, f] of TWO_GROUP) {
        const r = f(x, y);
        expect(r.ok, id).toBe(false);
        if (!r.ok) {
          expect(r.code, id).toBe(code);
          expect(r.reason, id).toMatch(/^not computable: /);
        }
      }
    });
  }

  it('a single completely segregated pair of units gives finite values', () => {
    for (const [id, f] of TWO_GROUP) {
      const r = f([10, 0], [0, 10]);
      expect(r.ok, id).toBe(true);
      if (r.ok) expect(Number.isFinite(r.value), id).toBe(true);
    }
  });

  it('Atkinson rejects b outside (0, 1)', () => {
    for (const b of [0, 1, -0.5, 2, NaN]) {
      const r = atkinson([1, 2], [3, 1], b);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.code).toBe('invalid_parameter');
    }
    expect(atkinson([1, 2], [3, 1], 0.1).ok).toBe(true);
  });

  it('multigroup with one non-empty group is not computable; an empty group among several only warns', () => {
    const one = mutualInformation([
      [1, 2],
      [0, 0],
      [0, 0],
    ]);
    expect(one.ok).toBe(false);
    const three = mutualInformation([
      [1, 2],
      [0, 0],
      [3, 1],
    ]);
    expect(three.ok).toBe(true);
    expect(three.meta.warnings.map((w) => w.code)).toContain('empty_group');
  });
});

describe('spatial edge cases', () => {
  const adj = gridAdjacency(2, 2, 'rook');
  it('drops adjacency pairs of excluded units', () => {
    // unit 3 has zero population: rook pairs left are 0–1, 0–2
    const r = morrillDadj([10, 0, 5, 0], [0, 10, 5, 0], adj, 'rook');
    const D = 0.5 * (Math.abs(10 / 15 - 0) + Math.abs(0 - 10 / 15) + Math.abs(5 / 15 - 5 / 15));
    expect(r.ok && r.value).toBeCloseTo(D - (1 + 0.5 + 1 + 0.5) / 4, 12);
    expect(r.meta.excluded.zeroPopulation).toBe(1);
  });

  it('no adjacent usable pair → no_neighbours; islands warn', () => {
    const r = morrillDadj([10, 0, 0, 5], [0, 0, 0, 5], adj, 'rook');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('no_neighbours');
    const island = morrillDadj([10, 5, 3, 1], [0, 5, 6, 9], {
      n: 4,
      neighbours: [Int32Array.of(1), Int32Array.of(0), Int32Array.of(), Int32Array.of()],
    });
    expect(island.ok).toBe(true);
    expect(island.meta.warnings.map((w) => w.code)).toContain('isolated_units');
  });

  it('adjacency of the wrong size throws; Wong without boundary lengths is not computable', () => {
    expect(() => morrillDadj([1, 2, 3], [3, 2, 1], adj)).toThrow(RangeError);
    const r = wongDw([1, 2, 3, 4], [4, 3, 2, 1], { n: 4, neighbours: adj.neighbours });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('missing_spatial');
  });
});

import { describe, it, expect } from 'vitest';
import { boundedLevenshtein, findNearNames, foldName } from '../../../src/data/tabular/near-names';
import { chooseFocalGroup } from '../../../src/engine/focal-group';

const uses = (...names: string[]) => names.map((name, i) => ({ name, line: i + 2 }));

describe('near names', () => {
  it('folds case, white space and accents', () => {
    expect(foldName('  Zúid  Oost ')).toBe('zuid oost');
    expect(foldName('DUTCH')).toBe('dutch');
  });

  it('bounded Levenshtein', () => {
    expect(boundedLevenshtein('migrant', 'migrnat', 2)).toBe(2);
    expect(boundedLevenshtein('centrum', 'centrun', 2)).toBe(1);
    expect(boundedLevenshtein('abc', 'abcdef', 2)).toBe(3);
    expect(boundedLevenshtein('kitten', 'sitting', 5)).toBe(3);
  });

  it('reports spelling variants always, typos only when the names never occur together', () => {
    const always = { disjoint: () => true };
    const never = { disjoint: () => false };
    expect(findNearNames(uses('Dutch', 'dutch', 'other'), never).pairs).toEqual([
      { kind: 'variant', a: { name: 'Dutch', line: 2 }, b: { name: 'dutch', line: 3 } },
    ]);
    expect(findNearNames(uses('migrant', 'dutch', 'migrnat'), always).pairs).toEqual([
      { kind: 'typo', a: { name: 'migrant', line: 2 }, b: { name: 'migrnat', line: 4 } },
    ]);
    expect(findNearNames(uses('migrant', 'migrnat'), never).pairs).toEqual([]);
  });

  it('never pairs numbered codes, short names, or names whose digits differ', () => {
    const always = { disjoint: () => true };
    expect(findNearNames(uses('BU03630001', 'BU03630002', 'BU03630010'), always).pairs).toEqual([]);
    expect(findNearNames(uses('nl', 'ml', 'abc', 'abd'), always).pairs).toEqual([]);
    expect(findNearNames(uses('wijk 1a', 'wijk 1b'), always).pairs).toHaveLength(1);
  });

  it('compares only typo candidates and stops at the comparison budget', () => {
    expect(findNearNames(uses('Centrum', 'Centrun'), { disjoint: () => true, typoCandidate: (n) => n === 'Centrum' }).pairs).toEqual([]);
    const many = uses(
      ...Array.from({ length: 100 }, (_, i) => `name${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`),
    );
    expect(findNearNames(many, { disjoint: () => false, budget: { remaining: 10 } }).truncated).toBe(true);
  });
});

describe('chooseFocalGroup', () => {
  it('takes the requested group, trimmed and case-insensitive', () => {
    expect(chooseFocalGroup(['a', 'B'], [5, 3], ' b ')).toEqual({ ok: true, focal: { name: 'B', rule: 'given', total: 3 } });
  });

  it('defaults to the smallest total, ties by name, whatever the order', () => {
    expect(chooseFocalGroup(['x', 'y', 'z'], [10, 4, 7])).toMatchObject({ focal: { name: 'y', rule: 'smallest-total' } });
    expect(chooseFocalGroup(['y', 'x'], [4, 4])).toMatchObject({ focal: { name: 'x' } });
    expect(chooseFocalGroup(['x', 'y'], [4, 4])).toMatchObject({ focal: { name: 'x' } });
  });

  it('names the groups when the requested one is unknown', () => {
    const r = chooseFocalGroup(['a', 'b'], [1, 2], 'martian');
    expect(!r.ok && r.message.en).toBe('focal group "martian" is not one of the groups: "a", "b"');
  });
});

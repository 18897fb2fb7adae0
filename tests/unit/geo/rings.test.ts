import { describe, expect, it } from 'vitest';
import type { Adjacency } from '../../../src/engine/types';
import { layerAdjacency } from '../../../src/geo/adjacency';
import { ringsAround, targetRings } from '../../../src/geo/rings';
import { gridFeatures, toTopology } from './fixtures';

const id = (i: number, j: number) => j * 10 + i;
const topo = toTopology(gridFeatures(10));

describe('rings around targets', () => {
  it('rook ring 1 of one interior cell is its 4 neighbours, ring 2 the 8 cells at distance 2', () => {
    const adj = layerAdjacency(topo, { contiguity: 'rook' });
    const { ring1, ring2 } = targetRings(adj, [id(5, 5)], 2);
    expect([...ring1]).toEqual([id(5, 4), id(4, 5), id(6, 5), id(5, 6)]);
    expect(ring2).toHaveLength(8);
    expect([...ring2!]).toContain(id(4, 4));
    expect([...ring2!]).toContain(id(5, 3));
  });

  it('queen ring 1 of a 2×2 block has 12 cells; targets never appear in rings', () => {
    const adj = layerAdjacency(topo, { contiguity: 'queen' });
    const targets = [id(4, 4), id(5, 4), id(4, 5), id(5, 5), id(5, 5)];
    const [r1, r2] = ringsAround(adj, targets, 2);
    expect(r1).toHaveLength(12);
    expect(r2).toHaveLength(20);
    for (const t of targets) {
      expect([...r1]).not.toContain(t);
      expect([...r2]).not.toContain(t);
    }
    expect(targetRings(adj, targets).ring2).toBeUndefined();
  });

  it('handles islands, empty targets and bad input', () => {
    const adj: Adjacency = { n: 3, neighbours: [Int32Array.of(1), Int32Array.of(0), Int32Array.of()] };
    expect([...targetRings(adj, [2], 2).ring1]).toEqual([]);
    expect([...targetRings(adj, [], 1).ring1]).toEqual([]);
    expect(() => targetRings(adj, [3])).toThrow(RangeError);
    expect(() => ringsAround(adj, [0], -1)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { aggregateRing, ringReallocatedShare } from '../../../src/engine/waterbed/aggregate';
import { amountOf } from '../../../src/engine/waterbed/indicator';
import { assignRings, membersOf } from '../../../src/engine/waterbed/membership';
import type { HarmonisedAmount } from '../../../src/engine/waterbed/types';
import { layerAdjacency } from '../../../src/geo/adjacency';
import { targetRings } from '../../../src/geo/rings';
import { unitProperties } from '../../../src/geo/topology';
import { grid, toTopology } from './fixtures';

// 6 × 4 grid; unit index = j·6 + i; gemeente GM0001 for i < 4, GM0002 for i ≥ 4.
const topo = toTopology(grid(6, 4, (i) => (i < 4 ? 'GM0001' : 'GM0002')));
const id = (i: number, j: number) => j * 6 + i;
const props = unitProperties(topo);
const inGemeente = (gm: string) => props.map((p) => p.gemeente_code === gm);

describe('rings on a small grid', () => {
  it('queen ring 1 of an interior cell is its 8 neighbours, rook ring 1 its 4; rest = rest of the gemeente', () => {
    const queen = layerAdjacency(topo, { contiguity: 'queen' });
    const rook = layerAdjacency(topo, { contiguity: 'rook' });
    expect([...targetRings(queen, [id(1, 1)]).ring1]).toHaveLength(8);
    expect([...targetRings(rook, [id(1, 1)]).ring1]).toEqual([id(1, 0), id(0, 1), id(2, 1), id(1, 2)]);
    const r = targetRings(queen, [id(1, 1)]);
    const m = membersOf(
      assignRings({ n: 24, targets: [id(1, 1)], ring1: r.ring1, restScope: inGemeente('GM0001'), region: props.map(() => true) }),
    );
    expect(m.target).toEqual([id(1, 1)]);
    expect(m.ring1).toHaveLength(8);
    expect(m.rest).toEqual([id(3, 0), id(3, 1), id(3, 2), id(0, 3), id(1, 3), id(2, 3), id(3, 3)]);
    expect(m.region).toHaveLength(24);
  });

  it('ring 1 crosses the gemeente border; ring 2 is taken out of the rest', () => {
    const queen = layerAdjacency(topo, { contiguity: 'queen' });
    const r = targetRings(queen, [id(3, 1)], 2);
    const m = assignRings({
      n: 24,
      targets: [id(3, 1)],
      ring1: r.ring1,
      ring2: r.ring2,
      restScope: inGemeente('GM0001'),
      region: props.map(() => true),
    });
    expect(m.ring[id(4, 1)]).toBe('ring1'); // in GM0002, still adjacent
    expect(m.ring[id(1, 1)]).toBe('ring2');
    expect(m.ring[id(0, 0)]).toBe('rest');
    expect(m.ring[id(5, 3)]).toBe('ring2'); // distance 2, in GM0002
    expect(m.ring[id(5, 0)]).toBe('ring2');
    // Without ring 2 the distance-2 units of the gemeente are rest, the others outside.
    const m1 = assignRings({ n: 24, targets: [id(3, 1)], ring1: r.ring1, restScope: inGemeente('GM0001'), region: props.map(() => true) });
    expect(m1.ring[id(1, 1)]).toBe('rest');
    expect(m1.ring[id(5, 3)]).toBeNull();
  });

  it('ring values are aggregated from counts, not averaged shares', () => {
    const amounts = [amountOf('share', 10, 100), amountOf('share', 30, 300), null, amountOf('share', 50, 0)];
    const agg = aggregateRing('ring1', 'share', amounts, [0, 1, 2, 3]);
    expect(agg.value).toBeCloseTo(25, 12); // 100 of 400, not (10 + 30) / 2
    expect(agg.units).toBe(3);
    expect(agg.missing).toBe(1);
    expect(aggregateRing('rest', 'share', amounts, [1]).value).toBe(30);
    expect(aggregateRing('rest', 'share', amounts, [2]).value).toBeNull();
    expect(aggregateRing('rest', 'share', amounts, [0, 1], (i) => i === 0).value).toBe(10);
    const counts = [amountOf('count', 100, null), amountOf('count', 250, null)];
    expect(aggregateRing('target', 'count', counts, [0, 1]).value).toBe(350);
  });

  it('the ring reallocated share is weighted by the denominator', () => {
    const h = (v: number, den: number, r: number): HarmonisedAmount => ({
      value: v,
      num: v * den,
      den,
      reallocatedShare: r,
      sources: [],
      coverage: 1,
      identical: r === 0,
    });
    expect(ringReallocatedShare('share', [h(10, 100, 0), h(30, 300, 1)], [0, 1])).toBeCloseTo(0.75, 12);
    expect(ringReallocatedShare('share', [h(10, 100, 0), null], [1])).toBeNull();
  });

  it('rejects out-of-range indices and mismatched scopes', () => {
    expect(() => assignRings({ n: 2, targets: [2], ring1: [], restScope: [true, true], region: [true, true] })).toThrow(RangeError);
    expect(() => assignRings({ n: 2, targets: [0], ring1: [], restScope: [true], region: [true, true] })).toThrow(RangeError);
  });
});

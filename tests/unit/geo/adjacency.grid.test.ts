import { describe, expect, it } from 'vitest';
import { computeAdjacency, layerAdjacency, subsetAdjacency, type LayerAdjacency } from '../../../src/geo/adjacency';
import { prepareLayer } from '../../../src/geo/arcs';
import { isSymmetric, pairCount, restrictAdjacency } from '../../../src/geo/graph';
import { haversineKm } from '../../../src/geo/projection';
import { corner, gridFeatures, toTopology } from './fixtures';

const N = 10;
const topo = toTopology(gridFeatures(N));
const id = (i: number, j: number) => j * N + i;
const onEdge = (i: number) => i === 0 || i === N - 1;
const kind = (i: number, j: number) => (onEdge(i) && onEdge(j) ? 'corner' : onEdge(i) || onEdge(j) ? 'edge' : 'interior');
/** Geodesic length of the grid edge between corners (i1, j1) and (i2, j2). */
const edgeKm = (i1: number, j1: number, i2: number, j2: number) => haversineKm(...corner(i1, j1), ...corner(i2, j2));

function weightOf(adj: LayerAdjacency, a: number, b: number): number | undefined {
  const k = adj.neighbours[a].indexOf(b);
  return k < 0 ? undefined : adj.weights[a][k];
}

describe.each([
  ['exact arcs only', 0],
  ['default near-coincidence tolerance', undefined],
])('10×10 grid, %s', (_label, toleranceKm) => {
  const rook = layerAdjacency(topo, { contiguity: 'rook', toleranceKm });
  const queen = layerAdjacency(topo, { contiguity: 'queen', toleranceKm });

  it('rook: corner 2, edge 3, interior 4 neighbours; 180 pairs; symmetric, sorted', () => {
    const expected = { corner: 2, edge: 3, interior: 4 };
    for (let j = 0; j < N; j++) for (let i = 0; i < N; i++) expect(rook.neighbours[id(i, j)].length).toBe(expected[kind(i, j)]);
    expect(pairCount(rook)).toBe(180);
    expect(isSymmetric(rook)).toBe(true);
    expect(rook.islands).toEqual([]);
    expect([...rook.neighbours[id(4, 4)]]).toEqual([id(4, 3), id(3, 4), id(5, 4), id(4, 5)]);
  });

  it('queen: corner 3, edge 5, interior 8 neighbours; 342 pairs', () => {
    const expected = { corner: 3, edge: 5, interior: 8 };
    for (let j = 0; j < N; j++) for (let i = 0; i < N; i++) expect(queen.neighbours[id(i, j)].length).toBe(expected[kind(i, j)]);
    expect(pairCount(queen)).toBe(342);
    expect(isSymmetric(queen)).toBe(true);
    expect([...queen.neighbours[id(0, 0)]]).toEqual([id(1, 0), id(0, 1), id(1, 1)]);
  });

  it('shared length = the common cell side; corner-only queen pairs weigh 0', () => {
    for (let j = 0; j < N; j++)
      for (let i = 0; i < N; i++) {
        if (i + 1 < N) expect(weightOf(rook, id(i, j), id(i + 1, j))).toBeCloseTo(edgeKm(i + 1, j, i + 1, j + 1), 4);
        if (j + 1 < N) expect(weightOf(rook, id(i, j), id(i, j + 1))).toBeCloseTo(edgeKm(i, j + 1, i + 1, j + 1), 4);
        if (i + 1 < N && j + 1 < N) expect(weightOf(queen, id(i, j), id(i + 1, j + 1))).toBe(0);
      }
    expect(weightOf(queen, id(4, 4), id(5, 4))).toBeCloseTo(weightOf(rook, id(4, 4), id(5, 4))!, 12);
    // a vertical side is 0.01° of latitude ≈ 1.112 km
    expect(weightOf(rook, id(0, 0), id(1, 0))).toBeCloseTo(1.112, 3);
  });

  it('perimeter = sum of the four sides; interior cells share all of it', () => {
    for (const [i, j] of [
      [0, 0],
      [4, 4],
      [9, 3],
    ]) {
      const p = edgeKm(i, j, i + 1, j) + edgeKm(i + 1, j, i + 1, j + 1) + edgeKm(i, j + 1, i + 1, j + 1) + edgeKm(i, j, i, j + 1);
      expect(rook.perimeterKm[id(i, j)]).toBeCloseTo(p, 4);
    }
    const shared = rook.weights[id(4, 4)].reduce((s, w) => s + w, 0);
    expect(shared).toBeCloseTo(rook.perimeterKm[id(4, 4)], 6);
  });
});

describe('unquantised topology (no transform: coordinates compared as strings)', () => {
  it('gives the same rook and queen structure', () => {
    const raw = toTopology(gridFeatures(N), 0);
    expect(raw.transform).toBeUndefined();
    expect(pairCount(layerAdjacency(raw, { contiguity: 'rook' }))).toBe(180);
    const queen = layerAdjacency(raw, { contiguity: 'queen' });
    expect(pairCount(queen)).toBe(342);
    expect(queen.weights[id(4, 4)][queen.neighbours[id(4, 4)].indexOf(id(5, 4))]).toBeCloseTo(edgeKm(5, 4, 5, 5), 9);
  });
});

describe('subsets of the grid', () => {
  const block: number[] = [];
  for (let j = 3; j < 6; j++) for (let i = 3; i < 6; i++) block.push(id(i, j));

  it('subset adjacency renumbers to the order of the indices and keeps only internal pairs', () => {
    const sub = subsetAdjacency(topo, block, { contiguity: 'rook' });
    expect(sub.n).toBe(9);
    expect([...sub.units]).toEqual(block);
    expect(pairCount(sub)).toBe(12);
    expect(sub.neighbours[4].length).toBe(4); // centre of the 3×3 block
    expect(sub.neighbours[0].length).toBe(2);
    expect(sub.weights[4][0]).toBeGreaterThan(0.6);
  });

  it('equals restricting the whole-layer adjacency and, in a clean layer, computing on the subset alone', () => {
    for (const contiguity of ['rook', 'queen'] as const) {
      const rev = [...block].reverse();
      const sub = subsetAdjacency(topo, rev, { contiguity });
      expect(sub.neighbours).toEqual(restrictAdjacency(layerAdjacency(topo, { contiguity }), rev).neighbours);
      const res = computeAdjacency(prepareLayer(topo), Int32Array.from(rev), { contiguity });
      expect(sub.neighbours.map((a) => [...a])).toEqual(res.neighbours.map((a) => [...a]));
      sub.weights.forEach((w, k) => w.forEach((v, t) => expect(v).toBeCloseTo(res.weights![k][t], 12)));
    }
  });

  it('a subset of separate cells has only islands', () => {
    const sub = subsetAdjacency(topo, [id(0, 0), id(5, 5), id(9, 9)], { contiguity: 'queen' });
    expect(sub.islands).toEqual([0, 1, 2]);
    expect(sub.neighbours.every((a) => a.length === 0)).toBe(true);
  });

  it('cached layer adjacency hands out fresh arrays', () => {
    const a = layerAdjacency(topo);
    a.neighbours[0][0] = -1;
    a.weights[0].fill(0);
    const b = layerAdjacency(topo);
    expect(b.neighbours[0][0]).toBe(id(1, 0));
    expect(b.weights[0][0]).toBeGreaterThan(0);
  });

  it('rejects duplicate or out-of-range indices', () => {
    expect(() => subsetAdjacency(topo, [1, 1])).toThrow();
    expect(() => subsetAdjacency(topo, [100])).toThrow(RangeError);
  });
});

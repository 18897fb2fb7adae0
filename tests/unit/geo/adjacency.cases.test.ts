import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { layerAdjacency, type LayerAdjacency } from '../../../src/geo/adjacency';
import { isSymmetric } from '../../../src/geo/graph';
import { haversineKm } from '../../../src/geo/projection';
import { D, LAT0, LON0, corner, gridFeatures, polygonFeature, ringOf, square, toTopology, type Ring } from './fixtures';

const N = 10;
const id = (i: number, j: number) => j * N + i;
const edgeKm = (i1: number, j1: number, i2: number, j2: number) => haversineKm(...corner(i1, j1), ...corner(i2, j2));
const nb = (adj: LayerAdjacency, a: number) => [...adj.neighbours[a]];
const weightOf = (adj: LayerAdjacency, a: number, b: number) => {
  const k = adj.neighbours[a].indexOf(b);
  return k < 0 ? undefined : adj.weights[a][k];
};

/** The 10×10 grid with cells at `drop` removed and `extra` features appended (indices n² - |drop| …). */
function gridWith(drop: number[], extra: Feature[]) {
  const keep = gridFeatures(N).filter((_, k) => !drop.includes(k));
  const index = new Map<number, number>(); // old grid index → new index
  let k = 0;
  for (let old = 0; old < N * N; old++) if (!drop.includes(old)) index.set(old, k++);
  return { topo: toTopology([...keep, ...extra]), at: (i: number, j: number) => index.get(id(i, j))!, first: keep.length };
}

describe('merge: two cells become one unit', () => {
  // cells (4,4) and (5,4) replaced by one rectangle
  it('with the shared corner vertices kept, neighbours are the union and lengths add up (exact arcs)', () => {
    const rect = polygonFeature('M', [ringOf([4, 4], [5, 4], [6, 4], [6, 5], [5, 5], [4, 5])]);
    const { topo, at, first: m } = gridWith([id(4, 4), id(5, 4)], [rect]);
    const adj = layerAdjacency(topo, { toleranceKm: 0 });
    expect(nb(adj, m)).toEqual([at(4, 3), at(5, 3), at(3, 4), at(6, 4), at(4, 5), at(5, 5)].sort((a, b) => a - b));
    expect(weightOf(adj, m, at(4, 5))).toBeCloseTo(edgeKm(4, 5, 5, 5), 4);
    expect(weightOf(adj, m, at(3, 4))).toBeCloseTo(edgeKm(4, 4, 4, 5), 4);
    expect(adj.weights[m].reduce((s, w) => s + w, 0)).toBeCloseTo(adj.perimeterKm[m], 6);
    expect(isSymmetric(adj)).toBe(true);
  });

  it('with only 4 corners (T-junctions, no shared arcs) the near-coincident matching recovers the neighbours', () => {
    const rect = polygonFeature('M', [ringOf([4, 4], [6, 4], [6, 5], [4, 5])]);
    const { topo, at, first: m } = gridWith([id(4, 4), id(5, 4)], [rect]);
    const exact = layerAdjacency(topo, { toleranceKm: 0 });
    expect(nb(exact, m)).toEqual([at(3, 4), at(6, 4)].sort((a, b) => a - b)); // top/bottom lost without matching
    const adj = layerAdjacency(topo);
    expect(nb(adj, m)).toEqual([at(4, 3), at(5, 3), at(3, 4), at(6, 4), at(4, 5), at(5, 5)].sort((a, b) => a - b));
    expect(weightOf(adj, m, at(4, 5))).toBeCloseTo(edgeKm(4, 5, 5, 5), 3);
    expect(weightOf(adj, m, at(5, 3))).toBeCloseTo(edgeKm(5, 4, 6, 4), 3);
    expect(adj.weights[m].reduce((s, w) => s + w, 0)).toBeCloseTo(adj.perimeterKm[m], 3);
    expect(isSymmetric(adj)).toBe(true);
  });

  it('as a MultiPolygon of the two squares: the internal edge (arc used twice by one unit) is no self-neighbour', () => {
    const multi: Feature = {
      type: 'Feature',
      properties: { code: 'MP', name: 'MP' },
      geometry: { type: 'MultiPolygon', coordinates: [[square(4, 4)], [square(5, 4)]] },
    };
    const { topo, at, first: m } = gridWith([id(4, 4), id(5, 4)], [multi]);
    const adj = layerAdjacency(topo, { toleranceKm: 0 });
    expect(nb(adj, m)).not.toContain(m);
    expect(nb(adj, m)).toHaveLength(6);
    expect(weightOf(adj, m, at(6, 4))).toBeCloseTo(edgeKm(6, 4, 6, 5), 4);
  });
});

describe('split: one cell becomes two halves', () => {
  const mid = LON0 + 2.5 * D;
  const [x2, x3] = [LON0 + 2 * D, LON0 + 3 * D];
  const [y2, y3] = [LAT0 + 2 * D, LAT0 + 3 * D];
  const left: Ring = [
    [x2, y2],
    [mid, y2],
    [mid, y3],
    [x2, y3],
    [x2, y2],
  ];
  const right: Ring = [
    [mid, y2],
    [x3, y2],
    [x3, y3],
    [mid, y3],
    [mid, y2],
  ];
  const { topo, at, first } = gridWith([id(2, 2)], [polygonFeature('L', [left]), polygonFeature('R', [right])]);
  const [L, R] = [first, first + 1];

  it('the halves neighbour each other and the cells around them; T-junction lengths are halved', () => {
    const adj = layerAdjacency(topo);
    expect(nb(adj, L)).toEqual([at(2, 1), at(1, 2), at(2, 3), R].sort((a, b) => a - b));
    expect(nb(adj, R)).toEqual([at(2, 1), at(3, 2), at(2, 3), L].sort((a, b) => a - b));
    expect(weightOf(adj, L, R)).toBeCloseTo(edgeKm(2, 2, 2, 3), 4);
    const half = haversineKm(x2, y3, mid, y3);
    expect(weightOf(adj, L, at(2, 3))).toBeCloseTo(half, 3);
    expect(weightOf(adj, R, at(2, 3))).toBeCloseTo(half, 3);
    expect(nb(adj, at(2, 3))).toEqual(expect.arrayContaining([L, R]));
    expect(isSymmetric(adj)).toBe(true);
  });

  it('queen adds the corner touches of the halves (e.g. left half with cell (1,3))', () => {
    const adj = layerAdjacency(topo, { contiguity: 'queen' });
    expect(nb(adj, L)).toEqual(expect.arrayContaining([at(1, 1), at(1, 3)]));
    expect(nb(adj, L)).not.toContain(at(3, 3));
    expect(weightOf(adj, L, at(1, 3))).toBe(0);
  });
});

describe('islands, gaps and touches', () => {
  it('a detached unit keeps an empty list and is reported', () => {
    const island = polygonFeature('ISLAND', [ringOf([20, 20], [21, 20], [21, 21], [20, 21])]);
    const topo = toTopology([...gridFeatures(N), island]);
    for (const contiguity of ['rook', 'queen'] as const) {
      const adj = layerAdjacency(topo, { contiguity });
      expect(adj.islands).toEqual([N * N]);
      expect(adj.neighbours[N * N].length).toBe(0);
      expect(adj.perimeterKm[N * N]).toBeGreaterThan(3.5);
    }
  });

  const gapDeg = 0.00005; // ≈ 3.4 m in longitude
  const a: Ring = [
    [LON0, LAT0],
    [LON0 + D, LAT0],
    [LON0 + D, LAT0 + D],
    [LON0, LAT0 + D],
    [LON0, LAT0],
  ];
  const bx = LON0 + D + gapDeg;
  const b: Ring = [
    [bx, LAT0],
    [bx + D, LAT0],
    [bx + D, LAT0 + D],
    [bx, LAT0 + D],
    [bx, LAT0],
  ];
  const topo = toTopology([polygonFeature('A', [a]), polygonFeature('B', [b])], 1e6);

  it('a sliver gap of a few metres: neighbours within the tolerance, not without', () => {
    expect(layerAdjacency(topo, { toleranceKm: 0 }).islands).toEqual([0, 1]);
    expect(layerAdjacency(topo, { toleranceKm: 0.002 }).islands).toEqual([0, 1]);
    const adj = layerAdjacency(topo);
    expect(nb(adj, 0)).toEqual([1]);
    expect(adj.weights[0][0]).toBeCloseTo(haversineKm(LON0 + D, LAT0, LON0 + D, LAT0 + D), 3);
  });

  it('a corner touch is queen-only with weight 0', () => {
    const t = toTopology([polygonFeature('A', [square(0, 0)]), polygonFeature('B', [square(1, 1)])]);
    expect(layerAdjacency(t, { contiguity: 'rook' }).islands).toEqual([0, 1]);
    const q = layerAdjacency(t, { contiguity: 'queen' });
    expect(nb(q, 0)).toEqual([1]);
    expect(q.weights[0][0]).toBe(0);
  });

  it('a unit without geometry is an island with perimeter 0', () => {
    const none: Feature = { type: 'Feature', properties: { code: 'NONE', name: 'NONE' }, geometry: null as never };
    const t = toTopology([polygonFeature('A', [square(0, 0)]), none, polygonFeature('B', [square(1, 0)])]);
    const adj = layerAdjacency(t, { contiguity: 'queen' });
    expect(adj.islands).toEqual([1]);
    expect(adj.perimeterKm[1]).toBe(0);
    expect(nb(adj, 0)).toEqual([2]);
  });

  it('an enclave (unit in a hole) neighbours its host; the host perimeter includes the hole', () => {
    const host = polygonFeature('HOST', [ringOf([0, 0], [3, 0], [3, 3], [0, 3]), ringOf([1, 1], [1, 2], [2, 2], [2, 1])]);
    const t = toTopology([host, polygonFeature('IN', [square(1, 1)])]);
    const adj = layerAdjacency(t);
    expect(nb(adj, 0)).toEqual([1]);
    expect(adj.weights[0][0]).toBeCloseTo(adj.perimeterKm[1], 6);
    expect(adj.perimeterKm[0]).toBeCloseTo(4 * adj.perimeterKm[1], 1);
  });
});

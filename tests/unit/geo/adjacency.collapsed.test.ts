/**
 * Collapsed borders (src/geo/collapsed.ts): a border across a narrow strip that per-polygon generalisation reduced
 * to two needle tips side by side counts as rook; point contacts and other near misses do not.
 */
import { describe, expect, it } from 'vitest';
import { layerAdjacency, type LayerAdjacency } from '../../../src/geo/adjacency';
import { isSymmetric } from '../../../src/geo/graph';
import { haversineKm } from '../../../src/geo/projection';
import { LAT0, LON0, polygonFeature, toTopology, type Ring } from './fixtures';

/** Offsets in metres east / north of (LON0, LAT0) → lon/lat. */
const M_LAT = 1 / 111_195;
const M_LON = M_LAT / Math.cos((LAT0 * Math.PI) / 180);
const at = (east: number, north: number): [number, number] => [LON0 + east * M_LON, LAT0 + north * M_LAT];
const ring = (...pts: [number, number][]): Ring => [...pts.map(([e, n]) => at(e, n)), at(...pts[0])];

/** A needle with its tip at (e, n), running `len` m east (dir 1) or west (dir -1), `half` m wide at its base. */
const needle = (e: number, n: number, dir: 1 | -1, len = 1500, half = 20): Ring =>
  dir === 1 ? ring([e, n], [e + len, n - half], [e + len, n + half]) : ring([e, n], [e - len, n + half], [e - len, n - half]);

const topoOf = (...rings: Ring[]) =>
  toTopology(
    rings.map((r, k) => polygonFeature(`U${k}`, [r])),
    1e6,
  );
const isNb = (adj: LayerAdjacency, a: number, b: number) => adj.neighbours[a].includes(b);

describe('collapsed border: needle tips side by side across a strip', () => {
  it('tips 80 m apart across the strip (a dam cut by the border): rook, weight = the gap', () => {
    // A runs east from its tip, B west from its tip 80 m north: their sides overlap by nothing
    const topo = topoOf(needle(0, 0, 1), needle(0, 80, -1));
    const strict = layerAdjacency(topo, { toleranceKm: 0 });
    expect(strict.islands).toEqual([0, 1]);
    const rook = layerAdjacency(topo, { contiguity: 'rook' });
    expect(isNb(rook, 0, 1)).toBe(true);
    expect(rook.weights[0][0]).toBeCloseTo(haversineKm(...at(0, 0), ...at(0, 80)), 4);
    expect(isSymmetric(rook)).toBe(true);
    const queen = layerAdjacency(topo, { contiguity: 'queen' });
    expect(queen.weights[0][0]).toBeCloseTo(rook.weights[0][0], 9);
  });

  it('no longer than the tolerance and no shorter than minSharedKm', () => {
    expect(layerAdjacency(topoOf(needle(0, 0, 1), needle(0, 130, -1))).islands).toEqual([0, 1]);
    expect(layerAdjacency(topoOf(needle(0, 0, 1), needle(0, 30, -1))).islands).toEqual([0, 1]);
    expect(layerAdjacency(topoOf(needle(0, 0, 1), needle(0, 30, -1)), { minSharedKm: 0.02 }).islands).toEqual([]);
    expect(layerAdjacency(topoOf(needle(0, 0, 1), needle(0, 80, -1)), { toleranceKm: 0.05 }).islands).toEqual([0, 1]);
  });

  it('needles pointing at each other along one axis (a gap in the strip, not a border) are not neighbours', () => {
    const topo = topoOf(needle(0, 0, 1), needle(-80, 0, -1));
    expect(layerAdjacency(topo, { contiguity: 'rook' }).islands).toEqual([0, 1]);
  });

  it('a third unit between the tips blocks the border', () => {
    const topo = topoOf(needle(0, 0, 1), needle(0, 80, -1), ring([-500, 25], [500, 25], [500, 55], [-500, 55]));
    const rook = layerAdjacency(topo, { contiguity: 'rook' });
    expect(isNb(rook, 0, 1)).toBe(false);
    expect(isNb(rook, 0, 2)).toBe(true);
    expect(isNb(rook, 1, 2)).toBe(true);
  });
});

describe('point contacts stay non-rook', () => {
  const L = 1000;
  it('diagonal squares whose corners are offset by 70 m (a generalised corner) are not rook neighbours', () => {
    // A south-west of (0, 0); B north-east of (-45, 55): corners 71 m apart, parallel sides overlapping only 45 m
    const a = ring([-L, -L], [0, -L], [0, 0], [-L, 0]);
    const b = ring([-45, 55], [L, 55], [L, L], [-45, L]);
    const topo = topoOf(a, b);
    expect(layerAdjacency(topo, { contiguity: 'rook' }).islands).toEqual([0, 1]);
  });

  it('sharp tips touching diagonally at one vertex are queen-only with weight 0', () => {
    const a = ring([0, 0], [-L, -100], [-L, 100]);
    const b = ring([0, 0], [L, 100], [L, -100]);
    const topo = topoOf(a, b);
    expect(layerAdjacency(topo, { contiguity: 'rook' }).islands).toEqual([0, 1]);
    const queen = layerAdjacency(topo, { contiguity: 'queen' });
    expect([...queen.neighbours[0]]).toEqual([1]);
    expect(queen.weights[0][0]).toBe(0);
  });
});

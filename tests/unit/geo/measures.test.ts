import { describe, expect, it } from 'vitest';
import { layerAdjacency } from '../../../src/geo/adjacency';
import { unitGeometry } from '../../../src/geo/measures';
import { haversineKm, rdKm } from '../../../src/geo/projection';
import { indexByCode, unitCodes } from '../../../src/geo/topology';
import { D, LAT0, LON0, corner, gridFeatures, loadLayer, polygonFeature, ringOf, toTopology } from './fixtures';

const rd = (lon: number, lat: number) => {
  const out = [0, 0];
  rdKm(lon, lat, out);
  return out;
};

describe('RD-like projection', () => {
  it('maps Amersfoort to (155, 463) km and the Westertoren to its RD position within a few metres', () => {
    const [x, y] = rd(5.38720621, 52.1551744);
    expect(x).toBeCloseTo(155, 6);
    expect(y).toBeCloseTo(463, 6);
    // Westertoren, Amsterdam: RD (120.700723, 487.525501) km ↔ WGS84 ≈ (4.88352, 52.37453)
    const [wx, wy] = rd(4.88352, 52.37453);
    expect(Math.abs(wx - 120.7)).toBeLessThan(0.02);
    expect(Math.abs(wy - 487.525)).toBeLessThan(0.02);
  });

  it('planar distances agree with great-circle distances within 0.5 % across the country', () => {
    const pts = [
      [3.5, 51.4],
      [4.9, 52.37],
      [6.57, 53.22],
      [5.7, 50.85],
      [7.0, 52.2],
    ];
    for (const a of pts)
      for (const b of pts) {
        if (a === b) continue;
        const [ax, ay] = rd(a[0], a[1]),
          [bx, by] = rd(b[0], b[1]);
        const planar = Math.hypot(bx - ax, by - ay);
        expect(Math.abs(planar / haversineKm(a[0], a[1], b[0], b[1]) - 1)).toBeLessThan(0.005);
      }
  });
});

describe('unitGeometry on the grid', () => {
  const topo = toTopology(gridFeatures(10));
  const g = unitGeometry(topo);

  it('areas ≈ side × side, centroids at the cell centres, perimeters as in the adjacency', () => {
    const adj = layerAdjacency(topo);
    for (const [i, j] of [
      [0, 0],
      [4, 7],
      [9, 9],
    ]) {
      const k = j * 10 + i;
      const w = haversineKm(...corner(i, j), ...corner(i + 1, j));
      const h = haversineKm(...corner(i, j), ...corner(i, j + 1));
      expect(g.areaKm2[k] / (w * h)).toBeCloseTo(1, 2);
      const [cx, cy] = rd(LON0 + (i + 0.5) * D, LAT0 + (j + 0.5) * D);
      expect(g.centroidKm[2 * k]).toBeCloseTo(cx, 2);
      expect(g.centroidKm[2 * k + 1]).toBeCloseTo(cy, 2);
      expect(g.perimeterKm[k]).toBeCloseTo(adj.perimeterKm[k], 12);
    }
  });

  it('subset output is aligned with the given indices', () => {
    const s = unitGeometry(topo, [55, 3]);
    expect(s.areaKm2.length).toBe(2);
    expect(s.areaKm2[0]).toBe(g.areaKm2[55]);
    expect(s.centroidKm[2]).toBe(g.centroidKm[6]);
  });

  it('equirectangular option: neighbouring centroids one cell apart', () => {
    const e = unitGeometry(topo, undefined, { projection: 'equirectangular' });
    const dx = e.centroidKm[2 * 1] - e.centroidKm[0];
    expect(dx).toBeCloseTo(haversineKm(LON0, LAT0 + 0.05, LON0 + D, LAT0 + 0.05), 2);
  });
});

describe('holes and multipolygons', () => {
  it('a ring (3×3 with the middle cell as a hole) has area 8 cells and its centroid in the hole', () => {
    const host = polygonFeature('HOST', [ringOf([0, 0], [3, 0], [3, 3], [0, 3]), ringOf([1, 1], [1, 2], [2, 2], [2, 1])]);
    const cell = polygonFeature('CELL', [ringOf([5, 5], [6, 5], [6, 6], [5, 6])]);
    const g = unitGeometry(toTopology([host, cell]));
    expect(g.areaKm2[0] / g.areaKm2[1]).toBeCloseTo(8, 1);
    const [cx, cy] = rd(LON0 + 1.5 * D, LAT0 + 1.5 * D);
    expect(g.centroidKm[0]).toBeCloseTo(cx, 2);
    expect(g.centroidKm[1]).toBeCloseTo(cy, 2);
  });
});

describe('degenerate units', () => {
  it('a unit without geometry gets area 0, perimeter 0 and a NaN centroid', () => {
    const none = { type: 'Feature' as const, properties: { code: 'NONE', name: 'NONE' }, geometry: null as never };
    const g = unitGeometry(toTopology([polygonFeature('A', [ringOf([0, 0], [1, 0], [1, 1], [0, 1])]), none]));
    expect(g.areaKm2[1]).toBe(0);
    expect(g.perimeterKm[1]).toBe(0);
    expect(Number.isNaN(g.centroidKm[2])).toBe(true);
    expect(g.areaKm2[0]).toBeGreaterThan(0.7);
  });
});

describe('real data', () => {
  it('wijk_2022: Amsterdam Burgwallen-Oude Zijde is small and central; all areas positive', () => {
    const topo = loadLayer('wijk_2022');
    const g = unitGeometry(topo);
    const k = indexByCode(unitCodes(topo)).get('WK036300')!;
    expect(g.areaKm2[k]).toBeGreaterThan(0.3);
    expect(g.areaKm2[k]).toBeLessThan(1.5);
    expect(Math.abs(g.centroidKm[2 * k] - 121.7)).toBeLessThan(1.5);
    expect(Math.abs(g.centroidKm[2 * k + 1] - 487.5)).toBeLessThan(1.5);
    for (let i = 0; i < g.areaKm2.length; i++) {
      expect(g.areaKm2[i]).toBeGreaterThan(0);
      expect(Number.isFinite(g.centroidKm[2 * i])).toBe(true);
    }
    // land ≈ 33,700 km² plus (part of) the water; NL incl. all water ≈ 41,500 km²
    expect(g.areaKm2.reduce((s, a) => s + a, 0)).toBeGreaterThan(33000);
    expect(g.areaKm2.reduce((s, a) => s + a, 0)).toBeLessThan(43000);
  });
});

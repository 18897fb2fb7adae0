import { describe, it, expect } from 'vitest';
import { spatialProximity } from '../../../src/engine/indices/spatial-proximity';
import { wongDs } from '../../../src/engine/indices/wong';
import { locationQuotient, localEntropy, localSegregation } from '../../../src/engine/indices/local';
import { decomposeMutualInformation } from '../../../src/engine/indices/decomposition';
import { mutualInformation } from '../../../src/engine/indices/mutual-information';
import { dissimilarity } from '../../../src/engine/indices/dissimilarity';
import type { UnitGeometry } from '../../../src/engine/types';
import { gridAdjacency, gridGeometry, loadFixtures, loadSchools, value } from './helpers';

describe("White's spatial proximity SP", () => {
  const geom = gridGeometry(10, 10);
  const patterns = loadFixtures().spatial_grids.patterns;

  it('is 1 when every unit has the overall composition', () => {
    const x = new Float64Array(100).fill(30);
    const y = new Float64Array(100).fill(70);
    expect(Math.abs(value(spatialProximity(x, y, geom)) - 1)).toBeLessThan(1e-12);
  });

  it('matches a hand computation for two units with the default self-distance 0.6·√A', () => {
    const g: UnitGeometry = { centroidKm: Float64Array.of(0, 0, 3, 4), areaKm2: Float64Array.of(4, 1), perimeterKm: Float64Array.of(8, 4) };
    const x = [10, 2];
    const y = [5, 8];
    const c11 = Math.exp(-0.6 * 2);
    const c22 = Math.exp(-0.6 * 1);
    const c12 = Math.exp(-5);
    const P = (a: number[]) => a[0] * a[0] * c11 + a[1] * a[1] * c22 + 2 * a[0] * a[1] * c12;
    const X = 12;
    const Y = 13;
    const T = 25;
    const sp = (X * (P(x) / X ** 2) + Y * (P(y) / Y ** 2)) / (T * (P([15, 10]) / T ** 2));
    const r = spatialProximity(x, y, g);
    expect(Math.abs(value(r) - sp)).toBeLessThan(1e-12);
    expect(r.meta.conventions.selfDistance).toBe('d_ii = 0.6 * sqrt(area_i)');
    const alt = spatialProximity(x, y, g, { selfDistance: 'sqrt-alpha-area' });
    expect(alt.meta.conventions.selfDistance).toBe('d_ii = sqrt(0.6 * area_i)');
    expect(value(alt)).not.toBeCloseTo(value(r), 6);
  });

  it('is larger for clustered pattern A than for the fine checkerboard C', () => {
    const get = (p: string) => {
      const pat = patterns.find((q) => q.pattern === p)!;
      const x = Float64Array.from(pat.group1_counts_row_major);
      return value(
        spatialProximity(
          x,
          x.map((v) => 100 - v),
          geom,
        ),
      );
    };
    expect(get('A')).toBeGreaterThan(get('C'));
    expect(get('A')).toBeGreaterThan(1);
  });

  it('is not computable without a valid area', () => {
    const bad: UnitGeometry = {
      centroidKm: Float64Array.of(0, 0, 1, 0),
      areaKm2: Float64Array.of(NaN, 1),
      perimeterKm: Float64Array.of(1, 1),
    };
    const r = spatialProximity([1, 2], [2, 1], bad);
    expect(r.ok).toBe(false);
  });
});

describe("Wong's D(s) perimeter/area factor", () => {
  it('shrinks the spatial term where the perimeter/area ratio is below the maximum', () => {
    const adj = gridAdjacency(1, 3, 'rook');
    const x = [10, 0, 10];
    const y = [0, 10, 0];
    const g: UnitGeometry = { centroidKm: new Float64Array(6), areaKm2: Float64Array.of(1, 1, 2), perimeterKm: Float64Array.of(4, 4, 4) };
    // PAR = 4, 4, 2; max 4. Pairs 0–1 factor 1, 1–2 factor 0.75; equal lengths → w = 1/4 per ordered pair
    const D = value(dissimilarity(x, y));
    const expected = D - (2 * 1 * 1 + 2 * 1 * 0.75) / 4;
    expect(Math.abs(value(wongDs(x, y, adj, g)) - expected)).toBeLessThan(1e-12);
  });
});

describe('local measures for map layers', () => {
  it('location quotient: 1 at the overall share, null for excluded units', () => {
    const r = locationQuotient([10, 30, 0, 20], [90, 70, 0, null]);
    expect(r.values[0]).toBeCloseTo(0.1 / 0.2, 12);
    expect(r.values[1]).toBeCloseTo(0.3 / 0.2, 12);
    expect(r.values[2]).toBeNull();
    expect(r.values[3]).toBeNull();
    expect(r.excluded).toEqual({ zeroPopulation: 1, invalid: 1 });
  });

  it('local entropy: ln G and 1 (normalised) for an even unit, 0 for a homogeneous one', () => {
    const r = localEntropy([
      [10, 30, 0],
      [10, 0, 0],
      [10, 0, 0],
    ]);
    expect(r.values[0]).toBeCloseTo(Math.log(3), 12);
    expect(r.normalised[0]).toBeCloseTo(1, 12);
    expect(r.values[1]).toBe(0);
    expect(r.values[2]).toBeNull();
  });

  it('local segregation scores average to M: Σ (t_i/T) L_i = M', () => {
    const { columns } = loadSchools();
    const L = localSegregation(columns);
    let T = 0;
    const t = columns[0].map((_, i) => columns.reduce((s, c) => s + c[i], 0));
    t.forEach((v) => (T += v));
    const m = L.values.reduce((s: number, l, i) => s + ((l ?? 0) * t[i]) / T, 0);
    expect(Math.abs(m - value(mutualInformation(columns)))).toBeLessThan(1e-12);
  });
});

describe('M decomposition (units nested in regions)', () => {
  it('schools within districts and within states: M = between + within', () => {
    const { columns, schools } = loadSchools();
    // school ids look like A1_1: state A, district A1
    const district = schools.map((s) => s.split('_')[0]);
    const state = schools.map((s) => s[0]);
    const M = value(mutualInformation(columns));
    for (const regionOf of [district, state]) {
      const d = decomposeMutualInformation(columns, regionOf);
      expect(d.ok).toBe(true);
      if (!d.ok) continue;
      expect(Math.abs(d.total - M)).toBeLessThan(1e-12);
      expect(Math.abs(d.between + d.within - M)).toBeLessThan(1e-12);
      expect(d.between).toBeGreaterThan(0);
      expect(d.within).toBeGreaterThan(0);
      expect(Math.abs(d.regions.reduce((s, r) => s + r.contribution, 0) - d.within)).toBeLessThan(1e-12);
    }
  });

  it('one region: between = 0 and within = total', () => {
    const d = decomposeMutualInformation(
      [
        [1, 5, 9],
        [9, 5, 1],
      ],
      ['R', 'R', 'R'],
    );
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.between).toBeCloseTo(0, 15);
    expect(d.within).toBeCloseTo(d.total, 15);
  });

  it('is not computable with fewer than two usable units', () => {
    const d = decomposeMutualInformation(
      [
        [1, 0],
        [1, 0],
      ],
      ['A', 'B'],
    );
    expect(d.ok).toBe(false);
  });
});

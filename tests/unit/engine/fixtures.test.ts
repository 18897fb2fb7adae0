import { describe, it, expect } from 'vitest';
import { dissimilarity } from '../../../src/engine/indices/dissimilarity';
import { correlationRatio, exposure, isolation } from '../../../src/engine/indices/exposure';
import { theilH } from '../../../src/engine/indices/entropy';
import { gini } from '../../../src/engine/indices/gini';
import { mutualInformation, theilHMulti } from '../../../src/engine/indices/mutual-information';
import { multigroupDissimilarity } from '../../../src/engine/indices/multigroup-dissimilarity';
import { morrillDadj } from '../../../src/engine/indices/morrill';
import { wongDs, wongDw } from '../../../src/engine/indices/wong';
import { expectedUnderRandomAllocation } from '../../../src/engine/inference/random-allocation';
import { gridAdjacency, gridGeometry, loadFixtures, loadSchools, value } from './helpers';

const fx = loadFixtures();
const TOL = 1e-9;

describe('two_group_tables (Duncan & Duncan; Massey & Denton; Theil)', () => {
  for (const t of fx.two_group_tables) {
    it(`${t.name}: D, xPx, xPy, H, Gini, V, M`, () => {
      const x = Float64Array.from(t.x);
      const y = Float64Array.from(t.y);
      const got: Record<string, number> = {
        D: value(dissimilarity(x, y)),
        xPx: value(isolation(x, y)),
        xPy: value(exposure(x, y)),
        H: value(theilH(x, y)),
        Gini: value(gini(x, y)),
        V: value(correlationRatio(x, y)),
        M: value(mutualInformation([x, y])),
      };
      for (const [k, v] of Object.entries(t.expected)) expect(got[k], `${t.name}.${k}`).toBeCloseTo(v, 9);
      // the multigroup forms reduce to the two-group ones
      expect(Math.abs(value(multigroupDissimilarity([x, y])) - got.D)).toBeLessThan(TOL);
      expect(Math.abs(value(theilHMulti([x, y])) - got.H)).toBeLessThan(TOL);
    });
  }
});

describe('schools00 (R segregation, Elbers)', () => {
  const { races, columns } = loadSchools();
  const e = fx.multigroup_schools00.expected;
  it('has 2,045 schools, 5 races and 877,739 students', () => {
    expect(columns[0].length).toBe(2045);
    expect(races.length).toBe(5);
    expect(columns.reduce((s, c) => s + c.reduce((a, b) => a + b, 0), 0)).toBe(877739);
  });
  it('M and H over all races', () => {
    expect(Math.abs(value(mutualInformation(columns)) - e.M)).toBeLessThan(TOL);
    expect(Math.abs(value(theilHMulti(columns)) - e.H)).toBeLessThan(TOL);
  });
  it('D white–black', () => {
    const d = dissimilarity(columns[races.indexOf('white')], columns[races.indexOf('black')]);
    expect(Math.abs(value(d) - e.D_white_black)).toBeLessThan(TOL);
  });
});

describe('spatial_grids (Morrill 1991; patterns from R seg)', () => {
  const rook = gridAdjacency(10, 10, 'rook');
  const queen = gridAdjacency(10, 10, 'queen');
  const geom = gridGeometry(10, 10);
  for (const p of fx.spatial_grids.patterns) {
    const x = Float64Array.from(p.group1_counts_row_major);
    const y = x.map((v) => p.total_per_cell - v);
    it(`pattern ${p.pattern}: D, D(adj) rook and queen`, () => {
      expect(Math.abs(value(dissimilarity(x, y)) - p.expected.D)).toBeLessThan(TOL);
      const r = morrillDadj(x, y, rook, 'rook');
      const q = morrillDadj(x, y, queen, 'queen');
      expect(Math.abs(value(r) - p.expected.Dadj_rook)).toBeLessThan(TOL);
      expect(Math.abs(value(q) - p.expected.Dadj_queen)).toBeLessThan(TOL);
      expect(r.meta.conventions.contiguity).toBe('rook');
    });
    it(`pattern ${p.pattern}: Wong D(w) and D(s) equal rook D(adj) on a regular lattice`, () => {
      // equal edge lengths → D(w) = rook D(adj); queen corners have length 0 and drop out
      expect(Math.abs(value(wongDw(x, y, rook)) - p.expected.Dadj_rook)).toBeLessThan(TOL);
      expect(Math.abs(value(wongDw(x, y, queen)) - p.expected.Dadj_rook)).toBeLessThan(TOL);
      // equal perimeter/area ratios → D(s) = D(w)
      expect(Math.abs(value(wongDs(x, y, rook, geom)) - p.expected.Dadj_rook)).toBeLessThan(TOL);
      // Wong's printed ½ halves the spatial term
      const half = value(wongDw(x, y, rook, { printedHalf: true }));
      expect(Math.abs(half - (p.expected.D + p.expected.Dadj_rook) / 2)).toBeLessThan(TOL);
    });
  }
});

describe('expected D under random allocation (Winship 1977)', () => {
  for (const c of fx.expected_D_under_random_allocation.cases) {
    it(`${c.units} units of ${c.x_per_unit} x + ${c.y_per_unit} y → E[D] ≈ ${c.expected_D}`, () => {
      const x = new Float64Array(c.units).fill(c.x_per_unit);
      const y = new Float64Array(c.units).fill(c.y_per_unit);
      expect(value(dissimilarity(x, y))).toBe(0);
      const r = expectedUnderRandomAllocation([x, y], { replicates: 100, seed: 7 });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(Math.abs(r.expectedD - c.expected_D)).toBeLessThan(c.tolerance);
      // the analytic value is much closer than the fixture tolerance
      expect(Math.abs(r.expectedD - c.expected_D)).toBeLessThan(0.01);
    });
  }
});

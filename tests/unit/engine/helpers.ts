/** Test helpers for the engine tests: fixture loading and lattice adjacency built in the test itself. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Adjacency, UnitGeometry } from '../../../src/engine/types';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export interface TwoGroupTable {
  name: string;
  x: number[];
  y: number[];
  expected: Record<string, number>;
}

export interface GridPattern {
  pattern: string;
  group1_counts_row_major: number[];
  total_per_cell: number;
  expected: { D: number; Dadj_rook: number; Dadj_queen: number };
}

export interface Fixtures {
  two_group_tables: TwoGroupTable[];
  expected_D_under_random_allocation: {
    cases: { units: number; x_per_unit: number; y_per_unit: number; expected_D: number; tolerance: number }[];
  };
  multigroup_schools00: { file: string; expected: { M: number; H: number; D_white_black: number } };
  spatial_grids: { patterns: GridPattern[] };
}

export function loadFixtures(): Fixtures {
  return JSON.parse(readFileSync(FIXTURES + 'segregation-fixtures.json', 'utf8')) as Fixtures;
}

/** schools00 as one Float64Array per race over schools. */
export function loadSchools(): { races: string[]; schools: string[]; columns: Float64Array[] } {
  const lines = readFileSync(FIXTURES + 'elbers-schools00.csv', 'utf8')
    .trim()
    .split(/\r?\n/);
  const header = lines[0].replace(/"/g, '').split(',');
  const iSchool = header.indexOf('school');
  const iRace = header.indexOf('race');
  const iN = header.indexOf('n');
  const rows = lines.slice(1).map((l) => l.replace(/"/g, '').split(','));
  const schools = [...new Set(rows.map((r) => r[iSchool]))];
  const races = [...new Set(rows.map((r) => r[iRace]))];
  const si = new Map(schools.map((s, i) => [s, i]));
  const ri = new Map(races.map((r, i) => [r, i]));
  const columns = races.map(() => new Float64Array(schools.length));
  for (const r of rows) columns[ri.get(r[iRace])!][si.get(r[iSchool])!] += Number(r[iN]);
  return { races, schools, columns };
}

/** Adjacency of a rows × cols lattice in row-major order; rook edges have length `edge`, queen corners length 0. */
export function gridAdjacency(rows: number, cols: number, rule: 'rook' | 'queen', edge = 1): Adjacency {
  const neighbours: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const nb: [number, number][] = [];
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          if (dr === 0 && dc === 0) continue;
          const corner = dr !== 0 && dc !== 0;
          if (corner && rule === 'rook') continue;
          const rr = r + dr;
          const cc = c + dc;
          if (rr < 0 || rr >= rows || cc < 0 || cc >= cols) continue;
          nb.push([rr * cols + cc, corner ? 0 : edge]);
        }
      }
      nb.sort((a, b) => a[0] - b[0]);
      neighbours.push(Int32Array.from(nb.map((p) => p[0])));
      weights.push(Float64Array.from(nb.map((p) => p[1])));
    }
  }
  return { n: rows * cols, neighbours, weights };
}

/** Square cells of side `size` km: centroids, areas, full perimeters. */
export function gridGeometry(rows: number, cols: number, size = 1): UnitGeometry {
  const n = rows * cols;
  const centroidKm = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    centroidKm[2 * i] = ((i % cols) + 0.5) * size;
    centroidKm[2 * i + 1] = (Math.floor(i / cols) + 0.5) * size;
  }
  return { centroidKm, areaKm2: new Float64Array(n).fill(size * size), perimeterKm: new Float64Array(n).fill(4 * size) };
}

export function value(r: { ok: boolean; value?: number; reason?: string }): number {
  if (!r.ok) throw new Error(`expected a value, got: ${r.reason}`);
  return r.value as number;
}

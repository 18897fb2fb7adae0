/**
 * Morrill's adjusted dissimilarity index D(adj) (Morrill 1991):
 *   D(adj) = D − Σ_ij a_ij |p_i − p_j| / Σ_ij a_ij,   p_i = x_i / t_i, a_ij ∈ {0, 1}, i ≠ j
 * a_ij is binary contiguity. Rook (shared edge) or queen (edge or corner) is the caller's choice: build the
 * Adjacency accordingly and pass the rule for the record. Boundary-length weights, if present, are ignored.
 */
import type { Adjacency, Contiguity } from '../types';
import { notComputable, okValue, prepareTwoGroup, twoGroupProblem, withMeta, type CountVector, type IndexResult } from '../result';
import { evaluation, type Evaluation } from './evaluation';
import { dissimilarityCore } from './dissimilarity';
import { checkAdjacencySize, neighbourContrast, spatialData, spatialWarnings, type SpatialData } from './spatial-common';

/** D(adj) on prepared data (adjacency already checked against its n units). */
export function morrillDadjOf({ d, p, pos }: SpatialData, adjacency: Adjacency, contiguity?: Contiguity): Evaluation {
  const conventions = {
    weights: 'binary contiguity, normalised by Σ a_ij (ordered pairs)',
    contiguity: contiguity ?? 'as supplied by the caller',
  };
  const problem = twoGroupProblem(d);
  if (problem) return evaluation(problem, conventions);
  const c = neighbourContrast(p, pos, adjacency, false);
  if (c.pairs === 0) {
    return evaluation(
      notComputable('no_neighbours', 'not computable: no pair of usable units is adjacent'),
      conventions,
      spatialWarnings(c, null),
    );
  }
  const value = dissimilarityCore(d.x, d.y, d.X, d.Y) - c.num / c.den;
  return evaluation(okValue(value), conventions, spatialWarnings(c, value));
}

export function morrillDadj(x: CountVector, y: CountVector, adjacency: Adjacency, contiguity?: Contiguity): IndexResult {
  checkAdjacencySize(adjacency, x.length);
  const d = prepareTwoGroup(x, y);
  const e = morrillDadjOf(spatialData(d, x.length), adjacency, contiguity);
  return withMeta(e.value, 'Dadj', d, e.conventions, e.extraWarnings);
}

/**
 * Plain input/output shapes shared by the engine, the geo utilities that feed it and the worker that exposes it.
 * No DOM, no React, no DuckDB here.
 */

/**
 * Sparse symmetric adjacency between n units (indices 0..n-1). neighbours[i] lists j ≠ i in ascending order.
 * `weights`, when present, runs parallel to `neighbours` (e.g. shared boundary length in km for Wong's D(w)).
 */
export interface Adjacency {
  n: number;
  neighbours: Int32Array[];
  weights?: Float64Array[];
}

/** Contiguity rule: rook = shared edge of positive length; queen = shared edge or a single shared corner. */
export type Contiguity = 'rook' | 'queen';

/** Planar geometry summaries per unit, index-aligned with the counts. */
export interface UnitGeometry {
  /** Centroid x, y in km on a local planar projection, interleaved [x0, y0, x1, y1, …]. */
  centroidKm: Float64Array;
  areaKm2: Float64Array;
  perimeterKm: Float64Array;
}

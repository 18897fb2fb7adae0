/**
 * Generic helpers on the shared Adjacency type (pure, no DOM): restriction to a subset, pair count, symmetry check.
 *
 * Conventions: indices are those of the adjacency; a restricted adjacency is renumbered 0..m-1 in the order of the
 * given indices, neighbour lists stay ascending and weights follow their neighbours.
 */
import type { Adjacency } from '../engine/types';

/** Restrict a precomputed adjacency to `indices` (renumbered 0..m-1 in that order); weights follow. */
export function restrictAdjacency(adj: Adjacency, indices: ArrayLike<number>): Adjacency & { islands: number[] } {
  const local = new Map<number, number>();
  for (let k = 0; k < indices.length; k++) {
    const u = indices[k];
    if (!Number.isInteger(u) || u < 0 || u >= adj.n) throw new RangeError(`unit index ${u} out of range (${adj.n} units)`);
    if (local.has(u)) throw new Error(`unit index ${u} given twice`);
    local.set(u, k);
  }
  const neighbours: Int32Array[] = [];
  const weights: Float64Array[] = [];
  const islands: number[] = [];
  for (let k = 0; k < indices.length; k++) {
    const nb = adj.neighbours[indices[k]];
    const w = adj.weights?.[indices[k]];
    const pairs: [number, number][] = [];
    nb.forEach((j, t) => {
      const lj = local.get(j);
      if (lj !== undefined) pairs.push([lj, w ? w[t] : 1]);
    });
    pairs.sort((p, q) => p[0] - q[0]);
    neighbours.push(Int32Array.from(pairs, (p) => p[0]));
    weights.push(Float64Array.from(pairs, (p) => p[1]));
    if (pairs.length === 0) islands.push(k);
  }
  return adj.weights ? { n: indices.length, neighbours, weights, islands } : { n: indices.length, neighbours, islands };
}

/** Number of undirected neighbour pairs. */
export function pairCount(adj: Adjacency): number {
  let s = 0;
  for (const nb of adj.neighbours) s += nb.length;
  return s / 2;
}

/** True when j ∈ N(i) ⇔ i ∈ N(j), lists are strictly ascending without self-loops, and weights are symmetric. */
export function isSymmetric(adj: Adjacency, tol = 1e-9): boolean {
  for (let i = 0; i < adj.n; i++) {
    const nb = adj.neighbours[i];
    for (let t = 0; t < nb.length; t++) {
      const j = nb[t];
      if (j === i || (t > 0 && nb[t - 1] >= j)) return false;
      const back = indexOfSorted(adj.neighbours[j], i);
      if (back < 0) return false;
      if (adj.weights && Math.abs(adj.weights[i][t] - adj.weights[j][back]) > tol) return false;
    }
  }
  return true;
}

function indexOfSorted(a: Int32Array, v: number): number {
  let lo = 0,
    hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] === v) return mid;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

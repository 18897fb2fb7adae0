/**
 * Neighbourhood rings around a set of target units (for the waterbed feature). Pure, no DOM.
 *
 * Conventions
 * - Works on any Adjacency (rook or queen, layer or subset numbering); indices are those of the adjacency.
 * - ring 1 = units adjacent to at least one target and not themselves targets;
 *   ring k = units adjacent to ring k-1, not targets and not in rings 1..k-1 (graph distance exactly k).
 * - Rings are Int32Arrays sorted ascending; an empty target set gives empty rings. Targets are de-duplicated;
 *   an out-of-range target throws.
 */
import type { Adjacency } from '../engine/types';

export interface TargetRings {
  ring1: Int32Array;
  /** Present when depth ≥ 2. */
  ring2?: Int32Array;
}

/** Rings 1..depth around `targets` (graph distance exactly 1..depth). */
export function ringsAround(adj: Adjacency, targets: ArrayLike<number>, depth: number): Int32Array[] {
  if (!Number.isInteger(depth) || depth < 0) throw new RangeError(`depth must be a non-negative integer, got ${depth}`);
  const dist = new Int32Array(adj.n).fill(-1);
  let frontier: number[] = [];
  for (let k = 0; k < targets.length; k++) {
    const t = targets[k];
    if (!Number.isInteger(t) || t < 0 || t >= adj.n) throw new RangeError(`target ${t} out of range (${adj.n} units)`);
    if (dist[t] === -1) {
      dist[t] = 0;
      frontier.push(t);
    }
  }
  const rings: Int32Array[] = [];
  for (let d = 1; d <= depth; d++) {
    const next: number[] = [];
    for (const i of frontier)
      for (const j of adj.neighbours[i])
        if (dist[j] === -1) {
          dist[j] = d;
          next.push(j);
        }
    rings.push(Int32Array.from(next).sort());
    frontier = next;
  }
  return rings;
}

/** ring1 and, with depth 2, ring2 around `targets`. */
export function targetRings(adj: Adjacency, targets: ArrayLike<number>, depth: 1 | 2 = 1): TargetRings {
  const r = ringsAround(adj, targets, depth);
  return depth === 2 ? { ring1: r[0], ring2: r[1] } : { ring1: r[0] };
}

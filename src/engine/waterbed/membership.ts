/**
 * Ring membership of the to-year units (indices of one layer; the rings come from src/geo/rings.ts).
 *
 * - target: the chosen units; ring1: units adjacent to a target; ring2 (optional): adjacent to ring 1.
 *   Ring units may lie outside the target's gemeente/province (problems can move across the border).
 * - rest: units in the rest scope (same gemeente for wijk targets, same province for gemeente targets) that are
 *   neither target nor in a ring. Without ring 2, the units at distance 2 belong to the rest.
 * - region: the benchmark (province or the Netherlands), all its units including targets and rings.
 * - Units in none of these have ring null (they only count towards the region, if at all).
 */
import type { Ring } from './types';

export interface MembershipInput {
  n: number;
  targets: ArrayLike<number>;
  ring1: ArrayLike<number>;
  ring2?: ArrayLike<number>;
  /** Per unit: inside the rest scope. */
  restScope: ArrayLike<boolean>;
  /** Per unit: inside the benchmark region. */
  region: ArrayLike<boolean>;
}

export interface Membership {
  ring: (Ring | null)[];
  region: boolean[];
}

export function assignRings(input: MembershipInput): Membership {
  const { n } = input;
  if (input.restScope.length !== n || input.region.length !== n) throw new RangeError(`scopes must have ${n} entries`);
  const ring: (Ring | null)[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) if (input.restScope[i]) ring[i] = 'rest';
  const set = (idx: ArrayLike<number> | undefined, r: Ring) => {
    if (!idx) return;
    for (let k = 0; k < idx.length; k++) {
      const i = idx[k];
      if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError(`unit index ${i} out of range (${n} units)`);
      ring[i] = r;
    }
  };
  set(input.ring2, 'ring2');
  set(input.ring1, 'ring1');
  set(input.targets, 'target');
  return { ring, region: Array.from(input.region, Boolean) };
}

/** Unit indices per ring (ascending) and of the region. */
export function membersOf(m: Membership): Record<Ring | 'region', number[]> {
  const out: Record<Ring | 'region', number[]> = { target: [], ring1: [], ring2: [], rest: [], region: [] };
  m.ring.forEach((r, i) => {
    if (r) out[r].push(i);
  });
  m.region.forEach((inRegion, i) => {
    if (inRegion) out.region.push(i);
  });
  return out;
}

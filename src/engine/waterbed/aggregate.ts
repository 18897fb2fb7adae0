/**
 * Ring values from unit amounts: shares and means as Σnum / Σden (aggregated counts, not averages of shares),
 * counts as Σnum. A ring with exactly one unit gets that unit's value exactly.
 */
import { isRatio } from './indicator';
import type { Aggregate, Amount, HarmonisedAmount, IndicatorKind, RingAggregate } from './types';

/**
 * Aggregate the members of one ring. `include` (default: all) restricts to a balanced panel, e.g. units known in
 * both years; members left out by it or with an unknown amount count as `missing`.
 */
export function aggregateRing(
  ring: Aggregate,
  kind: IndicatorKind,
  amounts: readonly (Amount | null)[],
  members: readonly number[],
  include: (i: number) => boolean = () => true,
): RingAggregate {
  let num = 0,
    den = 0,
    units = 0,
    missing = 0,
    only: Amount | null = null;
  for (const i of members) {
    const a = amounts[i];
    if (!a || !include(i)) {
      missing++;
      continue;
    }
    units++;
    only = a;
    num += a.num;
    den += a.den;
  }
  let value: number | null;
  if (units === 0) value = null;
  else if (units === 1) value = only!.value;
  else if (isRatio(kind)) value = den > 0 ? num / den : null;
  else value = num;
  return { ring, units, missing, num, den: isRatio(kind) ? den : units, value };
}

/**
 * Part of a ring's amount that came from other codes: Σ reallocatedShare_i · mass_i / Σ mass_i, with mass the
 * unit's den (shares, means) or count. Null when nothing is aggregated.
 */
export function ringReallocatedShare(
  kind: IndicatorKind,
  amounts: readonly (HarmonisedAmount | null)[],
  members: readonly number[],
  include: (i: number) => boolean = () => true,
): number | null {
  let moved = 0,
    total = 0,
    n = 0;
  for (const i of members) {
    const a = amounts[i];
    if (!a || !include(i)) continue;
    const mass = Math.abs(isRatio(kind) ? a.den : a.num);
    moved += a.reallocatedShare * mass;
    total += mass;
    n++;
  }
  if (n === 0) return null;
  return total > 0 ? moved / total : 0;
}

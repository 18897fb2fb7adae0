/**
 * What the map shows of a waterbed result (split from use-waterbed-mode.ts): the change per unit, ring membership,
 * the units to fit and those with an implausible boundary conversion.
 */
import { useMemo } from 'react';
import type { Ring } from '../engine/waterbed';
import type { WaterbedResult } from '../pipeline/waterbed';
import type { IndexWaterbedResult } from '../pipeline/waterbed-index';

export function useWaterbedMarks(result: WaterbedResult | null, indexResult: IndexWaterbedResult | null) {
  /** Map values while a result is shown: change t0 → t1 per unit (on the t1 units). */
  const change = useMemo<Map<string, number | null> | null>(() => {
    if (!result) return null;
    return new Map(result.units.map((u) => [u.code, u.change ?? null]));
  }, [result]);
  const rings = useMemo(
    () =>
      result
        ? new Map(result.units.map((u) => [u.code, u.ring]))
        : indexResult
          ? new Map(indexResult.units.filter((u) => u.ring !== 'region').map((u) => [u.code, u.ring as Ring]))
          : null,
    [result, indexResult],
  );
  /** The units of the comparison shown (the map fits them). */
  const focus = useMemo(() => (rings && (result || indexResult) ? [...rings.keys()] : null), [rings, result, indexResult]);
  /** Units whose boundary conversion does not fit their own population (dashed outline on the map). */
  const marked = useMemo(
    () => (result ? new Set(result.units.filter((u) => u.consistency?.status === 'implausible').map((u) => u.code)) : null),
    [result],
  );

  return { change, rings, focus, marked };
}

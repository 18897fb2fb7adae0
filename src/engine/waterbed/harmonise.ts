/**
 * Moving one year's unit amounts onto the to-year units through a crosswalk (areal interpolation of counts).
 *
 * Rules
 * - num and den are interpolated separately with the crosswalk weights: num_t = Σ_s w(s→t)·num_s,
 *   den_t = Σ_s w(s→t)·den_s; the value is num_t / den_t (shares, means) or num_t (counts). So shares are
 *   recomputed from interpolated counts (share × denominator → count → interpolate → divide), means are weighted by
 *   their denominator.
 * - Identical units (crosswalk.identical) take their own amount unchanged: exactly their own value, nothing
 *   reallocated. A unit with a single source takes that source's value exactly for shares and means.
 * - Unknown sources: counts need every source known (else null); shares and means use the known sources when they
 *   cover ≥ minCoverage (default 0.5) of the contributing area (else null). `coverage` reports the fraction.
 * - reallocatedShare = part of the unit's interpolated den (counts: of its count) that came from sources with
 *   another code; when that total is 0, area shares are used.
 */
import type { Crosswalk } from './crosswalk';
import { isRatio } from './indicator';
import type { Amount, HarmonisedAmount, IndicatorKind } from './types';

export interface HarmoniseOptions {
  minCoverage?: number;
}

export function harmonise(
  cw: Crosswalk,
  from: readonly (Amount | null)[],
  kind: IndicatorKind,
  opts: HarmoniseOptions = {},
): (HarmonisedAmount | null)[] {
  if (from.length !== cw.fromCodes.length) throw new RangeError(`${from.length} amounts for ${cw.fromCodes.length} crosswalk sources`);
  const minCoverage = opts.minCoverage ?? 0.5;
  const ratio = isRatio(kind);
  return cw.toCodes.map((code, t) => {
    const k0 = cw.start[t],
      k1 = cw.start[t + 1];
    if (k1 === k0) return null;
    if (cw.identical[t]) {
      const a = from[cw.source[k0]];
      return a
        ? { ...a, reallocatedShare: 0, sources: [{ code: cw.fromCodes[cw.source[k0]], share: 1 }], coverage: 1, identical: true }
        : null;
    }
    let num = 0,
      den = 0,
      area = 0,
      knownArea = 0,
      known = 0,
      last = -1;
    for (let k = k0; k < k1; k++) {
      const a = from[cw.source[k]];
      area += cw.areaKm2[k];
      if (!a) continue;
      known++;
      last = k;
      knownArea += cw.areaKm2[k];
      num += cw.weight[k] * a.num;
      den += cw.weight[k] * a.den;
    }
    const coverage = area > 0 ? knownArea / area : known === k1 - k0 ? 1 : 0;
    if (known === 0 || (ratio ? coverage < minCoverage : known < k1 - k0)) return null;
    let value: number;
    if (ratio && known === 1) value = from[cw.source[last]]!.value;
    else if (ratio) {
      if (!(den > 0)) return null;
      value = num / den;
    } else value = num;
    // Contribution of each source: its interpolated den (counts: its interpolated count).
    const mass = (k: number): number | null => {
      const a = from[cw.source[k]];
      return a ? cw.weight[k] * (ratio ? a.den : a.num) : null;
    };
    let total = 0;
    for (let k = k0; k < k1; k++) total += mass(k) ?? 0;
    const useArea = !(total > 0);
    const share = (k: number): number | null => {
      if (!from[cw.source[k]]) return null;
      return useArea ? (knownArea > 0 ? cw.areaKm2[k] / knownArea : 1 / known) : (mass(k) as number) / total;
    };
    const sources: { code: string; share: number | null }[] = [];
    let reallocated = 0;
    for (let k = k0; k < k1; k++) {
      const s = share(k),
        src = cw.fromCodes[cw.source[k]];
      sources.push({ code: src, share: s });
      if (src !== code && s !== null) reallocated += s;
    }
    sources.sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || a.code.localeCompare(b.code));
    return {
      value,
      num,
      den: ratio ? den : 1,
      reallocatedShare: Math.min(1, Math.max(0, reallocated)),
      sources,
      coverage,
      identical: false,
    };
  });
}

/** The to-year's own amounts as harmonised amounts (nothing reallocated). */
export function ownAmounts(codes: readonly string[], amounts: readonly (Amount | null)[]): (HarmonisedAmount | null)[] {
  return amounts.map((a, i) =>
    a ? { ...a, reallocatedShare: 0, sources: [{ code: codes[i], share: 1 }], coverage: 1, identical: true } : null,
  );
}

/**
 * Changes, difference-in-differences and flags.
 *
 * - change = t1 − t0; changePct = 100 · (t1 − t0) / t0.
 * - The change metric is `change` for shares (percentage points) and `changePct` for counts and means (percent
 *   growth), see indicator.ts. DiD vs rest = metric(ring or unit) − metric(rest); likewise vs the region. So for
 *   shares DiD is in percentage points; for counts and means in percentage points of growth.
 * - Flags (adjacent units only): 'above' when the unit's DiD vs rest ≥ threshold, 'below' when ≤ −threshold.
 *   The threshold is in the metric's unit: default 2 percentage points for shares and 2 percentage points of
 *   growth for counts and means (e.g. +7 % in the unit vs +5 % in the rest is exactly on the threshold).
 */
import type { Change, ChangeMetric, Flag, RingAggregate, RingComparison, UnitComparison } from './types';

export const DEFAULT_THRESHOLD = 2;
/** Tolerance for comparisons against the threshold (floating-point noise in t1 − t0). */
const EPS = 1e-9;

export function changeOf(t0: number | null | undefined, t1: number | null | undefined): Change {
  const a = t0 ?? null,
    b = t1 ?? null;
  const change = a !== null && b !== null ? b - a : null;
  const changePct = change !== null && a !== 0 ? (100 * change) / (a as number) : null;
  return { t0: a, t1: b, change, changePct };
}

export function metricOf(c: Change, metric: ChangeMetric): number | null {
  return metric === 'absolute' ? c.change : c.changePct;
}

const diff = (a: number | null, b: number | null) => (a !== null && b !== null ? a - b : null);

/** One row per aggregate with its change and DiD against the rest and the region. */
export function compareRings(t0: readonly RingAggregate[], t1: readonly RingAggregate[], metric: ChangeMetric): RingComparison[] {
  const at1 = new Map(t1.map((a) => [a.ring, a]));
  const changes = t0.map((a) => ({ a, c: changeOf(a.value, at1.get(a.ring)?.value) }));
  const rest = changes.find((x) => x.a.ring === 'rest')?.c ?? null;
  const region = changes.find((x) => x.a.ring === 'region')?.c ?? null;
  return changes.map(({ a, c }) => ({
    ring: a.ring,
    units: Math.min(a.units, at1.get(a.ring)?.units ?? 0),
    missing: Math.max(a.missing, at1.get(a.ring)?.missing ?? 0),
    ...c,
    didVsRest: rest && a.ring !== 'rest' ? diff(metricOf(c, metric), metricOf(rest, metric)) : null,
    didVsRegion: region && a.ring !== 'region' ? diff(metricOf(c, metric), metricOf(region, metric)) : null,
    didAbsoluteVsRest: rest && a.ring !== 'rest' ? diff(c.change, rest.change) : null,
  }));
}

export function flagOf(did: number | null, threshold: number): Flag {
  if (did === null) return null;
  if (did >= threshold - EPS) return 'above';
  if (did <= -threshold + EPS) return 'below';
  return null;
}

/** A unit's change against the rest; `adjacent` units (ring 1 and 2) are flagged. */
export function compareUnit(
  t0: number | null,
  t1: number | null,
  rest: Change | null,
  metric: ChangeMetric,
  threshold: number,
  adjacent: boolean,
): UnitComparison {
  const c = changeOf(t0, t1);
  const didVsRest = rest ? diff(metricOf(c, metric), metricOf(rest, metric)) : null;
  return { ...c, didVsRest, flag: adjacent ? flagOf(didVsRest, threshold) : null };
}

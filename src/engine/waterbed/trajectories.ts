/**
 * Ring values over time: for every year with data (each year's units moved onto the to-year units), the aggregate
 * of each ring, in year order. The ring membership is that of the comparison (to-year units); which units count in
 * a year depends on that year's data (`units` per point).
 */
import type { Aggregate, RingAggregate } from './types';

export interface TrajectoryPoint {
  year: number;
  value: number | null;
  units: number;
  /** Part of the ring's amount that came from other codes in that year (0 in the to-year); see aggregate.ts. */
  reallocatedShare: number | null;
}

export interface Trajectory {
  ring: Aggregate;
  points: TrajectoryPoint[];
}

export interface YearAggregates {
  year: number;
  aggregates: readonly RingAggregate[];
  /** Per ring: the reallocated share of the ring's amount in that year (optional). */
  reallocated?: Partial<Record<Aggregate, number | null>>;
}

export function buildTrajectories(years: readonly YearAggregates[], rings: readonly Aggregate[]): Trajectory[] {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  return rings.map((ring) => ({
    ring,
    points: sorted.map((y) => {
      const a = y.aggregates.find((x) => x.ring === ring);
      return { year: y.year, value: a?.value ?? null, units: a?.units ?? 0, reallocatedShare: y.reallocated?.[ring] ?? null };
    }),
  }));
}

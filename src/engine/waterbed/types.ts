/**
 * Shapes of the waterbed comparison (RIGO 2009, "Waterbedeffecten van het wijkenbeleid"): target units vs the
 * adjacent ring(s) vs the rest of the city/province vs a benchmark region, between two years. Pure data, no DOM.
 *
 * Conventions
 * - Every year is expressed on the units of the comparison's last year (`to`); earlier years are moved onto them
 *   by areal interpolation (src/geo/interpolate.ts, harmonise.ts).
 * - A unit's value is carried as an Amount: value = num / den. Shares (percent): num = share × denominator count,
 *   den = denominator count (e.g. share_rented × dwellings). Means: num = mean × weight, den = weight (dwellings for
 *   mean_woz_keur, population for mean income per inhabitant). Counts: num = value, den = 1 (not aggregated).
 *   Ring values are Σnum / Σden (shares/means) or Σnum (counts): aggregates of counts, never averages of shares.
 */

export type IndicatorKind = 'share' | 'count' | 'mean';

/** How a change is compared: shares in percentage points (absolute), counts and means in % growth (relative). */
export type ChangeMetric = 'absolute' | 'relative';

export interface Bilingual {
  nl: string;
  en: string;
}

export interface IndicatorSpec {
  id: string;
  kind: IndicatorKind;
  /** Display unit, e.g. 'percent', 'keur', 'count'. */
  unit: string;
  label: Bilingual;
  /** share: the count the percentage refers to; mean: the variable it is weighted by; count: null. */
  denominator: string | null;
}

/** One unit in one year: value = num / den (count: num = value, den = 1). */
export interface Amount {
  value: number;
  num: number;
  den: number;
}

/** A unit's interpolated amount on the to-year units, with where it came from. */
export interface HarmonisedAmount extends Amount {
  /** Share of the unit's amount (its denominator; for counts the count itself) that came from other codes, 0–1. */
  reallocatedShare: number;
  /** Contributing source codes with their share of the amount (null when the source's value is unknown), largest first. */
  sources: { code: string; share: number | null }[];
  /** Fraction of the contributing area whose source value was known (1 = complete). */
  coverage: number;
  /** Same unit in both years (nothing interpolated). */
  identical: boolean;
}

/** Ring membership of a unit of the to-year layer. */
export type Ring = 'target' | 'ring1' | 'ring2' | 'rest';
/** What a ring row aggregates: a ring, or the benchmark region (all units of the region, rings included). */
export type Aggregate = Ring | 'region';
export const AGGREGATES: readonly Aggregate[] = ['target', 'ring1', 'ring2', 'rest', 'region'];

export interface RingAggregate {
  ring: Aggregate;
  /** Units aggregated (value known). */
  units: number;
  /** Members left out because their value was unknown. */
  missing: number;
  num: number;
  den: number;
  value: number | null;
}

export interface Change {
  t0: number | null;
  t1: number | null;
  /** t1 − t0 in the indicator's unit. */
  change: number | null;
  /** 100 · (t1 − t0) / t0; null when t0 is 0 or unknown. */
  changePct: number | null;
}

export type Flag = 'above' | 'below' | null;

export interface RingComparison extends Change {
  ring: Aggregate;
  units: number;
  missing: number;
  /** Change metric of this ring minus that of the rest (pp for shares; pp of growth for counts and means). */
  didVsRest: number | null;
  /** Same against the benchmark region. */
  didVsRegion: number | null;
  /** (t1 − t0) of this ring minus that of the rest, in the indicator's unit. */
  didAbsoluteVsRest: number | null;
}

export interface UnitComparison extends Change {
  /** Change metric of the unit minus that of the rest. */
  didVsRest: number | null;
  /** 'above' / 'below': an adjacent unit whose change exceeds / falls short of the rest's by ≥ the threshold. */
  flag: Flag;
}

export interface WaterbedWarning extends Bilingual {
  code: string;
}

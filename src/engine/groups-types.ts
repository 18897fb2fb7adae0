/**
 * The shapes of the group model (groups.ts, groups-count.ts, groups-buurt.ts): a group definition names the
 * groups of a segregation analysis and how each group's count per unit follows from the CBS variables.
 * A group's count is one of
 * - `share`: denominator × share / 100 (CBS shares are whole percentages, so an approximation);
 * - `remainderOf`: denominator × (100 − Σ shares) / 100, never below 0 (the rest after some shares);
 * - `count`: a count CBS publishes (at buurt level rounded to multiples of 5);
 * - `countRemainderOf`: denominator − Σ counts (e.g. 15–64 = population − 0–14 − 65+). Rounding can push it
 *   below 0; such a unit is excluded (cause `negative_remainder`), never clipped to 0.
 */

export interface Label {
  nl: string;
  en: string;
}

/** Levels at which group definitions are looked up (buurt definitions differ: they use counts). */
export type GroupLevel = 'gemeente' | 'wijk' | 'buurt';

export type GroupPart =
  | { id: string; label: Label; share: string }
  | { id: string; label: Label; remainderOf: readonly string[] }
  | { id: string; label: Label; count: string }
  | { id: string; label: Label; countRemainderOf: readonly string[] };

export interface GroupDefinition {
  id: string;
  kind: 'two-group' | 'multigroup';
  label: Label;
  /** Count variable the shares refer to, and the total a count remainder is taken from. */
  denominator: 'population' | 'dwellings' | 'households';
  /** What one counted item is. */
  counts: 'persons' | 'dwellings' | 'households';
  /** For two-group definitions the first group is the focal group x, the second the rest y. */
  groups: readonly GroupPart[];
  note?: Label;
  /** Years in which CBS publishes the needed shares (informative; the data decide). */
  years?: { from?: number; to?: number };
}

export interface GroupSourceRow {
  code: string;
  values: Readonly<Record<string, number | null | undefined>>;
}

/** Why a unit has no counts: a needed value is missing (suppressed), invalid, or a count remainder is below 0. */
export type ExclusionCause = 'missing' | 'invalid' | 'negative_remainder';

export interface ExcludedUnit {
  code: string;
  reason: string;
  cause: ExclusionCause;
}

export interface GroupCounts {
  definition: string;
  groups: string[];
  units: string[];
  /** counts[k][i] = estimated count of group k in units[i]. */
  counts: Float64Array[];
  excluded: ExcludedUnit[];
  /** True when some count is estimated from a rounded percentage (a `share` or `remainderOf` part). */
  approximate: boolean;
  note: Label;
}

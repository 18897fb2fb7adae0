/**
 * The engine's warning and exclusion shapes, shared by the result types (result.ts) and the exclusion rules
 * (exclusions.ts); a module of their own so neither imports the other.
 */
export interface Exclusions {
  zeroPopulation: number;
  invalid: number;
}

export type WarningCode =
  | 'excluded_zero_population'
  | 'excluded_invalid'
  | 'excluded_missing_data'
  | 'missing_spatial'
  | 'small_units'
  | 'empty_group'
  | 'isolated_units'
  | 'negative_spatial_adjustment'
  | 'replicates_skipped'
  | 'rounded_unit_sizes'
  | 'approximate_counts'
  | 'negative_derived_count'
  | 'large_region';

/**
 * Warnings are part of the API: a stable code for the UI (translation), a message for people (English), a count if
 * any, and any other numbers of the message as `params` (so the UI can say it in its own language).
 */
export interface EngineWarning {
  code: WarningCode;
  message: string;
  count?: number;
  params?: Readonly<Record<string, number>>;
}

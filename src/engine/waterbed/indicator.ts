/**
 * Indicator arithmetic for the waterbed comparison: which variables a value needs, how a unit's value becomes an
 * Amount (num/den), and which change metric applies.
 *
 * Weights of means (documented choice): mean_woz_keur by dwellings, mean income per inhabitant by population,
 * mean income per recipient by population (recipients are not in the data: an approximation), mean household size
 * by households. Any other mean is weighted by population. Densities and indices are not supported (they are not
 * counts over the units' territory that can be interpolated).
 */
import type { Amount, ChangeMetric, IndicatorKind, IndicatorSpec } from './types';

export const MEAN_WEIGHTS: Readonly<Record<string, string>> = {
  mean_woz_keur: 'dwellings',
  mean_income_per_inhabitant_keur: 'population',
  mean_income_per_recipient_keur: 'population',
  mean_household_size: 'households',
};

export const DEFAULT_MEAN_WEIGHT = 'population';

export function isSupportedKind(kind: string): kind is IndicatorKind {
  return kind === 'share' || kind === 'count' || kind === 'mean';
}

/** Shares change in percentage points; counts and means in percent growth. */
export function changeMetric(kind: IndicatorKind): ChangeMetric {
  return kind === 'share' ? 'absolute' : 'relative';
}

/** The weight/denominator variable of an indicator (null for counts). */
export function denominatorOf(id: string, kind: IndicatorKind, shareDenominator?: string | null): string | null {
  if (kind === 'count') return null;
  if (kind === 'share') {
    if (!shareDenominator) throw new Error(`share indicator ${id} has no denominator`);
    return shareDenominator;
  }
  return MEAN_WEIGHTS[id] ?? DEFAULT_MEAN_WEIGHT;
}

/** Variables to read per year: the indicator and its denominator/weight. */
export function variablesNeeded(spec: IndicatorSpec): string[] {
  return spec.denominator ? [spec.id, spec.denominator] : [spec.id];
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A unit's Amount, or null when the value or (for shares/means) a non-negative denominator is unknown. */
export function amountOf(kind: IndicatorKind, value: unknown, den: unknown): Amount | null {
  if (!finite(value)) return null;
  if (kind === 'count') return { value, num: value, den: 1 };
  if (!finite(den) || den < 0) return null;
  return { value, num: value * den, den };
}

/** Whether amounts of this kind are ratios (Σnum/Σden) rather than sums. */
export function isRatio(kind: IndicatorKind): boolean {
  return kind !== 'count';
}

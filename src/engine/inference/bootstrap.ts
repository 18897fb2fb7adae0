/**
 * Percentile bootstrap confidence intervals for D, H and M.
 * Scheme: keep every unit's size fixed and redraw its counts from Multinomial(t_i, observed composition of i);
 * recompute D, H, M; report the (1−level)/2 and (1+level)/2 percentiles (default 2.5 % and 97.5 %) of R
 * replicates (default 1000), seeded. Unit sizes that are not integers (counts estimated from percentages) are
 * rounded for the draws. Also reported: replicate mean, bias = mean − estimate and standard error.
 * Note: D, H and M are biased upward in small units, and so are their bootstrap replicates: the interval shows
 * sampling spread, not bias; compare with the random-allocation benchmark (random-allocation.ts).
 * R segregation (Elbers) instead resamples all T individuals from the whole table (unit sizes vary) and offers
 * a bias-corrected estimate 2·estimate − mean; the "bias" field here gives what that correction would subtract.
 */
import {
  multiGroupProblem,
  okValue,
  prepareMultiGroup,
  withMeta,
  type CountVector,
  type EngineWarning,
  type MultiGroupData,
  type NotComputableCode,
  type ResultMeta,
} from '../result';
import { mutualInformationCore, theilHMultiCore } from '../indices/mutual-information';
import { multigroupDissimilarityCore } from '../indices/multigroup-dissimilarity';
import { mean, quantileSorted, simulateIndices, standardDeviation } from './simulate';

export const DEFAULT_BOOTSTRAP_REPLICATES = 1000;
export const DEFAULT_SEED = 20240101;

export interface BootstrapOptions {
  replicates?: number;
  seed?: number;
  /** Confidence level, default 0.95. */
  level?: number;
}

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
  mean: number;
  /** mean − estimate */
  bias: number;
  /** standard deviation of the replicates */
  se: number;
}

export type BootstrapResult = (
  | { ok: true; D: Interval; H: Interval; M: Interval; replicates: number; replicatesUsed: number; level: number; seed: number }
  | { ok: false; code: NotComputableCode; reason: string }
) & { meta: ResultMeta };

function interval(estimate: number, values: Float64Array, level: number): Interval {
  const mu = mean(values);
  const sd = standardDeviation(values);
  const sorted = values.slice().sort();
  return {
    estimate,
    lower: quantileSorted(sorted, (1 - level) / 2),
    upper: quantileSorted(sorted, (1 + level) / 2),
    mean: mu,
    bias: mu - estimate,
    se: sd,
  };
}

/** Bootstrap on prepared data (the batch reuses its preparation). */
export function bootstrapPrepared(d: MultiGroupData, options: BootstrapOptions = {}): BootstrapResult {
  const replicates = Math.max(1, Math.floor(options.replicates ?? DEFAULT_BOOTSTRAP_REPLICATES));
  const seed = options.seed ?? DEFAULT_SEED;
  const level = options.level ?? 0.95;
  const conventions = {
    scheme: 'multinomial per unit, unit sizes fixed, observed composition',
    interval: `percentile (type 7), level ${level}`,
    replicates: String(replicates),
    seed: String(seed),
    D: d.g === 2 ? 'Duncan & Duncan two-group D' : 'Reardon & Firebaugh multigroup D',
  };
  const problem = multiGroupProblem(d);
  if (problem) return withMeta(problem, 'bootstrap', d, conventions);
  if (!(level > 0 && level < 1)) {
    return withMeta(
      { ok: false, code: 'invalid_parameter', reason: `not computable: level must be in (0, 1), got ${level}` },
      'bootstrap',
      d,
      conventions,
    );
  }
  const sim = simulateIndices(d, replicates, seed, 'observed');
  const extra: EngineWarning[] = [];
  if (sim.roundedSizes)
    extra.push({ code: 'rounded_unit_sizes', message: 'unit sizes are not integers and were rounded for the multinomial draws' });
  if (sim.used < replicates) {
    extra.push({
      code: 'replicates_skipped',
      message: `${replicates - sim.used} replicate(s) had fewer than two non-empty groups and were skipped`,
      count: replicates - sim.used,
    });
  }
  if (sim.used === 0) {
    return withMeta(
      { ok: false, code: 'degenerate', reason: 'not computable: no bootstrap replicate had two non-empty groups' },
      'bootstrap',
      d,
      conventions,
      extra,
    );
  }
  const base = withMeta(okValue(0), 'bootstrap', d, conventions, extra);
  return {
    ok: true,
    D: interval(multigroupDissimilarityCore(d), sim.D.subarray(0, sim.used), level),
    H: interval(theilHMultiCore(d), sim.H.subarray(0, sim.used), level),
    M: interval(mutualInformationCore(d), sim.M.subarray(0, sim.used), level),
    replicates,
    replicatesUsed: sim.used,
    level,
    seed,
    meta: base.meta,
  };
}

/** Bootstrap intervals for a units × groups table given as one count column per group. */
export function bootstrapIndices(columns: readonly CountVector[], options: BootstrapOptions = {}): BootstrapResult {
  return bootstrapPrepared(prepareMultiGroup(columns), options);
}

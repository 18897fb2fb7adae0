/**
 * Expected segregation under random allocation (Winship 1977; Carrington & Troske 1997; Allen et al. 2015):
 * every person is placed at random, i.e. each unit's counts are redrawn from Multinomial(t_i, overall group
 * shares). Unit sizes stay as observed (rounded to integers); group totals vary between replicates. The mean of
 * D (and M, H) over R replicates (default 100, seeded) is what unevenness small units produce by chance alone.
 *
 * Bias-corrected D, two forms:
 *   excess               D − E[D]
 *   Carrington & Troske  (D − E[D]) / (1 − E[D])  if D ≥ E[D],   (D − E[D]) / E[D]  otherwise   (−1 … 1)
 * Carrington & Troske's simulation holds both margins fixed (a permutation of persons); the multinomial draw
 * here frees the group totals, which changes E[D] by O(1/T).
 */
import {
  multiGroupProblem,
  prepareMultiGroup,
  withMeta,
  type CountVector,
  type EngineWarning,
  type MultiGroupData,
  type NotComputableCode,
  type ResultMeta,
} from '../result';
import { mean, simulateIndices, standardDeviation } from './simulate';
import { DEFAULT_SEED } from './bootstrap';

export const DEFAULT_RANDOM_REPLICATES = 100;

export interface RandomAllocationOptions {
  replicates?: number;
  seed?: number;
}

export type RandomAllocationResult = (
  | {
      ok: true;
      expectedD: number;
      sdD: number;
      expectedM: number;
      expectedH: number;
      replicates: number;
      replicatesUsed: number;
      seed: number;
    }
  | { ok: false; code: NotComputableCode; reason: string }
) & { meta: ResultMeta };

export function randomAllocationPrepared(d: MultiGroupData, options: RandomAllocationOptions = {}): RandomAllocationResult {
  const replicates = Math.max(1, Math.floor(options.replicates ?? DEFAULT_RANDOM_REPLICATES));
  const seed = options.seed ?? DEFAULT_SEED;
  const conventions = {
    scheme: 'multinomial per unit with the overall group shares, unit sizes fixed',
    replicates: String(replicates),
    seed: String(seed),
  };
  const problem = multiGroupProblem(d);
  if (problem) return withMeta(problem, 'random-allocation', d, conventions);
  const sim = simulateIndices(d, replicates, seed, 'overall');
  const extra: EngineWarning[] = [];
  if (sim.roundedSizes) extra.push({ code: 'rounded_unit_sizes', message: 'unit sizes are not integers and were rounded for the draws' });
  if (sim.used < replicates) {
    extra.push({
      code: 'replicates_skipped',
      message: `${replicates - sim.used} replicate(s) had fewer than two non-empty groups and were skipped`,
      count: replicates - sim.used,
    });
  }
  if (sim.used === 0) {
    return withMeta(
      { ok: false, code: 'degenerate', reason: 'not computable: no replicate had two non-empty groups' },
      'random-allocation',
      d,
      conventions,
      extra,
    );
  }
  const D = sim.D.subarray(0, sim.used);
  const { meta } = withMeta({ ok: true, value: 0 }, 'random-allocation', d, conventions, extra);
  return {
    ok: true,
    expectedD: mean(D),
    sdD: standardDeviation(D),
    expectedM: mean(sim.M.subarray(0, sim.used)),
    expectedH: mean(sim.H.subarray(0, sim.used)),
    replicates,
    replicatesUsed: sim.used,
    seed,
    meta,
  };
}

/** Expected D, M and H under random allocation for one count column per group. */
export function expectedUnderRandomAllocation(
  columns: readonly CountVector[],
  options: RandomAllocationOptions = {},
): RandomAllocationResult {
  return randomAllocationPrepared(prepareMultiGroup(columns), options);
}

export interface BiasCorrectedD {
  /** D − E[D] */
  excess: number;
  /** Carrington & Troske (1997) normalisation, −1 … 1 */
  carringtonTroske: number;
}

export function biasCorrectedD(D: number, expectedD: number): BiasCorrectedD {
  const excess = D - expectedD;
  let ct: number;
  if (excess >= 0) ct = expectedD < 1 ? excess / (1 - expectedD) : 0;
  else ct = expectedD > 0 ? excess / expectedD : 0;
  return { excess, carringtonTroske: ct };
}

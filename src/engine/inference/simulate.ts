/**
 * The replicate loop shared by the bootstrap and the random-allocation benchmark: every replicate redraws each
 * unit's counts from a multinomial with the unit's (rounded) size and either the unit's own composition
 * ('observed', bootstrap) or the overall group shares ('overall', random allocation), then computes D, M and H.
 * D is Reardon & Firebaugh's multigroup D, which equals Duncan & Duncan's D with two groups.
 * Typed arrays are allocated once per call; nothing is allocated per replicate.
 */
import { createRng, sampleMultinomialInto } from '../random';
import type { MultiGroupData } from '../result';
import { entropyOfWeights } from '../indices/entropy';
import { mutualInformationFlat } from '../indices/mutual-information';
import { multigroupDissimilarityFlat } from '../indices/multigroup-dissimilarity';

export interface Simulation {
  D: Float64Array;
  M: Float64Array;
  H: Float64Array;
  /** Replicates stored in D/M/H[0 … used−1]; the others had fewer than two non-empty groups. */
  used: number;
  /** Some unit sizes were not integers and were rounded for the draws. */
  roundedSizes: boolean;
}

export function simulateIndices(d: MultiGroupData, replicates: number, seed: number, composition: 'observed' | 'overall'): Simulation {
  const { n, g } = d;
  const sizes = new Float64Array(n);
  let roundedSizes = false;
  let total = 0;
  for (let u = 0; u < n; u++) {
    sizes[u] = Math.round(d.unitTotals[u]);
    if (sizes[u] !== d.unitTotals[u]) roundedSizes = true;
    total += sizes[u];
  }
  const sim = new Float64Array(n * g);
  const simGroups = new Float64Array(g);
  const out: Simulation = {
    D: new Float64Array(replicates),
    M: new Float64Array(replicates),
    H: new Float64Array(replicates),
    used: 0,
    roundedSizes,
  };
  if (total <= 0) return out;
  const rng = createRng(seed);
  for (let r = 0; r < replicates; r++) {
    simGroups.fill(0);
    for (let u = 0; u < n; u++) {
      if (composition === 'observed') sampleMultinomialInto(rng, sizes[u], d.cells, u * g, g, sim, u * g);
      else sampleMultinomialInto(rng, sizes[u], d.groupTotals, 0, g, sim, u * g);
      for (let k = 0; k < g; k++) simGroups[k] += sim[u * g + k];
    }
    let nonEmpty = 0;
    for (let k = 0; k < g; k++) if (simGroups[k] > 0) nonEmpty++;
    if (nonEmpty < 2) continue;
    const m = mutualInformationFlat(sim, n, g, sizes, simGroups, total);
    out.M[out.used] = m;
    out.H[out.used] = m / entropyOfWeights(simGroups);
    out.D[out.used] = multigroupDissimilarityFlat(sim, n, g, sizes, simGroups, total);
    out.used++;
  }
  return out;
}

/** Quantile of sorted values, linear interpolation between order statistics (R type 7). */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const m = sorted.length;
  if (m === 0) return NaN;
  const h = (m - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, m - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function mean(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return a.length ? s / a.length : NaN;
}

export function standardDeviation(a: Float64Array): number {
  if (a.length < 2) return 0;
  const mu = mean(a);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - mu) * (a[i] - mu);
  return Math.sqrt(s / (a.length - 1));
}

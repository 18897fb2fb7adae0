/**
 * How much units grow when their boundaries did not change (pure): the yardstick for the two-margin weights
 * (two-margin.ts: how far a to-year population may be trusted as a hint) and for the consistency check
 * (consistency.ts: which interpolated units have an implausible implied growth).
 *
 * - Relative growth of an unchanged (identical) unit i: r_i = (P1_i / P0_i) / G, with G = Σ P1 / Σ P0 over all
 *   unchanged units with both populations ≥ minPopulation (default 100: smaller units jump by rounding alone).
 * - spread = 1.4826 · median |ln r_i − median ln r| (a robust standard deviation of ln r, MAD-based, so a few
 *   demolished or new-built units do not widen it).
 * - band = [2.5th, 97.5th] percentile of r_i: 95 % of unchanged units grew within this band around G.
 * - With fewer than minUnits (default 10) unchanged units, spread = 0.05 and band = [0.9, 1.1] (documented
 *   defaults, flagged `measured: false`).
 */
import { median, quantileSorted } from 'simple-statistics';
import type { Crosswalk } from './crosswalk';

export interface GrowthYardstick {
  /** Growth factor Σ P1 / Σ P0 of the unchanged units (1 when none). */
  growth: number;
  /** Robust standard deviation of ln(relative growth). */
  spread: number;
  /** 95 % band of relative growth (r = unit growth / G) among unchanged units. */
  band: [number, number];
  units: number;
  measured: boolean;
}

export const DEFAULT_SPREAD = 0.05;
export const DEFAULT_BAND: [number, number] = [0.9, 1.1];

export function unchangedGrowth(
  cw: Crosswalk,
  fromPopulation: readonly (number | null)[],
  toPopulation: readonly (number | null)[],
  opts: { minPopulation?: number; minUnits?: number } = {},
): GrowthYardstick {
  const minPop = opts.minPopulation ?? 100,
    minUnits = opts.minUnits ?? 10;
  const pairs: [number, number][] = [];
  for (let t = 0; t < cw.toCodes.length; t++) {
    if (!cw.identical[t]) continue;
    const p0 = fromPopulation[cw.source[cw.start[t]]],
      p1 = toPopulation[t];
    if (p0 !== null && p1 !== null && p0 >= minPop && p1 >= minPop) pairs.push([p0, p1]);
  }
  const s0 = pairs.reduce((a, p) => a + p[0], 0),
    s1 = pairs.reduce((a, p) => a + p[1], 0);
  const growth = s0 > 0 ? s1 / s0 : 1;
  if (pairs.length < minUnits) return { growth, spread: DEFAULT_SPREAD, band: DEFAULT_BAND, units: pairs.length, measured: false };
  const logs = pairs.map(([a, b]) => Math.log(b / a / growth)).sort((a, b) => a - b);
  const m = median(logs);
  const spread = Math.max(1e-3, 1.4826 * median(logs.map((v) => Math.abs(v - m))));
  const band: [number, number] = [Math.exp(quantileSorted(logs, 0.025)), Math.exp(quantileSorted(logs, 0.975))];
  return { growth, spread, band, units: pairs.length, measured: true };
}

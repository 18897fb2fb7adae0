/**
 * The crosswalk between two boundary layers of one level (units of year `fromYear` → units of year `toYear`), as
 * produced by src/geo/interpolate.ts and consumed by harmonise.ts. Plain arrays only, so it can be cached as JSON
 * (compute once per (level, fromYear, toYear)).
 */
export interface Crosswalk {
  level: string;
  fromYear: number;
  toYear: number;
  fromCodes: string[];
  toCodes: string[];
  /** Entries grouped by target unit: target t has entries start[t] .. start[t + 1] - 1 (length toCodes.length + 1). */
  start: number[];
  /** Source (from-unit index) of each entry. */
  source: number[];
  /** Share of the source unit's counts assigned to the entry's target; a source's entries sum to 1. */
  weight: number[];
  /** Planar intersection area of each entry, km². */
  areaKm2: number[];
  /**
   * Per target: the same unit as one from-unit (same code, or recoded with the same area): that unit is its only
   * source, with weight 1, and nothing counts as reallocated.
   */
  identical: boolean[];
  /** Planar areas of the units, km². */
  fromAreaKm2: number[];
  toAreaKm2: number[];
  /** From-units without any kept overlap with the to-layer (their counts cannot be moved). */
  unmatched: number[];
  weighting: CrosswalkWeighting;
  /** Two-margin weightings: IPF rounds and the largest relative gap between a hinted column and its target. */
  fit?: { iterations: number; maxColumnGap: number };
}

/**
 * How a source's counts are split over its pieces (docs/methods.md, "Crosswalk weights"):
 * - area: by intersection area;
 * - density: by area × the to-year population density of the target (one column step of IPF);
 * - ipf: two margins (from-year and to-year unit populations) fitted to a seed of intersection areas;
 * - dasymetric: two margins fitted to a seed of the pieces' population from a finer layer (wijken in gemeenten).
 */
export type CrosswalkWeighting = 'area' | 'density' | 'ipf' | 'dasymetric';
export const CROSSWALK_WEIGHTINGS: readonly CrosswalkWeighting[] = ['area', 'density', 'ipf', 'dasymetric'];

/** A weighting as asked for: 'auto' is dasymetric where a finer layer exists, else ipf (pipeline/crosswalks.ts). */
export type WeightingChoice = 'auto' | CrosswalkWeighting;
export const WEIGHTING_CHOICES: readonly WeightingChoice[] = ['auto', ...CROSSWALK_WEIGHTINGS];

/** Entries of target t as (source, weight, areaKm2) triples. */
export function entriesOf(cw: Crosswalk, t: number): { source: number; weight: number; areaKm2: number }[] {
  const out: { source: number; weight: number; areaKm2: number }[] = [];
  for (let k = cw.start[t]; k < cw.start[t + 1]; k++) out.push({ source: cw.source[k], weight: cw.weight[k], areaKm2: cw.areaKm2[k] });
  return out;
}

/** Cache key for a crosswalk: one per level, year pair and weighting. */
export function crosswalkKey(level: string, fromYear: number, toYear: number, weighting: Crosswalk['weighting'] = 'area'): string {
  return `${level}:${fromYear}->${toYear}:${weighting}`;
}

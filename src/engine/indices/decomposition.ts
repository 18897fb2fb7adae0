/**
 * Decomposition of the mutual information index over nested units (Theil 1971; Mora & Ruiz-Castillo 2011;
 * Elbers 2023), e.g. wijken (units) in gemeenten (regions):
 *   M_total = M_between + Σ_r (T_r / T) · M_within_r
 * M_between is M of the region × group table (regions as units); M_within_r is M of the units × groups table
 * of region r with its own group margins. The identity is exact (up to rounding) for any nesting.
 * H decomposes the same way after dividing every term by the entropy E of the overall group distribution.
 * This is the two-level case of decomposition-nested.ts (any number of levels); its output is unchanged.
 */
import type { CountVector, EngineWarning, Exclusions, NotComputableCode } from '../result';
import { decomposeNested } from './decomposition-nested';

export interface RegionPart {
  region: string;
  units: number;
  /** T_r / T */
  weight: number;
  /** M of the units within region r */
  M: number;
  /** weight · M */
  contribution: number;
}

interface DecompositionMeta {
  unitsUsed: number;
  excluded: Exclusions;
  conventions: Record<string, string>;
  warnings: EngineWarning[];
}

export type MDecomposition =
  | ({
      ok: true;
      total: number;
      between: number;
      /** Σ_r (T_r/T) M_r */
      within: number;
      /** The same three terms divided by the entropy of the overall group distribution. */
      H: { total: number; between: number; within: number };
      regions: RegionPart[];
    } & DecompositionMeta)
  | ({ ok: false; code: NotComputableCode; reason: string } & DecompositionMeta);

/** `regionOf[i]` is the region key of unit i (same order as the columns). Two levels of decomposeNested. */
export function decomposeMutualInformation(columns: readonly CountVector[], regionOf: ArrayLike<string>): MDecomposition {
  if (regionOf.length !== (columns[0]?.length ?? 0)) throw new RangeError('regionOf must have one key per unit');
  const n = decomposeNested(columns, [{ name: 'between', keys: regionOf }], { floorAtZero: false });
  const meta: DecompositionMeta = {
    unitsUsed: n.unitsUsed,
    excluded: n.excluded,
    conventions: { log: 'natural', nesting: 'each unit belongs to exactly one region' },
    warnings: n.warnings,
  };
  if (!n.ok) return { ok: false, code: n.code, reason: n.reason, ...meta };
  const [between, within] = [n.parts[0]!.M, n.parts[1]!.M];
  const regions = n.parts[1]!.regions.map(({ region, units, weight, M, contribution }) => ({ region, units, weight, M, contribution }));
  return { ok: true, total: n.total, between, within, H: { total: n.H, between: between / n.E, within: within / n.E }, regions, ...meta };
}

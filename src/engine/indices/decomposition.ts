/**
 * Decomposition of the mutual information index over nested units (Theil 1971; Mora & Ruiz-Castillo 2011;
 * Elbers 2023), e.g. wijken (units) in gemeenten (regions):
 *   M_total = M_between + Σ_r (T_r / T) · M_within_r
 * M_between is M of the region × group table (regions as units); M_within_r is M of the units × groups table
 * of region r with its own group margins. The identity is exact (up to rounding) for any nesting.
 * H decomposes the same way after dividing every term by the entropy E of the overall group distribution.
 */
import {
  multiGroupProblem,
  prepareMultiGroup,
  type CountVector,
  type EngineWarning,
  type Exclusions,
  type NotComputableCode,
} from '../result';
import { entropyOfWeights } from './entropy';
import { mutualInformationFlat } from './mutual-information';

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

/** `regionOf[i]` is the region key of unit i (same order as the columns). */
export function decomposeMutualInformation(columns: readonly CountVector[], regionOf: ArrayLike<string>): MDecomposition {
  const d = prepareMultiGroup(columns);
  const meta: DecompositionMeta = {
    unitsUsed: d.used,
    excluded: d.excluded,
    conventions: { log: 'natural', nesting: 'each unit belongs to exactly one region' },
    warnings: d.warnings,
  };
  if (regionOf.length !== (columns[0]?.length ?? 0)) throw new RangeError('regionOf must have one key per unit');
  const problem = multiGroupProblem(d);
  if (problem && !problem.ok) return { ...problem, ...meta };
  const g = d.g;
  const members = new Map<string, number[]>();
  for (let u = 0; u < d.used; u++) {
    const key = regionOf[d.index[u]];
    let list = members.get(key);
    if (!list) members.set(key, (list = []));
    list.push(u);
  }
  const keys = [...members.keys()];
  const regionCells = new Float64Array(keys.length * g);
  const regionTotals = new Float64Array(keys.length);
  const regions: RegionPart[] = [];
  let within = 0;
  keys.forEach((key, r) => {
    const list = members.get(key) as number[];
    const cells = new Float64Array(list.length * g);
    const unitTotals = new Float64Array(list.length);
    const groupTotals = new Float64Array(g);
    list.forEach((u, row) => {
      for (let k = 0; k < g; k++) {
        const v = d.cells[u * g + k];
        cells[row * g + k] = v;
        groupTotals[k] += v;
        regionCells[r * g + k] += v;
      }
      unitTotals[row] = d.unitTotals[u];
      regionTotals[r] += d.unitTotals[u];
    });
    const m = mutualInformationFlat(cells, list.length, g, unitTotals, groupTotals, regionTotals[r]);
    const weight = regionTotals[r] / d.total;
    within += weight * m;
    regions.push({ region: key, units: list.length, weight, M: m, contribution: weight * m });
  });
  const total = mutualInformationFlat(d.cells, d.used, g, d.unitTotals, d.groupTotals, d.total);
  const between = mutualInformationFlat(regionCells, keys.length, g, regionTotals, d.groupTotals, d.total);
  const E = entropyOfWeights(d.groupTotals);
  return { ok: true, total, between, within, H: { total: total / E, between: between / E, within: within / E }, regions, ...meta };
}

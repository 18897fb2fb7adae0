/**
 * Every index for one region in one call: two-group indices for a focal group against the rest, multigroup M, H
 * and D over all groups, the spatial indices when adjacency / geometry are given, bootstrap intervals and the
 * random-allocation benchmark. Used by batch.ts; deterministic for a given seed.
 */
import type { Adjacency, Contiguity, UnitGeometry } from '../types';
import {
  multiGroupProblem,
  okValue,
  prepareMultiGroup,
  BASE_CONVENTIONS,
  type CountVector,
  type EngineWarning,
  type Exclusions,
  type IndexResult,
  type IndexValue,
} from '../result';
import { dissimilarity } from './dissimilarity';
import { correlationRatio, exposure, isolation } from './exposure';
import { theilH } from './entropy';
import { gini } from './gini';
import { atkinson, DEFAULT_ATKINSON_B } from './atkinson';
import { mutualInformation, theilHMulti } from './mutual-information';
import { multigroupDissimilarity } from './multigroup-dissimilarity';
import { morrillDadj } from './morrill';
import { wongDs, wongDw, type WongOptions } from './wong';
import { spatialProximity, type SpatialProximityOptions } from './spatial-proximity';
import { bootstrapPrepared, type BootstrapOptions, type BootstrapResult } from '../inference/bootstrap';
import { biasCorrectedD, randomAllocationPrepared, type BiasCorrectedD, type RandomAllocationOptions, type RandomAllocationResult } from '../inference/random-allocation';

export const TWO_GROUP_INDICES = ['D', 'xPx', 'xPy', 'H', 'Gini', 'V', 'A', 'Dadj', 'Dw', 'Ds', 'SP'] as const;
export const MULTIGROUP_INDICES = ['M', 'H', 'D'] as const;
export type TwoGroupIndexId = (typeof TWO_GROUP_INDICES)[number];
export type MultiGroupIndexId = (typeof MULTIGROUP_INDICES)[number];

export interface SpatialInput {
  /** Indexed like the count columns. */
  adjacency?: Adjacency;
  contiguity?: Contiguity;
  geometry?: UnitGeometry;
}

export interface SuiteOptions {
  /** Column of the focal group x for the two-group indices; the rest y is the sum of the other columns. Default 0. */
  focalGroup?: number;
  atkinsonB?: number;
  spatial?: SpatialInput;
  spatialProximity?: SpatialProximityOptions;
  wong?: WongOptions;
  /** false switches the bootstrap off. */
  bootstrap?: BootstrapOptions | false;
  /** false switches the random-allocation benchmark off. */
  randomAllocation?: RandomAllocationOptions | false;
}

export interface SuiteResult {
  unitsUsed: number;
  excluded: Exclusions;
  /** Group totals over the usable units, in column order. */
  groupTotals: number[];
  population: number;
  focalGroup: number;
  twoGroup: Record<TwoGroupIndexId, IndexValue>;
  multigroup: Record<MultiGroupIndexId, IndexValue>;
  bootstrap: BootstrapResult | null;
  randomAllocation: RandomAllocationResult | null;
  biasCorrectedD: BiasCorrectedD | null;
  conventions: Record<string, string>;
  warnings: EngineWarning[];
}

function strip(r: IndexResult): IndexValue {
  return r.ok ? okValue(r.value) : { ok: false, code: r.code, reason: r.reason };
}

const missing = (what: string): IndexValue => ({ ok: false, code: 'missing_spatial', reason: `not computable: ${what} not supplied` });

export function computeSuite(columns: readonly CountVector[], options: SuiteOptions = {}): SuiteResult {
  const g = columns.length;
  const n = g ? columns[0].length : 0;
  const focal = options.focalGroup ?? 0;
  if (g > 0 && (focal < 0 || focal >= g)) throw new RangeError(`focalGroup ${focal} outside 0 … ${g - 1}`);
  const d = prepareMultiGroup(columns);

  // Focal group x against the rest y; a null in any column makes y null, so exclusions match the multigroup ones.
  const x = g ? columns[focal] : [];
  const y: (number | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let s: number | null = 0;
    for (let k = 0; k < g; k++) {
      if (k === focal) continue;
      const v = columns[k][i];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        s = null;
        break;
      }
      s += v;
    }
    y[i] = s;
  }

  const results: IndexResult[] = [];
  const keep = (r: IndexResult): IndexValue => (results.push(r), strip(r));
  const sp = options.spatial ?? {};
  const twoGroup: Record<TwoGroupIndexId, IndexValue> = {
    D: keep(dissimilarity(x, y)),
    xPx: keep(isolation(x, y)),
    xPy: keep(exposure(x, y)),
    H: keep(theilH(x, y)),
    Gini: keep(gini(x, y)),
    V: keep(correlationRatio(x, y)),
    A: keep(atkinson(x, y, options.atkinsonB ?? DEFAULT_ATKINSON_B)),
    Dadj: sp.adjacency ? keep(morrillDadj(x, y, sp.adjacency, sp.contiguity)) : missing('adjacency'),
    Dw: sp.adjacency ? keep(wongDw(x, y, sp.adjacency, options.wong)) : missing('adjacency'),
    Ds: sp.adjacency && sp.geometry ? keep(wongDs(x, y, sp.adjacency, sp.geometry, options.wong)) : missing('adjacency and geometry'),
    SP: sp.geometry ? keep(spatialProximity(x, y, sp.geometry, options.spatialProximity)) : missing('geometry'),
  };
  const multigroup: Record<MultiGroupIndexId, IndexValue> = {
    M: keep(mutualInformation(columns)),
    H: keep(theilHMulti(columns)),
    D: keep(multigroupDissimilarity(columns)),
  };

  const computable = !multiGroupProblem(d);
  const bootstrap = options.bootstrap === false || !computable ? null : bootstrapPrepared(d, options.bootstrap ?? {});
  const randomAllocation = options.randomAllocation === false || !computable ? null : randomAllocationPrepared(d, options.randomAllocation ?? {});
  const dValue = multigroup.D;
  const bias = randomAllocation?.ok && dValue.ok ? biasCorrectedD(dValue.value, randomAllocation.expectedD) : null;

  const conventions: Record<string, string> = { ...BASE_CONVENTIONS };
  const warnings: EngineWarning[] = [...d.warnings];
  const seen = new Set(d.warnings.map((w) => `${w.code}|${w.message}`));
  const collect = (index: string, c: Record<string, string>, ws: readonly EngineWarning[]): void => {
    for (const [k, v] of Object.entries(c)) if (!(k in BASE_CONVENTIONS)) conventions[`${index}.${k}`] = v;
    for (const w of ws) {
      const key = `${w.code}|${w.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      warnings.push({ ...w, message: `${index}: ${w.message}` });
    }
  };
  for (const r of results) collect(r.meta.index, r.meta.conventions, r.meta.warnings);
  if (bootstrap) collect('bootstrap', bootstrap.meta.conventions, bootstrap.meta.warnings);
  if (randomAllocation) collect('random-allocation', randomAllocation.meta.conventions, randomAllocation.meta.warnings);

  return {
    unitsUsed: d.used,
    excluded: d.excluded,
    groupTotals: [...d.groupTotals],
    population: d.total,
    focalGroup: focal,
    twoGroup,
    multigroup,
    bootstrap,
    randomAllocation,
    biasCorrectedD: bias,
    conventions,
    warnings,
  };
}

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
  prepareTwoGroup,
  twoGroupProblem,
  BASE_CONVENTIONS,
  type CountVector,
  type EngineWarning,
  type Exclusions,
  type IndexValue,
  type MultiGroupData,
  type TwoGroupData,
} from '../result';
import type { Evaluation } from './evaluation';
import { dissimilarityOf } from './dissimilarity';
import { correlationRatioOf, exposureOf, isolationOf } from './exposure';
import { theilHOf, THEIL_H_CONVENTIONS } from './entropy';
import { giniOf } from './gini';
import { atkinsonOf, DEFAULT_ATKINSON_B } from './atkinson';
import { mutualInformationCore, theilHMultiCore, MUTUAL_INFORMATION_CONVENTIONS } from './mutual-information';
import { multigroupDissimilarityCore } from './multigroup-dissimilarity';
import { morrillDadjOf } from './morrill';
import { wongOf, type WongOptions } from './wong';
import { checkGeometrySize, spatialProximityOf, type SpatialProximityOptions } from './spatial-proximity';
import { checkAdjacencySize, spatialData } from './spatial-common';
import { Slab } from '../scratch';
import { bootstrapPrepared, type BootstrapOptions, type BootstrapResult } from '../inference/bootstrap';
import {
  biasCorrectedD,
  randomAllocationPrepared,
  type BiasCorrectedD,
  type RandomAllocationOptions,
  type RandomAllocationResult,
} from '../inference/random-allocation';

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

const missing = (what: string): IndexValue => ({ ok: false, code: 'missing_spatial', reason: `not computable: ${what} not supplied` });
const NO_CONVENTIONS: Readonly<Record<string, string>> = {};
const NO_WARNINGS: readonly EngineWarning[] = [];

/** A two-group index on the region's prepared data, or why it is not computable. */
function twoGroupValue(td: TwoGroupData, compute: (d: TwoGroupData) => IndexValue): IndexValue {
  return twoGroupProblem(td) ?? compute(td);
}

/** A multigroup index on the region's prepared data, or why it is not computable. */
function multiGroupValue(d: MultiGroupData, compute: (d: MultiGroupData) => number): IndexValue {
  return multiGroupProblem(d) ?? okValue(compute(d));
}

/** "index.key" strings, made once: the same few keys are written for every region of a batch. */
const prefixedKeys = new Map<string, Map<string, string>>();

function prefixed(index: string, key: string): string {
  let keys = prefixedKeys.get(index);
  if (!keys) prefixedKeys.set(index, (keys = new Map()));
  let s = keys.get(key);
  if (s === undefined) keys.set(key, (s = `${index}.${key}`));
  return s;
}

/**
 * Conventions and warnings of the indices, collected in index order: conventions keyed "index.key" (the base
 * conventions once), each warning once (by code and message), prefixed with the index that raised it first.
 */
class Collector {
  readonly conventions: Record<string, string> = {};
  readonly warnings: EngineWarning[];
  private readonly seen: Set<string>;

  constructor(initial: readonly EngineWarning[]) {
    // Not `{ ...BASE_CONVENTIONS }`: V8 makes every later key on a spread copy ~10× slower to add.
    for (const k in BASE_CONVENTIONS) this.conventions[k] = BASE_CONVENTIONS[k];
    this.warnings = [...initial];
    this.seen = new Set(initial.map((w) => `${w.code}|${w.message}`));
  }

  /** Record what an index attaches to its value (its IndexResult meta), and return the value. */
  add<V>(
    index: string,
    value: V,
    conventions: Readonly<Record<string, string>>,
    warnings: readonly EngineWarning[],
    extra = NO_WARNINGS,
  ): V {
    for (const k in conventions) if (!(k in BASE_CONVENTIONS)) this.conventions[prefixed(index, k)] = conventions[k];
    this.warn(index, warnings);
    this.warn(index, extra);
    return value;
  }

  evaluation(index: string, e: Evaluation, warnings: readonly EngineWarning[]): IndexValue {
    return this.add(index, e.value, e.conventions, warnings, e.extraWarnings);
  }

  private warn(index: string, warnings: readonly EngineWarning[]): void {
    for (const w of warnings) {
      const key = `${w.code}|${w.message}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.warnings.push({ ...w, message: `${index}: ${w.message}` });
    }
  }
}

/** The prepared data lives only during one computeSuite call (no result refers to it): its arrays are reused. */
const prepared = new Slab(4096);

export function computeSuite(columns: readonly CountVector[], options: SuiteOptions = {}): SuiteResult {
  const g = columns.length;
  const n = g ? columns[0].length : 0;
  const focal = options.focalGroup ?? 0;
  if (g > 0 && (focal < 0 || focal >= g)) throw new RangeError(`focalGroup ${focal} outside 0 … ${g - 1}`);
  prepared.reset();
  const d = prepareMultiGroup(columns, prepared);

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

  // Prepared once; every index reads the same data (what each public index function would prepare for itself).
  const td = prepareTwoGroup(x, y, prepared);
  const tw = td.warnings;
  const out = new Collector(d.warnings);
  const sp = options.spatial ?? {};
  const b = options.atkinsonB ?? DEFAULT_ATKINSON_B;
  const wong = options.wong ?? {};
  const adjacency = sp.adjacency && (checkAdjacencySize(sp.adjacency, n), sp.adjacency);
  const sd = adjacency && spatialData(td, n, prepared);
  const twoGroup: Record<TwoGroupIndexId, IndexValue> = {
    D: out.add('D', twoGroupValue(td, dissimilarityOf), NO_CONVENTIONS, tw),
    xPx: out.add('xPx', twoGroupValue(td, isolationOf), NO_CONVENTIONS, tw),
    xPy: out.add('xPy', twoGroupValue(td, exposureOf), NO_CONVENTIONS, tw),
    H: out.add('H', twoGroupValue(td, theilHOf), THEIL_H_CONVENTIONS, tw),
    Gini: out.add('Gini', twoGroupValue(td, giniOf), NO_CONVENTIONS, tw),
    V: out.add('V', twoGroupValue(td, correlationRatioOf), NO_CONVENTIONS, tw),
    A: out.add('A', twoGroupProblem(td) ?? atkinsonOf(td, b), { atkinsonB: String(b) }, tw),
    Dadj: adjacency && sd ? out.evaluation('Dadj', morrillDadjOf(sd, adjacency, sp.contiguity), tw) : missing('adjacency'),
    Dw: adjacency && sd ? out.evaluation('Dw', wongOf('Dw', sd, adjacency, undefined, wong), tw) : missing('adjacency'),
    Ds:
      adjacency && sd && sp.geometry
        ? out.evaluation('Ds', wongOf('Ds', sd, adjacency, sp.geometry, wong), tw)
        : missing('adjacency and geometry'),
    SP: sp.geometry
      ? (checkGeometrySize(sp.geometry, n), out.evaluation('SP', spatialProximityOf(td, sp.geometry, options.spatialProximity), tw))
      : missing('geometry'),
  };
  const multigroup: Record<MultiGroupIndexId, IndexValue> = {
    M: out.add('M', multiGroupValue(d, mutualInformationCore), MUTUAL_INFORMATION_CONVENTIONS, d.warnings),
    H: out.add('H', multiGroupValue(d, theilHMultiCore), MUTUAL_INFORMATION_CONVENTIONS, d.warnings),
    D: out.add('Dm', multiGroupValue(d, multigroupDissimilarityCore), NO_CONVENTIONS, d.warnings),
  };

  const computable = !multiGroupProblem(d);
  const bootstrap = options.bootstrap === false || !computable ? null : bootstrapPrepared(d, options.bootstrap ?? {});
  const randomAllocation =
    options.randomAllocation === false || !computable ? null : randomAllocationPrepared(d, options.randomAllocation ?? {});
  const dValue = multigroup.D;
  const bias = randomAllocation?.ok && dValue.ok ? biasCorrectedD(dValue.value, randomAllocation.expectedD) : null;
  if (bootstrap) out.add('bootstrap', bootstrap, bootstrap.meta.conventions, bootstrap.meta.warnings);
  if (randomAllocation) out.add('random-allocation', randomAllocation, randomAllocation.meta.conventions, randomAllocation.meta.warnings);

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
    conventions: out.conventions,
    warnings: out.warnings,
  };
}

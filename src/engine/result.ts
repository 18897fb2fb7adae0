/**
 * Result shapes shared by every index, and the input preparation that decides which units take part.
 *
 * Rules (see docs/methods.md):
 * - A unit whose counts are missing (null/undefined), non-finite or negative is excluded as `invalid`.
 * - A unit whose counts sum to zero is excluded as `zeroPopulation` (it carries no people, so it cannot shift D,
 *   H or M, but it would divide by zero in p_i = x_i / t_i).
 * - An index is "not computable" (never NaN) with fewer than 2 usable units or when a group is empty.
 * Wrong array lengths are programming errors and throw a RangeError.
 */
import { exclusionWarnings } from './exclusions';
import { FRESH_ARRAYS, int32Scratch, type TypedArrays } from './scratch';
import type { EngineWarning, Exclusions } from './warnings';

/** Counts per unit. Float64Array is the normal carrier; plain arrays may hold null for suppressed values. */
export type CountVector = ArrayLike<number | null | undefined>;

export type { EngineWarning, Exclusions, WarningCode } from './warnings';

export type NotComputableCode = 'too_few_units' | 'empty_group' | 'missing_spatial' | 'no_neighbours' | 'invalid_parameter' | 'degenerate';

export type IndexValue = { ok: true; value: number } | { ok: false; code: NotComputableCode; reason: string };

export interface ResultMeta {
  /** Short index id, e.g. "D", "Dadj", "M". */
  index: string;
  unitsUsed: number;
  excluded: Exclusions;
  /** Conventions that change the number (log base, contiguity, self-distance …), as readable key → value. */
  conventions: Record<string, string>;
  warnings: EngineWarning[];
}

export type NotComputable = Extract<IndexValue, { ok: false }>;

export type IndexResult = IndexValue & { meta: ResultMeta };

/** Conventions every index shares. */
export const BASE_CONVENTIONS: Readonly<Record<string, string>> = {
  zeroPopulationUnits: 'excluded',
  invalidCounts: 'unit excluded (null, non-finite or negative count)',
};

export { SMALL_UNIT_MEDIAN } from './exclusions';

export function okValue(value: number): IndexValue {
  return { ok: true, value };
}

export function notComputable(code: NotComputableCode, reason: string): NotComputable {
  return { ok: false, code, reason };
}

export function withMeta<V extends IndexValue>(
  value: V,
  index: string,
  data: { used: number; excluded: Exclusions; warnings: readonly EngineWarning[] },
  conventions: Readonly<Record<string, string>> = {},
  extraWarnings: readonly EngineWarning[] = [],
): V & { meta: ResultMeta } {
  return {
    ...value,
    meta: {
      index,
      unitsUsed: data.used,
      excluded: { ...data.excluded },
      conventions: { ...BASE_CONVENTIONS, ...conventions },
      warnings: [...data.warnings, ...extraWarnings],
    },
  };
}

/** Two groups per usable unit: x (focal), y (rest), t = x + y; `index` maps back to the caller's unit order. */
export interface TwoGroupData {
  x: Float64Array;
  y: Float64Array;
  t: Float64Array;
  X: number;
  Y: number;
  T: number;
  index: Int32Array;
  used: number;
  excluded: Exclusions;
  warnings: EngineWarning[];
}

/** Units × groups, row-major: cells[i * g + k]. */
export interface MultiGroupData {
  n: number;
  g: number;
  cells: Float64Array;
  unitTotals: Float64Array;
  groupTotals: Float64Array;
  total: number;
  index: Int32Array;
  used: number;
  excluded: Exclusions;
  warnings: EngineWarning[];
}

function isValidCount(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

const keptUnits = int32Scratch();

/** Keep units with valid, non-zero counts for two groups x and y. `arrays` supplies the (zero-filled) arrays. */
export function prepareTwoGroup(x: CountVector, y: CountVector, arrays: TypedArrays = FRESH_ARRAYS): TwoGroupData {
  if (x.length !== y.length) throw new RangeError(`x has ${x.length} units but y has ${y.length}`);
  const n = x.length;
  const keep = keptUnits(n);
  const excluded: Exclusions = { zeroPopulation: 0, invalid: 0 };
  let used = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i];
    const yi = y[i];
    if (!isValidCount(xi) || !isValidCount(yi)) excluded.invalid++;
    else if (xi + yi === 0) excluded.zeroPopulation++;
    else keep[used++] = i;
  }
  const out: TwoGroupData = {
    x: arrays.float64(used),
    y: arrays.float64(used),
    t: arrays.float64(used),
    X: 0,
    Y: 0,
    T: 0,
    index: arrays.int32(used),
    used,
    excluded,
    warnings: [],
  };
  for (let k = 0; k < used; k++) {
    const i = keep[k];
    out.index[k] = i;
    const xi = x[i] as number;
    const yi = y[i] as number;
    out.x[k] = xi;
    out.y[k] = yi;
    out.t[k] = xi + yi;
    out.X += xi;
    out.Y += yi;
  }
  out.T = out.X + out.Y;
  out.warnings = exclusionWarnings(excluded, out.t);
  return out;
}

/** Keep units whose counts are valid in every group and sum to more than zero. `columns[k]` = counts of group k. */
export function prepareMultiGroup(columns: readonly CountVector[], arrays: TypedArrays = FRESH_ARRAYS): MultiGroupData {
  const g = columns.length;
  const n = g > 0 ? columns[0].length : 0;
  for (const c of columns) if (c.length !== n) throw new RangeError('all group columns must have the same length');
  const keep = keptUnits(n);
  const excluded: Exclusions = { zeroPopulation: 0, invalid: 0 };
  let used = 0;
  for (let i = 0; i < n; i++) {
    let valid = true;
    let sum = 0;
    for (let k = 0; k < g; k++) {
      const v = columns[k][i];
      if (!isValidCount(v)) {
        valid = false;
        break;
      }
      sum += v;
    }
    if (!valid) excluded.invalid++;
    else if (sum === 0) excluded.zeroPopulation++;
    else keep[used++] = i;
  }
  const cells = arrays.float64(used * g);
  const unitTotals = arrays.float64(used);
  const groupTotals = arrays.float64(g);
  const index = arrays.int32(used);
  for (let r = 0; r < used; r++) {
    const i = keep[r];
    index[r] = i;
    for (let k = 0; k < g; k++) {
      const v = columns[k][i] as number;
      cells[r * g + k] = v;
      unitTotals[r] += v;
      groupTotals[k] += v;
    }
  }
  let total = 0;
  for (let k = 0; k < g; k++) total += groupTotals[k];
  const warnings = exclusionWarnings(excluded, unitTotals);
  let empty = 0;
  for (let k = 0; k < g; k++) if (groupTotals[k] === 0) empty++;
  if (used > 0 && empty > 0 && g - empty >= 2) {
    warnings.push({ code: 'empty_group', message: `${empty} group(s) have no members in the usable units`, count: empty });
  }
  return { n: used, g, cells, unitTotals, groupTotals, total, index, used, excluded, warnings };
}

/** Why two-group data cannot give an index, or null when it can. */
export function twoGroupProblem(d: TwoGroupData): NotComputable | null {
  if (d.used < 2) return notComputable('too_few_units', `not computable: fewer than 2 usable units (${d.used})`);
  if (d.X === 0) return notComputable('empty_group', 'not computable: group x is empty');
  if (d.Y === 0) return notComputable('empty_group', 'not computable: group y (the rest) is empty');
  return null;
}

/** Why multigroup data cannot give an index, or null when it can. */
export function multiGroupProblem(d: MultiGroupData): NotComputable | null {
  if (d.g < 2) return notComputable('invalid_parameter', `not computable: need at least 2 groups (${d.g})`);
  if (d.used < 2) return notComputable('too_few_units', `not computable: fewer than 2 usable units (${d.used})`);
  let nonEmpty = 0;
  for (let k = 0; k < d.g; k++) if (d.groupTotals[k] > 0) nonEmpty++;
  if (nonEmpty < 2) return notComputable('empty_group', `not computable: only ${nonEmpty} group(s) have members`);
  return null;
}

/** Shared wrapper: prepare two-group data, check it, compute, attach metadata. */
export function twoGroupIndex(
  index: string,
  x: CountVector,
  y: CountVector,
  compute: (d: TwoGroupData) => IndexValue,
  conventions: Readonly<Record<string, string>> = {},
): IndexResult {
  const d = prepareTwoGroup(x, y);
  const problem = twoGroupProblem(d);
  return withMeta<IndexValue>(problem ?? compute(d), index, d, conventions);
}

/** Shared wrapper for multigroup indices. */
export function multiGroupIndex(
  index: string,
  columns: readonly CountVector[],
  compute: (d: MultiGroupData) => IndexValue,
  conventions: Readonly<Record<string, string>> = {},
): IndexResult {
  const d = prepareMultiGroup(columns);
  const problem = multiGroupProblem(d);
  return withMeta<IndexValue>(problem ?? compute(d), index, d, conventions);
}

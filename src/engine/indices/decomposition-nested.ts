/**
 * The mutual information index M split over any number of nested levels (Theil 1971; Mora & Ruiz-Castillo 2011),
 * e.g. buurten (units) in wijken in gemeenten. With levels 1 … L (1 outermost) and the units as level L + 1:
 *
 *   M_total = Σ_{l=1}^{L+1} Σ_{p ∈ level l−1} (T_p / T) · M(children of p | p)
 *
 * where level 0 is the whole table, and M(children of p | p) is M of the table "children of p × groups" with p's
 * own group margins. Part l is the segregation between the level-l regions within their level-(l−1) parents
 * (chain rule of mutual information: part l = M over the level-l regions − M over the level-(l−1) regions), so
 * every part is ≥ 0 and the parts add up to M over the units exactly (up to floating-point rounding).
 * For three levels of buurten: between gemeenten + between wijken within gemeenten + within wijken.
 * H decomposes the same way after dividing every term by the entropy E of the overall group distribution.
 * A region is identified by its keys from the outermost level down, so one key under two parents is two regions.
 * M ≥ 0 (Gibbs' inequality): a parent's M that rounding pushes below 0 (about −1e−17 for a uniform table; any
 * value above −1e−12) is reported as 0 (option `floorAtZero`, default on; decomposition.ts turns it off to keep
 * its output unchanged).
 */
import {
  multiGroupProblem,
  prepareMultiGroup,
  type CountVector,
  type EngineWarning,
  type Exclusions,
  type MultiGroupData,
  type NotComputableCode,
} from '../result';
import { entropyOfWeights } from './entropy';
import { mutualInformationFlat } from './mutual-information';

export interface NestingLevel {
  /** Name of the part "between the regions of this level, within their parents", e.g. 'between_gemeenten'. */
  name: string;
  /** Region key of every unit, in the order of the count columns. */
  keys: ArrayLike<string>;
}

/** One parent region of a part: its children's M within it and its weight. */
export interface NestedRegion {
  /** Key of the parent region ('' for the whole table). */
  region: string;
  /** Key of the region the parent lies in (null for the whole table and the outermost regions). */
  parent: string | null;
  /** Number of children (regions of the next level, or units) with population. */
  units: number;
  /** T_p / T */
  weight: number;
  /** M of the children within this region, with its own group margins (nats). */
  M: number;
  /** weight · M */
  contribution: number;
}

export interface NestedPart {
  /** The level's name, or the name given for the last part (units within the innermost regions). */
  name: string;
  /** Σ_p (T_p / T) · M_p, in nats. */
  M: number;
  /** M / E */
  H: number;
  /** The parent regions of this part, in order of first appearance. */
  regions: NestedRegion[];
}

export interface NestedMeta {
  unitsUsed: number;
  excluded: Exclusions;
  conventions: Record<string, string>;
  warnings: EngineWarning[];
}

export type NestedDecomposition =
  | ({
      ok: true;
      /** M over the units (nats). */
      total: number;
      /** Entropy of the overall group distribution (nats). */
      E: number;
      /** total / E */
      H: number;
      /** One part per level, then the last part (units within the innermost regions); Σ parts.M = total. */
      parts: NestedPart[];
    } & NestedMeta)
  | ({ ok: false; code: NotComputableCode; reason: string } & NestedMeta);

/** Negative M down to this size is rounding residue (M is at most ln G, a few nats). */
const ROUNDING = 1e-12;

interface Node {
  key: string;
  parent: string | null;
  /** Group counts summed over the node's units, in unit order. */
  cells: Float64Array;
  total: number;
  /** Node ids of the next level, or unit rows (of the prepared data) below the innermost level. */
  children: number[];
  /** Key → node id of the children (regions of the next level). */
  byKey: Map<string, number>;
}

const newNode = (key: string, parent: string | null, cells: Float64Array, total: number): Node => ({
  key,
  parent,
  cells,
  total,
  children: [],
  byKey: new Map(),
});

/** The tree of regions over the prepared units: `levels[l][id]` are the nodes of level l, `root` the whole table. */
function buildTree(d: MultiGroupData, levels: readonly NestingLevel[]): { root: Node; nodes: Node[][] } {
  const g = d.g;
  const root = newNode('', null, d.groupTotals, d.total);
  const nodes: Node[][] = levels.map(() => []);
  for (let u = 0; u < d.used; u++) {
    const unit = d.index[u]!;
    let parent = root;
    for (let l = 0; l < levels.length; l++) {
      const key = String(levels[l]!.keys[unit]);
      let id = parent.byKey.get(key);
      if (id === undefined) {
        id = nodes[l]!.length;
        parent.byKey.set(key, id);
        nodes[l]!.push(newNode(key, l === 0 ? null : parent.key, new Float64Array(g), 0));
        parent.children.push(id);
      }
      const node = nodes[l]![id]!;
      for (let k = 0; k < g; k++) node.cells[k] += d.cells[u * g + k]!;
      node.total += d.unitTotals[u]!;
      parent = node;
    }
    parent.children.push(u);
  }
  return { root, nodes };
}

export interface NestedOptions {
  /** Name of the last part (the units within the innermost regions). Default 'within'. */
  lastName?: string;
  /** Report an M that rounding pushed below 0 as 0 (default true). */
  floorAtZero?: boolean;
}

/** M of the children of `p` within p: children are nodes of the next level, or units when `next` is null. */
function childrenM(d: MultiGroupData, p: Node, next: Node[] | null): number {
  const g = d.g;
  const n = p.children.length;
  const cells = new Float64Array(n * g);
  const totals = new Float64Array(n);
  p.children.forEach((c, row) => {
    if (next) {
      const child = next[c]!;
      cells.set(child.cells, row * g);
      totals[row] = child.total;
    } else {
      for (let k = 0; k < g; k++) cells[row * g + k] = d.cells[c * g + k]!;
      totals[row] = d.unitTotals[c]!;
    }
  });
  return mutualInformationFlat(cells, n, g, totals, p.cells, p.total);
}

/**
 * M over units nested in `levels` (outermost first), split into one part per level plus a last part (the units
 * within the innermost regions). `columns[k][i]` = count of group k in unit i; invalid and empty units are
 * excluded and counted as for every index.
 */
export function decomposeNested(
  columns: readonly CountVector[],
  levels: readonly NestingLevel[],
  options: NestedOptions = {},
): NestedDecomposition {
  const floor = options.floorAtZero ?? true;
  // Only rounding residue is floored; anything else (e.g. −∞ from subnormal counts) is left for the caller to see.
  const clamp = (m: number) => (floor && m < 0 && m > -ROUNDING ? 0 : m);
  const d = prepareMultiGroup(columns);
  const meta: NestedMeta = {
    unitsUsed: d.used,
    excluded: d.excluded,
    conventions: {
      log: 'natural (M in nats)',
      nesting: 'a region is identified by its keys from the outermost level down',
      rounding: floor ? 'an M below 0 by rounding is reported as 0' : 'as computed',
    },
    warnings: d.warnings,
  };
  const n = columns[0]?.length ?? 0;
  for (const l of levels) if (l.keys.length !== n) throw new RangeError(`level "${l.name}" must have one key per unit`);
  const problem = multiGroupProblem(d);
  if (problem) return { ...problem, ...meta };
  const { root, nodes } = buildTree(d, levels);
  const E = entropyOfWeights(d.groupTotals);
  const parts: NestedPart[] = [];
  for (let l = 0; l <= levels.length; l++) {
    const parents = l === 0 ? [root] : nodes[l - 1]!;
    const next = l < levels.length ? nodes[l]! : null;
    let M = 0;
    const regions = parents.map((p): NestedRegion => {
      const m = clamp(childrenM(d, p, next));
      const weight = p.total / d.total;
      M += weight * m;
      return { region: p.key, parent: p.parent, units: p.children.length, weight, M: m, contribution: weight * m };
    });
    parts.push({ name: l < levels.length ? levels[l]!.name : (options.lastName ?? 'within'), M, H: M / E, regions });
  }
  const total = clamp(mutualInformationFlat(d.cells, d.used, d.g, d.unitTotals, d.groupTotals, d.total));
  return { ok: true, total, E, H: total / E, parts, ...meta };
}

/**
 * Batch: every index for every region in one deterministic call (CLI and worker). Input is one row per
 * (region, unit) with one count column per group — the output of groups.ts joined to regions, or of
 * long-counts.ts — plus optional adjacency / geometry per region. Output is one record per region.
 * Seeds are derived per region from (seed, region code), so a region's intervals do not depend on which other
 * regions are in the batch or on their order.
 */
import type { Adjacency, Contiguity, UnitGeometry } from './types';
import type { CountVector, EngineWarning, IndexValue } from './result';
import type { GroupCounts } from './groups';
import { hashSeed } from './random';
import { computeSuite, type MultiGroupIndexId, type TwoGroupIndexId } from './indices/suite';
import type { SpatialProximityOptions } from './indices/spatial-proximity';
import type { WongOptions } from './indices/wong';
import { DEFAULT_BOOTSTRAP_REPLICATES, DEFAULT_SEED, type Interval } from './inference/bootstrap';
import { DEFAULT_RANDOM_REPLICATES } from './inference/random-allocation';

export interface BatchUnit {
  regionCode: string;
  regionName: string;
  unitCode: string;
}

/** Adjacency and geometry of one region, indexed in the order of `unitCodes`. */
export interface RegionSpatial {
  unitCodes: readonly string[];
  adjacency?: Adjacency;
  contiguity?: Contiguity;
  geometry?: UnitGeometry;
}

export interface BatchInput {
  /** Group ids, one per count column. */
  groups: readonly string[];
  units: readonly BatchUnit[];
  /** counts[k][row] = count of group k in units[row]. */
  counts: readonly CountVector[];
  spatial?: ReadonlyMap<string, RegionSpatial>;
  /** Units dropped before the batch (suppressed CBS values, parser exclusions); counted in the records. */
  excluded?: readonly { regionCode: string; regionName?: string; unitCode: string; reason: string }[];
  /** Counts estimated from percentages (groups.ts): recorded as a warning. */
  approximate?: boolean;
  /**
   * Focal group chosen with the data (long-counts.ts: --focal, or the group with the smallest total), used when
   * BatchOptions.focalGroup is not given; without either the first group is focal.
   */
  focalGroup?: string;
}

export interface BatchOptions {
  /** Focal group id for the two-group indices; default BatchInput.focalGroup, else the first group. */
  focalGroup?: string;
  seed?: number;
  /** 0 switches the bootstrap off. Default 1000. */
  bootstrapReplicates?: number;
  /** 0 switches the random-allocation benchmark off. Default 100. */
  randomReplicates?: number;
  level?: number;
  atkinsonB?: number;
  spatialProximity?: SpatialProximityOptions;
  wong?: WongOptions;
}

export interface RegionRecord {
  regionCode: string;
  regionName: string;
  unitsTotal: number;
  unitsUsed: number;
  excluded: { zeroPopulation: number; invalid: number; missingData: number };
  groups: string[];
  groupTotals: Record<string, number>;
  population: number;
  focalGroup: string;
  /** Two-group indices of the focal group against the rest. */
  twoGroup: Record<TwoGroupIndexId, IndexValue>;
  /** Over all groups (equal to the two-group values when there are two groups). */
  multigroup: Record<MultiGroupIndexId, IndexValue>;
  ci: { D: Interval; H: Interval; M: Interval; level: number; replicates: number } | null;
  expected: { D: number; M: number; H: number; replicates: number } | null;
  dExcess: number | null;
  dCarringtonTroske: number | null;
  conventions: Record<string, string>;
  warnings: EngineWarning[];
}

interface RegionRows {
  code: string;
  name: string;
  rows: number[];
  preExcluded: string[];
}

function regionsOf(input: BatchInput): RegionRows[] {
  const map = new Map<string, RegionRows>();
  input.units.forEach((u, row) => regionIn(map, u.regionCode, u.regionName).rows.push(row));
  for (const e of input.excluded ?? [])
    regionIn(map, e.regionCode, e.regionName ?? e.regionCode).preExcluded.push(`${e.unitCode}: ${e.reason}`);
  return [...map.values()];
}

function regionIn(map: Map<string, RegionRows>, code: string, name: string): RegionRows {
  let r = map.get(code);
  if (!r) map.set(code, (r = { code, name, rows: [], preExcluded: [] }));
  return r;
}

/** Re-index a region's adjacency / geometry to the order of its rows; undefined parts when units lack them. */
function alignSpatial(
  codes: readonly string[],
  sp: RegionSpatial | undefined,
): { adjacency?: Adjacency; geometry?: UnitGeometry; contiguity?: Contiguity; missing: number } {
  if (!sp) return { missing: 0 };
  const posInSpatial = new Map<string, number>();
  sp.unitCodes.forEach((c, i) => posInSpatial.set(c, i));
  const src = codes.map((c) => posInSpatial.get(c) ?? -1);
  const missing = src.filter((s) => s < 0).length;
  if (missing > 0) return { missing, contiguity: sp.contiguity };
  const n = codes.length;
  if (inRowOrder(src, sp)) {
    // Already indexed like the rows (what the pipeline supplies): the lists the re-indexing below would rebuild.
    const adj = sp.adjacency;
    const adjacency =
      adj &&
      (adj.weights
        ? { n, neighbours: adj.neighbours.slice(0, n), weights: adj.weights.slice(0, n) }
        : { n, neighbours: adj.neighbours.slice(0, n) });
    return { adjacency, geometry: sp.geometry, contiguity: sp.contiguity, missing: 0 };
  }
  const toRow = new Map<number, number>();
  src.forEach((s, i) => toRow.set(s, i));
  let adjacency: Adjacency | undefined;
  if (sp.adjacency) {
    const adj = sp.adjacency;
    const neighbours: Int32Array[] = [];
    const weights: Float64Array[] = [];
    for (let i = 0; i < n; i++) {
      const pairs: [number, number][] = [];
      const nb = adj.neighbours[src[i]];
      nb.forEach((j, k) => {
        const r = toRow.get(j);
        if (r !== undefined) pairs.push([r, adj.weights ? adj.weights[src[i]][k] : 1]);
      });
      pairs.sort((a, b) => a[0] - b[0]);
      neighbours.push(Int32Array.from(pairs.map((p) => p[0])));
      weights.push(Float64Array.from(pairs.map((p) => p[1])));
    }
    adjacency = adj.weights ? { n, neighbours, weights } : { n, neighbours };
  }
  let geometry: UnitGeometry | undefined;
  if (sp.geometry) {
    const g = sp.geometry;
    geometry = { centroidKm: new Float64Array(2 * n), areaKm2: new Float64Array(n), perimeterKm: new Float64Array(n) };
    src.forEach((s, i) => {
      geometry!.centroidKm[2 * i] = g.centroidKm[2 * s];
      geometry!.centroidKm[2 * i + 1] = g.centroidKm[2 * s + 1];
      geometry!.areaKm2[i] = g.areaKm2[s];
      geometry!.perimeterKm[i] = g.perimeterKm[s];
    });
  }
  return { adjacency, geometry, contiguity: sp.contiguity, missing: 0 };
}

/**
 * True when `src` is the identity over all of the region's spatial units and re-indexing would copy adjacency and
 * geometry unchanged: typed arrays of exactly n units, neighbour lists ascending within 0 … n−1, one weight each.
 */
function inRowOrder(src: readonly number[], sp: RegionSpatial): boolean {
  const n = src.length;
  if (sp.unitCodes.length !== n || src.some((s, i) => s !== i)) return false;
  const adj = sp.adjacency;
  if (adj) {
    if (adj.neighbours.length < n || (adj.weights && adj.weights.length < n)) return false;
    for (let i = 0; i < n; i++) {
      const nb = adj.neighbours[i];
      const w = adj.weights?.[i];
      if (!(nb instanceof Int32Array) || (adj.weights && !(w instanceof Float64Array && w.length === nb.length))) return false;
      for (let k = 0; k < nb.length; k++) if (nb[k] < 0 || nb[k] >= n || (k > 0 && nb[k] < nb[k - 1])) return false;
    }
  }
  const g = sp.geometry;
  return !g || (isFloat64(g.centroidKm, 2 * n) && isFloat64(g.areaKm2, n) && isFloat64(g.perimeterKm, n));
}

function isFloat64(a: unknown, length: number): boolean {
  return a instanceof Float64Array && a.length === length;
}

export function computeBatch(input: BatchInput, options: BatchOptions = {}): RegionRecord[] {
  const groups = [...input.groups];
  if (input.counts.length !== groups.length) throw new RangeError('one count column per group is required');
  for (const c of input.counts)
    if (c.length !== input.units.length) throw new RangeError('every count column needs one value per unit row');
  const focalId = options.focalGroup ?? input.focalGroup ?? groups[0];
  const focal = groups.indexOf(focalId);
  if (focal < 0) throw new RangeError(`focal group "${focalId}" is not one of ${groups.join(', ')}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const bootReps = options.bootstrapReplicates ?? DEFAULT_BOOTSTRAP_REPLICATES;
  const randReps = options.randomReplicates ?? DEFAULT_RANDOM_REPLICATES;

  return regionsOf(input).map((region) => {
    const columns = input.counts.map((col) => region.rows.map((r) => (typeof col[r] === 'number' ? (col[r] as number) : NaN)));
    const regionSpatial = input.spatial?.get(region.code);
    const spatial = alignSpatial(regionSpatial ? region.rows.map((r) => input.units[r].unitCode) : [], regionSpatial);
    const s = computeSuite(columns, {
      focalGroup: focal,
      atkinsonB: options.atkinsonB,
      spatial: { adjacency: spatial.adjacency, geometry: spatial.geometry, contiguity: spatial.contiguity },
      spatialProximity: options.spatialProximity,
      wong: options.wong,
      bootstrap: bootReps > 0 ? { replicates: bootReps, seed: hashSeed(seed, `${region.code}/bootstrap`), level: options.level } : false,
      randomAllocation: randReps > 0 ? { replicates: randReps, seed: hashSeed(seed, `${region.code}/random`) } : false,
    });
    const warnings = [...s.warnings];
    if (spatial.missing > 0) {
      warnings.push({
        code: 'missing_spatial',
        message: `${spatial.missing} unit(s) have no adjacency/geometry entry: spatial indices not computed`,
        count: spatial.missing,
      });
    }
    if (region.preExcluded.length > 0) {
      warnings.push({
        code: 'excluded_missing_data',
        message: `${region.preExcluded.length} unit(s) excluded before counting: ${region.preExcluded.slice(0, 5).join('; ')}${region.preExcluded.length > 5 ? '; …' : ''}`,
        count: region.preExcluded.length,
      });
    }
    if (input.approximate) warnings.push({ code: 'approximate_counts', message: 'counts are estimated from rounded CBS percentages' });
    const groupTotals: Record<string, number> = {};
    groups.forEach((id, k) => (groupTotals[id] = s.groupTotals[k] ?? 0));
    const b = s.bootstrap?.ok ? s.bootstrap : null;
    const ra = s.randomAllocation?.ok ? s.randomAllocation : null;
    return {
      regionCode: region.code,
      regionName: region.name,
      unitsTotal: region.rows.length + region.preExcluded.length,
      unitsUsed: s.unitsUsed,
      excluded: { ...s.excluded, missingData: region.preExcluded.length },
      groups,
      groupTotals,
      population: s.population,
      focalGroup: focalId,
      twoGroup: s.twoGroup,
      multigroup: s.multigroup,
      ci: b ? { D: b.D, H: b.H, M: b.M, level: b.level, replicates: b.replicatesUsed } : null,
      expected: ra ? { D: ra.expectedD, M: ra.expectedM, H: ra.expectedH, replicates: ra.replicatesUsed } : null,
      dExcess: s.biasCorrectedD?.excess ?? null,
      dCarringtonTroske: s.biasCorrectedD?.carringtonTroske ?? null,
      // The suite's own object (not copied: spreading a many-key object is slow in V8), plus the seed.
      conventions: Object.assign(s.conventions, {
        seed: String(seed),
        seedDerivation: 'hashSeed(seed, regionCode + "/bootstrap" | "/random")',
      }),
      warnings,
    };
  });
}

/** Join groups.ts output to regions. `regionOf(unitCode)` returns the unit's region, or undefined to drop it. */
export function batchInputFromGroupCounts(
  gc: GroupCounts,
  regionOf: (unitCode: string) => { regionCode: string; regionName: string } | undefined,
): BatchInput {
  const units: BatchUnit[] = [];
  const rows: number[] = [];
  gc.units.forEach((code, i) => {
    const r = regionOf(code);
    if (r) {
      units.push({ ...r, unitCode: code });
      rows.push(i);
    }
  });
  const excluded: NonNullable<BatchInput['excluded']>[number][] = [];
  for (const e of gc.excluded) {
    const r = regionOf(e.code);
    if (r) excluded.push({ regionCode: r.regionCode, regionName: r.regionName, unitCode: e.code, reason: e.reason });
  }
  return {
    groups: gc.groups,
    units,
    counts: gc.counts.map((c) => Float64Array.from(rows, (i) => c[i])),
    excluded,
    approximate: gc.approximate,
  };
}

const val = (v: IndexValue | undefined): number | null => (v && v.ok ? v.value : null);

/** One flat row per record for CSV / table output: numbers or null, warnings joined. */
export function recordToRow(r: RegionRecord): Record<string, string | number | null> {
  const row: Record<string, string | number | null> = {
    region_code: r.regionCode,
    region_name: r.regionName,
    units_total: r.unitsTotal,
    units_used: r.unitsUsed,
    excluded_zero_population: r.excluded.zeroPopulation,
    excluded_invalid: r.excluded.invalid,
    excluded_missing_data: r.excluded.missingData,
    population: r.population,
    focal_group: r.focalGroup,
  };
  for (const g of r.groups) row[`total_${g}`] = r.groupTotals[g];
  for (const [k, v] of Object.entries(r.twoGroup)) row[k] = val(v);
  for (const [k, v] of Object.entries(r.multigroup)) row[`${k}_multigroup`] = val(v);
  for (const k of ['D', 'H', 'M'] as const) {
    row[`${k}_ci_lower`] = r.ci ? r.ci[k].lower : null;
    row[`${k}_ci_upper`] = r.ci ? r.ci[k].upper : null;
  }
  row.expected_D = r.expected?.D ?? null;
  row.D_excess = r.dExcess;
  row.D_carrington_troske = r.dCarringtonTroske;
  row.warnings = r.warnings.map((w) => w.message).join('; ');
  return row;
}

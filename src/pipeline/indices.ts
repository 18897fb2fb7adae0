/**
 * The one code path from harmonised CBS rows (+ optional boundary layer) to segregation indices per region, shared
 * by the Web Worker (app) and the Node CLI. Pure: rows and spatial summaries in, records out.
 * Regions: for wijk rows, each gemeente (units = its wijken); for gemeente rows, each province (units = its
 * gemeenten) and the Netherlands as a whole (code NL00); for buurt rows, each gemeente (units = its buurten) or,
 * with `within: 'wijk'`, each wijk (units = its buurten). Buurt runs use the buurt group definitions (counts),
 * have no spatial indices (no boundaries; indices-buurt.ts) and count units excluded for a negative derived count.
 */
import { computeBatch, type BatchInput, type BatchOptions, type BatchUnit, type RegionRecord, type RegionSpatial } from '../engine/batch';
import { morrillDadjOf } from '../engine/indices/morrill';
import { checkAdjacencySize, spatialData } from '../engine/indices/spatial-common';
import { prepareTwoGroup, type IndexValue } from '../engine/result';
import { groupCounts, groupDefinitionFor, negativeRemainders, variablesOf, type GroupDefinition } from '../engine/groups';
import { Slab } from '../engine/scratch';
import type { Adjacency, Contiguity, UnitGeometry } from '../engine/types';
import type { UnitIdentity } from '../data/queries';
import { asBuurtRecord, buurtRegion, type BuurtWithin } from './indices-buurt';

export type AnalysisLevel = 'wijk' | 'gemeente' | 'buurt';

/** The fields of a statistics row the pipeline reads (StatsRepository.rows returns these, plus the year). */
export type SourceRow = UnitIdentity;

/** Adjacency and geometry for every unit of one boundary layer, index-aligned with `codes`. */
export interface LayerSpatial {
  codes: readonly string[];
  /** Contiguity of `adjacency` (used for Morrill D(adj) and, with its boundary-length weights, Wong D(w)). */
  contiguity: Contiguity;
  adjacency: Adjacency;
  /** Queen contiguity, when given, adds Morrill D(adj) under the queen rule (`DadjQueen`). */
  queen?: Adjacency;
  geometry?: UnitGeometry;
}

/**
 * A batch record plus Morrill D(adj) under queen contiguity (the batch's own Dadj uses `contiguity`); buurt
 * records also count their units excluded because a derived count fell below zero.
 */
export type IndicesRecord = RegionRecord & { DadjQueen: IndexValue; negativeRemainders?: number };

export interface IndicesRequest {
  level: AnalysisLevel;
  /** Buurt level only: regions are gemeenten (default) or wijken. */
  within?: BuurtWithin;
  year: number;
  group: string;
  /** Only these region codes (default: all). */
  regions?: readonly string[];
  bootstrapReplicates?: number;
  randomReplicates?: number;
  seed?: number;
}

export interface IndicesResult {
  request: IndicesRequest;
  definition: GroupDefinition;
  records: IndicesRecord[];
  /** Units dropped before counting because a needed value was missing/suppressed (all regions). */
  excludedUnits: number;
  /** Of those, units excluded because a derived count fell below zero after rounding (buurt counts). */
  negativeRemainders: number;
  note: { nl: string; en: string };
  contiguity: Contiguity | null;
}

export const NL_REGION = { regionCode: 'NL00', regionName: 'Nederland' } as const;

export function regionOfRow(
  level: AnalysisLevel,
  row: SourceRow,
  within: BuurtWithin = 'gemeente',
): { regionCode: string; regionName: string }[] {
  if (level === 'buurt') return buurtRegion(row, within);
  if (level === 'wijk')
    return row.gemeente_code ? [{ regionCode: row.gemeente_code, regionName: row.gemeente_name ?? row.gemeente_code }] : [];
  const out: { regionCode: string; regionName: string }[] = [];
  if (row.province_code) out.push({ regionCode: row.province_code, regionName: row.province_name ?? row.province_code });
  out.push({ ...NL_REGION });
  return out;
}

/** The regions the rows of `level` form (code → name), in order of first appearance: for checking --regions. */
export function regionNamesOf(level: AnalysisLevel, rows: readonly SourceRow[], within?: BuurtWithin): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of rows) for (const r of regionOfRow(level, row, within)) if (!out.has(r.regionCode)) out.set(r.regionCode, r.regionName);
  return out;
}

/** `onRegion(done, total)` is called after each region (for progress on long runs). */
export function runIndices(
  rows: readonly SourceRow[],
  request: IndicesRequest,
  spatial?: LayerSpatial,
  onRegion?: (done: number, total: number) => void,
): IndicesResult {
  const def = groupDefinitionFor(request.group, request.level);
  if (!def) throw new Error(`Unknown group definition "${request.group}" at ${request.level} level`);
  checkRequest(request, spatial);
  const vars = variablesOf(def);
  const gc = groupCounts(
    def,
    rows.map((r) => ({ code: r.code, values: numericValues(r, vars) })),
  );
  const byCode = new Map<string, SourceRow>();
  for (const r of rows) byCode.set(r.code, r);
  const wanted = request.regions ? new Set(request.regions) : null;
  // A gemeente belongs to its province and to NL: it is a unit of each.
  const regions = regionParts(gc, (code) => {
    const row = byCode.get(code);
    const regions = row ? regionOfRow(request.level, row, request.within) : [];
    return wanted ? regions.filter((r) => wanted.has(r.regionCode)) : regions;
  });
  const layer = spatial ? new LayerCutter(spatial) : null;
  const options = { seed: request.seed, bootstrapReplicates: request.bootstrapReplicates, randomReplicates: request.randomReplicates };
  // One region at a time, so its intermediate data is garbage before the next (the batch is per region anyway).
  const records = regions
    .map((part, i) => {
      const record = regionRecord(gc, part, layer, options);
      if (request.level === 'buurt') asBuurtRecord(record, part.negative);
      onRegion?.(i + 1, regions.length);
      return record;
    })
    .sort((a, b) => byLocale.compare(a.regionCode, b.regionCode));
  return {
    request,
    definition: def,
    records,
    excludedUnits: gc.excluded.length,
    negativeRemainders: negativeRemainders(gc),
    note: gc.note,
    contiguity: spatial?.contiguity ?? null,
  };
}

/** Requests that cannot be right: `within` outside buurt level, boundaries for buurten (there are none). */
function checkRequest(request: IndicesRequest, spatial: LayerSpatial | undefined): void {
  if (request.within && request.level !== 'buurt') throw new Error(`within: '${request.within}' only applies at buurt level`);
  if (request.level === 'buurt' && spatial) throw new Error('buurten have no boundaries: no spatial layer applies at buurt level');
}

/** `a.localeCompare(b)` with the default locale, without looking the collator up on every call. */
const byLocale = new Intl.Collator();

function numericValues(row: SourceRow, vars: readonly string[]): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const v of vars) values[v] = typeof row[v] === 'number' ? (row[v] as number) : null;
  return values;
}

type Region = { regionCode: string; regionName: string };
type GroupCounts = ReturnType<typeof groupCounts>;
type ExcludedUnit = NonNullable<BatchInput['excluded']>[number];

/** A region's batch rows: its units (with their row in the group counts) and its excluded units, in unit order. */
interface RegionPart {
  code: string;
  units: BatchUnit[];
  source: number[];
  excluded: ExcludedUnit[];
  /** Excluded units whose derived count fell below zero. */
  negative: number;
}

/** Regions in order of first appearance (units first, then excluded units), as the batch would find them. */
function regionParts(gc: GroupCounts, regionsOf: (code: string) => Region[]): RegionPart[] {
  const parts = new Map<string, RegionPart>();
  const partOf = (code: string): RegionPart => {
    let p = parts.get(code);
    if (!p) parts.set(code, (p = { code, units: [], source: [], excluded: [], negative: 0 }));
    return p;
  };
  gc.units.forEach((code, i) => {
    for (const r of regionsOf(code)) {
      const p = partOf(r.regionCode);
      p.units.push({ regionCode: r.regionCode, regionName: r.regionName, unitCode: code });
      p.source.push(i);
    }
  });
  for (const e of gc.excluded) {
    for (const r of regionsOf(e.code)) {
      const p = partOf(r.regionCode);
      p.excluded.push({ regionCode: r.regionCode, regionName: r.regionName, unitCode: e.code, reason: e.reason });
      if (e.cause === 'negative_remainder') p.negative++;
    }
  }
  return [...parts.values()];
}

function regionRecord(gc: GroupCounts, part: RegionPart, layer: LayerCutter | null, options: BatchOptions): IndicesRecord {
  const counts = gc.counts.map((c) => part.source.map((i) => c[i]!));
  const input: BatchInput = { groups: gc.groups, units: part.units, counts, excluded: part.excluded, approximate: gc.approximate };
  const cut = layer?.cut(part.units);
  if (cut) input.spatial = new Map([[part.code, cut.spatial]]);
  const [record] = computeBatch(input, options);
  // The batch's own fresh record (a spread copy of ~20 keys costs more than the rest of the region's bookkeeping).
  return Object.assign(record!, { DadjQueen: layer?.hasQueen ? layer.queenDadj(counts, cut?.queen) : NO_QUEEN });
}

const NO_QUEEN: IndexValue = { ok: false, code: 'missing_spatial', reason: 'not computable: no queen adjacency supplied' };

/** A region's queen adjacency over its units with a boundary, and the rows of those units. */
interface RegionQueen {
  adjacency: Adjacency;
  rows: number[];
  /** All rows of the region, with or without a boundary. */
  unitCount: number;
}

/** Cuts a boundary layer into one small piece per region (adjacency, queen adjacency, geometry) in row order. */
class LayerCutter {
  private readonly pos = new Map<string, number>();
  private readonly rookLocal: Int32Array;
  private readonly queenLocal: Int32Array | null;
  /** Every array of the current region is a view of this (reset for the next region). */
  private readonly slab: Slab;
  readonly hasQueen: boolean;

  constructor(private readonly layer: LayerSpatial) {
    layer.codes.forEach((c, i) => this.pos.set(c, i));
    this.rookLocal = new Int32Array(layer.adjacency.n).fill(-1);
    this.queenLocal = layer.queen ? new Int32Array(layer.queen.n).fill(-1) : null;
    this.hasQueen = !!layer.queen;
    this.slab = new Slab(4096);
  }

  /** The region's units that have a boundary, or null when none has. */
  cut(units: readonly BatchUnit[]): { spatial: RegionSpatial; queen?: RegionQueen } | null {
    this.slab.reset(); // the previous region's pieces are no longer used
    const codes: string[] = [];
    const idx: number[] = [];
    const rows: number[] = [];
    units.forEach((u, row) => {
      const i = this.pos.get(u.unitCode);
      if (i === undefined) return;
      codes.push(u.unitCode);
      idx.push(i);
      rows.push(row);
    });
    if (codes.length === 0) return null;
    const { queen, adjacency, geometry: g, contiguity } = this.layer;
    // Morrill's D(adj) is binary: the queen adjacency is restricted without its boundary lengths.
    const queenBinary = queen && { n: queen.n, neighbours: queen.neighbours };
    const regionQueen =
      queenBinary && this.queenLocal
        ? { adjacency: this.restrict(queenBinary, idx, this.queenLocal), rows, unitCount: units.length }
        : undefined;
    let geometry: UnitGeometry | undefined;
    if (g) {
      const m = idx.length;
      geometry = { centroidKm: this.slab.float64(2 * m), areaKm2: this.slab.float64(m), perimeterKm: this.slab.float64(m) };
      for (let k = 0; k < m; k++) {
        const i = idx[k]!;
        geometry.centroidKm[2 * k] = g.centroidKm[2 * i]!;
        geometry.centroidKm[2 * k + 1] = g.centroidKm[2 * i + 1]!;
        geometry.areaKm2[k] = g.areaKm2[i]!;
        geometry.perimeterKm[k] = g.perimeterKm[i]!;
      }
    }
    return {
      spatial: { unitCodes: codes, contiguity, adjacency: this.restrict(adjacency, idx, this.rookLocal), geometry },
      queen: regionQueen,
    };
  }

  /** Morrill D(adj) with queen contiguity for the region just cut: focal group (first column) against the rest. */
  queenDadj(counts: readonly number[][], queen: RegionQueen | undefined): IndexValue {
    if (!queen) return NO_QUEEN;
    if (queen.rows.length !== queen.unitCount)
      return { ok: false, code: 'missing_spatial', reason: 'not computable: some units have no boundary' };
    const x = queen.rows.map((r) => counts[0]![r]!);
    const y = queen.rows.map((r) => {
      let rest = 0;
      for (let g = 1; g < counts.length; g++) rest += counts[g]![r]!;
      return rest;
    });
    // morrillDadj(x, y, queen.adjacency, 'queen') without the metadata it would attach
    checkAdjacencySize(queen.adjacency, x.length);
    return morrillDadjOf(spatialData(prepareTwoGroup(x, y, this.slab), x.length, this.slab), queen.adjacency, 'queen').value;
  }

  /**
   * restrictAdjacency (geo/graph.ts) without its islands: `local` (one slot per layer unit, all −1) replaces a Map
   * per region and is all −1 again afterwards. Neighbours ascend (equal ones keep their order), weights follow.
   */
  private restrict(adj: Adjacency, indices: readonly number[], local: Int32Array): Adjacency {
    const m = indices.length;
    for (let k = 0; k < m; k++) {
      const u = indices[k]!;
      if (!Number.isInteger(u) || u < 0 || u >= adj.n) throw new RangeError(`unit index ${u} out of range (${adj.n} units)`);
      if (local[u]! >= 0) throw new Error(`unit index ${u} given twice`);
      local[u] = k;
    }
    const neighbours: Int32Array[] = [];
    const weights: Float64Array[] = [];
    for (let k = 0; k < m; k++) {
      const nb = adj.neighbours[indices[k]!]!;
      const w = adj.weights?.[indices[k]!];
      let kept = 0;
      for (let t = 0; t < nb.length; t++) if (local[nb[t]!]! >= 0) kept++;
      const ln = this.slab.int32(kept);
      const lw = adj.weights ? this.slab.float64(kept) : null;
      let len = 0;
      for (let t = 0; t < nb.length; t++) {
        const lj = local[nb[t]!];
        if (lj === undefined || lj < 0) continue;
        let at = len++;
        for (; at > 0 && ln[at - 1]! > lj; at--) {
          ln[at] = ln[at - 1]!;
          if (lw) lw[at] = lw[at - 1]!;
        }
        ln[at] = lj;
        if (lw) lw[at] = w ? w[t]! : 1;
      }
      neighbours.push(ln);
      if (lw) weights.push(lw);
    }
    for (const u of indices) local[u] = -1;
    return adj.weights ? { n: m, neighbours, weights } : { n: m, neighbours };
  }
}

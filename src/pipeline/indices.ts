/**
 * The one code path from harmonised CBS rows (+ optional boundary layer) to segregation indices per region, shared
 * by the Web Worker (app) and the Node CLI. Pure: rows and spatial summaries in, records out.
 * Regions: for wijk rows, each gemeente (units = its wijken); for gemeente rows, each province (units = its
 * gemeenten) and the Netherlands as a whole (code NL00).
 */
import { batchInputFromGroupCounts, computeBatch, type BatchInput, type RegionRecord, type RegionSpatial } from '../engine/batch';
import { morrillDadj } from '../engine/indices/morrill';
import type { IndexValue } from '../engine/result';
import { restrictAdjacency } from '../geo/graph';
import { groupCounts, groupDefinitionById, variablesOf, type GroupDefinition } from '../engine/groups';
import type { Adjacency, Contiguity, UnitGeometry } from '../engine/types';

export type AnalysisLevel = 'wijk' | 'gemeente';

/** The fields of a statistics row the pipeline reads (StatsRepository.rows returns these). */
export interface SourceRow {
  code: string;
  name: string;
  gemeente_code: string | null;
  gemeente_name: string | null;
  province_code: string | null;
  province_name: string | null;
  [variable: string]: number | string | null;
}

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

/** A batch record plus Morrill D(adj) under queen contiguity (the batch's own Dadj uses `contiguity`). */
export type IndicesRecord = RegionRecord & { DadjQueen: IndexValue };

export interface IndicesRequest {
  level: AnalysisLevel;
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
  note: { nl: string; en: string };
  contiguity: Contiguity | null;
}

export const NL_REGION = { regionCode: 'NL00', regionName: 'Nederland' } as const;

export function regionOfRow(level: AnalysisLevel, row: SourceRow): { regionCode: string; regionName: string }[] {
  if (level === 'wijk') return row.gemeente_code ? [{ regionCode: row.gemeente_code, regionName: row.gemeente_name ?? row.gemeente_code }] : [];
  const out: { regionCode: string; regionName: string }[] = [];
  if (row.province_code) out.push({ regionCode: row.province_code, regionName: row.province_name ?? row.province_code });
  out.push({ ...NL_REGION });
  return out;
}

export function runIndices(rows: readonly SourceRow[], request: IndicesRequest, spatial?: LayerSpatial): IndicesResult {
  const def = groupDefinitionById(request.group);
  if (!def) throw new Error(`Unknown group definition "${request.group}"`);
  const vars = variablesOf(def);
  const gc = groupCounts(
    def,
    rows.map((r) => ({ code: r.code, values: Object.fromEntries(vars.map((v) => [v, typeof r[v] === 'number' ? (r[v] as number) : null])) })),
  );
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const wanted = request.regions ? new Set(request.regions) : null;
  // A gemeente belongs to its province and to NL: expand each unit into one batch row per region.
  const expanded = expandRegions(gc, (code) => {
    const row = byCode.get(code);
    const regions = row ? regionOfRow(request.level, row) : [];
    return wanted ? regions.filter((r) => wanted.has(r.regionCode)) : regions;
  });
  const input = batchInputFromGroupCounts(expanded.gc, (code) => expanded.regionOf.get(code));
  // Unit codes were suffixed to keep one row per (unit, region); restore them for the output.
  input.units = input.units.map((u) => ({ ...u, unitCode: u.unitCode.split('@')[0]! }));
  input.excluded = input.excluded?.map((e) => ({ ...e, unitCode: e.unitCode.split('@')[0]! }));
  const split = spatial ? splitSpatial(input, spatial) : null;
  if (split) input.spatial = split.regions;
  const batch = computeBatch(input, {
    seed: request.seed,
    bootstrapReplicates: request.bootstrapReplicates,
    randomReplicates: request.randomReplicates,
  });
  const queen = spatial?.queen;
  const records: IndicesRecord[] = batch
    .map((r) => ({ ...r, DadjQueen: queen && split ? queenDadj(input, r.regionCode, split.queen.get(r.regionCode)) : NO_QUEEN }))
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode));
  return { request, definition: def, records, excludedUnits: gc.excluded.length, note: gc.note, contiguity: spatial?.contiguity ?? null };
}

/** Duplicate group-count rows for units that belong to several regions, keyed "code@region". */
function expandRegions(
  gc: ReturnType<typeof groupCounts>,
  regionsOf: (code: string) => { regionCode: string; regionName: string }[],
): { gc: ReturnType<typeof groupCounts>; regionOf: Map<string, { regionCode: string; regionName: string }> } {
  const regionOf = new Map<string, { regionCode: string; regionName: string }>();
  const units: string[] = [];
  const idx: number[] = [];
  gc.units.forEach((code, i) => {
    for (const r of regionsOf(code)) {
      const key = `${code}@${r.regionCode}`;
      regionOf.set(key, r);
      units.push(key);
      idx.push(i);
    }
  });
  const excluded: { code: string; reason: string }[] = [];
  for (const e of gc.excluded) {
    for (const r of regionsOf(e.code)) {
      const key = `${e.code}@${r.regionCode}`;
      regionOf.set(key, r);
      excluded.push({ code: key, reason: e.reason });
    }
  }
  return { gc: { ...gc, units, excluded, counts: gc.counts.map((c) => Float64Array.from(idx, (i) => c[i]!)) }, regionOf };
}

const NO_QUEEN: IndexValue = { ok: false, code: 'missing_spatial', reason: 'not computable: no queen adjacency supplied' };

/** Morrill D(adj) with queen contiguity for one region: focal group (first column) against the rest. */
function queenDadj(input: BatchInput, regionCode: string, queen: { codes: string[]; adjacency: Adjacency } | undefined): IndexValue {
  if (!queen) return NO_QUEEN;
  const row = new Map<string, number>();
  input.units.forEach((u, i) => {
    if (u.regionCode === regionCode) row.set(u.unitCode, i);
  });
  if (row.size !== queen.codes.length) return { ok: false, code: 'missing_spatial', reason: 'not computable: some units have no boundary' };
  const rows = queen.codes.map((c) => row.get(c)!);
  const x = Float64Array.from(rows, (r) => Number(input.counts[0]![r]));
  const y = Float64Array.from(rows, (r) => input.counts.slice(1).reduce((s, c) => s + Number(c[r]), 0));
  const r = morrillDadj(x, y, queen.adjacency, 'queen');
  return r.ok ? { ok: true, value: r.value } : { ok: false, code: r.code, reason: r.reason };
}

/** Cut the layer's adjacency and geometry into one small piece per region (linear in the number of units). */
function splitSpatial(
  input: BatchInput,
  spatial: LayerSpatial,
): { regions: Map<string, RegionSpatial>; queen: Map<string, { codes: string[]; adjacency: Adjacency }> } {
  const pos = new Map(spatial.codes.map((c, i) => [c, i]));
  const byRegion = new Map<string, { codes: string[]; idx: number[] }>();
  for (const u of input.units) {
    const i = pos.get(u.unitCode);
    if (i === undefined) continue;
    let r = byRegion.get(u.regionCode);
    if (!r) byRegion.set(u.regionCode, (r = { codes: [], idx: [] }));
    r.codes.push(u.unitCode);
    r.idx.push(i);
  }
  const out = new Map<string, RegionSpatial>();
  const queen = new Map<string, { codes: string[]; adjacency: Adjacency }>();
  for (const [region, { codes, idx }] of byRegion) {
    if (spatial.queen) queen.set(region, { codes, adjacency: restrictAdjacency(spatial.queen, idx) });
    const g = spatial.geometry;
    out.set(region, {
      unitCodes: codes,
      contiguity: spatial.contiguity,
      adjacency: restrictAdjacency(spatial.adjacency, idx),
      geometry: g && {
        centroidKm: Float64Array.from(idx.flatMap((i) => [g.centroidKm[2 * i]!, g.centroidKm[2 * i + 1]!])),
        areaKm2: Float64Array.from(idx, (i) => g.areaKm2[i]!),
        perimeterKm: Float64Array.from(idx, (i) => g.perimeterKm[i]!),
      },
    });
  }
  return { regions: out, queen };
}

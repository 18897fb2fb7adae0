/**
 * Serialisers for the committed data files: Parquet statistics per level, TopoJSON boundaries per level/year,
 * the variable catalogue and the manifest. All outputs are deterministic (sorted input, no timestamps).
 */
import { createHash } from 'node:crypto';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import { VARIABLES } from '../variables';
import type { Catalog, CatalogNote, CatalogVariable } from '../catalog';
import type { Level, SourceSpec } from './sources';
import { provenanceKey, type HarmoniseReport, type UnitRow } from './unit-row';

export const ID_COLUMNS = ['year', 'code', 'name', 'gemeente_code', 'gemeente_name', 'province_code', 'province_name'] as const;

/** The identity columns buurt rows have besides ID_COLUMNS (written after `name`). */
export const BUURT_ID_COLUMNS = ['wijk_code', 'wijk_name'] as const;

/** A row of a statsParquet file as read back (e.g. by hyparquet): the ID_COLUMNS, then one number per variable, null = no value. */
export type StatsParquetRow = Readonly<Pick<UnitRow, (typeof ID_COLUMNS)[number]>> & { readonly [variable: string]: number | null };

/** A row of stats/buurt.parquet as read back: as StatsParquetRow plus the wijk it lies in. */
export type BuurtParquetRow = StatsParquetRow & Readonly<Pick<UnitRow, (typeof BUURT_ID_COLUMNS)[number]>>;

/** Variables that have at least one non-null value at this level. */
export function variablesAt(rows: readonly UnitRow[], level: Level): string[] {
  return VARIABLES.map((v) => v.id).filter((id) => rows.some((r) => r.level === level && r.values[id] !== null));
}

/**
 * One Parquet file per level: id columns (buurt rows also wijk_code and wijk_name, after name) plus one DOUBLE
 * column per variable present at that level.
 */
export function statsParquet(rows: readonly UnitRow[], level: Level): Uint8Array {
  const at = rows.filter((r) => r.level === level);
  const vars = variablesAt(rows, level);
  const wijk = level === 'buurt' ? BUURT_ID_COLUMNS.map((c) => ({ name: c, data: at.map((r) => r[c]), type: 'STRING' as const })) : [];
  const buf = parquetWriteBuffer({
    columnData: [
      { name: 'year', data: at.map((r) => r.year), type: 'INT32', nullable: false },
      { name: 'code', data: at.map((r) => r.code), type: 'STRING', nullable: false },
      { name: 'name', data: at.map((r) => r.name), type: 'STRING', nullable: false },
      ...wijk,
      { name: 'gemeente_code', data: at.map((r) => r.gemeente_code), type: 'STRING' },
      { name: 'gemeente_name', data: at.map((r) => r.gemeente_name), type: 'STRING' },
      { name: 'province_code', data: at.map((r) => r.province_code), type: 'STRING' },
      { name: 'province_name', data: at.map((r) => r.province_name), type: 'STRING' },
      ...vars.map((id) => ({ name: id, data: at.map((r) => r.values[id] ?? null), type: 'DOUBLE' as const })),
    ],
    createdBy: 'segregatieverkenner data:build',
  });
  return new Uint8Array(buf);
}

/**
 * TopoJSON with shared arcs (so adjacency can be read from the topology later), quantised to 1e5 steps over the
 * bounding box (~3 m in the Netherlands). The sources are already generalised: extra Visvalingam simplification
 * removed < 0.2 % of the bytes in a trial, so none is applied.
 */
export function boundaryTopology(features: Feature<Geometry, Record<string, unknown>>[]): string {
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  return JSON.stringify(quantize(topology({ units: fc }) as Parameters<typeof quantize>[0], 1e5));
}

/** What the app should say about some sources' values, per level and year (SourceSpec.note). */
export function sourceNotes(sources: readonly SourceSpec[]): CatalogNote[] {
  return sources.flatMap((s) => (s.note ? [{ level: s.level, year: s.year, source: s.file, nl: s.note.nl, en: s.note.en }] : []));
}

export function buildCatalog(rows: readonly UnitRow[], report: HarmoniseReport): Catalog {
  const levels = [...new Set(rows.map((r) => r.level))].sort();
  const variables: CatalogVariable[] = [];
  for (const v of VARIABLES) {
    const availability: Record<string, number[]> = {};
    const sources = new Set<string>();
    for (const level of levels) {
      const years = [...new Set(rows.filter((r) => r.level === level && r.values[v.id] !== null).map((r) => r.year))].sort();
      if (years.length) availability[level] = years;
      for (const y of years) for (const s of report.provenance[provenanceKey(level, y, v.id)] ?? []) sources.add(s);
    }
    if (Object.keys(availability).length === 0) continue;
    variables.push({ ...v, availability, sources: [...sources].sort() });
  }
  const geometry: Record<string, number[]> = {};
  return { variables, levels: levels as Level[], geometry };
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

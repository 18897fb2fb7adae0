/** The shapes the build passes between its steps: raw collections, harmonised unit rows and the harmonise report. */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Level } from '../catalog';

/** A raw file as features (GeoJSON as it is; a CSV as features without geometry, raw-csv.ts). */
export type RawCollection = FeatureCollection<Geometry | null, Record<string, unknown>>;

export interface UnitRow {
  level: Level;
  year: number;
  code: string;
  name: string;
  /** Buurt rows only (from the code, buurt-codes.ts); null at other levels. */
  wijk_code: string | null;
  /** Buurt rows only: the name of that wijk in the same year's wijk rows. */
  wijk_name: string | null;
  gemeente_code: string | null;
  gemeente_name: string | null;
  province_code: string | null;
  province_name: string | null;
  values: Record<string, number | null>;
}

export interface HarmoniseReport {
  /** Features skipped (no valid code, CBS "Buitenland" GM0998, or a unit an enrich-only source cannot add). */
  skipped: { source: string; raw: string; reason: string }[];
  /** Same variable from two sources for one unit with different values (first source kept). */
  conflicts: { source: string; code: string; year: number; variable: string; kept: number; other: number }[];
  /** Count of values turned into NULL per source and reason. */
  missing: Record<string, Record<string, number>>;
  /** Which sources provided each (level, year, variable). */
  provenance: Record<string, string[]>;
}

export function provenanceKey(level: Level, year: number, variable: string): string {
  return `${level}|${year}|${variable}`;
}

/** Record that `file` provided `variable` at (level, year). */
export function addProvenance(report: HarmoniseReport, level: Level, year: number, variable: string, file: string): void {
  const list = (report.provenance[provenanceKey(level, year, variable)] ??= []);
  if (!list.includes(file)) list.push(file);
}

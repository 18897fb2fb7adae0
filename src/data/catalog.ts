/** Shapes of the committed metadata files `data/variables.json` and `data/manifest.json`. */
import type { VariableDef } from './variables';

export type Level = 'provincie' | 'gemeente' | 'wijk' | 'buurt';

export interface CatalogVariable extends VariableDef {
  /** Years with at least one value, per level. */
  availability: Partial<Record<Level, number[]>>;
  /** Raw source files (relative to shared/data-raw) that provided the values. */
  sources: string[];
  /** Years per level whose values come from the user's imported files (src/features/import/overlay-model.ts). */
  imported?: Partial<Record<Level, number[]>>;
}

/** A remark on the values of one source at one level and year, e.g. what an empty value means there. */
export interface CatalogNote {
  level: Level;
  year: number;
  /** Raw source file (relative to shared/data-raw). */
  source: string;
  nl: string;
  en: string;
}

export interface Catalog {
  variables: CatalogVariable[];
  levels: Level[];
  /** Boundary layers present: level → years. */
  geometry: Partial<Record<Level, number[]>>;
  /** Remarks on sources' values (absent in catalogues without any). */
  notes?: CatalogNote[];
}

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
  rows?: number;
  level?: Level;
  year?: number;
  features?: number;
}

export interface Manifest {
  name: string;
  licence: string;
  attribution: string;
  sources: { id: string; file: string; level: Level; year: number; origin: string }[];
  rowCounts: Record<string, number>;
  files: ManifestFile[];
  notes: string[];
}

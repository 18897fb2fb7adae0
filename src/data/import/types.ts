/**
 * The one result shape of every CBS import (StatLine CSV, KWB flat file, OData v3 TypedDataSet, OData v4
 * Observations, GeoJSON boundaries incl. PDOK WFS), shared by the browser import, the downloader and
 * `npm run data:check`. Pure types: no DOM, no node: imports.
 */
import type { Bilingual } from '../tabular/bilingual';

export type ImportFormat = 'statline-csv' | 'kwb-csv' | 'csv' | 'odata-v3' | 'odata-v4' | 'geojson';
export type ImportLevel = 'gemeente' | 'wijk' | 'buurt';
export const IMPORT_LEVELS: readonly ImportLevel[] = ['gemeente', 'wijk', 'buurt'];

/** error = the file cannot be read or holds a value that cannot be right; warning = usable with caveats. */
export type Severity = 'error' | 'warning' | 'info';

export type MessageCode =
  | 'empty-file'
  | 'file-too-large'
  | 'binary-file'
  | 'encoding'
  | 'wrong-delimiter'
  | 'row-width'
  | 'broken-json'
  | 'broken-geojson'
  | 'unknown-format'
  | 'unexpected-crs'
  | 'reprojected'
  | 'missing-code-column'
  | 'invalid-codes'
  | 'unknown-codes'
  | 'no-known-codes'
  | 'duplicate-code'
  | 'negative-count'
  | 'share-over-100'
  | 'not-a-number'
  | 'secret-values'
  | 'sentinel-values'
  | 'skipped-rows'
  | 'no-rows'
  | 'no-value-columns'
  | 'unmapped-columns'
  | 'ambiguous-key'
  | 'missing-geometry'
  | 'dataproperties';

export interface ImportMessage extends Bilingual {
  code: MessageCode;
  severity: Severity;
  /** 1-based line (CSV) or record/feature number (JSON), when the message is about one place. */
  line?: number;
  /** A few offending values (codes, cells), already shortened. */
  examples?: string[];
  /** How many rows/cells the message is about. */
  count?: number;
}

export interface ImportRow {
  /** Canonical CBS code: GM0363, WK036300, BU0363KA05. */
  code: string;
  name: string | null;
  level: ImportLevel;
  /** Parent codes from the code itself (null for a gemeente's own wijk/gemeente). */
  wijkCode: string | null;
  gemeenteCode: string | null;
  /** Catalogue variable id → value (null = secret, missing or refused). */
  values: Record<string, number | null>;
  /** Unmapped numeric columns: source column name → value. */
  other: Record<string, number | null>;
  /** Line (CSV) or record number (JSON) where the row came from. */
  line: number;
}

export interface MappedColumn {
  /** Column / key / measure as in the file. */
  source: string;
  /** Catalogue variable id. */
  variable: string;
  /** 'direct' = the value itself; 'share-of' = count turned into a percentage of `per` (e.g. age bands). */
  how: 'direct' | 'share-of';
  per?: string;
}

export interface UnmappedColumn {
  /** Column / key / measure as in the file (the key of ImportRow.other). */
  source: string;
  /** Human label when known (DataProperties title, crosswalk meaning), else the source name. */
  label: string;
  /** Cells with a number. */
  numeric: number;
}

export interface BoundaryFeature {
  code: string;
  name: string | null;
  level: ImportLevel;
  wijkCode: string | null;
  gemeenteCode: string | null;
  /** Always WGS84 lon/lat (reprojected from RD New when needed). */
  geometry: import('geojson').Polygon | import('geojson').MultiPolygon;
  /** Numeric properties that map onto the catalogue (PDOK WFS attributes), sentinels already null. */
  values: Record<string, number | null>;
}

export interface ImportResult {
  fileName: string;
  format: ImportFormat | null;
  /** 'statistics' (rows) or 'boundaries' (features); null when nothing could be read. */
  kind: 'statistics' | 'boundaries' | null;
  /** False when any message is an error. */
  ok: boolean;
  /** Year from the file (Perioden column, file name kwb-2023.csv, TableInfos), when known. */
  year: number | null;
  rows: Record<ImportLevel, ImportRow[]>;
  mapped: MappedColumn[];
  unmapped: UnmappedColumn[];
  features: BoundaryFeature[];
  /** Source CRS of boundaries ('EPSG:4326' or 'EPSG:28992'); null for statistics. */
  crs: string | null;
  messages: ImportMessage[];
}

export interface ImportOptions {
  /** Largest accepted file in bytes (default DEFAULT_MAX_BYTES = 200 MB). */
  maxBytes?: number;
  /** Codes of known units (e.g. boundaries loaded): codes outside it are reported (a few shown). */
  knownCodes?: ReadonlySet<string>;
  /** OData v3 DataProperties document (array, or {value:[…]}) for TypedDataSet keys; else the embedded crosswalk. */
  dataProperties?: unknown;
  /** Year to assume when the file does not say. */
  year?: number;
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

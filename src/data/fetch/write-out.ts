/**
 * Writes fetched statistics and boundaries into a data folder in the format of `data:build`, with the build's own
 * code: harmonise() (codes, parents, Buitenland, derived shares), statsParquet(), boundaryTopology(),
 * buildCatalog() and fillParents(). Rules:
 * - the rows of each fetched (level, year) replace that level/year in stats/<level>.parquet; other rows, levels,
 *   years and files are kept as they were;
 * - boundaries go to geo/<level>_<year>.topo.json; variables.json gets the availability recomputed from all rows
 *   (sources and notes merged), manifest.json the fetched sources, row counts and the new files' sha256;
 * - fetch-manifest.json (beside them) lists what this run wrote, each file with bytes and sha256, the table,
 *   protocol and addresses used;
 * - the folder is replaced as a whole and only when complete (build/out-dir.ts): a failure leaves it as it was.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, Level, Manifest, ManifestFile } from '../catalog';
import { fillParents } from '../build/complete-rows';
import { harmonise, type BoundaryFeature } from '../build/harmonise';
import { replaceFolder } from '../build/out-dir';
import { boundaryTopology, buildCatalog, sha256, statsParquet } from '../build/outputs';
import type { SourceSpec } from '../build/sources';
import type { HarmoniseReport, RawCollection, UnitRow } from '../build/unit-row';
import { readCatalog, readManifest, readStatsRows } from './existing-data';
import { VARIABLE_IDS } from '../variables';
import type { FetchLevel } from './convert';

export interface FetchedData {
  year: number;
  table: string;
  protocol: string;
  /** Statistics per level (features without geometry: code, name, variable ids). */
  stats: Partial<Record<FetchLevel, RawCollection>>;
  /** Boundaries per level (WGS84, PDOK properties plus code and name). */
  boundaries: Partial<Record<FetchLevel, RawCollection>>;
  /** Addresses used, for fetch-manifest.json. */
  endpoints: Record<string, string | null>;
}

export interface WriteSummary {
  files: ManifestFile[];
  rowCounts: Record<string, number>;
  skipped: number;
}

const STAT_LEVELS: readonly Level[] = ['gemeente', 'wijk', 'buurt'];
const ORIGIN_STATS = 'CBS Kerncijfers wijken en buurten via CBS OData (data:fetch), CC BY 4.0';
const ORIGIN_WFS = 'CBS/Kadaster Wijk- en Buurtkaart via PDOK WFS (data:fetch), CC BY 4.0';

/** The synthetic build sources of a fetch: statistics first (they win), then the boundaries. */
export function fetchSources(d: FetchedData): SourceSpec[] {
  // The importer already mapped values onto catalogue ids (convert.ts), for statistics and boundaries alike.
  const identity = Object.fromEntries(VARIABLE_IDS.map((id) => [id, id]));
  const base = { year: d.year, codeField: 'code', nameField: 'name', expectColumns: [] as string[] };
  const stats = (Object.keys(d.stats) as FetchLevel[]).map((level): SourceSpec => ({
    ...base,
    id: `cbs_${d.table}_${level}_${d.year}`,
    file: `cbs-${d.protocol}/${d.table}/${level}`,
    level,
    columns: identity,
    geometry: false,
    origin: `${ORIGIN_STATS}; table ${d.table}`,
  }));
  const geo = (Object.keys(d.boundaries) as FetchLevel[]).map((level): SourceSpec => ({
    ...base,
    id: `pdok_wijkenbuurten_${level}_${d.year}`,
    file: `pdok-wfs/wijkenbuurten/${d.year}/${level}`,
    level,
    columns: identity,
    geometry: true,
    origin: ORIGIN_WFS,
  }));
  return [...stats, ...geo];
}

/** Province of new gemeente rows from the same gemeente in another year (no province layer is fetched). */
function fillProvinces(rows: readonly UnitRow[]): void {
  const known = new Map<string, UnitRow>();
  for (const r of rows) if (r.level === 'gemeente' && r.province_code) known.set(r.code, r);
  for (const r of rows) {
    const k = r.level === 'gemeente' && !r.province_code ? known.get(r.code) : undefined;
    if (k) {
      r.province_code = k.province_code;
      r.province_name = k.province_name;
    }
  }
}

function mergeCatalog(fresh: Catalog, old: Catalog | null, geoKeys: readonly string[]): Catalog {
  const geometry: Catalog['geometry'] = structuredClone(old?.geometry ?? {});
  for (const key of geoKeys) {
    const [level, year] = key.split('_') as [Level, string];
    const list = (geometry[level] ??= []);
    if (!list.includes(Number(year))) list.push(Number(year));
    list.sort((a, b) => a - b);
  }
  const oldSources = new Map((old?.variables ?? []).map((v) => [v.id, v.sources]));
  const variables = fresh.variables.map((v) => ({ ...v, sources: [...new Set([...(oldSources.get(v.id) ?? []), ...v.sources])].sort() }));
  const levels = [...new Set([...(old?.levels ?? []), ...fresh.levels])].sort() as Level[];
  return { variables, levels, geometry, ...(old?.notes ? { notes: old.notes } : {}) };
}

function mergeManifest(
  old: Manifest | null,
  d: FetchedData,
  sources: readonly SourceSpec[],
  rowCounts: Record<string, number>,
  written: ManifestFile[],
): Manifest {
  const base: Manifest = old ?? {
    name: 'Segregatieverkenner embedded data',
    licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    attribution: 'Bron: CBS, Kadaster — Kerncijfers wijken en buurten en Wijk- en Buurtkaart',
    sources: [],
    rowCounts: {},
    files: [],
    notes: [],
  };
  const ids = new Set(sources.map((s) => s.id));
  const paths = new Set(written.map((f) => f.path));
  const note = `data:fetch ${d.year} (${d.table}, ${d.protocol}; PDOK WFS): ${Object.keys(rowCounts)
    .filter((k) => k.endsWith(`_${d.year}`))
    .join(', ')}.`;
  return {
    ...base,
    sources: [
      ...base.sources.filter((s) => !ids.has(s.id)),
      ...sources.map((s) => ({ id: s.id, file: s.file, level: s.level, year: s.year, origin: s.origin })),
    ],
    rowCounts: { ...base.rowCounts, ...rowCounts },
    files: [...base.files.filter((f) => !paths.has(f.path)), ...written],
    notes: [...base.notes.filter((n) => !n.startsWith(`data:fetch ${d.year} `)), note],
  };
}

interface Prepared {
  rows: Map<Level, UnitRow[]>;
  report: HarmoniseReport;
  geometry: Map<string, BoundaryFeature[]>;
  sources: SourceSpec[];
}

/** Harmonise the fetched data and merge it with the rows already in `dir`. */
export async function prepare(dir: string, d: FetchedData): Promise<Prepared> {
  const sources = fetchSources(d);
  const load = (s: SourceSpec): RawCollection => (s.geometry ? d.boundaries : d.stats)[s.level as FetchLevel]!;
  const { rows, report, geometry } = harmonise(sources, load);
  const fetchedKeys = new Set(rows.map((r) => `${r.level}|${r.year}`));
  const byLevel = new Map<Level, UnitRow[]>();
  for (const level of STAT_LEVELS) {
    const old = existsSync(dir) ? await readStatsRows(dir, level) : [];
    byLevel.set(level, [...old.filter((r) => !fetchedKeys.has(`${level}|${r.year}`)), ...rows.filter((r) => r.level === level)]);
  }
  const all = [...byLevel.values()].flat();
  fillParents(all);
  fillProvinces(all);
  for (const list of byLevel.values()) list.sort((a, b) => a.year - b.year || a.code.localeCompare(b.code));
  return { rows: byLevel, report, geometry, sources };
}

/** Write `p` into `outDir` (see the rules at the top). */
export function writeOut(outDir: string, d: FetchedData, p: Prepared): WriteSummary {
  const old = { catalog: readCatalog(outDir), manifest: readManifest(outDir) };
  return replaceFolder(outDir, (tmp) => {
    if (existsSync(outDir)) cpSync(outDir, tmp, { recursive: true });
    mkdirSync(join(tmp, 'stats'), { recursive: true });
    mkdirSync(join(tmp, 'geo'), { recursive: true });
    const written: ManifestFile[] = [];
    const write = (rel: string, content: Uint8Array | string, extra: Partial<ManifestFile> = {}) => {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      writeFileSync(join(tmp, rel), bytes);
      written.push({ path: rel, bytes: bytes.byteLength, sha256: sha256(bytes), ...extra });
    };
    const rowCounts: Record<string, number> = {};
    const touched = new Set(p.sources.filter((s) => !s.geometry).map((s) => s.level));
    for (const [level, rows] of p.rows) {
      for (const r of rows) rowCounts[`${level}_${r.year}`] = (rowCounts[`${level}_${r.year}`] ?? 0) + 1;
      if (touched.has(level) && rows.length) write(`stats/${level}.parquet`, statsParquet(rows, level), { level, rows: rows.length });
    }
    for (const key of [...p.geometry.keys()].sort()) {
      const [level, year] = key.split('_') as [Level, string];
      const feats = p.geometry.get(key)!;
      write(`geo/${key}.topo.json`, boundaryTopology(feats), { level, year: Number(year), features: feats.length });
    }
    const catalog = mergeCatalog(buildCatalog([...p.rows.values()].flat(), p.report), old.catalog, [...p.geometry.keys()]);
    write('variables.json', JSON.stringify(catalog, null, 1) + '\n');
    const manifestText = JSON.stringify(mergeManifest(old.manifest, d, p.sources, rowCounts, written), null, 1) + '\n';
    writeFileSync(join(tmp, 'manifest.json'), manifestText);
    const all = [...written, { path: 'manifest.json', bytes: Buffer.byteLength(manifestText), sha256: sha256(manifestText) }];
    const fetchManifest = { tool: 'data:fetch', year: d.year, table: d.table, protocol: d.protocol, endpoints: d.endpoints, files: all };
    writeFileSync(join(tmp, 'fetch-manifest.json'), JSON.stringify(fetchManifest, null, 1) + '\n');
    return { files: all, rowCounts, skipped: p.report.skipped.length };
  });
}

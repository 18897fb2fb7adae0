/**
 * Writes the embedded data files into a folder from validated raw collections: stats/<level>.parquet,
 * geo/<level>_<year>.topo.json, variables.json and manifest.json (which lists the others with size and sha256).
 * Deterministic: the same raw files give the same bytes (the committed data/ is checked against this).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Level, Manifest, ManifestFile } from '../catalog';
import { harmonise, type HarmoniseReport, type RawCollection } from './harmonise';
import { boundaryTopology, buildCatalog, sha256, statsParquet } from './outputs';
import type { SourceSpec } from './sources';

export interface BuildSummary {
  /** Files written, manifest.json included. */
  files: number;
  bytes: number;
  rowCounts: Record<string, number>;
  conflicts: HarmoniseReport['conflicts'];
}

const STAT_LEVELS: readonly Level[] = ['gemeente', 'wijk'];

/** Build every output of `sources` into `dir` (an empty folder); `collections` are keyed by SourceSpec.file. */
export function writeDataFolder(dir: string, sources: readonly SourceSpec[], collections: ReadonlyMap<string, RawCollection>): BuildSummary {
  const { rows, report, geometry } = harmonise(sources, (spec) => {
    const fc = collections.get(spec.file);
    if (!fc) throw new Error(`${spec.file} was not validated`);
    return fc;
  });
  mkdirSync(join(dir, 'stats'), { recursive: true });
  mkdirSync(join(dir, 'geo'), { recursive: true });

  const files: ManifestFile[] = [];
  const write = (rel: string, content: Uint8Array | string, extra: Omit<ManifestFile, 'path' | 'bytes' | 'sha256'> = {}): void => {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    writeFileSync(join(dir, rel), bytes);
    files.push({ path: rel, bytes: bytes.byteLength, sha256: sha256(bytes), ...extra });
  };

  const rowCounts: Record<string, number> = {};
  for (const r of rows) rowCounts[`${r.level}_${r.year}`] = (rowCounts[`${r.level}_${r.year}`] ?? 0) + 1;
  for (const level of STAT_LEVELS) {
    write(`stats/${level}.parquet`, statsParquet(rows, level), { level, rows: rows.filter((r) => r.level === level).length });
  }
  const catalog = buildCatalog(rows.filter((r) => STAT_LEVELS.includes(r.level)), report);
  for (const key of [...geometry.keys()].sort()) {
    const [level, year] = key.split('_') as [Level, string];
    const feats = geometry.get(key)!;
    write(`geo/${key}.topo.json`, boundaryTopology(feats), { level, year: Number(year), features: feats.length });
    (catalog.geometry[level] ??= []).push(Number(year));
  }
  write('variables.json', JSON.stringify(catalog, null, 1) + '\n');

  const manifest = buildManifest(sources, rowCounts, files, report);
  const manifestText = JSON.stringify(manifest, null, 1) + '\n';
  writeFileSync(join(dir, 'manifest.json'), manifestText);
  const bytes = files.reduce((s, f) => s + f.bytes, 0);
  return { files: files.length + 1, bytes, rowCounts, conflicts: report.conflicts };
}

function buildManifest(sources: readonly SourceSpec[], rowCounts: Record<string, number>, files: ManifestFile[], report: HarmoniseReport): Manifest {
  return {
    name: 'Segregatieverkenner embedded data',
    licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    attribution: 'Bron: CBS, Kadaster — Kerncijfers wijken en buurten en Wijk- en Buurtkaart',
    sources: sources.map((s) => ({ id: s.id, file: s.file, level: s.level, year: s.year, origin: s.origin })),
    rowCounts,
    files: files.slice(),
    notes: [
      'Values CBS marks as secret or unknown (".", negative sentinel codes, null) are NULL, never 0.',
      'Non-CBS enrichment columns in the geoinzicht files (bbg_*, lbt_*, zk_*, cr_*, ff_*, bag_*) are dropped.',
      `Skipped features: ${report.skipped.length} (e.g. GM0998 Buitenland). Source disagreements: ${report.conflicts.length}.`,
      'No buurt-level statistics are embedded (none were available offline).',
    ],
  };
}

/**
 * Writes the embedded data files into a folder from validated raw collections: stats/<level>.parquet,
 * geo/<level>_<year>.topo.json, reports/buurt-wijk-check.json (when its sources are listed), variables.json and
 * manifest.json (which lists the others with size and sha256).
 * Deterministic: the same raw files give the same bytes (the committed data/ is checked against this).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Level, Manifest, ManifestFile } from '../catalog';
import { BUURT_CHECK_FILE, buurtWijkCheck, checkNotes, type BuurtWijkCheck } from './buurt-check';
import { harmonise, type HarmoniseReport, type RawCollection } from './harmonise';
import { boundaryTopology, buildCatalog, sha256, sourceNotes, statsParquet } from './outputs';
import { formatCount } from './problems';
import { BUURT_CHECK_SOURCES, type SourceSpec } from './sources';

export interface BuildSummary {
  /** Files written, manifest.json included. */
  files: number;
  bytes: number;
  rowCounts: Record<string, number>;
  conflicts: HarmoniseReport['conflicts'];
}

const STAT_LEVELS: readonly Level[] = ['gemeente', 'wijk', 'buurt'];

/** The buurt–wijk check when all three of its sources are listed (not in small test builds), else null. */
function runBuurtCheck(sources: readonly SourceSpec[], load: (spec: SourceSpec) => RawCollection): BuurtWijkCheck | null {
  const pick = (id: string) => {
    const spec = sources.find((s) => s.id === id);
    return spec ? { spec, fc: load(spec) } : null;
  };
  const buurt = pick(BUURT_CHECK_SOURCES.buurt);
  const wijk = pick(BUURT_CHECK_SOURCES.wijk);
  const embeddedWijk = pick(BUURT_CHECK_SOURCES.embeddedWijk);
  return buurt && wijk && embeddedWijk ? buurtWijkCheck({ buurt, wijk, embeddedWijk }) : null;
}

/** Build every output of `sources` into `dir` (an empty folder); `collections` are keyed by SourceSpec.file. */
export function writeDataFolder(
  dir: string,
  sources: readonly SourceSpec[],
  collections: ReadonlyMap<string, RawCollection>,
): BuildSummary {
  const load = (spec: SourceSpec): RawCollection => {
    const fc = collections.get(spec.file);
    if (!fc) throw new Error(`${spec.file} was not validated`);
    return fc;
  };
  const { rows, report, geometry } = harmonise(sources, load);
  const check = runBuurtCheck(sources, load);
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
    const n = rows.filter((r) => r.level === level).length;
    if (n) write(`stats/${level}.parquet`, statsParquet(rows, level), { level, rows: n });
  }
  const catalog = buildCatalog(
    rows.filter((r) => STAT_LEVELS.includes(r.level)),
    report,
  );
  for (const key of [...geometry.keys()].sort()) {
    const [level, year] = key.split('_') as [Level, string];
    const feats = geometry.get(key)!;
    write(`geo/${key}.topo.json`, boundaryTopology(feats), { level, year: Number(year), features: feats.length });
    (catalog.geometry[level] ??= []).push(Number(year));
  }
  const notes = sourceNotes(sources);
  if (notes.length) catalog.notes = notes;
  write('variables.json', JSON.stringify(catalog, null, 1) + '\n');
  if (check) {
    mkdirSync(join(dir, 'reports'), { recursive: true });
    write(BUURT_CHECK_FILE, JSON.stringify(check, null, 1) + '\n');
  }

  const manifest = buildManifest(sources, rowCounts, files, report, check);
  const manifestText = JSON.stringify(manifest, null, 1) + '\n';
  writeFileSync(join(dir, 'manifest.json'), manifestText);
  const bytes = files.reduce((s, f) => s + f.bytes, 0);
  return { files: files.length + 1, bytes, rowCounts, conflicts: report.conflicts };
}

function buildManifest(
  sources: readonly SourceSpec[],
  rowCounts: Record<string, number>,
  files: ManifestFile[],
  report: HarmoniseReport,
  check: BuurtWijkCheck | null,
): Manifest {
  const buurten = sources.filter((s) => s.level === 'buurt');
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
      ...(buurten.length
        ? [
            `Buurt level: ${buurten.map((s) => `${formatCount(rowCounts[`buurt_${s.year}`] ?? 0)} buurten ${s.year} from ${s.file}`).join('; ')}; ` +
              'statistics only, no buurt boundaries are embedded. wijk_code and gemeente_code come from the buurt code ' +
              '(BU0363KA05 → WK0363KA → GM0363); wijk_name, gemeente_name and the province from the wijk and gemeente rows.',
          ]
        : ['No buurt-level statistics are embedded.']),
      ...sources.filter((s) => s.note).map((s) => `${s.id} (${s.file}): ${s.note!.en} Such values are NULL, never 0.`),
      ...sources
        .filter((s) => s.derive?.length)
        .map(
          (s) =>
            `${s.id}: ${s.derive!.map((d) => `${d.share} = ${d.count} / ${d.of} × 100`).join(', ')} (rounded to 0.1; ` +
            'from counts CBS rounds to 5, so imprecise for small buurten), where no source gives the share.',
        ),
      ...(check ? checkNotes(check) : []),
    ],
  };
}

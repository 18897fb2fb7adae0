/**
 * npm run data:build [-- --raw <dir>] [--out <dir>]
 * Turns the raw CBS files (default ../shared/data-raw, or $SEGV_RAW_DIR) into the committed files under data/.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { harmonise, type RawCollection } from '../src/data/build/harmonise';
import { boundaryTopology, buildCatalog, sha256, statsParquet } from '../src/data/build/outputs';
import { SOURCES, type SourceSpec } from '../src/data/build/sources';
import type { Level, Manifest, ManifestFile } from '../src/data/catalog';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const rawDir = resolve(arg('raw') ?? process.env.SEGV_RAW_DIR ?? '../shared/data-raw');
const outDir = resolve(arg('out') ?? 'data');
if (!existsSync(rawDir)) {
  console.error(`Raw data folder not found: ${rawDir}\nPass --raw <dir> or set SEGV_RAW_DIR (see ../shared/data-raw/SOURCES.md).`);
  process.exit(2);
}

const cache = new Map<string, RawCollection>();
function load(spec: SourceSpec): RawCollection {
  const path = join(rawDir, spec.file);
  let fc = cache.get(path);
  if (!fc) {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as RawCollection;
    if (parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) {
      throw new Error(`${spec.file}: not a GeoJSON FeatureCollection`);
    }
    fc = parsed;
    cache.set(path, fc);
  }
  return fc;
}

const t0 = performance.now();
const { rows, report, geometry } = harmonise(SOURCES, load);
mkdirSync(join(outDir, 'stats'), { recursive: true });
mkdirSync(join(outDir, 'geo'), { recursive: true });

const files: ManifestFile[] = [];
function write(rel: string, content: Uint8Array | string, extra: Omit<ManifestFile, 'path' | 'bytes' | 'sha256'> = {}): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  writeFileSync(join(outDir, rel), bytes);
  files.push({ path: rel, bytes: bytes.byteLength, sha256: sha256(bytes), ...extra });
}

const rowCounts: Record<string, number> = {};
for (const r of rows) rowCounts[`${r.level}_${r.year}`] = (rowCounts[`${r.level}_${r.year}`] ?? 0) + 1;

const statLevels: Level[] = ['gemeente', 'wijk'];
for (const level of statLevels) {
  write(`stats/${level}.parquet`, statsParquet(rows, level), { level, rows: rows.filter((r) => r.level === level).length });
}

const catalog = buildCatalog(rows.filter((r) => statLevels.includes(r.level)), report);
for (const key of [...geometry.keys()].sort()) {
  const [level, year] = key.split('_') as [Level, string];
  const feats = geometry.get(key)!;
  write(`geo/${key}.topo.json`, boundaryTopology(feats), { level, year: Number(year), features: feats.length });
  (catalog.geometry[level] ??= []).push(Number(year));
}
write('variables.json', JSON.stringify(catalog, null, 1) + '\n');

const manifest: Manifest = {
  name: 'Segregatieverkenner embedded data',
  licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  attribution: 'Bron: CBS, Kadaster — Kerncijfers wijken en buurten en Wijk- en Buurtkaart',
  sources: SOURCES.map((s) => ({ id: s.id, file: s.file, level: s.level, year: s.year, origin: s.origin })),
  rowCounts,
  files: files.slice(),
  notes: [
    'Values CBS marks as secret or unknown (".", negative sentinel codes, null) are NULL, never 0.',
    'Non-CBS enrichment columns in the geoinzicht files (bbg_*, lbt_*, zk_*, cr_*, ff_*, bag_*) are dropped.',
    `Skipped features: ${report.skipped.length} (e.g. GM0998 Buitenland). Source disagreements: ${report.conflicts.length}.`,
    'No buurt-level statistics are embedded (none were available offline).',
  ],
};
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');

const total = files.reduce((s, f) => s + f.bytes, 0);
console.log(`data:build wrote ${files.length + 1} files, ${(total / 1e6).toFixed(2)} MB, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log('rows per level/year:', JSON.stringify(rowCounts));
if (report.conflicts.length) {
  console.log(`source disagreements (first source kept): ${report.conflicts.length}`);
  for (const c of report.conflicts.slice(0, 10)) console.log('  ', JSON.stringify(c));
}

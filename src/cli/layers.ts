/**
 * Loading the embedded data for the CLIs: statistics rows (through DuckDB-WASM, the same SQL as the app) and
 * boundary topologies per year of a level, and the finer level (wijken under gemeenten) for dasymetric crosswalks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Catalog, Level } from '../data/catalog';
import type { Db } from '../data/db/db';
import { StatsRepository } from '../data/queries';
import type { WaterbedRow } from '../pipeline/waterbed';
import { CliError } from './run';

export { readCatalog } from './catalog';

export interface LevelData {
  rows: Record<number, WaterbedRow[]>;
  topologies: Record<number, Topology>;
}

const buf = (p: string): ArrayBuffer => {
  const b = readFileSync(p);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

/** Rows (with `variables`) and boundaries of every year of `level` that has both (or only `years`, when given). */
export async function loadLevel(
  db: Db,
  dataDir: string,
  catalog: Catalog,
  level: Level,
  variables: readonly string[],
  years?: readonly number[],
): Promise<LevelData> {
  const statsFile = join(dataDir, 'stats', `${level}.parquet`);
  if (!existsSync(statsFile)) throw new CliError(`no statistics at ${statsFile} (use --data <dir>)`);
  const repo = new StatsRepository(db);
  await repo.load(level, buf(statsFile));
  const out: LevelData = { rows: {}, topologies: {} };
  for (const y of catalog.geometry[level] ?? []) {
    if (years && !years.includes(y)) continue;
    const geo = join(dataDir, 'geo', `${level}_${y}.topo.json`);
    if (!existsSync(geo)) continue;
    const r = await repo.rows(level, y, variables);
    if (r.length === 0) continue;
    out.rows[y] = r as unknown as WaterbedRow[];
    out.topologies[y] = JSON.parse(readFileSync(geo, 'utf8')) as Topology;
  }
  return out;
}

/** Reading the embedded data from disk for the CLIs: the same Parquet → DuckDB-WASM path as the app. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Level } from '../data/catalog';
import { openNodeDb } from '../data/db/duckdb-node';
import { StatsRepository } from '../data/queries';
import { CliError } from './run';

export { readCatalog } from './catalog';

function arrayBuffer(path: string): ArrayBuffer {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

export async function openRepository(dataDir: string, levels: readonly Level[]): Promise<StatsRepository> {
  for (const level of levels) {
    const file = join(dataDir, 'stats', `${level}.parquet`);
    if (!existsSync(file)) throw new CliError(`no statistics at ${file} (pass --data <folder with variables.json, stats/ and geo/>)`);
  }
  const repo = new StatsRepository(await openNodeDb());
  for (const level of levels) await repo.load(level, arrayBuffer(join(dataDir, 'stats', `${level}.parquet`)));
  return repo;
}

export function readTopology(dataDir: string, level: Level, year: number): Topology | null {
  const path = join(dataDir, 'geo', `${level}_${year}.topo.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Topology) : null;
}

/**
 * What an output folder already holds (an earlier data:build or data:fetch): the rows of stats/<level>.parquet,
 * variables.json and manifest.json. A fetched level/year replaces those rows; everything else is kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import type { Catalog, Level, Manifest } from '../catalog';
import { BUURT_ID_COLUMNS, ID_COLUMNS } from '../build/outputs';
import type { UnitRow } from '../build/unit-row';

const ID_SET = new Set<string>([...ID_COLUMNS, ...BUURT_ID_COLUMNS]);

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The rows of `<dir>/stats/<level>.parquet` as unit rows ([] when there is no such file). */
export async function readStatsRows(dir: string, level: Level): Promise<UnitRow[]> {
  const path = join(dir, 'stats', `${level}.parquet`);
  if (!existsSync(path)) return [];
  const b = readFileSync(path);
  const file = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  const objects = (await parquetReadObjects({ file })) as Record<string, unknown>[];
  return objects.map((o) => {
    const values: Record<string, number | null> = {};
    for (const [k, v] of Object.entries(o)) if (!ID_SET.has(k)) values[k] = typeof v === 'number' ? v : null;
    return {
      level,
      year: Number(o.year),
      code: String(o.code),
      name: String(o.name),
      wijk_code: str(o.wijk_code),
      wijk_name: str(o.wijk_name),
      gemeente_code: str(o.gemeente_code),
      gemeente_name: str(o.gemeente_name),
      province_code: str(o.province_code),
      province_name: str(o.province_name),
      values,
    };
  });
}

function readJson<T>(dir: string, name: string): T | null {
  const path = join(dir, name);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

export const readCatalog = (dir: string): Catalog | null => readJson<Catalog>(dir, 'variables.json');
export const readManifest = (dir: string): Manifest | null => readJson<Manifest>(dir, 'manifest.json');

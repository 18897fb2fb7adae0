/**
 * The data service's file loads (src/app/data-service.ts): boundaries (TopoJSON → GeoJSON), statistics (Parquet,
 * decoded with hyparquet after the first view's file) and the catalogue check, each failing with a classified
 * LoadError; and the promise cache that forgets failures.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Catalog, Level } from '../data/catalog';
import type { DecodedParquet } from '../data/db/parquet-to-arrow';
import { damaged, fetchBytes, fetchJson, type FailureTarget } from './load-errors';

export interface UnitProps {
  code: string;
  name: string;
  gemeente_code?: string;
}

export type UnitCollection = FeatureCollection<Geometry, UnitProps>;

/**
 * The cached promise for `key`, or a new one from `load`. A rejected promise is dropped from the cache and reported
 * to `onFail` — unless it was superseded meanwhile (a retry started a new attempt): then its failure is old news.
 */
export function remember<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>, onFail?: (e: unknown) => void): Promise<V> {
  let p = cache.get(key);
  if (!p) {
    const fresh = load();
    cache.set(key, fresh);
    fresh.catch((e: unknown) => {
      if (cache.get(key) !== fresh) return;
      cache.delete(key);
      onFail?.(e);
    });
    p = fresh;
  }
  return p;
}

const checkTopology = (x: unknown): string | null => {
  const t = x as Partial<Topology> | null;
  return t && t.type === 'Topology' && Array.isArray(t.arcs) && t.objects?.units ? null : 'not a TopoJSON topology with object "units"';
};

export const checkCatalog = (x: unknown): string | null => {
  const c = x as Partial<Catalog> | null;
  return c && Array.isArray(c.variables) && c.geometry && typeof c.geometry === 'object' ? null : 'unexpected format';
};

export async function fetchTopology(base: string, level: Level, year: number): Promise<UnitCollection> {
  const url = `${base}data/geo/${level}_${year}.topo.json`;
  const target: FailureTarget = { resource: 'geometry', level, year };
  const topo = await fetchJson<Topology>(url, { target }, checkTopology);
  try {
    return feature(topo, topo.objects.units!) as unknown as UnitCollection;
  } catch (e) {
    throw damaged(target, url, e);
  }
}

/** Downloads at once; decodes after `after` settled (decoding is main-thread work: the first view's file goes first). */
export async function fetchStats(base: string, level: Level, after: Promise<unknown>): Promise<DecodedParquet> {
  const url = `${base}data/stats/${level}.parquet`;
  const target: FailureTarget = { resource: 'stats', level };
  const [bytes, { decodeStats }] = await Promise.all([fetchBytes(url, { target }), import('../data/queries')]);
  await after.catch(() => undefined);
  try {
    return await decodeStats(level, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    throw damaged(target, url, e);
  }
}

/**
 * Loads everything the app needs from its own origin and answers the views' data questions.
 * Boundaries, the catalogue and DuckDB start in parallel, so the map draws its boundaries while DuckDB-WASM is
 * still instantiating; statistics are queried through DuckDB once it is ready. Performance marks
 * (segv:catalog, segv:duckdb-ready, segv:stats-ready) let the e2e test and benchmarks read the cold-load figures.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Catalog, Level } from '../data/catalog';
import { openBrowserDb } from '../data/db/duckdb-browser';
import { StatsRepository, type UnitValue } from '../data/queries';

export type LoadStep = 'catalog' | 'geometry' | 'duckdb' | 'stats';

export interface LoadProgress {
  step: LoadStep;
  /** 0–1 */
  fraction: number;
  error?: string;
}

export interface UnitProps {
  code: string;
  name: string;
  gemeente_code?: string;
}

export type UnitCollection = FeatureCollection<Geometry, UnitProps>;

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

export class DataService {
  private readonly geometryCache = new Map<string, Promise<UnitCollection>>();
  readonly repo: Promise<StatsRepository>;

  private constructor(
    readonly catalog: Catalog,
    private readonly base: string,
    onProgress: (p: LoadProgress) => void,
  ) {
    this.repo = (async () => {
      const statsBuffers = Promise.all(
        (['gemeente', 'wijk'] as const).map(async (level) => [level, await (await fetchOk(`${base}data/stats/${level}.parquet`)).arrayBuffer()] as const),
      );
      const db = await openBrowserDb((f) => onProgress({ step: 'duckdb', fraction: f }));
      performance.mark('segv:duckdb-ready');
      onProgress({ step: 'duckdb', fraction: 1 });
      const repo = new StatsRepository(db);
      const buffers = await statsBuffers;
      let i = 0;
      for (const [level, buf] of buffers) {
        await repo.load(level, buf);
        onProgress({ step: 'stats', fraction: ++i / buffers.length });
      }
      performance.mark('segv:stats-ready');
      return repo;
    })();
    this.repo.catch((e: unknown) => onProgress({ step: 'duckdb', fraction: 0, error: String(e) }));
  }

  static async create(base: string, onProgress: (p: LoadProgress) => void): Promise<DataService> {
    const catalog = (await (await fetchOk(`${base}data/variables.json`)).json()) as Catalog;
    if (!Array.isArray(catalog.variables) || !catalog.geometry) throw new Error('data/variables.json: unexpected format');
    performance.mark('segv:catalog');
    onProgress({ step: 'catalog', fraction: 1 });
    return new DataService(catalog, base, onProgress);
  }

  hasGeometry(level: Level, year: number): boolean {
    return this.catalog.geometry[level]?.includes(year) ?? false;
  }

  /** Boundaries of one level and year as GeoJSON (fetched and converted once, then cached). */
  geometry(level: Level, year: number): Promise<UnitCollection> {
    const key = `${level}_${year}`;
    let p = this.geometryCache.get(key);
    if (!p) {
      p = (async () => {
        if (!this.hasGeometry(level, year)) throw new Error(`No boundaries for ${level} ${year}`);
        const topo = (await (await fetchOk(`${this.base}data/geo/${key}.topo.json`)).json()) as Topology;
        const obj = topo.objects.units;
        if (!obj) throw new Error(`${key}.topo.json: object "units" missing`);
        return feature(topo, obj) as unknown as UnitCollection;
      })();
      this.geometryCache.set(key, p);
      p.catch(() => this.geometryCache.delete(key));
    }
    return p;
  }

  async values(level: Level, year: number, variable: string, gemeente?: string): Promise<UnitValue[]> {
    return (await this.repo).values(level, year, variable, gemeente);
  }
}

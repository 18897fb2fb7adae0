/**
 * Loads everything the app needs from its own origin and answers the views' data questions.
 * Boundaries, statistics (Parquet decoded with hyparquet) and DuckDB start in parallel. The first choropleth is
 * served from the decoded Arrow tables while DuckDB-WASM instantiates; afterwards every query goes through DuckDB.
 * Performance marks (segv:catalog, segv:geometry, segv:stats-decoded, segv:duckdb-ready, segv:stats-ready,
 * segv:first-choropleth) let the e2e test read the cold-load figures.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Catalog, Level } from '../data/catalog';
import type { Db } from '../data/db/db';
import { openBrowserDb } from '../data/db/duckdb-browser';
import { ArrowValues } from '../data/arrow-values';
import type { DecodedParquet } from '../data/db/parquet-to-arrow';
import { decodeStats, StatsRepository, type UnitRecord, type UnitValue } from '../data/queries';

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

async function fetchTopology(base: string, key: string): Promise<Topology> {
  return (await (await fetchOk(`${base}data/geo/${key}.topo.json`)).json()) as Topology;
}

function toUnits(topo: Topology): UnitCollection {
  const obj = topo.objects.units;
  if (!obj) throw new Error('TopoJSON: object "units" missing');
  return feature(topo, obj) as unknown as UnitCollection;
}

export class DataService {
  private readonly geometryCache = new Map<string, Promise<UnitCollection>>();
  /** Statistics decoded from Parquet per level (fast path for map values until DuckDB is ready). */
  private readonly decoded: ReadonlyMap<Level, Promise<DecodedParquet>>;
  private duck: StatsRepository | null = null;
  /** DuckDB with the statistics loaded. */
  readonly repo: Promise<StatsRepository>;

  private constructor(
    readonly catalog: Catalog,
    private readonly base: string,
    decoded: ReadonlyMap<Level, Promise<DecodedParquet>>,
    duckdb: Promise<Db>,
  ) {
    this.decoded = decoded;
    this.repo = (async () => {
      const repo = new StatsRepository(await duckdb);
      for (const [level, d] of decoded) await repo.loadDecoded(level, await d);
      performance.mark('segv:stats-ready');
      this.duck = repo;
      return repo;
    })();
  }

  /**
   * Starts every download at once — catalogue, statistics (decoded as they arrive), DuckDB-WASM and the boundaries of
   * the default view — and resolves when the catalogue is in (the rest keeps loading in the background).
   */
  static async create(base: string, onProgress: (p: LoadProgress) => void, prefetch?: { level: Level; year: number }): Promise<DataService> {
    const levels = ['gemeente', 'wijk'] as const;
    let done = 0;
    const decoded = new Map(
      levels.map((level) => {
        const p = (async () => {
          const buf = await (await fetchOk(`${base}data/stats/${level}.parquet`)).arrayBuffer();
          const d = await decodeStats(level, buf);
          onProgress({ step: 'stats', fraction: ++done / levels.length });
          performance.mark(`segv:stats-decoded-${level}`);
          return d;
        })();
        p.catch((e: unknown) => onProgress({ step: 'stats', fraction: 0, error: String(e) }));
        return [level, p] as const;
      }),
    );
    const duckdb = openBrowserDb((f) => onProgress({ step: 'duckdb', fraction: f }));
    duckdb.then(
      () => {
        performance.mark('segv:duckdb-ready');
        onProgress({ step: 'duckdb', fraction: 1 });
      },
      (e: unknown) => onProgress({ step: 'duckdb', fraction: 0, error: String(e) }),
    );
    const topo = prefetch ? fetchTopology(base, `${prefetch.level}_${prefetch.year}`) : null;
    topo?.catch(() => undefined);
    const catalog = (await (await fetchOk(`${base}data/variables.json`)).json()) as Catalog;
    if (!Array.isArray(catalog.variables) || !catalog.geometry) throw new Error('data/variables.json: unexpected format');
    performance.mark('segv:catalog');
    onProgress({ step: 'catalog', fraction: 1 });
    const service = new DataService(catalog, base, decoded, duckdb);
    if (prefetch && topo && service.hasGeometry(prefetch.level, prefetch.year)) {
      service.geometryCache.set(`${prefetch.level}_${prefetch.year}`, topo.then(toUnits));
    }
    return service;
  }

  hasGeometry(level: Level, year: number): boolean {
    return this.catalog.geometry[level]?.includes(year) ?? false;
  }

  /** Boundaries of one level and year as GeoJSON (fetched and converted once, then cached). */
  geometry(level: Level, year: number): Promise<UnitCollection> {
    const key = `${level}_${year}`;
    let p = this.geometryCache.get(key);
    if (!p) {
      p = this.hasGeometry(level, year)
        ? fetchTopology(this.base, key).then(toUnits)
        : Promise.reject(new Error(`No boundaries for ${level} ${year}`));
      this.geometryCache.set(key, p);
      p.catch(() => this.geometryCache.delete(key));
    }
    return p;
  }

  /** Rows of a level/year with the given variables, through DuckDB (for the engine worker). */
  async rows(level: Level, year: number, variables: readonly string[]): Promise<UnitRecord[]> {
    return (await this.repo).rows(level, year, variables);
  }

  /** Every row of a level, all years (DuckDB). */
  async all(level: Level): Promise<UnitRecord[]> {
    return (await this.repo).all(level);
  }

  /** One unit across all years (DuckDB). */
  async unit(level: Level, code: string): Promise<UnitRecord[]> {
    return (await this.repo).unit(level, code);
  }

  /** URL of a boundary layer (the engine worker fetches it itself). */
  topologyUrl(level: Level, year: number): string | null {
    return this.hasGeometry(level, year) ? new URL(`${this.base}data/geo/${level}_${year}.topo.json`, window.location.href).href : null;
  }

  /** Map values: from DuckDB once it is ready, before that from the decoded Arrow tables (same contract). */
  async values(level: Level, year: number, variable: string, gemeente?: string): Promise<UnitValue[]> {
    if (this.duck) return this.duck.values(level, year, variable, gemeente);
    const decoded = this.decoded.get(level);
    if (!decoded) throw new Error(`No statistics for level ${level}`);
    return new ArrowValues(new Map([[level, (await decoded).table]])).values(level, year, variable, gemeente);
  }
}

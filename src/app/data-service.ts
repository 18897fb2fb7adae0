/**
 * Loads everything the app needs from its own origin and answers the views' data questions.
 * Boundaries, statistics (Parquet decoded with hyparquet) and DuckDB start in parallel. The first choropleth is
 * served from the decoded Arrow tables while DuckDB-WASM instantiates; afterwards every query goes through DuckDB.
 * Performance marks (segv:catalog, segv:geometry, segv:stats-decoded, segv:duckdb-ready, segv:stats-ready,
 * segv:first-choropleth) let the e2e test read the cold-load figures.
 *
 * Failures: every download has a timeout (load-errors.ts) and fails with a classified LoadError. Nothing failed
 * stays cached — a failed boundary layer, statistics file, DuckDB start or repository is dropped from its cache, so
 * the next request loads it again. Failures of the shared loads (statistics, DuckDB) are kept in `status` for the
 * error panel; `retry()` clears them, starts the failed loads again and bumps `status.version` so views re-query.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Catalog, Level } from '../data/catalog';
import type { Db } from '../data/db/db';
import { DUCKDB_MODULE_URL, openBrowserDb } from '../data/db/duckdb-browser';
import { ArrowValues } from '../data/arrow-values';
import type { DecodedParquet } from '../data/db/parquet-to-arrow';
import { decodeStats, StatsRepository, type UnitRecord, type UnitValue } from '../data/queries';
import {
  damaged,
  DEFAULT_TIMEOUT_MS,
  failureKey,
  failureOf,
  fetchBytes,
  fetchJson,
  LoadError,
  watchdog,
  type FailureTarget,
  type LoadFailure,
} from './load-errors';

export type LoadStep = 'catalog' | 'geometry' | 'duckdb' | 'stats';

export interface LoadProgress {
  step: LoadStep;
  /** 0–1 */
  fraction: number;
}

export interface UnitProps {
  code: string;
  name: string;
  gemeente_code?: string;
}

export type UnitCollection = FeatureCollection<Geometry, UnitProps>;

/** Failures of the shared loads, and a counter bumped by every retry (views re-query when it changes). */
export interface ServiceStatus {
  version: number;
  failures: readonly LoadFailure[];
}

const LEVELS = ['gemeente', 'wijk'] as const;
type StatsLevel = (typeof LEVELS)[number];
/** Statistics without boundaries, loaded into DuckDB on first use only (nothing on the first screen needs them). */
const ON_DEMAND: readonly Level[] = ['buurt'];

/**
 * The cached promise for `key`, or a new one from `load`. A rejected promise is dropped from the cache and reported
 * to `onFail` — unless it was superseded meanwhile (a retry started a new attempt): then its failure is old news.
 */
function remember<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>, onFail?: (e: unknown) => void): Promise<V> {
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

const checkCatalog = (x: unknown): string | null => {
  const c = x as Partial<Catalog> | null;
  return c && Array.isArray(c.variables) && c.geometry && typeof c.geometry === 'object' ? null : 'unexpected format';
};

async function fetchTopology(base: string, level: Level, year: number): Promise<UnitCollection> {
  const url = `${base}data/geo/${level}_${year}.topo.json`;
  const target: FailureTarget = { resource: 'geometry', level, year };
  const topo = await fetchJson<Topology>(url, { target }, checkTopology);
  try {
    return feature(topo, topo.objects.units!) as unknown as UnitCollection;
  } catch (e) {
    throw damaged(target, url, e);
  }
}

async function fetchStats(base: string, level: Level): Promise<DecodedParquet> {
  const url = `${base}data/stats/${level}.parquet`;
  const target: FailureTarget = { resource: 'stats', level };
  const bytes = await fetchBytes(url, { target });
  try {
    return await decodeStats(level, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    throw damaged(target, url, e);
  }
}

/**
 * DuckDB-WASM (its ~34 MB module comes from our own origin and is fetched by DuckDB, so the browser can cache the
 * compiled module). A HEAD request first tells a missing or unreachable module apart at once — DuckDB-WASM itself
 * would wait forever on it. The download is abandoned when it stalls for the default data timeout; compiling and
 * connecting get 3× that (slow devices). The test flag for short data timeouts does not apply.
 */
async function startDuckDb(onProgress: (f: number) => void): Promise<Db> {
  const target: FailureTarget = { resource: 'duckdb' };
  await fetchBytes(DUCKDB_MODULE_URL, { target, method: 'HEAD', timeoutMs: DEFAULT_TIMEOUT_MS });
  const controller = new AbortController();
  const dog = watchdog(DEFAULT_TIMEOUT_MS, controller);
  try {
    return await openBrowserDb({
      signal: controller.signal,
      onProgress: (f) => {
        dog.kick(f >= 1 ? 3 * DEFAULT_TIMEOUT_MS : DEFAULT_TIMEOUT_MS);
        onProgress(f);
      },
    });
  } catch (e) {
    if (dog.expired) throw new LoadError({ ...target, kind: 'timeout', seconds: DEFAULT_TIMEOUT_MS / 1000 }, String(e));
    throw damaged(target, DUCKDB_MODULE_URL, e);
  } finally {
    dog.stop();
  }
}

export class DataService {
  private cat: Catalog | null = null;
  private readonly geometryCache = new Map<string, Promise<UnitCollection>>();
  private readonly statsCache = new Map<StatsLevel, Promise<DecodedParquet>>();
  private readonly dbCache = new Map<'db', Promise<Db>>();
  private readonly repoCache = new Map<'repo', Promise<StatsRepository>>();
  private readonly onDemandCache = new Map<Level, Promise<StatsRepository>>();
  private readonly statsDone = new Set<StatsLevel>();
  /** DuckDB with the statistics loaded, once ready. */
  private duck: StatsRepository | null = null;
  private readonly failed = new Map<string, LoadFailure>();
  private readonly listeners = new Set<() => void>();
  private status: ServiceStatus = { version: 0, failures: [] };

  private constructor(
    private readonly base: string,
    private readonly onProgress: (p: LoadProgress) => void,
  ) {}

  /**
   * Starts every download at once — catalogue, statistics (decoded as they arrive), DuckDB-WASM and the boundaries of
   * the default view — and resolves when the catalogue is in (the rest keeps loading in the background). Rejects
   * with a LoadError when the catalogue cannot be loaded.
   */
  static async create(
    base: string,
    onProgress: (p: LoadProgress) => void,
    prefetch?: { level: Level; year: number },
  ): Promise<DataService> {
    const service = new DataService(base, onProgress);
    service.start();
    if (prefetch) service.boundaries(prefetch.level, prefetch.year).catch(() => undefined);
    service.cat = await fetchJson<Catalog>(`${base}data/variables.json`, { target: { resource: 'catalog' } }, checkCatalog);
    performance.mark('segv:catalog');
    onProgress({ step: 'catalog', fraction: 1 });
    return service;
  }

  get catalog(): Catalog {
    if (!this.cat) throw new Error('catalogue not loaded');
    return this.cat;
  }

  /** Start (again) whatever shared load is not cached: both statistics files, DuckDB and the repository. */
  private start(): void {
    for (const level of LEVELS) this.stats(level).catch(() => undefined);
    this.repo().catch(() => undefined);
  }

  private publish(version: number): void {
    this.status = { version, failures: [...this.failed.values()] };
    this.listeners.forEach((l) => l());
  }

  private fail(e: unknown, target: FailureTarget): void {
    const f = failureOf(e, target);
    this.failed.set(failureKey(f), f);
    this.publish(this.status.version);
  }

  /** A load succeeded (e.g. loaded again by a later request): its earlier failure no longer applies. */
  private heal(...targets: FailureTarget[]): void {
    const keys = targets.map((t) => failureKey({ ...t, kind: 'unexpected' })).filter((k) => this.failed.has(k));
    if (keys.length === 0) return;
    keys.forEach((k) => this.failed.delete(k));
    this.publish(this.status.version);
  }

  /** Forget the failures, load what failed again and let every view re-query. */
  retry(): void {
    this.failed.clear();
    this.start();
    this.publish(this.status.version + 1);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getStatus = (): ServiceStatus => this.status;

  private stats(level: StatsLevel): Promise<DecodedParquet> {
    return remember(
      this.statsCache,
      level,
      async () => {
        const d = await fetchStats(this.base, level);
        this.heal({ resource: 'stats', level });
        this.statsDone.add(level);
        this.onProgress({ step: 'stats', fraction: this.statsDone.size / LEVELS.length });
        performance.mark(`segv:stats-decoded-${level}`);
        return d;
      },
      (e) => this.fail(e, { resource: 'stats', level }),
    );
  }

  private db(): Promise<Db> {
    return remember(
      this.dbCache,
      'db',
      async () => {
        const db = await startDuckDb((f) => this.onProgress({ step: 'duckdb', fraction: f }));
        performance.mark('segv:duckdb-ready');
        this.onProgress({ step: 'duckdb', fraction: 1 });
        this.heal({ resource: 'duckdb' });
        return db;
      },
      (e) => this.fail(e, { resource: 'duckdb' }),
    );
  }

  /** DuckDB with the statistics loaded. */
  private repo(): Promise<StatsRepository> {
    return remember(
      this.repoCache,
      'repo',
      () => this.loadRepo(),
      (e) => this.fail(e, { resource: 'duckdb' }),
    );
  }

  /** One attempt; when it fails after a retry was requested meanwhile, it tries again with the retried loads. */
  private async loadRepo(): Promise<StatsRepository> {
    const version = this.status.version;
    try {
      const db = this.db();
      const stats = LEVELS.map((level) => this.stats(level)); // downloads run in parallel with DuckDB's start
      const repo = new StatsRepository(await db);
      for (const [i, level] of LEVELS.entries()) await repo.loadDecoded(level, await stats[i]!);
      performance.mark('segv:stats-ready');
      this.duck = repo;
      return repo;
    } catch (e) {
      if (this.status.version !== version) return this.loadRepo();
      throw e;
    }
  }

  /** DuckDB with this level's statistics loaded: at once for the levels loaded at start, on first use for the others. */
  private repoWith(level: Level): Promise<StatsRepository> {
    if (!ON_DEMAND.includes(level)) return this.repo();
    return remember(
      this.onDemandCache,
      level,
      async () => {
        const [repo, decoded] = await Promise.all([this.repo(), fetchStats(this.base, level)]);
        if (!repo.isLoaded(level)) await repo.loadDecoded(level, decoded);
        performance.mark(`segv:stats-ready-${level}`);
        return repo;
      },
      (e) => this.fail(e, { resource: 'stats', level }),
    );
  }

  hasGeometry(level: Level, year: number): boolean {
    return this.catalog.geometry[level]?.includes(year) ?? false;
  }

  private boundaries(level: Level, year: number): Promise<UnitCollection> {
    return remember(this.geometryCache, `${level}_${year}`, () => fetchTopology(this.base, level, year));
  }

  /** Boundaries of one level and year as GeoJSON (fetched and converted once, then cached; failures are not). */
  geometry(level: Level, year: number): Promise<UnitCollection> {
    if (!this.hasGeometry(level, year)) {
      return Promise.reject(new LoadError({ resource: 'geometry', level, year, kind: 'not_found' }, 'not in the catalogue'));
    }
    return this.boundaries(level, year);
  }

  /** Rows of a level/year with the given variables, through DuckDB (for the engine worker). */
  async rows(level: Level, year: number, variables: readonly string[]): Promise<UnitRecord[]> {
    return (await this.repoWith(level)).rows(level, year, variables);
  }

  /** Every row of a level, all years (DuckDB). */
  async all(level: Level): Promise<UnitRecord[]> {
    return (await this.repoWith(level)).all(level);
  }

  /** One unit across all years (DuckDB). */
  async unit(level: Level, code: string): Promise<UnitRecord[]> {
    return (await this.repoWith(level)).unit(level, code);
  }

  /** URL of a boundary layer (the engine worker fetches it itself). */
  topologyUrl(level: Level, year: number): string | null {
    return this.hasGeometry(level, year) ? new URL(`${this.base}data/geo/${level}_${year}.topo.json`, window.location.href).href : null;
  }

  /** Map values: from DuckDB once it is ready, before that from the decoded Arrow tables (same contract). */
  async values(level: Level, year: number, variable: string, gemeente?: string): Promise<UnitValue[]> {
    if (this.duck) return this.duck.values(level, year, variable, gemeente);
    if (level !== 'gemeente' && level !== 'wijk') throw new Error(`No statistics for level ${level}`);
    const decoded = await this.stats(level);
    return new ArrowValues(new Map([[level, decoded.table]])).values(level, year, variable, gemeente);
  }
}

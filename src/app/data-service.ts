/**
 * Loads everything the app needs from its own origin and answers the views' data questions.
 * Boundaries and statistics (Parquet decoded with hyparquet) start at once; the first choropleth and the search
 * names are served from the decoded Arrow tables. DuckDB-WASM (34 MB, the biggest download by far) starts once the
 * first choropleth is painted (`firstPaint()`, or after FIRST_PAINT_WAIT_MS at the latest) so it does not compete
 * with it for the network or the two cores. The gemeente and wijk values and rows are always read from the decoded
 * tables (the same answers as DuckDB's, tested), so no view waits for DuckDB and no switch makes a round trip to its
 * worker; DuckDB answers the buurt level (loaded on demand), the SQL console and the imports. The decoder and DuckDB
 * client are separate chunks, loaded on first use. Performance marks (segv:catalog, segv:geometry,
 * segv:stats-decoded-<level>, segv:duckdb-ready, segv:stats-ready, segv:first-choropleth) feed the benchmark.
 *
 * Failures: every download has a timeout (load-errors.ts) and fails with a classified LoadError. Nothing failed
 * stays cached — a failed boundary layer, statistics file, DuckDB start or repository is dropped from its cache, so
 * the next request loads it again. Failures of the shared loads (statistics, DuckDB) are kept in `status` for the
 * error panel; `retry()` clears them, starts the failed loads again and bumps `status.version` so views re-query.
 */
import type { Catalog, Level } from '../data/catalog';
import type { NameRow } from '../data/arrow-values';
import type { ArrowRows } from '../data/arrow-rows';
import { inTransaction, type Db, type SqlSession } from '../data/db/db';
import type { DecodedParquet } from '../data/db/parquet-to-arrow';
import type { StatsRepository, UnitRecord, UnitValue } from '../data/queries';
import { EmbeddedValues } from './embedded-values';
import { ImportedBoundarySource } from './imported-boundaries';
import { ImportedOverlay, type ImportStore } from './imported-overlay';
import { startDuckDb } from './start-duckdb';
import { failureKey, failureOf, fetchJson, LoadError, type FailureTarget, type LoadFailure } from './load-errors';
import { checkCatalog, fetchStats, fetchTopology, remember, type UnitCollection } from './service-loads';

export type LoadStep = 'catalog' | 'geometry' | 'duckdb' | 'stats';

export interface LoadProgress {
  step: LoadStep;
  /** 0–1 */
  fraction: number;
}

/** The latest progress of each load step (the loading status bar). */
export type Progress = Partial<Record<LoadStep, LoadProgress>>;

export type { UnitProps, UnitCollection } from './service-loads';

/** Failures of the shared loads, and a counter bumped by every retry (views re-query when it changes). */
export interface ServiceStatus {
  version: number;
  failures: readonly LoadFailure[];
}

const LEVELS = ['gemeente', 'wijk'] as const;
type StatsLevel = (typeof LEVELS)[number];
/** Statistics without boundaries, loaded into DuckDB on first use only (nothing on the first screen needs them). */
const ON_DEMAND: readonly Level[] = ['buurt'];

/** DuckDB starts at the first painted choropleth, or after this long when none comes (e.g. boundaries failed). */
const FIRST_PAINT_WAIT_MS = 8000;

export class DataService {
  private cat: Catalog | null = null;
  private readonly geometryCache = new Map<string, Promise<UnitCollection>>();
  private readonly geometryDone = new Map<string, UnitCollection>();
  private readonly statsCache = new Map<StatsLevel, Promise<DecodedParquet>>();
  private readonly dbCache = new Map<'db', Promise<Db>>();
  private readonly repoCache = new Map<'repo', Promise<StatsRepository>>();
  private readonly onDemandCache = new Map<Level, Promise<StatsRepository>>();
  private readonly statsDone = new Set<StatsLevel>();
  private readonly rowReaders = new Map<StatsLevel, Promise<ArrowRows>>();
  private readonly embeddedValues = new EmbeddedValues((level) => this.stats(level));
  /** Resolves at the first painted choropleth. */
  private painted!: () => void;
  private readonly paint = new Promise<void>((resolve) => (this.painted = resolve));
  /** The first paint, or FIRST_PAINT_WAIT_MS when none comes (a failed view): DuckDB starts then. */
  private readonly paintGate = Promise.race([this.paint, new Promise<void>((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS))]);
  private readonly failed = new Map<string, LoadFailure>();
  private readonly listeners = new Set<() => void>();
  private status: ServiceStatus = { version: 0, failures: [] };
  /** Boundaries from the user's imports: the layers of level/years the catalogue has none for. */
  readonly imported = new ImportedBoundarySource();
  /** Statistics from the user's imports, laid over the embedded data (imported-overlay.ts). */
  private readonly overlay = new ImportedOverlay({
    query: (sql) => this.db().then((db) => db.query(sql)),
    runSql: (statements) => this.runImportSql(statements),
    onChange: (requery) => this.publish(this.status.version + (requery ? 1 : 0)),
    knownCodes: async (level, year) =>
      this.hasGeometry(level, year) ? new Set((await this.boundaries(level, year)).features.map((f) => f.properties.code)) : null,
  });

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
    return this.overlay.catalog(this.cat);
  }

  /**
   * Start (again) whatever shared load is not cached: the gemeente statistics now, the wijk statistics (larger, only
   * needed at once by a wijk view, which asks for them itself) after the first paint, DuckDB and the repository.
   */
  private start(): void {
    this.stats('gemeente').catch(() => undefined);
    this.paintGate.then(() => this.stats('wijk')).catch(() => undefined);
    this.repo().catch(() => undefined);
    void this.paintGate.then(() => this.overlay.start());
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
        const d = await fetchStats(this.base, level, level === 'wijk' ? this.stats('gemeente') : Promise.resolve());
        this.heal({ resource: 'stats', level });
        this.embeddedValues.use(level, d.table);
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
        await this.paintGate;
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
      await this.paintGate;
      const stats = LEVELS.map((level) => this.stats(level)); // decoded while DuckDB starts
      const { StatsRepository } = await import('../data/queries');
      const repo = new StatsRepository(await db);
      for (const [i, level] of LEVELS.entries()) await repo.loadDecoded(level, await stats[i]!);
      performance.mark('segv:stats-ready');
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
        const [repo, decoded] = await Promise.all([this.repo(), fetchStats(this.base, level, Promise.resolve())]);
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
    const key = `${level}_${year}`;
    return remember(this.geometryCache, key, async () => {
      const fc = await fetchTopology(this.base, level, year);
      this.geometryDone.set(key, fc);
      return fc;
    });
  }

  /** An embedded boundary layer already converted, else null (a view switching to it then renders it at once). */
  geometryNow(level: Level, year: number): UnitCollection | null {
    return (this.hasGeometry(level, year) && this.geometryDone.get(`${level}_${year}`)) || null;
  }

  /** Boundaries of one level and year as GeoJSON (fetched and converted once, then cached; failures are not). */
  async geometry(level: Level, year: number): Promise<UnitCollection> {
    if (this.hasGeometry(level, year)) return this.boundaries(level, year);
    this.overlay.start(); // a view of imported boundaries needs the kept imports now, not after the first paint
    const own = await this.imported.wait(level, year);
    if (own) return own;
    throw new LoadError({ resource: 'geometry', level, year, kind: 'not_found' }, 'not in the catalogue');
  }

  /**
   * The embedded gemeente and wijk rows are read from the decoded statistics (src/data/arrow-rows.ts: the same rows
   * as DuckDB's, a unit test checks), never through DuckDB: no wait for it, no round trip to its worker competing
   * with the map on two cores. The buurt rows (loaded into DuckDB on demand) go through DuckDB.
   */
  private reader(level: Level): Promise<ArrowRows> | null {
    if (level !== 'gemeente' && level !== 'wijk') return null;
    return remember(this.rowReaders, level, async () => {
      const [decoded, { ArrowRows }] = await Promise.all([this.stats(level), import('../data/arrow-rows')]);
      return new ArrowRows(decoded.table);
    });
  }

  /** The embedded answer: from the decoded table for the gemeente and wijk levels, else through DuckDB. */
  private async embedded<T>(level: Level, decoded: (r: ArrowRows) => T, duck: (repo: StatsRepository) => Promise<T>): Promise<T> {
    const reader = this.reader(level);
    return reader ? decoded(await reader) : duck(await this.repoWith(level));
  }

  /** Rows of a level/year with the given variables (imports laid over the embedded ones), e.g. for the engine worker. */
  async rows(level: Level, year: number, variables: readonly string[]): Promise<UnitRecord[]> {
    return this.overlay.records(level, { year }, variables, () =>
      this.embedded(
        level,
        (r) => r.rows(year, variables),
        (repo) => repo.rows(level, year, variables),
      ),
    );
  }

  /** Every row of a level, all years. */
  async all(level: Level): Promise<UnitRecord[]> {
    return this.overlay.records(level, {}, null, () =>
      this.embedded(
        level,
        (r) => r.all(),
        (repo) => repo.all(level),
      ),
    );
  }

  /** Every row of a level as `all` gives it (imports laid over alike), the embedded rows from `embedded`. */
  allWith(level: Level, embedded: () => Promise<UnitRecord[]>): Promise<UnitRecord[]> {
    return this.overlay.records(level, {}, null, embedded);
  }

  /** Address of a level's statistics file. */
  statsUrl(level: Level): string {
    return `${this.base}data/stats/${level}.parquet`;
  }

  /** One unit across all years. */
  async unit(level: Level, code: string): Promise<UnitRecord[]> {
    return this.overlay.records(level, { code }, null, () =>
      this.embedded(
        level,
        (r) => r.unit(code),
        (repo) => repo.unit(level, code),
      ),
    );
  }

  /**
   * A SQL console session on its own DuckDB connection, once the statistics are in (the buurt table too, loaded
   * here on demand; without it the console still opens). Its names: stats_gemeente, stats_wijk, stats_buurt.
   */
  readonly sqlSession = async (): Promise<SqlSession> => {
    await this.repoWith('buurt').catch(() => this.repo());
    return (await this.db()).openSession();
  };

  /**
   * Run statements on the app's own connection in one transaction, rolled back when one fails (the user's imported
   * tables, src/features/import: created, replaced or dropped; the embedded tables are never touched).
   */
  readonly runImportSql = async (statements: readonly string[]): Promise<void> => inTransaction(await this.db(), statements);

  /** URL of a boundary layer (the engine worker fetches it itself). */
  topologyUrl(level: Level, year: number): string | null {
    return this.hasGeometry(level, year) ? new URL(`${this.base}data/geo/${level}_${year}.topo.json`, window.location.href).href : null;
  }

  /**
   * Map values (imported ones laid over the embedded: imported-overlay.ts). The embedded gemeente and wijk values
   * come from the decoded Arrow tables (embedded-values.ts: the same contract as DuckDB's query, tests/unit compares
   * them); the levels DuckDB loads on demand (buurt) go there.
   */
  values(level: Level, year: number, variable: string, gemeente?: string): Promise<UnitValue[]> {
    return this.overlay.values(this.cat!, level, year, variable, gemeente, async (v) => {
      if (level === 'gemeente' || level === 'wijk') return this.embeddedValues.get(level, year, v, gemeente);
      if (ON_DEMAND.includes(level)) return (await this.repoWith(level)).values(level, year, v, gemeente);
      throw new Error(`No statistics for level ${level}`);
    });
  }

  /**
   * The answer of `values` at once when it needs no wait (embedded values of a decoded level that no import
   * overrides), else null: a switch then restyles in the task of the click.
   */
  valuesNow(level: Level, year: number, variable: string, gemeente?: string): UnitValue[] | null {
    if ((level !== 'gemeente' && level !== 'wijk') || this.overlay.provides(level, year, variable)) return null;
    return this.embeddedValues.now(level, year, variable, gemeente);
  }

  /** Codes, names and gemeenten of every row of a level, all years (from the decoded file: no DuckDB needed). */
  async names(level: StatsLevel): Promise<NameRow[]> {
    const [decoded, { nameRows }] = await Promise.all([this.stats(level), import('../data/arrow-values')]);
    return nameRows(decoded.table);
  }

  /** The first choropleth is on screen: the background loads (DuckDB) may start. */
  firstPaint(): void {
    this.painted();
  }

  /**
   * The import store (src/features/import/imports.ts), once loaded: after the first paint, or earlier when a view
   * asks for boundaries only an import has.
   */
  importStore(): Promise<ImportStore> {
    return this.overlay.store;
  }

  /**
   * Resolves once the first choropleth is on screen (or after FIRST_PAINT_WAIT_MS when none comes, a failed view):
   * time for loads that would compete with it.
   */
  whenPainted(): Promise<void> {
    return this.paintGate;
  }
}

/**
 * The user's imported statistics beside the embedded data (the data service's "imported overlay"): once the first
 * choropleth is painted, the kept imports are restored (src/features/import, loaded then) and every change of the
 * import list — an import added, mapped by hand or removed — extends the catalogue the pickers use and makes the
 * service bump its version, so every view asks again. Values of an imported variable, level and year are read from
 * the import's DuckDB table and laid over the embedded values (overlay-model.ts: the import wins for its units).
 * A failed import never reaches this list, so it changes nothing.
 */
import type { Catalog, Level } from '../data/catalog';
import type { KnownCodes } from '../features/import/known-codes';
import { ident, literal } from '../data/db/db';
import type { UnitRecord, UnitValue } from '../data/queries';
import {
  mergeCatalog,
  mergeRecords,
  providerOf,
  valuesOf,
  type ImportedRecord,
  type OverlaySource,
} from '../features/import/overlay-model';

export interface OverlayDeps {
  query: (sql: string) => Promise<Record<string, unknown>[]>;
  runSql: (statements: readonly string[]) => Promise<void>;
  /**
   * Called when the imported variables changed: the catalogue is new; `requery` when values a view may already show
   * changed (an import gone, one that replaces embedded values, or buurt values, which the buurt views hold for all
   * years), so every view must ask again.
   */
  onChange: (requery: boolean) => void;
  /** The known units of a level and year (restored imports are checked against them, as new files are). */
  knownCodes: KnownCodes;
}

/** The import store (src/features/import/imports.ts), a chunk of its own loaded by `start`. */
export type ImportStore = typeof import('../features/import/imports');

interface RecordFilter {
  year?: number;
  code?: string;
}

export class ImportedOverlay {
  private sources: readonly OverlaySource[] = [];
  private memo: { base: Catalog; sources: readonly OverlaySource[]; catalog: Catalog } | null = null;
  private module: Promise<ImportStore> | null = null;
  private loadedStore!: (m: ImportStore) => void;
  /** The import store, once `start` has loaded it. */
  readonly store = new Promise<ImportStore>((resolve) => (this.loadedStore = resolve));

  constructor(private readonly deps: OverlayDeps) {}

  /** Load the import store, restore the kept imports and follow the import list (once; later calls do nothing). */
  start(): void {
    if (this.module) return;
    this.module = import('../features/import/imports');
    this.module.then(
      (m) => {
        const take = () => this.use(m.getState().entries.flatMap((e) => (e.overlay ? [e.overlay] : [])));
        m.subscribe(take);
        take();
        this.loadedStore(m);
        void m.ensureRestored(this.deps.runSql).then(() => m.recheckCodes(this.deps.knownCodes));
      },
      () => (this.module = null),
    );
  }

  /** The imports to lay over the embedded data, in import order (the service is told when they changed). */
  use(next: readonly OverlaySource[]): void {
    if (sameSources(next, this.sources)) return;
    const before = triples(this.sources);
    const after = triples(next);
    const base = this.memo?.base;
    const embedded = (t: string) => {
      const [variable, level, year] = t.split('|') as [string, Level, string];
      return (
        !base || level === 'buurt' || (base.variables.find((v) => v.id === variable)?.availability[level]?.includes(Number(year)) ?? false)
      );
    };
    this.sources = next;
    this.deps.onChange([...before].some((t) => !after.has(t)) || [...after].some((t) => !before.has(t) && embedded(t)));
  }

  /** The base catalogue extended with the imported variables and years (the same object while nothing changes). */
  catalog(base: Catalog): Catalog {
    if (this.memo?.base !== base || this.memo.sources !== this.sources) {
      this.memo = { base, sources: this.sources, catalog: mergeCatalog(base, this.sources) };
    }
    return this.memo.catalog;
  }

  /** Whether an import provides `variable` at `level` in `year` (its values then replace the embedded ones). */
  provides(level: Level, year: number, variable: string): boolean {
    return providerOf(this.sources, level, year, variable) !== null;
  }

  /**
   * Map values of a variable: the embedded ones when no import has it at this level and year; else the import's
   * values over the embedded units of that level and year (their names; the variable's embedded values where the
   * import has no row), plus the units only the import has.
   */
  async values(
    base: Catalog,
    level: Level,
    year: number,
    variable: string,
    gemeente: string | undefined,
    embedded: (variable: string) => Promise<UnitValue[]>,
  ): Promise<UnitValue[]> {
    const p = providerOf(this.sources, level, year, variable);
    if (!p) return embedded(variable);
    const has = (id: string) => base.variables.find((v) => v.id === id)?.availability[level]?.includes(year) ?? false;
    const identity = has(variable) ? variable : has('population') ? 'population' : base.variables.find((v) => has(v.id))?.id;
    const own = identity ? await embedded(identity).catch(() => [] as UnitValue[]) : [];
    const records: UnitRecord[] = own.map((u) => ({
      ...u,
      year,
      province_code: null,
      province_name: null,
      [variable]: identity === variable ? u.value : null,
    }));
    const where = [`level = ${literal(level)}`, `year = ${Math.trunc(year)}`];
    if (gemeente) where.push(`gemeente_code = ${literal(gemeente)}`);
    const rows = await this.read(p.source.table, [[p.column, variable]], where);
    return valuesOf(mergeRecords(records, [{ variables: [variable], rows }]), variable);
  }

  /**
   * Statistics rows (rows, all, unit) with the imported variables laid over the embedded rows. `variables` limits
   * the imported columns read (null: every imported variable); each asked variable is present (null when absent).
   */
  async records(
    level: Level,
    filter: RecordFilter,
    variables: readonly string[] | null,
    embedded: () => Promise<UnitRecord[]>,
  ): Promise<UnitRecord[]> {
    const wanted = this.sources.filter((s) => filter.year === undefined || s.year === filter.year);
    const batches: { variables: string[]; rows: ImportedRecord[] }[] = [];
    for (const s of wanted) {
      const cols = s.columns.filter((c) => (c.levels as Level[]).includes(level) && (!variables || variables.includes(c.variable)));
      if (cols.length === 0) continue;
      const where = [`level = ${literal(level)}`, `year = ${Math.trunc(s.year)}`];
      if (filter.code) where.push(`code = ${literal(filter.code)}`);
      const rows = await this.read(
        s.table,
        cols.map((c) => [c.column, c.variable] as const),
        where,
      ).catch(() => [] as ImportedRecord[]);
      batches.push({ variables: cols.map((c) => c.variable), rows });
    }
    const own = await embedded();
    if (batches.length === 0) return own;
    const merged = mergeRecords(own, batches);
    if (variables) merged.forEach((r) => variables.forEach((v) => (r[v] ??= null)));
    return merged;
  }

  private read(
    table: string,
    cols: readonly (readonly [column: string, as: string])[],
    where: readonly string[],
  ): Promise<ImportedRecord[]> {
    const values = cols.map(([c, as]) => `${ident(c)}::DOUBLE AS ${ident(as)}`);
    const sql = `SELECT code, name, gemeente_code, year, ${values.join(', ')} FROM ${ident(table)} WHERE ${where.join(' AND ')} ORDER BY code`;
    return this.deps.query(sql) as Promise<ImportedRecord[]>;
  }
}

/** Every variable|level|year an import list provides, with the table it comes from. */
function triples(sources: readonly OverlaySource[]): Set<string> {
  return new Set(sources.flatMap((s) => s.columns.flatMap((c) => c.levels.map((l) => `${c.variable}|${l}|${s.year}|${s.table}`))));
}

function sameSources(a: readonly OverlaySource[], b: readonly OverlaySource[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/**
 * Typed questions the app and CLI ask of the statistics, one method per question. Views never write SQL; they ask
 * this repository (through the app state). Column and table names come only from the loaded Parquet schema, and
 * every user-supplied value is validated or quoted, so URL parameters cannot reach the SQL unchecked.
 */
import { ident, literal, type Db } from './db/db';
import { parquetToArrowIPC, type DecodedParquet } from './db/parquet-to-arrow';
import type { Level } from './catalog';

export interface UnitValue {
  code: string;
  name: string;
  gemeente_code: string | null;
  gemeente_name: string | null;
  value: number | null;
}

/** Identity of a unit: code, name and the gemeente and province it lies in (null where not applicable). */
export interface UnitIdentity {
  code: string;
  name: string;
  gemeente_code: string | null;
  gemeente_name: string | null;
  province_code: string | null;
  province_name: string | null;
  [variable: string]: number | string | null;
}

/** One statistics row: a unit in one year with its variables. */
export interface UnitRecord extends UnitIdentity {
  year: number;
}

const CODE_RE = /^(GM\d{4}|WK[0-9A-Z]{6}|BU[0-9A-Z]{8}|PV\d{2})$/;

export function isUnitCode(s: string): boolean {
  return CODE_RE.test(s);
}

export class StatsRepository {
  private readonly columns = new Map<Level, Set<string>>();

  constructor(private readonly db: Db) {}

  /** Decode a Parquet file and (re)create table stats_<level>. Returns the row count. */
  async load(level: Level, parquet: ArrayBuffer): Promise<number> {
    return this.loadDecoded(level, await decodeStats(level, parquet));
  }

  /** (Re)create table stats_<level> from an already decoded file. */
  async loadDecoded(level: Level, decoded: DecodedParquet): Promise<number> {
    await this.db.insertArrowIPC(tableName(level), decoded.ipc);
    this.columns.set(level, new Set(decoded.columns));
    return decoded.rows;
  }

  isLoaded(level: Level): boolean {
    return this.columns.has(level);
  }

  hasVariable(level: Level, variable: string): boolean {
    return this.columns.get(level)?.has(variable) ?? false;
  }

  private table(level: Level): string {
    if (!this.columns.has(level)) throw new Error(`No statistics loaded for level ${level}`);
    return ident(tableName(level));
  }

  private column(level: Level, variable: string): string {
    if (!this.hasVariable(level, variable)) throw new Error(`Unknown variable "${variable}" for level ${level}`);
    return ident(variable);
  }

  /** Values of one variable for every unit of a level and year (optionally only the wijken of one gemeente). */
  async values(level: Level, year: number, variable: string, gemeente?: string): Promise<UnitValue[]> {
    if (!Number.isInteger(year)) throw new Error(`Invalid year ${year}`);
    if (gemeente !== undefined && !isUnitCode(gemeente)) throw new Error(`Invalid gemeente code "${gemeente}"`);
    const where = [`year = ${year}`];
    if (gemeente) where.push(`gemeente_code = ${literal(gemeente)}`);
    const gm = this.hasVariable(level, 'gemeente_code') ? 'gemeente_code' : 'NULL';
    const gmName = this.hasVariable(level, 'gemeente_name') ? 'gemeente_name' : 'NULL';
    return this.db.query<UnitValue & Record<string, unknown>>(
      `SELECT code, name, ${gm} AS gemeente_code, ${gmName} AS gemeente_name, ${this.column(level, variable)}::DOUBLE AS value
       FROM ${this.table(level)} WHERE ${where.join(' AND ')} ORDER BY code`,
    );
  }

  /** All years of one unit with every variable (for detail panels and trends). */
  async unit(level: Level, code: string): Promise<UnitRecord[]> {
    if (!isUnitCode(code)) throw new Error(`Invalid unit code "${code}"`);
    return this.db.query<UnitRecord>(`SELECT * FROM ${this.table(level)} WHERE code = ${literal(code)} ORDER BY year`);
  }

  /** Every row of a level (all years, all columns): reference values and the search index. */
  async all(level: Level): Promise<UnitRecord[]> {
    return this.db.query<UnitRecord>(`SELECT * FROM ${this.table(level)} ORDER BY year, code`);
  }

  /** Sum of a count variable over the units of a gemeente (e.g. wijk population vs the gemeente figure). */
  async sumWithin(level: Level, year: number, variable: string, gemeente: string): Promise<number | null> {
    if (!isUnitCode(gemeente)) throw new Error(`Invalid gemeente code "${gemeente}"`);
    const rows = await this.db.query<{ total: number | null }>(
      `SELECT sum(${this.column(level, variable)})::DOUBLE AS total FROM ${this.table(level)}
       WHERE year = ${Math.trunc(year)} AND gemeente_code = ${literal(gemeente)}`,
    );
    return rows[0]?.total ?? null;
  }

  /** Row counts per year for a level. */
  async countsByYear(level: Level): Promise<Record<number, number>> {
    const rows = await this.db.query<{ year: number; n: number }>(
      `SELECT year, count(*)::INTEGER AS n FROM ${this.table(level)} GROUP BY year ORDER BY year`,
    );
    return Object.fromEntries(rows.map((r) => [r.year, r.n]));
  }

  /** Rows of a level and year with the given variables, for the engine (counts per unit). */
  async rows(level: Level, year: number, variables: readonly string[]): Promise<UnitRecord[]> {
    const cols = variables.filter((v) => this.hasVariable(level, v)).map((v) => `${ident(v)}::DOUBLE AS ${ident(v)}`);
    const base = ['year', 'code', 'name', 'gemeente_code', 'gemeente_name', 'province_code', 'province_name'].map((c) =>
      this.hasVariable(level, c) ? ident(c) : `NULL AS ${ident(c)}`,
    );
    return this.db.query<UnitRecord>(
      `SELECT ${[...base, ...cols].join(', ')} FROM ${this.table(level)} WHERE year = ${Math.trunc(year)} ORDER BY code`,
    );
  }
}

export function tableName(level: Level): string {
  return `stats_${level}`;
}

/** Decode a statistics Parquet file and check it has the id columns every query needs. */
export async function decodeStats(level: Level, parquet: ArrayBuffer): Promise<DecodedParquet> {
  const decoded = await parquetToArrowIPC(parquet);
  for (const required of ['year', 'code', 'name']) {
    if (!decoded.columns.includes(required)) throw new Error(`stats for ${level}: column "${required}" missing`);
  }
  return decoded;
}

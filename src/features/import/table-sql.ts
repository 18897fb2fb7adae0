/**
 * An import as a DuckDB table (pure: SQL text only). Table `import_<slug>` from the file name, columns code, name,
 * level, gemeente_code, wijk_code, year, then the catalogue variables and the file's other numeric columns (DOUBLE).
 * Every identifier is double-quoted and every text value a quoted literal: file names and column headers are user
 * data. Column names that differ only in case (DuckDB names are case-insensitive) get a suffix.
 */
import { ident, literal } from '../../data/db/db';
import type { ImportResult } from '../../data/import';

export const TABLE_PREFIX = 'import_';
const FIXED = ['code', 'name', 'level', 'gemeente_code', 'wijk_code', 'year'] as const;
const BATCH = 500;

/** `import_<slug>` from a file name, unique among `taken` (compared case-insensitively). */
export function tableName(fileName: string, taken: Iterable<string>): string {
  const stem = fileName.replace(/\.[^.]*$/, '');
  const slug =
    stem
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'file';
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  let name = `${TABLE_PREFIX}${slug}`;
  for (let i = 2; used.has(name); i++) name = `${TABLE_PREFIX}${slug}_${i}`;
  return name;
}

interface TableRow {
  code: string;
  name: string | null;
  level: string;
  gemeenteCode: string | null;
  wijkCode: string | null;
  values: Record<string, number | null>;
  other: Record<string, number | null>;
}

/** Rows (statistics) or features (boundaries, without geometry) of a result, gemeente → wijk → buurt. */
export function tableRows(r: ImportResult): TableRow[] {
  if (r.kind === 'boundaries') return r.features.map((f) => ({ ...f, other: {} }));
  return [...r.rows.gemeente, ...r.rows.wijk, ...r.rows.buurt];
}

export interface Column {
  /** Column name in the table. */
  name: string;
  /** Where its value comes from. */
  from: 'values' | 'other';
  key: string;
}

/** The value columns: catalogue variables first (in the mapping's order), then the file's other numeric columns. */
export function valueColumns(r: ImportResult): Column[] {
  const rows = tableRows(r);
  const vars = new Set<string>(r.mapped.map((m) => m.variable));
  rows.forEach((row) => Object.keys(row.values).forEach((k) => vars.add(k)));
  const others = new Set<string>(r.unmapped.map((u) => u.source));
  rows.forEach((row) => Object.keys(row.other).forEach((k) => others.add(k)));
  const used = new Set<string>(FIXED);
  const unique = (wanted: string): string => {
    let name = wanted.trim() || 'column';
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${wanted}_${i}`;
    used.add(name.toLowerCase());
    return name;
  };
  return [
    ...[...vars].map((key) => ({ name: unique(key), from: 'values' as const, key })),
    ...[...others].map((key) => ({ name: unique(key), from: 'other' as const, key })),
  ];
}

const text = (s: string | null): string => (s === null ? 'NULL' : literal(s));
const num = (v: number | null | undefined): string => (typeof v === 'number' && Number.isFinite(v) ? String(v) : 'NULL');

/** CREATE OR REPLACE TABLE + INSERTs (in batches) for a usable result. */
export function createTableSql(table: string, r: ImportResult): string[] {
  const cols = valueColumns(r);
  const defs = [...FIXED.map((c) => `${ident(c)} ${c === 'year' ? 'INTEGER' : 'VARCHAR'}`), ...cols.map((c) => `${ident(c.name)} DOUBLE`)];
  const out = [`CREATE OR REPLACE TABLE ${ident(table)} (${defs.join(', ')})`];
  const rows = tableRows(r);
  const year = r.year !== null && Number.isInteger(r.year) ? String(r.year) : 'NULL';
  for (let i = 0; i < rows.length; i += BATCH) {
    const tuples = rows.slice(i, i + BATCH).map((row) => {
      const fixed = [text(row.code), text(row.name), text(row.level), text(row.gemeenteCode), text(row.wijkCode), year];
      const vals = cols.map((c) => num(c.from === 'values' ? row.values[c.key] : row.other[c.key]));
      return `(${[...fixed, ...vals].join(', ')})`;
    });
    out.push(`INSERT INTO ${ident(table)} VALUES ${tuples.join(', ')}`);
  }
  return out;
}

/** Dropping an imported table (refuses any name that is not an import's). */
export function dropTableSql(table: string): string {
  if (!table.startsWith(TABLE_PREFIX)) throw new Error(`not an imported table: ${table}`);
  return `DROP TABLE IF EXISTS ${ident(table)}`;
}

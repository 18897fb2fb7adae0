/** The console's list of tables with their columns, from information_schema (whatever is loaded, imports too). */
import type { SqlResult } from '../../data/db/db';

export interface TableInfo {
  name: string;
  columns: { name: string; type: string }[];
}

/** The query behind the list (run on the console's own read-only session). */
export const TABLES_SQL = `SELECT table_name, column_name, data_type
FROM information_schema.columns
WHERE table_catalog = current_database() AND table_schema = 'main'
ORDER BY table_name, ordinal_position`;

/** Result rows (table_name, column_name, data_type) grouped per table, in the query's order. */
export function groupTables(result: SqlResult): TableInfo[] {
  const byName = new Map<string, TableInfo>();
  for (const [table, column, type] of result.rows) {
    const name = String(table);
    let t = byName.get(name);
    if (!t) {
      t = { name, columns: [] };
      byName.set(name, t);
    }
    t.columns.push({ name: String(column), type: String(type) });
  }
  return [...byName.values()];
}

/** A name as it can be typed into SQL: bare when it is a plain lower-case word, else double-quoted. */
export function sqlName(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

/**
 * The data folder's catalogue (variables.json) for the CLIs' checks before any data is loaded: which variables
 * exist at which level in which year. A light module (no DuckDB, no Arrow), so a request for a group or year the
 * data does not have fails within a second, with the years that do exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, Level } from '../data/catalog';
import { variablesOf, type GroupDefinition } from '../engine/groups';
import { CliError } from './run';
import { didYouMean } from './suggest';

export function readCatalog(dataDir: string): Catalog {
  const file = join(dataDir, 'variables.json');
  if (!existsSync(file)) throw new CliError(`no variable catalogue at ${file}: pass --data <folder with variables.json, stats/ and geo/>`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Catalog;
  } catch (e) {
    throw new CliError(`${file} is not valid JSON (${(e as Error).message}): rebuild the data folder (npm run data:build)`);
  }
}

/** Years of `level` in which every one of `variables` is published (ascending). */
export function yearsWithAll(catalog: Catalog, level: Level, variables: readonly string[]): number[] {
  const sets = variables.map((v) => new Set(catalog.variables.find((c) => c.id === v)?.availability[level] ?? []));
  const all = [...(sets[0] ?? [])].filter((y) => sets.every((s) => s.has(y)));
  return all.sort((a, b) => a - b);
}

/**
 * A group definition needs all its variables at `level` in `year`; otherwise an error naming the group, the year,
 * the missing variables with their years, and the years in which the group does have data.
 */
export function checkGroupYear(catalog: Catalog, def: GroupDefinition, level: Level, year: number): void {
  const vars = variablesOf(def);
  const missing = vars.filter((v) => !(catalog.variables.find((c) => c.id === v)?.availability[level] ?? []).includes(year));
  if (missing.length === 0) return;
  const years = yearsWithAll(catalog, level, vars);
  const detail = missing
    .map((v) => `${v} (${level} years: ${(catalog.variables.find((c) => c.id === v)?.availability[level] ?? []).join(', ') || 'none'})`)
    .join(', ');
  throw new CliError(
    `group ${def.id} has no data at ${level} level in ${year}: it needs ${detail}; available years for this group: ${years.join(', ') || 'none at this level'}`,
  );
}

/** The catalogue entry of a variable id, or an error with the closest ids. */
export function catalogVariable(catalog: Catalog, id: string, option: string): Catalog['variables'][number] {
  const v = catalog.variables.find((c) => c.id === id.trim());
  if (v) return v;
  const ids = catalog.variables.map((c) => c.id);
  throw new CliError(`unknown ${option} "${id}"${didYouMean(id, ids)}. Known: ${ids.join(', ')}`);
}

/**
 * Checks of a scenario spec against the data folder's catalogue, before DuckDB starts: the level exists, and its
 * rows carry tenure (share_owner_occupied with dwellings or households) and the group's variables in the year.
 * Each failure names what is missing and the years that do have it.
 */
import type { Catalog, Level } from '../data/catalog';
import { groupDefinitionFor, variablesOf } from '../engine/groups';
import { issueLines, type ScenarioIssue, type ScenarioSpec } from '../engine/scenario';
import { yearsWithAll } from './catalog';
import { CliError } from './run';

/** Refused scenarios and bad specs: every issue, in English and then in Dutch. */
export function refusalError(what: string, issues: readonly ScenarioIssue[]): CliError {
  const en = issueLines(issues, 'en').map((l) => `  ${l}`);
  const nl = issueLines(issues, 'nl').map((l) => `  ${l}`);
  return new CliError(`${what}:\n${en.join('\n')}\n(nl)\n${nl.join('\n')}`);
}

export function checkScenarioData(catalog: Catalog, spec: ScenarioSpec): void {
  const level = spec.level as Level;
  if (!catalog.levels.includes(level))
    throw new CliError(`the data have no ${spec.level} level (levels: ${catalog.levels.join(', ')}): a ${spec.level} scenario cannot run`);
  const years = (v: string) => catalog.variables.find((c) => c.id === v)?.availability[level] ?? [];
  const has = (v: string) => years(v).includes(spec.year);
  const tenure = has('dwellings') ? 'dwellings' : 'households';
  const def = groupDefinitionFor(spec.group, spec.level)!;
  const needed = ['share_owner_occupied', tenure, ...variablesOf(def)];
  const missing = [...new Set(needed)].filter((v) => !has(v));
  if (missing.length === 0) return;
  const detail = missing.map((v) => `${v} (${spec.level} years: ${years(v).join(', ') || 'none'})`).join(', ');
  const rest = needed.filter((v) => v !== tenure);
  const ok = [
    ...new Set([...yearsWithAll(catalog, level, [...rest, 'dwellings']), ...yearsWithAll(catalog, level, [...rest, 'households'])]),
  ].sort((a, b) => a - b);
  throw new CliError(
    `a ${spec.level} scenario for group ${spec.group} in ${spec.year} needs ${detail}; years with everything it needs: ${ok.join(', ') || 'none at this level'}`,
  );
}

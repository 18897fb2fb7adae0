/**
 * Statistics rows → group counts: the numeric values a group definition reads, taken from the rows (anything
 * that is not a number — NULL, missing column — is missing and excludes the unit, never 0), then groupCounts.
 * Shared by the decomposition, scale and worker paths.
 */
import { groupCounts, variablesOf, type GroupCounts, type GroupDefinition } from '../engine/groups';
import type { UnitIdentity } from '../data/queries';

export function countsOfRows(def: GroupDefinition, rows: readonly UnitIdentity[]): GroupCounts {
  const vars = variablesOf(def);
  return groupCounts(
    def,
    rows.map((r) => {
      const values: Record<string, number | null> = {};
      for (const v of vars) values[v] = typeof r[v] === 'number' ? (r[v] as number) : null;
      return { code: r.code, values };
    }),
  );
}

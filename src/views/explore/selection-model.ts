/**
 * Linked selection between the charts: a chart keeps its brush only while the shared selection is still the one
 * that brush produced. Pure.
 */

/** True when `selected` holds exactly `codes` (order and duplicates ignored). */
export function sameSelection(selected: ReadonlySet<string> | null | undefined, codes: readonly string[] | null): boolean {
  const own = new Set(codes ?? []);
  const size = selected?.size ?? 0;
  if (size !== own.size) return false;
  for (const c of own) if (!selected!.has(c)) return false;
  return true;
}

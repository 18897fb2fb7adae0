/**
 * Completing the harmonised rows once every source is in:
 * - wijk and buurt rows take their gemeente name and province from the gemeente row of the same year (or the
 *   nearest year), where no source gave them;
 * - buurt rows take their wijk name from the wijk row of the same year;
 * - derived shares (SourceSpec.derive): share = count / total × 100, rounded to 0.1, only where the share is still
 *   NULL, the count and total are known, the total is above 0 and the count does not exceed it; otherwise NULL.
 */
import type { SourceSpec } from './sources';
import { addProvenance, type HarmoniseReport, type UnitRow } from './unit-row';

function nearestYear(candidates: readonly UnitRow[], year: number): UnitRow | undefined {
  return candidates.slice().sort((a, b) => Math.abs(a.year - year) - Math.abs(b.year - year))[0];
}

/** Fill the parent fields of wijk and buurt rows (see the rules at the top). */
export function fillParents(rows: Iterable<UnitRow>): void {
  const all = [...rows];
  const gm = new Map<string, UnitRow[]>();
  const wk = new Map<string, UnitRow>();
  for (const r of all) {
    if (r.level === 'gemeente') gm.set(r.code, [...(gm.get(r.code) ?? []), r]);
    if (r.level === 'wijk') wk.set(`${r.year}|${r.code}`, r);
  }
  for (const r of all) {
    if ((r.level !== 'wijk' && r.level !== 'buurt') || !r.gemeente_code) continue;
    const best = nearestYear(gm.get(r.gemeente_code) ?? [], r.year);
    if (best) {
      r.gemeente_name ??= best.name;
      r.province_code ??= best.province_code;
      r.province_name ??= best.province_name;
    }
    if (r.level === 'buurt' && r.wijk_code) r.wijk_name ??= wk.get(`${r.year}|${r.wijk_code}`)?.name ?? null;
  }
}

/** count / total × 100 rounded to 0.1, or null (see the rules at the top). */
export function derivedShare(count: number | null | undefined, total: number | null | undefined): number | null {
  if (count === null || count === undefined || total === null || total === undefined) return null;
  if (!(total > 0) || count < 0 || count > total) return null;
  return Math.round((count / total) * 1000) / 10;
}

/** Apply every source's `derive` list to the rows of its level and year. */
export function deriveShares(sources: readonly SourceSpec[], rows: Iterable<UnitRow>, report: HarmoniseReport): void {
  const all = [...rows];
  for (const spec of sources) {
    for (const d of spec.derive ?? []) {
      for (const r of all) {
        if (r.level !== spec.level || r.year !== spec.year || (r.values[d.share] ?? null) !== null) continue;
        const v = derivedShare(r.values[d.count], r.values[d.of]);
        r.values[d.share] = v;
        if (v !== null) addProvenance(report, spec.level, spec.year, d.share, spec.file);
      }
    }
  }
}

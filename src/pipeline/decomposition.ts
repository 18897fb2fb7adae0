/**
 * "Between municipalities" vs "inside municipalities": the mutual information index M over all wijken of a
 * province (or of the Netherlands, code NL00) split into M between gemeenten + the population-weighted M within
 * gemeenten (engine/indices/decomposition.ts). Same code path for the worker and the CLI. The three-level split
 * over buurten (gemeenten, wijken, buurten) is in decomposition-buurt.ts.
 */
import { groupDefinitionById } from '../engine/groups';
import { decomposeMutualInformation } from '../engine/indices/decomposition';
import { nlAndProvinces } from './decomposition-regions';
import type { SourceRow } from './indices';
import { countsOfRows } from './indices-rows';

export interface DecompositionRow {
  regionCode: string;
  regionName: string;
  gemeenten: number;
  wijkenUsed: number;
  wijkenExcluded: number;
  M_total: number | null;
  M_between_gemeenten: number | null;
  M_within_gemeenten: number | null;
  /** Share of M that lies inside municipalities (within / total). */
  share_within: number | null;
  H_total: number | null;
  reason: string | null;
}

/** Wijk rows of one year → one decomposition per province and one for the Netherlands. */
export function decomposeByProvince(rows: readonly SourceRow[], group: string): DecompositionRow[] {
  const def = groupDefinitionById(group);
  if (!def) throw new Error(`Unknown group definition "${group}"`);
  const gc = countsOfRows(def, rows);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return nlAndProvinces(gc, byCode).map((r) => {
    const columns = gc.counts.map((c) => Float64Array.from(r.idx, (i) => c[i]!));
    const gm = r.idx.map((i) => byCode.get(gc.units[i]!)!.gemeente_code ?? '?');
    const d = decomposeMutualInformation(columns, gm);
    return {
      regionCode: r.code,
      regionName: r.name,
      gemeenten: new Set(gm).size,
      wijkenUsed: d.unitsUsed,
      wijkenExcluded: r.excluded + d.excluded.zeroPopulation + d.excluded.invalid,
      M_total: d.ok ? d.total : null,
      M_between_gemeenten: d.ok ? d.between : null,
      M_within_gemeenten: d.ok ? d.within : null,
      share_within: d.ok && d.total > 0 ? d.within / d.total : null,
      H_total: d.ok ? d.H.total : null,
      reason: d.ok ? null : d.reason,
    };
  });
}

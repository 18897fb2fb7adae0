/**
 * "Between municipalities" vs "inside municipalities": the mutual information index M over all wijken of a
 * province (or of the Netherlands, code NL00) split into M between gemeenten + the population-weighted M within
 * gemeenten (engine/indices/decomposition.ts). Same code path for the worker and the CLI.
 */
import { groupCounts, groupDefinitionById, variablesOf } from '../engine/groups';
import { decomposeMutualInformation } from '../engine/indices/decomposition';
import { NL_REGION, type SourceRow } from './indices';

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
  const vars = variablesOf(def);
  const gc = groupCounts(
    def,
    rows.map((r) => ({
      code: r.code,
      values: Object.fromEntries(vars.map((v) => [v, typeof r[v] === 'number' ? (r[v] as number) : null])),
    })),
  );
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const regions = new Map<string, { name: string; idx: number[]; excluded: number }>();
  const add = (code: string, name: string) => {
    let r = regions.get(code);
    if (!r) regions.set(code, (r = { name, idx: [], excluded: 0 }));
    return r;
  };
  gc.units.forEach((code, i) => {
    const row = byCode.get(code)!;
    add(NL_REGION.regionCode, NL_REGION.regionName).idx.push(i);
    if (row.province_code) add(row.province_code, row.province_name ?? row.province_code).idx.push(i);
  });
  for (const e of gc.excluded) {
    const row = byCode.get(e.code);
    add(NL_REGION.regionCode, NL_REGION.regionName).excluded++;
    if (row?.province_code) add(row.province_code, row.province_name ?? row.province_code).excluded++;
  }
  const out: DecompositionRow[] = [];
  for (const [code, r] of [...regions].sort((a, b) => a[0].localeCompare(b[0]))) {
    const columns = gc.counts.map((c) => Float64Array.from(r.idx, (i) => c[i]!));
    const gm = r.idx.map((i) => byCode.get(gc.units[i]!)!.gemeente_code ?? '?');
    const d = decomposeMutualInformation(columns, gm);
    out.push({
      regionCode: code,
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
    });
  }
  return out;
}

/** Flat rows and metadata for exporting index results (CSV / JSON), identical for the CLI and the app's download. */
import { recordToRow } from '../engine/batch';
import type { IndicesRecord, IndicesResult } from './indices';

export function indicesRow(r: IndicesRecord, meta: { year: number | null; contiguity: string | null }): Record<string, string | number | null> {
  const base = recordToRow(r);
  const out: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(base)) {
    if (k === 'Dadj') out[meta.contiguity === 'queen' ? 'Dadj_queen' : 'Dadj_rook'] = v;
    else out[k] = v;
  }
  if (!('Dadj_queen' in out)) out.Dadj_queen = r.DadjQueen.ok ? r.DadjQueen.value : null;
  out.data_year = meta.year;
  return out;
}

export interface ExportMetadata {
  tool: string;
  generated_by: string;
  request: Record<string, unknown>;
  group_definition: { id: string; label: { nl: string; en: string }; groups: string[] } | null;
  approximation_note: { nl: string; en: string } | null;
  conventions: Record<string, string>;
  data: { source: string; licence: string };
  columns: Record<string, string>;
}

export const COLUMN_DOCS: Record<string, string> = {
  D: 'Dissimilarity (Duncan & Duncan 1955), focal group vs rest',
  xPx: 'Isolation (Massey & Denton 1988)',
  xPy: 'Exposure of the focal group to the rest',
  H: 'Theil information index (two groups, natural log)',
  Gini: 'Gini segregation index',
  V: 'Correlation ratio (eta²)',
  A: 'Atkinson index (b = 0.5)',
  Dadj_rook: 'Morrill D(adj), rook contiguity',
  Dadj_queen: 'Morrill D(adj), queen contiguity',
  Dw: 'Wong D(w), shared-boundary-length weights',
  Ds: 'Wong D(s), boundary length and perimeter/area',
  SP: "White's spatial proximity (exp(-d), d in km)",
  M_multigroup: 'Mutual information M (natural log)',
  H_multigroup: 'Theil H = M / E',
  D_multigroup: 'Multigroup D (Reardon & Firebaugh 2002)',
  D_ci_lower: 'Bootstrap 2.5% percentile of D',
  D_ci_upper: 'Bootstrap 97.5% percentile of D',
  expected_D: 'Expected D under random allocation (small-unit bias)',
  D_excess: 'D − expected D',
  D_carrington_troske: '(D − E[D]) / (1 − E[D]) (Carrington & Troske 1997)',
};

export function exportMetadata(result: IndicesResult, extra: { tool: string; dataSource: string }): ExportMetadata {
  const conventions = { ...(result.records[0]?.conventions ?? {}) };
  if (result.contiguity) conventions.contiguity_batch = result.contiguity;
  return {
    tool: extra.tool,
    generated_by: 'Segregatieverkenner (see docs/methods.md)',
    request: { ...result.request },
    group_definition: { id: result.definition.id, label: result.definition.label, groups: result.definition.groups.map((g) => g.id) },
    approximation_note: result.note,
    conventions,
    data: { source: extra.dataSource, licence: 'CBS/Kadaster, CC BY 4.0' },
    columns: COLUMN_DOCS,
  };
}

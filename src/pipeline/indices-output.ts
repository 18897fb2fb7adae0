/**
 * Flat rows and metadata for exporting index results (CSV / JSON), identical for the CLI and the app's download.
 * Rules for the numbers of a row:
 * - every number is finite, or the cell is empty (null) and the column is named in `not_computable` with why:
 *   the engine's reason for an index that is not computable (one usable unit, an empty group, no boundaries …),
 *   "switched off" for intervals and expectations that were not asked for, and "not finite in floating point"
 *   for a value the engine returned as NaN or ±Infinity (e.g. counts near 1e300);
 * - `not_computable` lists the blank columns grouped by reason: `D, H: fewer than 2 usable units (1) | Dw: …`
 *   (empty when every cell has a number); the engine's "not computable: " prefix is left out;
 * - buurt records add `excluded_negative_remainder` (units excluded because a derived count fell below zero), and
 *   with `expectedNextToD` the expected D and its corrections follow D directly (buurten are small: D is read
 *   against its value under random allocation).
 */
import { recordToRow } from '../engine/batch';
import type { IndexValue } from '../engine/result';
import { BUURT_NOT_COMPUTED } from './indices-buurt';
import type { IndicesRecord, IndicesResult } from './indices';

type Cell = string | number | null;

export interface IndicesRowMeta {
  year: number | null;
  contiguity: string | null;
  /** Replicates asked for; 0 = switched off (gives the reason of blank interval / expected-D cells). */
  bootstrapReplicates?: number;
  randomReplicates?: number;
  /** Put expected_D, D_excess and D_carrington_troske right after D (buurt output). */
  expectedNextToD?: boolean;
}

const EXPECTED_COLUMNS = ['expected_D', 'D_excess', 'D_carrington_troske'] as const;

/** `row` with the expected-D columns moved right after D. */
function expectedAfterD(row: Record<string, Cell>): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(row)) {
    if ((EXPECTED_COLUMNS as readonly string[]).includes(k)) continue;
    out[k] = v;
    if (k === 'D') for (const e of EXPECTED_COLUMNS) out[e] = row[e] ?? null;
  }
  return out;
}

/** The reason given for a number that is NaN or ±Infinity. */
export const NOT_FINITE = 'not finite in floating point (counts too large or too small)';

const strip = (reason: string) => reason.replace(/^not computable:\s*/, '');
const reasonOf = (v: IndexValue | undefined, fallback: string): string => (v && !v.ok ? strip(v.reason) : fallback);

/** One flat row per record; see the rules at the top. */
export function indicesRow(r: IndicesRecord, meta: IndicesRowMeta): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(recordToRow(r))) {
    if (k === 'Dadj') out[meta.contiguity === 'queen' ? 'Dadj_queen' : 'Dadj_rook'] = v;
    else out[k] = v;
  }
  if (!('Dadj_queen' in out)) out.Dadj_queen = r.DadjQueen.ok ? r.DadjQueen.value : null;
  if (r.negativeRemainders !== undefined) out.excluded_negative_remainder = r.negativeRemainders;
  out.data_year = meta.year;
  const reasons = blankReasons(r, meta);
  const blanks = new Map<string, string[]>();
  for (const [k, v] of Object.entries(out)) {
    if (typeof v === 'number' && Number.isFinite(v)) continue;
    if (typeof v === 'string' || (v !== null && typeof v !== 'number')) continue;
    out[k] = null;
    const why = typeof v === 'number' ? NOT_FINITE : (reasons(k) ?? 'not computed');
    blanks.set(why, [...(blanks.get(why) ?? []), k]);
  }
  out.not_computable = [...blanks].map(([why, cols]) => `${cols.join(', ')}: ${why}`).join(' | ');
  return meta.expectedNextToD ? expectedAfterD(out) : out;
}

/** Why column `k` of record `r` is empty (null), for the columns recordToRow / indicesRow can leave empty. */
function blankReasons(r: IndicesRecord, meta: IndicesRowMeta): (k: string) => string | undefined {
  const dm = r.multigroup.D;
  const interval = (reps: number | undefined, what: string, degenerate: string) =>
    !dm.ok
      ? strip(dm.reason)
      : reps === 0
        ? `${what} switched off (0 replicates)`
        : reps === undefined
          ? `${what} switched off or ${degenerate}`
          : degenerate;
  const ci = () => interval(meta.bootstrapReplicates, 'bootstrap', 'no bootstrap replicate had two non-empty groups');
  const expected = () => interval(meta.randomReplicates, 'random allocation', 'no random-allocation replicate had two non-empty groups');
  const twoGroup = r.twoGroup as Record<string, IndexValue>;
  const multigroup = r.multigroup as Record<string, IndexValue>;
  return (k) => {
    if (k in twoGroup) return reasonOf(twoGroup[k], NOT_FINITE);
    if (k === 'Dadj_rook' || (k === 'Dadj_queen' && meta.contiguity === 'queen')) return reasonOf(r.twoGroup.Dadj, NOT_FINITE);
    if (k === 'Dadj_queen') return reasonOf(r.DadjQueen, NOT_FINITE);
    if (k.endsWith('_multigroup')) return reasonOf(multigroup[k.slice(0, -'_multigroup'.length)], NOT_FINITE);
    if (/^[DHM]_ci_(lower|upper)$/.test(k)) return r.ci ? NOT_FINITE : ci();
    if (k === 'expected_D') return r.expected ? NOT_FINITE : expected();
    if (k === 'D_excess' || k === 'D_carrington_troske') return r.expected ? reasonOf(dm, NOT_FINITE) : expected();
    if (k === 'data_year') return meta.year === null ? 'own counts have no data year' : undefined;
    return undefined;
  };
}

export interface ExportMetadata {
  tool: string;
  generated_by: string;
  request: Record<string, unknown>;
  group_definition: { id: string; label: { nl: string; en: string }; groups: string[] } | null;
  approximation_note: { nl: string; en: string } | null;
  conventions: Record<string, string>;
  /** Columns that are blank in every row by design, and why (buurt runs: the spatial indices). */
  not_computed?: Readonly<Record<string, string>>;
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
  not_computable: 'Empty cells of the row and why, grouped by reason: "D, H: fewer than 2 usable units (1) | Dw: …"',
};

/** Column meanings of buurt output: those of COLUMN_DOCS plus the negative-remainder exclusions. */
const BUURT_COLUMN_DOCS: Record<string, string> = {
  ...COLUMN_DOCS,
  expected_D: 'Expected D under random allocation (small-unit bias; buurten are small and their counts rounded to 5)',
  excluded_negative_remainder:
    'Units excluded because a derived count (e.g. 15–64 = population − 0–14 − 65+) fell below zero after rounding',
};

export function exportMetadata(result: IndicesResult, extra: { tool: string; dataSource: string }): ExportMetadata {
  const conventions = { ...(result.records[0]?.conventions ?? {}) };
  if (result.contiguity) conventions.contiguity_batch = result.contiguity;
  const buurt = result.request.level === 'buurt';
  return {
    tool: extra.tool,
    generated_by: 'Segregatieverkenner (see docs/methods.md)',
    request: { ...result.request },
    group_definition: { id: result.definition.id, label: result.definition.label, groups: result.definition.groups.map((g) => g.id) },
    approximation_note: result.note,
    conventions,
    ...(buurt ? { not_computed: BUURT_NOT_COMPUTED } : {}),
    data: { source: extra.dataSource, licence: 'CBS/Kadaster, CC BY 4.0' },
    columns: buurt ? BUURT_COLUMN_DOCS : COLUMN_DOCS,
  };
}

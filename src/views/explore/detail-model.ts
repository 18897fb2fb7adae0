/**
 * Detail panel model: for one area, per variable its value, its gemeente's value and the national reference in the
 * chosen year, plus the series across the available years. Pure; inputs are plain rows (one per unit and year).
 *
 * National reference (nationalReference), over the units (gemeenten) of one year that have data:
 * - count: the sum;
 * - share: the denominator-weighted mean, Σ share·denominator / Σ denominator (e.g. population for age shares,
 *   dwellings for tenure shares) — the share of the whole country, not the mean of gemeente percentages;
 * - mean / index: weighted by the given denominator in the same way (see MEAN_WEIGHTS for the defaults);
 * - density (per km²): Σ population / Σ area, with area = population / density;
 * - without a denominator: the unweighted mean.
 * Units missing the value or the denominator take no part (numerator and denominator alike).
 */
import type { VariableDef } from '../../data/variables';

export type StatRow = { readonly year: number } & { readonly [column: string]: unknown };

export interface SeriesPoint {
  year: number;
  value: number;
}

export interface DetailRow {
  id: string;
  label: VariableDef['label'];
  unit: VariableDef['unit'];
  kind: VariableDef['kind'];
  /** Values in the chosen year (null = no data). */
  value: number | null;
  gemeenteValue: number | null;
  nationalValue: number | null;
  /** Finite values by year, ascending. */
  trend: SeriesPoint[];
  gemeenteTrend: SeriesPoint[];
  nationalTrend: SeriesPoint[];
}

export type NationalByYear = ReadonlyMap<number, Readonly<Record<string, number | null>>>;

export interface DetailInputs {
  variables: readonly VariableDef[];
  year: number;
  /** The selected area, one row per year. */
  unitRows: readonly StatRow[];
  /** Its gemeente, one row per year (omit when the area is a gemeente). */
  gemeenteRows?: readonly StatRow[];
  /** National reference values per year (see nationalByYear). */
  national?: NationalByYear;
  /** Also list variables the area has no value for in any year (default false). */
  includeEmpty?: boolean;
}

/** Weights for mean-type variables that have no denominator in the catalogue. */
export const MEAN_WEIGHTS: Readonly<Record<string, string>> = {
  mean_household_size: 'households',
  mean_woz_keur: 'dwellings',
  mean_income_per_inhabitant_keur: 'population',
  // Income recipients are not in the data; inhabitants are the closest available weight.
  mean_income_per_recipient_keur: 'population',
};

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The weight column for a variable's national reference, or null (sum for counts, unweighted otherwise). */
export function referenceDenominator(v: Pick<VariableDef, 'id' | 'kind' | 'denominator'>): string | null {
  if (v.kind === 'count') return null;
  return v.denominator ?? MEAN_WEIGHTS[v.id] ?? (v.kind === 'density' ? 'population' : null);
}

/** National reference of one variable over the rows of one year (see the module comment). */
export function nationalReference(
  rows: readonly Readonly<Record<string, unknown>>[],
  variable: Pick<VariableDef, 'id' | 'kind'>,
  denominator?: string | null,
): number | null {
  const id = variable.id;
  if (variable.kind === 'count') {
    let sum = 0;
    let n = 0;
    for (const r of rows) {
      const v = num(r[id]);
      if (v !== null) {
        sum += v;
        n++;
      }
    }
    return n ? sum : null;
  }
  if (denominator) {
    let top = 0;
    let bottom = 0;
    for (const r of rows) {
      const v = num(r[id]);
      const w = num(r[denominator]);
      if (v === null || w === null || w <= 0) continue;
      if (variable.kind === 'density') {
        if (v <= 0) continue;
        top += w;
        bottom += w / v;
      } else {
        top += v * w;
        bottom += w;
      }
    }
    return bottom > 0 ? top / bottom : null;
  }
  let sum = 0;
  let n = 0;
  for (const r of rows) {
    const v = num(r[id]);
    if (v !== null) {
      sum += v;
      n++;
    }
  }
  return n ? sum / n : null;
}

/** National reference of every variable for every year present in `rows` (e.g. all gemeente rows). */
export function nationalByYear(rows: readonly StatRow[], variables: readonly VariableDef[]): Map<number, Record<string, number | null>> {
  const byYear = new Map<number, StatRow[]>();
  for (const r of rows) {
    const list = byYear.get(r.year);
    if (list) list.push(r);
    else byYear.set(r.year, [r]);
  }
  const out = new Map<number, Record<string, number | null>>();
  for (const [year, list] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const rec: Record<string, number | null> = {};
    for (const v of variables) rec[v.id] = nationalReference(list, v, referenceDenominator(v));
    out.set(year, rec);
  }
  return out;
}

function series(rows: readonly StatRow[] | undefined, id: string): SeriesPoint[] {
  if (!rows) return [];
  const pts: SeriesPoint[] = [];
  for (const r of rows) {
    const v = num(r[id]);
    if (v !== null) pts.push({ year: r.year, value: v });
  }
  return pts.sort((a, b) => a.year - b.year);
}

const atYear = (s: readonly SeriesPoint[], year: number): number | null => s.find((p) => p.year === year)?.value ?? null;

/** One row per variable, in catalogue order. */
export function buildDetailRows(input: DetailInputs): DetailRow[] {
  const out: DetailRow[] = [];
  const nationalYears = input.national ? [...input.national.keys()].sort((a, b) => a - b) : [];
  for (const v of input.variables) {
    const trend = series(input.unitRows, v.id);
    if (trend.length === 0 && !input.includeEmpty) continue;
    const gemeenteTrend = series(input.gemeenteRows, v.id);
    const nationalTrend: SeriesPoint[] = [];
    for (const y of nationalYears) {
      const value = num(input.national!.get(y)?.[v.id]);
      if (value !== null) nationalTrend.push({ year: y, value });
    }
    out.push({
      id: v.id,
      label: v.label,
      unit: v.unit,
      kind: v.kind,
      value: atYear(trend, input.year),
      gemeenteValue: atYear(gemeenteTrend, input.year),
      nationalValue: atYear(nationalTrend, input.year),
      trend,
      gemeenteTrend,
      nationalTrend,
    });
  }
  return out;
}

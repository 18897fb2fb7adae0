/**
 * The baseline of a scenario from CBS rows: the units of the spec's gemeente at its level and year, their
 * residents by group (the group definition's counts, groups.ts), dwellings and the owner-occupied share, and the
 * gemeente's social-rent share of its rented dwellings. What the rows lack is refused with the reason, never
 * filled in: no tenure → no scenario; no dwelling count (buurt 2024) → households stand in for dwellings, and the
 * result says so; no social-rent share → levers on social rent are refused (run.ts). Pure.
 */
import { groupCounts, groupDefinitionFor, variablesOf } from '../engine/groups';
import { issue, type BaselineInput, type Checked, type ScenarioSpec } from '../engine/scenario';

/** The fields of a statistics row this pipeline reads (StatsRepository.rows returns these and more). */
export interface ScenarioRow {
  code: string;
  name: string;
  gemeente_code?: string | null;
  gemeente_name?: string | null;
  [variable: string]: number | string | null | undefined;
}

export interface ScenarioData {
  /** Rows of the spec's level and year (any gemeenten: only the spec's gemeente is used). */
  rows: readonly ScenarioRow[];
  /** The gemeente's own row in the spec's year (gemeente level), for the social-rent share; null when absent. */
  gemeenteRow: ScenarioRow | null;
}

const TENURE_VARIABLES = ['dwellings', 'households', 'share_owner_occupied'];
const GEMEENTE_VARIABLES = ['share_social_rent', 'share_rented'];

/** Variables to load: per unit (level rows) and for the gemeente row. */
export function scenarioVariables(spec: ScenarioSpec): { units: string[]; gemeente: string[] } {
  const def = groupDefinitionFor(spec.group, spec.level);
  const group = def ? variablesOf(def) : [];
  return { units: [...new Set([...group, ...TENURE_VARIABLES])], gemeente: GEMEENTE_VARIABLES };
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** share_social_rent / share_rented of the gemeente (0–1), or null. */
function socialOfRented(row: ScenarioRow | null): number | null {
  const social = num(row?.share_social_rent),
    rented = num(row?.share_rented);
  return social !== null && rented !== null && rented > 0 ? Math.min(1, social / rented) : null;
}

function refusal(code: 'no_units' | 'no_data', en: string, nl: string): Checked<BaselineInput> {
  return { ok: false, errors: [issue(code, '', en, nl)] };
}

export function scenarioBaselineInput(spec: ScenarioSpec, data: ScenarioData): Checked<BaselineInput> {
  const def = groupDefinitionFor(spec.group, spec.level);
  if (!def)
    return refusal(
      'no_data',
      `no group definition ${spec.group} at ${spec.level} level`,
      `geen groepsindeling ${spec.group} op ${spec.level}niveau`,
    );
  const rows = data.rows.filter((r) => r.gemeente_code === spec.gemeente);
  const where = {
    en: `${spec.level} rows of ${spec.gemeente} in ${spec.year}`,
    nl: `${spec.level}rijen van ${spec.gemeente} in ${spec.year}`,
  };
  if (rows.length === 0) return refusal('no_units', `no ${where.en} in the data`, `geen ${where.nl} in de gegevens`);
  const has = (v: string) => rows.some((r) => num(r[v]) !== null);
  const dwellingsFrom = has('dwellings') ? 'dwellings' : has('households') ? 'households' : null;
  if (!has('share_owner_occupied') || dwellingsFrom === null)
    return refusal(
      'no_data',
      `the ${where.en} have no ${dwellingsFrom === null ? 'dwellings (nor households)' : 'owner-occupied share'}: without tenure no lever can be computed`,
      `de ${where.nl} hebben geen ${dwellingsFrom === null ? 'woningen (en geen huishoudens)' : 'aandeel koopwoningen'}: zonder eigendomsverhouding is geen maatregel door te rekenen`,
    );
  const vars = variablesOf(def);
  const missing = vars.filter((v) => !has(v));
  if (missing.length > 0)
    return refusal(
      'no_data',
      `the ${where.en} have no ${missing.join(', ')}: group ${def.id} cannot be counted`,
      `de ${where.nl} hebben geen ${missing.join(', ')}: groep ${def.id} is niet te tellen`,
    );
  const gc = groupCounts(
    def,
    rows.map((r) => ({ code: r.code, values: Object.fromEntries(vars.map((v) => [v, num(r[v])])) })),
  );
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const input: BaselineInput = {
    gemeente: { code: spec.gemeente, name: String(rows[0].gemeente_name ?? data.gemeenteRow?.name ?? spec.gemeente) },
    level: spec.level,
    year: spec.year,
    dwellingsFrom,
    group: {
      id: def.id,
      label: def.label,
      groups: def.groups.map((g) => ({ id: g.id, label: g.label })),
      note: gc.approximate || def.note ? gc.note : null,
    },
    units: gc.units.map((code, i) => {
      const r = byCode.get(code)!;
      return {
        code,
        name: String(r.name ?? code),
        dwellings: num(r[dwellingsFrom]),
        ownerPct: num(r.share_owner_occupied),
        counts: gc.counts.map((c) => c[i]),
      };
    }),
    socialOfRented: socialOfRented(data.gemeenteRow),
    excluded: gc.excluded.map((e) => ({ code: e.code, reason: e.reason })),
  };
  return { ok: true, value: input, warnings: [] };
}

/**
 * Shapes of a scenario result. The zones reuse the waterbed's vocabulary (target, ring1, rest; engine/waterbed
 * types.ts); 'gemeente' is the whole gemeente (the waterbed's region at this scale) and flows to and from outside
 * the gemeente are reported separately. Residents are persons by group, in the order of the group definition.
 */
import type { IndexValue } from '../result';
import type { Bilingual, Ring } from '../waterbed/types';
import type { AssociationReport } from './association';
import type { ScenarioIssue } from './issues';
import type { Ledger } from './ledger';
import type { LeverKind, RelocationRule, ScenarioLevel, ScenarioSpec, SimpleRule, Tenure } from './spec';

export type ScenarioZone = Exclude<Ring, 'ring2'>;
export type ZoneRow = ScenarioZone | 'gemeente';
export const ZONE_ROWS: readonly ZoneRow[] = ['target', 'ring1', 'rest', 'gemeente'];

/** Two-group indices of the focal group against the rest, and the multigroup M, H and D over all groups. */
export const SCENARIO_INDICES = ['D', 'H', 'xPx', 'xPy', 'M', 'Hm', 'Dm'] as const;
export type ScenarioIndexId = (typeof SCENARIO_INDICES)[number];
export type ScenarioIndices = Record<ScenarioIndexId, IndexValue>;

export interface IndexChange {
  index: ScenarioIndexId;
  before: number | null;
  after: number | null;
  change: number | null;
  /** Why a number is missing. */
  reason: string | null;
}

export type TenureCounts = Record<Tenure, number>;

export interface UnitOutcome {
  code: string;
  name: string;
  zone: ScenarioZone;
  tenureKnown: boolean;
  /** Dwellings by tenure (null when the unit's tenure is not known). */
  dwellingsBefore: TenureCounts | null;
  dwellingsAfter: TenureCounts | null;
  residentsBefore: number[];
  residentsAfter: number[];
  /** Share of each group among the unit's residents, percent; null without residents. */
  sharePctBefore: number[] | null;
  sharePctAfter: number[] | null;
  /** after − before, percentage points. */
  changePp: number[] | null;
}

export interface ZoneOutcome {
  zone: ZoneRow;
  label: Bilingual;
  units: number;
  dwellingsBefore: number;
  dwellingsAfter: number;
  residentsBefore: number[];
  residentsAfter: number[];
  sharePctBefore: number[] | null;
  sharePctAfter: number[] | null;
  changePp: number[] | null;
}

export interface SolverReport {
  measure: 'rented' | 'owner' | 'group';
  bound: 'atMost' | 'atLeast';
  targetPct: number;
  beforePct: number;
  /** The unit's value after its own conversions (relocations from other levers may still shift a group share). */
  afterPct: number;
  conversions: number;
  alreadyMet: boolean;
}

export interface LeverUnitReport {
  code: string;
  name: string;
  /** Dwellings converted or demolished. */
  dwellings: number;
  built: number;
  /** Residents an allocation rule kept out (persons of the ruled group). */
  redirected: number;
  /** Conversions: the years of normal turnover they take; allocation: the years the rule runs; else null. */
  yearsOfTurnover: number | null;
  solver: SolverReport | null;
}

export interface LeverReport {
  index: number;
  kind: LeverKind;
  units: LeverUnitReport[];
  text: Bilingual;
}

export interface RuleOutcome {
  key: SimpleRule | 'mix';
  rule: RelocationRule;
  label: Bilingual;
  /** The rule of the spec's assumptions. */
  chosen: boolean;
  after: ScenarioIndices;
  indices: IndexChange[];
  units: UnitOutcome[];
  zones: ZoneOutcome[];
  ledger: Ledger;
  levers: LeverReport[];
}

export type AssumptionId = 'residents' | 'newcomers' | 'tenureAssociation' | 'relocation' | 'turnoverPctPerYear';

export interface AssumptionReport {
  id: AssumptionId;
  /** The value in the spec (JSON). */
  value: unknown;
  isDefault: boolean;
  text: Bilingual;
}

export type ApproximationCode =
  | 'scenario_not_forecast'
  | 'dwellings_from_households'
  | 'ring_definition'
  | 'group_estimate'
  | 'persons_not_households'
  | 'rented_includes_unknown'
  | 'residents_per_dwelling'
  | 'composition_by_tenure'
  | 'social_share'
  | 'middenhuur_assumed'
  | 'turnover'
  | 'first_round';

export interface Approximation {
  code: ApproximationCode;
  /** Indices of the levers that need it (empty: the whole scenario). */
  levers: number[];
  text: Bilingual;
}

export interface ScenarioResult {
  version: 1;
  /** "Scenario under stated assumptions, not a forecast". */
  label: Bilingual;
  spec: ScenarioSpec;
  gemeente: { code: string; name: string };
  level: ScenarioLevel;
  year: number;
  group: { id: string; label: Bilingual; groups: { id: string; label: Bilingual }[]; focal: number; counts: 'persons' };
  /** Units in the indices; units left out with the reason. */
  units: number;
  excluded: { code: string; reason: string }[];
  baseline: { indices: ScenarioIndices; residents: number[]; dwellings: number };
  /** The scenario under each relocation rule (ring, rest, outside and the spec's mix, if any). */
  rules: RuleOutcome[];
  /** Index in `rules` of the spec's rule. */
  chosen: number;
  association: AssociationReport;
  assumptions: AssumptionReport[];
  approximations: Approximation[];
  sentence: Bilingual;
  warnings: ScenarioIssue[];
}

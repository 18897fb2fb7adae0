/**
 * The what-if scenario as JSON (version 1): one gemeente, one level and year, one group definition, a list of
 * levers and the assumptions under which households move. The same JSON is read by the CLI (`--spec`), exported
 * by the app and kept in its URL. Every share in a spec is a percentage (0–100). See docs/methods.md
 * "What-if scenarios" for the model; parse.ts for the checks.
 */

export const SCENARIO_VERSION = 1 as const;

export type ScenarioLevel = 'wijk' | 'buurt';

/**
 * Tenures of the model. `rented` is every rented dwelling the data know of (social and private rent together,
 * and, at wijk level, dwellings of unknown ownership); `middenhuur` holds only the dwellings a lever turns into
 * middenhuur, because the data have no middenhuur stock of their own.
 */
export const TENURES = ['owner', 'rented', 'middenhuur'] as const;
export type Tenure = (typeof TENURES)[number];

/** Where a lever takes dwellings from; `social` is the estimated social-rent part of `rented`. */
export const SOURCE_TENURES = ['owner', 'rented', 'social'] as const;
export type SourceTenure = (typeof SOURCE_TENURES)[number];

/** The tenure a source tenure belongs to (`social` is part of `rented`). */
export const stockTenure = (s: SourceTenure): Tenure => (s === 'social' ? 'rented' : s);

/** A composition given by the user: one percentage per group of the definition, in its order, adding up to 100. */
export interface PctComposition {
  pct: number[];
}

/** Residents of the affected dwellings: the unit's own (estimated) composition for that tenure, or a given one. */
export type ResidentChoice = 'unit' | PctComposition;

/** Newcomers in new or converted dwellings: the gemeente's composition for the tenure, the unit's, or a given one. */
export type NewcomerChoice = 'gemeente' | 'unit' | PctComposition;

/**
 * How group membership and tenure go together inside a unit (the data give unit totals only):
 * - ecological: estimated across the gemeente's units by a weighted regression of group shares on the rented share;
 * - independent: no association (every tenure has the unit's composition);
 * - oddsRatio: two-group definitions, the odds of being in the focal group for renters over those for owners;
 * - rentedWeights: any definition, a relative propensity to rent per group (their ratios are odds ratios).
 */
export type TenureAssociation = 'ecological' | 'independent' | { oddsRatio: number } | { rentedWeights: number[] };

export interface RelocationMix {
  ringPct: number;
  restPct: number;
  outsidePct: number;
}

/** Where displaced or redirected households go. */
export type RelocationRule = 'ring' | 'rest' | 'outside' | RelocationMix;
export const SIMPLE_RULES = ['ring', 'rest', 'outside'] as const;
export type SimpleRule = (typeof SIMPLE_RULES)[number];

export interface ScenarioAssumptions {
  residents: ResidentChoice;
  newcomers: NewcomerChoice;
  tenureAssociation: TenureAssociation;
  relocation: RelocationRule;
  /** Share of the dwellings of a tenure that become available in a year, percent. */
  turnoverPctPerYear: number;
}

export const DEFAULT_ASSUMPTIONS: Readonly<ScenarioAssumptions> = {
  residents: 'unit',
  newcomers: 'gemeente',
  tenureAssociation: 'ecological',
  relocation: 'ring',
  turnoverPctPerYear: 8,
};

interface LeverBase {
  /** Unit codes (WK… / BU…) of the gemeente; the lever acts on each of them. */
  units: string[];
}

/** Convert `dwellings` dwellings in each unit from one tenure to another. */
export interface ConvertLever extends LeverBase {
  kind: 'convert';
  dwellings: number;
  from: SourceTenure;
  to: Tenure;
  newcomers?: NewcomerChoice;
}

/** Demolish `demolish` dwellings of one tenure and build `build` of another in each unit (sloop-nieuwbouw). */
export interface DemolishBuildLever extends LeverBase {
  kind: 'demolish-build';
  demolish: number;
  demolishTenure: SourceTenure;
  build: number;
  buildTenure: Tenure;
  newcomers?: NewcomerChoice;
}

/**
 * Reach a mix in each unit by conversions: the share of rented (rented + middenhuur) or owner-occupied dwellings,
 * or the share of the focal group among the residents, at most or at least `…Pct`. The solver computes the number
 * of conversions from `from` to `to` (defaults follow the direction) or refuses with the reason.
 */
export interface TargetMixLever extends LeverBase {
  kind: 'target-mix';
  measure: 'rented' | 'owner' | 'group';
  atMostPct?: number;
  atLeastPct?: number;
  from?: SourceTenure;
  to?: Tenure;
  newcomers?: NewcomerChoice;
}

/**
 * Allocation rule (the Rotterdamwet pattern): of the dwellings of `tenure` that become available in each unit over
 * `years`, a share (`sharePct`) or a number per year (`perYear`) may not go to `group` (default: the focal group).
 */
export interface AllocationLever extends LeverBase {
  kind: 'allocation';
  tenure: 'rented' | 'owner' | 'all';
  group?: string;
  sharePct?: number;
  perYear?: number;
  years: number;
  /** Overrides the scenario's turnover for this lever, percent per year. */
  turnoverPctPerYear?: number;
}

export type Lever = ConvertLever | DemolishBuildLever | TargetMixLever | AllocationLever;
export const LEVER_KINDS = ['convert', 'demolish-build', 'target-mix', 'allocation'] as const;
export type LeverKind = Lever['kind'];

export interface ScenarioSpec {
  version: typeof SCENARIO_VERSION;
  title?: string;
  gemeente: string;
  level: ScenarioLevel;
  year: number;
  /** Group definition id (src/engine/groups.ts), counting persons. */
  group: string;
  /** Focal group id of the definition for the two-group indices (default: its first group). */
  focal?: string;
  levers: Lever[];
  assumptions: ScenarioAssumptions;
}

/** The JSON a user writes: assumptions may be left out in part or whole. */
export type ScenarioSpecInput = Omit<ScenarioSpec, 'assumptions'> & { assumptions?: Partial<ScenarioAssumptions> };

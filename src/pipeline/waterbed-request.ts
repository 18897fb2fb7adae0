/**
 * The waterbed comparison's request, result shapes and request validation (pure). The pipeline itself is in
 * waterbed.ts, robustness (consistency, uncertainty) in waterbed-robustness.ts, the flat table in waterbed-table.ts.
 */
import type { Topology } from 'topojson-specification';
import type { CatalogVariable } from '../data/catalog';
import type { Adjacency, Contiguity } from '../engine/types';
import { DEFAULT_THRESHOLD } from '../engine/waterbed';
import type {
  Bilingual,
  ChangeMetric,
  ConsistencyMark,
  CrosswalkWeighting,
  GrowthYardstick,
  IndicatorSpec,
  Ring,
  RingComparison,
  Trajectory,
  UnitComparison,
  WaterbedWarning,
} from '../engine/waterbed';
import { WEIGHTING_CHOICES, type AncillaryInfo, type CrosswalkCache, type LayerYears, type WeightingChoice } from './crosswalks';
import type { RingUncertainty, UnitUncertainty } from './waterbed-robustness';

export type WaterbedLevel = 'gemeente' | 'wijk' | 'buurt';

/** The fields of a statistics row this pipeline reads (StatsRepository.rows returns these and more). */
export interface WaterbedRow {
  code: string;
  name: string;
  gemeente_code?: string | null;
  province_code?: string | null;
  province_name?: string | null;
  [variable: string]: number | string | null | undefined;
}

export interface WaterbedRequest {
  level: WaterbedLevel;
  /** Codes of the target units in the `to` layer (GM… for gemeenten, WK… for wijken). */
  targets: readonly string[];
  indicator: string;
  from: number;
  to: number;
  /** Default 'queen'. */
  contiguity?: Contiguity;
  /** Add ring 2 (neighbours of ring 1). Default false. */
  ring2?: boolean;
  /** Flag threshold in the change metric's unit (pp for shares, pp of growth otherwise). Default 2. */
  threshold?: number;
  /** Benchmark region. Default 'province' for wijken, 'nl' for gemeenten (none at buurt level: see runWaterbed). */
  region?: 'province' | 'nl';
  /**
   * Crosswalk weighting (docs/methods.md "Crosswalk weights"). Default 'auto': dasymetric where a finer layer with
   * population exists (wijken for gemeenten), else ipf (two margins). 'density' is the earlier default (area ×
   * to-year density; 'population' is accepted as its old name), 'area' the plain area share.
   */
  weighting?: WeightingChoice | 'population';
  /** Compute trajectories over every year with data. Default true. */
  trajectories?: boolean;
}

export interface WaterbedInput {
  /**
   * Rows per year for the request's level, with the indicator, its denominator/weight and `population` (used for
   * the population-weighted crosswalk) among the variables.
   */
  rows: Readonly<Record<number, readonly WaterbedRow[]>>;
  /** Boundary layers per year for the request's level (object `units`, properties code/name[/gemeente_code]). */
  topologies: Readonly<Record<number, Topology>>;
  /** The variable catalogue (data/variables.json `variables`). */
  variables: readonly CatalogVariable[];
  /**
   * The finer level's rows (with `population` and `gemeente_code`) and boundaries per year, for dasymetric
   * crosswalks of gemeente comparisons (wijken). Optional: without it gemeente crosswalks use ipf.
   */
  finer?: LayerYears | null;
  /** Crosswalks and adjacencies to reuse between calls (keyed by level/years; assumes the same layers each call). */
  cache?: WaterbedCache;
}

export interface WaterbedCache {
  crosswalks: CrosswalkCache;
  adjacency: Map<string, Adjacency>;
}

export function createWaterbedCache(): WaterbedCache {
  return { crosswalks: new Map(), adjacency: new Map() };
}

export interface WaterbedRingRow extends RingComparison {
  label: Bilingual;
  /** Part of the ring's from-year amount that came from other codes (areal interpolation), 0–1. */
  reallocatedShare: number | null;
  /** Ranges between crosswalk weightings and the rounding band (pipeline/waterbed-robustness.ts). */
  uncertainty: RingUncertainty;
}

export interface WaterbedUnitRow extends UnitComparison {
  code: string;
  name: string;
  gemeenteCode: string | null;
  ring: Ring;
  /** Part of the unit's from-year amount that came from other codes, 0–1 (0 for unchanged units). */
  reallocatedShare: number | null;
  /** From-year codes that contributed, largest share first. */
  sourceCodes: string[];
  identical: boolean;
  /** Known in both years, so part of the ring values. */
  included: boolean;
  /** Range of the DiD between weightings, rounding band, and whether the flag holds over both. */
  uncertainty: UnitUncertainty | null;
  /** Consistency of the crosswalk for this unit (null: unchanged unit or population unknown). */
  consistency: ConsistencyMark | null;
}

export interface WaterbedWeighting {
  /** The weighting asked for (after the 'population' alias) and the one used for the from-year. */
  requested: WeightingChoice;
  used: CrosswalkWeighting;
  /** The weightings whose spread is shown as the uncertainty range. */
  compared: CrosswalkWeighting[];
  /** The finer layer of a dasymetric crosswalk. */
  ancillary: AncillaryInfo | null;
  /** Growth of unchanged units between the two layers (the consistency band). */
  yardstick: GrowthYardstick;
  /** Rounding step inferred from the published values of each year. */
  roundingStep: { from: number | null; to: number | null };
}

export interface WaterbedResult {
  request: Required<Omit<WaterbedRequest, 'weighting'>> & { weighting: WeightingChoice };
  weighting: WaterbedWeighting;
  indicator: IndicatorSpec & { metric: ChangeMetric };
  rings: WaterbedRingRow[];
  units: WaterbedUnitRow[];
  trajectories: Trajectory[];
  summary: Bilingual;
  warnings: WaterbedWarning[];
  /** Per harmonised year: how many to-units were unchanged / interpolated. */
  harmonisation: { year: number; identical: number; interpolated: number; unmatched: string[]; weighting: CrosswalkWeighting }[];
  timings: { crosswalkMs: number; adjacencyMs: number; compareMs: number };
}

export class WaterbedError extends Error {
  constructor(
    readonly code: string,
    readonly messages: Bilingual,
  ) {
    super(messages.en);
    this.name = 'WaterbedError';
  }
}

export const fail = (code: string, en: string, nl: string): never => {
  throw new WaterbedError(code, { nl, en });
};

const CODE_PATTERN: Record<WaterbedLevel, RegExp> = { gemeente: /^GM\d{4}$/, wijk: /^WK[0-9A-Z]{6}$/, buurt: /^BU[0-9A-Z]{8}$/ };
const CODE_HINT: Record<WaterbedLevel, string> = { gemeente: 'GM + 4 digits', wijk: 'WK + 6 characters', buurt: 'BU + 8 characters' };
export type NormalisedRequest = WaterbedResult['request'];

export function normalise(req: WaterbedRequest): NormalisedRequest {
  if (!(['gemeente', 'wijk', 'buurt'] as const).includes(req.level))
    fail(
      'level',
      `level must be "gemeente", "wijk" or "buurt" (got "${req.level}")`,
      `niveau moet "gemeente", "wijk" of "buurt" zijn (niet "${req.level}")`,
    );
  if (!Number.isInteger(req.from) || !Number.isInteger(req.to))
    fail('years', `from and to must be years (got ${req.from}, ${req.to})`, `van en tot moeten jaartallen zijn (${req.from}, ${req.to})`);
  if (req.from >= req.to)
    fail(
      'years',
      `from (${req.from}) must be before to (${req.to})`,
      `het beginjaar (${req.from}) moet vóór het eindjaar (${req.to}) liggen`,
    );
  const contiguity = req.contiguity ?? 'queen';
  if (contiguity !== 'queen' && contiguity !== 'rook')
    fail(
      'contiguity',
      `contiguity must be "queen" or "rook" (got "${contiguity}")`,
      `aangrenzing moet "queen" of "rook" zijn (niet "${contiguity}")`,
    );
  const threshold = req.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isFinite(threshold) || threshold < 0)
    fail('threshold', `threshold must be a number ≥ 0 (got ${threshold})`, `drempel moet een getal ≥ 0 zijn (niet ${threshold})`);
  const region = req.region ?? (req.level === 'gemeente' ? 'nl' : 'province');
  if (region !== 'province' && region !== 'nl')
    fail('region', `region must be "province" or "nl" (got "${region}")`, `regio moet "province" of "nl" zijn (niet "${region}")`);
  const asked = req.weighting ?? 'auto';
  const weighting: WeightingChoice = asked === 'population' ? 'density' : asked;
  if (!WEIGHTING_CHOICES.includes(weighting))
    fail(
      'weighting',
      `weighting must be one of ${WEIGHTING_CHOICES.join(', ')} (got "${asked}")`,
      `weging moet een van ${WEIGHTING_CHOICES.join(', ')} zijn (niet "${asked}")`,
    );
  const targets = [...new Set(req.targets.map((t) => t.trim().toUpperCase()).filter(Boolean))];
  if (targets.length === 0) fail('targets', 'no target unit given', 'geen doelgebied opgegeven');
  for (const t of targets)
    if (!CODE_PATTERN[req.level].test(t))
      fail(
        'target_code',
        `target "${t}" is not a ${req.level} code (${CODE_HINT[req.level]})`,
        `doelgebied "${t}" is geen ${req.level}code`,
      );
  return {
    level: req.level,
    targets,
    indicator: req.indicator,
    from: req.from,
    to: req.to,
    contiguity,
    ring2: req.ring2 ?? false,
    threshold,
    region,
    weighting,
    trajectories: req.trajectories ?? true,
  };
}

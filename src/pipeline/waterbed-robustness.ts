/**
 * How far a waterbed result can be trusted (pure): the consistency check of the crosswalk used, and the
 * uncertainty of every ring value, DiD and flag between crosswalk weightings and from the rounding of the
 * published data (engine/waterbed/consistency.ts, uncertainty.ts; docs/methods.md "Waterbed").
 */
import {
  aggregateRing,
  aggregateRoundingSd,
  compareRings,
  compareUnit,
  distinguishable,
  harmonise,
  isRatio,
  rangeOf,
  ringChangeRounding,
  roundingStep,
  unitRounding,
  type Aggregate,
  type Amount,
  type ChangeMetric,
  type ConsistencyMark,
  type Crosswalk,
  type CrosswalkWeighting,
  type Flag,
  type GrowthYardstick,
  type HarmonisedAmount,
  type IndicatorSpec,
  type Range,
  type RingComparison,
} from '../engine/waterbed';
import { crosswalkOf, familyConsistency, populationWeightings, type CrosswalkFamily } from './crosswalks';

export interface RingUncertainty {
  /** [min, max] over the population-based weightings. */
  t0: Range | null;
  change: Range | null;
  didVsRest: Range | null;
  didVsRegion: Range | null;
  /** Half-width of the rounding band of didVsRest (pp, or pp of growth). */
  rounding: number;
  /** The DiD vs rest stays on one side of 0 over the whole range and rounding band (null: no DiD). */
  distinguishable: boolean | null;
}

export interface UnitUncertainty {
  didVsRest: Range | null;
  rounding: number;
  /** A flag that holds over the whole range and rounding band (null: no flag). */
  flagDistinguishable: boolean | null;
}

export interface RobustnessInput {
  spec: IndicatorSpec;
  metric: ChangeMetric;
  threshold: number;
  family: CrosswalkFamily;
  /** From-year amounts on the from-layer's units; to-year amounts on the to-year units. */
  fromAmounts: readonly (Amount | null)[];
  h1: readonly (HarmonisedAmount | null)[];
  /** Raw published values of the indicator in both years (for the rounding step). */
  published: { from: readonly unknown[]; to: readonly unknown[] };
  shown: readonly Aggregate[];
  members: Readonly<Record<Aggregate, readonly number[]>>;
  included: (i: number) => boolean;
  /** Units shown in the table: index, and whether it is adjacent (flagged). */
  units: readonly { index: number; adjacent: boolean; flag: Flag }[];
  /** Scope of each to-year unit for the consistency check (gemeente for wijken, province for gemeenten). */
  scope: readonly (string | null)[];
  /** The crosswalk actually used for the from-year. */
  used: Crosswalk;
}

export interface Robustness {
  methods: CrosswalkWeighting[];
  rings: Map<Aggregate, RingUncertainty>;
  units: Map<number, UnitUncertainty>;
  consistency: (ConsistencyMark | null)[];
  yardstick: GrowthYardstick;
  roundingStep: { from: number | null; to: number | null };
}

const numbers = (vs: readonly unknown[]) => vs.map((v) => (typeof v === 'number' ? v : null));

export function assessRobustness(input: RobustnessInput): Robustness {
  const { spec, metric, family, shown, members, included } = input;
  const methods = populationWeightings(family);
  const runs = methods.map((m) => {
    const h0 = harmonise(crosswalkOf(family, m), input.fromAmounts, spec.kind);
    const rings = compareRings(
      shown.map((r) => aggregateRing(r, spec.kind, h0, members[r], included)),
      shown.map((r) => aggregateRing(r, spec.kind, input.h1, members[r], included)),
      metric,
    );
    return { h0, rings };
  });
  const restOf = (rings: RingComparison[]) => rings.find((c) => c.ring === 'rest') ?? null;
  // Rounding of the published values.
  const stepFrom = roundingStep(numbers(input.published.from)),
    stepTo = roundingStep(numbers(input.published.to));
  const h0 = (stepFrom ?? 0) / 2,
    h1 = (stepTo ?? 0) / 2;
  const ratio = isRatio(spec.kind);
  const first = runs[0]?.rings ?? [];
  const ringError = (r: Aggregate) => {
    const ws = members[r].filter(included).map((i) => (ratio ? (input.h1[i]?.den ?? 0) : 1));
    const c = first.find((x) => x.ring === r);
    return ringChangeRounding(metric, c?.t0 ?? null, c?.t1 ?? null, aggregateRoundingSd(h0, ws, ratio), aggregateRoundingSd(h1, ws, ratio));
  };
  const restRounding = ringError('rest');
  const rings = new Map<Aggregate, RingUncertainty>();
  for (const r of shown) {
    const pick = <K extends keyof RingComparison>(k: K) =>
      rangeOf(runs.map((x) => x.rings.find((c) => c.ring === r)?.[k] as number | null));
    const didVsRest = r === 'rest' ? null : pick('didVsRest');
    const rounding = r === 'rest' ? ringError(r) : Math.hypot(ringError(r), restRounding);
    rings.set(r, {
      t0: pick('t0'),
      change: pick(metric === 'absolute' ? 'change' : 'changePct'),
      didVsRest,
      didVsRegion: pick('didVsRegion'),
      rounding,
      distinguishable: didVsRest ? distinguishable(didVsRest, rounding) : null,
    });
  }
  const units = new Map<number, UnitUncertainty>();
  for (const u of input.units) {
    const dids = runs.map(
      (x) =>
        compareUnit(x.h0[u.index]?.value ?? null, input.h1[u.index]?.value ?? null, restOf(x.rings), metric, input.threshold, u.adjacent)
          .didVsRest,
    );
    const didVsRest = rangeOf(dids);
    const rounding = unitRounding(metric, runs[0]?.h0[u.index]?.value ?? null, input.h1[u.index]?.value ?? null, h0, h1);
    units.set(u.index, {
      didVsRest,
      rounding,
      flagDistinguishable: u.flag ? distinguishable(didVsRest, rounding, input.threshold, u.flag) : null,
    });
  }
  // Consistency of the crosswalk used: its from-year population against the to-year's own.
  const consistency = familyConsistency(family, input.used, input.scope);
  const yardstick = family.yardstick;
  return { methods, rings, units, consistency, yardstick, roundingStep: { from: stepFrom, to: stepTo } };
}

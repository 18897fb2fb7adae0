/**
 * What the map shows in scenario mode (pure): the change in the focal group's share per unit under one relocation
 * rule (percentage points), and the outlines (target, adjacent ring). Wijk results only: buurten have no boundaries.
 */
import type { RuleOutcome, ScenarioResult, ScenarioSpec, ScenarioZone } from '../../engine/scenario';
import { targetsOf } from './form-model';

export type OutlineZone = Exclude<ScenarioZone, 'rest'>;

/** The rule with this key, else the spec's own rule. */
export function ruleOf(result: ScenarioResult, key: string | null): RuleOutcome {
  return result.rules.find((r) => r.key === key) ?? result.rules[result.chosen]!;
}

export function changeValues(result: ScenarioResult, rule: RuleOutcome): Map<string, number | null> | null {
  if (result.level !== 'wijk') return null;
  const f = result.group.focal;
  return new Map(rule.units.map((u) => [u.code, u.changePp?.[f] ?? null]));
}

/**
 * Outlines: the result's target and ring while the draft has the result's targets; otherwise the draft's targets
 * only (the ring is known after computing).
 */
export function outlines(draft: ScenarioSpec, result: ScenarioResult | null): Map<string, OutlineZone> | null {
  if (draft.level !== 'wijk') return null;
  const targets = targetsOf(draft);
  const same = result && result.level === 'wijk' && [...targets].sort().join() === [...targetsOf(result.spec)].sort().join();
  if (same) {
    const rule = result.rules[result.chosen]!;
    return new Map(rule.units.filter((u) => u.zone !== 'rest').map((u) => [u.code, u.zone as OutlineZone]));
  }
  return new Map(targets.map((c) => [c, 'target' as const]));
}

/** The largest of 1, 2 or 5 times a power of ten that is at most x (at least 0.1: the legend shows one decimal). */
function niceStep(x: number): number {
  if (!(x > 0.1)) return 0.1;
  const p = 10 ** Math.floor(Math.log10(x));
  const f = x / p;
  return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * p;
}

/**
 * Class breaks for changes, symmetric around 0 in round steps: (−s, s) is "about no change", then 2s and 4s, with
 * s about a quarter of the largest change (the outer classes are open). Symmetric classes keep a small change in the ring from looking as large as the
 * target's (quantiles would).
 */
export function changeBreaks(values: Iterable<number | null>): number[] {
  let m = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  const s = niceStep(m / 4);
  return [-4 * s, -2 * s, -s, s, 2 * s, 4 * s].map((b) => Number(b.toPrecision(6)));
}

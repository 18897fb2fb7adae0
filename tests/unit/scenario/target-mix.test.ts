/** The target-mix solver: the smallest number of conversions that reaches the target, or why it cannot. */
import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioIssue, type ScenarioResult } from '../../../src/engine/scenario';
import { conversionsNeeded } from '../../../src/engine/scenario/levers/target-mix';
import { ringsFrom, toyInput, toySpec, type ToyUnit } from './helpers';

const UNITS: ToyUnit[] = [
  { code: 'A', dwellings: 100, ownerPct: 0, counts: [150, 50] },
  { code: 'B', dwellings: 100, ownerPct: 100, counts: [40, 160] },
  { code: 'C', dwellings: 100, ownerPct: 50, counts: [100, 100] },
];

function attempt(lever: Record<string, unknown>, assumptions: Record<string, unknown> = {}) {
  const spec = toySpec([{ kind: 'target-mix', units: ['A'], ...lever }], {
    tenureAssociation: 'independent',
    relocation: 'outside',
    ...assumptions,
  });
  return runScenario(toyInput(UNITS), spec, ringsFrom(spec, {}));
}
function solved(lever: Record<string, unknown>, assumptions: Record<string, unknown> = {}): ScenarioResult {
  const r = attempt(lever, assumptions);
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('; '));
  return r.value;
}
function refused(lever: Record<string, unknown>, assumptions: Record<string, unknown> = {}): ScenarioIssue {
  const r = attempt(lever, assumptions);
  if (r.ok) throw new Error('expected a refusal');
  return r.errors[0];
}
const solverOf = (r: ScenarioResult) => r.rules[r.chosen].levers[0].units[0].solver!;

describe('target mix', () => {
  it('at most 80% rented in an all-rented unit: exactly 20 conversions', () => {
    const s = solverOf(solved({ measure: 'rented', atMostPct: 80 }));
    expect(s).toMatchObject({ conversions: 20, beforePct: 100, targetPct: 80, alreadyMet: false });
    expect(s.afterPct).toBeCloseTo(80, 12);
    expect(solverOf(solved({ measure: 'rented', atMostPct: 80.5 })).conversions).toBe(20);
    expect(solverOf(solved({ measure: 'owner', atLeastPct: 33 })).conversions).toBe(33);
  });

  it('at least a rented share converts owner-occupied dwellings (in the all-owner unit B)', () => {
    const spec = toySpec([{ kind: 'target-mix', units: ['B'], measure: 'rented', atLeastPct: 25 }], { tenureAssociation: 'independent' });
    const r = runScenario(toyInput(UNITS), spec, ringsFrom(spec, {}));
    expect(r.ok && solverOf(r.value)).toMatchObject({ conversions: 25 });
  });

  it('a group share: step = 100·h·(b − a)/residents per conversion, rounded up', () => {
    // residents of A's rented dwellings are 75% focal; newcomers (gemeente owners) 30%: −0.45 pp per dwelling
    const r = solved({ measure: 'group', atMostPct: 60 });
    const s = solverOf(r);
    expect(s.conversions).toBe(Math.ceil(15 / 0.45));
    expect(s.afterPct).toBeLessThanOrEqual(60);
    expect(s.afterPct + 0.45).toBeGreaterThan(60);
  });

  it('says when the target is already met, and converts nothing', () => {
    const r = solved({ measure: 'group', atMostPct: 80 });
    expect(solverOf(r)).toMatchObject({ conversions: 0, alreadyMet: true });
    expect(r.warnings.map((w) => w.code)).toContain('target_already_met');
    expect(r.rules[0].after).toEqual(r.baseline.indices);
  });

  it('refuses when even converting the whole stock falls short, with the share that would give', () => {
    const e = refused({ measure: 'group', atMostPct: 20 });
    expect(e.code).toBe('target_unreachable');
    expect(e.en).toMatch(/even converting all 100 rented dwellings gives 30\.0%/);
    expect(e.nl).toMatch(/zelfs als alle 100 huurwoningen worden omgezet, wordt het 30,0%/);
  });

  it('refuses when the newcomers are more often in the group than the residents they replace', () => {
    const e = refused({ measure: 'group', atMostPct: 60, newcomers: { pct: [90, 10] } });
    expect(e.code).toBe('target_unreachable');
    expect(e.en).toMatch(/the other way/);
  });

  it('conversionsNeeded: smallest n on the right side, or null when the step cannot get there', () => {
    expect(conversionsNeeded({ value: 50, step: -1 }, 40, true)).toBe(10);
    expect(conversionsNeeded({ value: 50, step: -0.3 }, 40, true)).toBe(34);
    expect(conversionsNeeded({ value: 50, step: 0.3 }, 40, true)).toBeNull();
    expect(conversionsNeeded({ value: 50, step: 0 }, 40, true)).toBeNull();
    expect(conversionsNeeded({ value: 50, step: 0.5 }, 55, false)).toBe(10);
    expect(conversionsNeeded({ value: 50, step: -1 }, 55, true)).toBe(0);
  });
});

/** Levers the data cannot support are refused with a reason (nl and en), never computed with invented numbers. */
import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioIssue } from '../../../src/engine/scenario';
import { ringsFrom, toyInput, toySpec, type ToyUnit } from './helpers';

const UNITS: ToyUnit[] = [
  { code: 'A', dwellings: 100, ownerPct: 20, counts: [150, 50] },
  { code: 'B', dwellings: 100, ownerPct: 60, counts: [40, 160] },
  { code: 'C', dwellings: null, ownerPct: null, counts: [100, 100] },
];

function outcome(levers: unknown[], assumptions: Record<string, unknown> = {}, social: number | null = 0.7) {
  const spec = toySpec(levers, assumptions);
  return runScenario(toyInput(UNITS, { socialOfRented: social }), spec, ringsFrom(spec, { A: ['B'], B: ['A'] }));
}
function refusal(levers: unknown[], assumptions: Record<string, unknown> = {}, social: number | null = 0.7): ScenarioIssue {
  const r = outcome(levers, assumptions, social);
  if (r.ok) throw new Error('expected a refusal');
  for (const e of r.errors) expect(e.nl).not.toBe(e.en);
  return r.errors[0];
}

describe('refusals', () => {
  it('a unit that is not in the gemeente, or has no tenure data', () => {
    expect(refusal([{ kind: 'convert', units: ['WK036301'], dwellings: 5, to: 'owner' }])).toMatchObject({
      code: 'unit_not_in_gemeente',
      path: 'levers[0].units[0]',
    });
    expect(refusal([{ kind: 'convert', units: ['C'], dwellings: 5, to: 'owner' }]).code).toBe('unit_no_tenure');
  });

  it('more dwellings than the stock of that tenure', () => {
    const e = refusal([{ kind: 'convert', units: ['A'], dwellings: 81, to: 'owner' }]);
    expect(e).toMatchObject({ code: 'exceeds_stock', path: 'levers[0].dwellings' });
    expect(e.en).toMatch(/81 is more than the 80 rented dwellings of Wijk A/);
    // social rent: 70 % of the 80 rented dwellings
    expect(refusal([{ kind: 'convert', units: ['A'], dwellings: 57, from: 'social', to: 'owner' }]).en).toMatch(
      /56 social-rent dwellings \(estimated\)/,
    );
    expect(outcome([{ kind: 'convert', units: ['A'], dwellings: 56, from: 'social', to: 'owner' }]).ok).toBe(true);
    // a second lever sees what the first left
    expect(
      refusal([
        { kind: 'convert', units: ['A'], dwellings: 50, to: 'owner' },
        { kind: 'demolish-build', units: ['A'], demolish: 31, build: 0, buildTenure: 'owner' },
      ]).path,
    ).toBe('levers[1].demolish');
  });

  it('social rent without a social-rent share in the data', () => {
    expect(refusal([{ kind: 'convert', units: ['A'], dwellings: 5, from: 'social', to: 'owner' }], {}, null).code).toBe('no_social_data');
  });

  it('middenhuur without a stated newcomer composition; with one it runs and says it is an assumption', () => {
    const e = refusal([{ kind: 'convert', units: ['A'], dwellings: 20, to: 'middenhuur' }]);
    expect(e.code).toBe('no_middenhuur_data');
    expect(e.en).toMatch(/no middenhuur/);
    const r = outcome([{ kind: 'convert', units: ['A'], dwellings: 20, to: 'middenhuur', newcomers: { pct: [35, 65] } }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.approximations.find((a) => a.code === 'middenhuur_assumed')?.levers).toEqual([0]);
    expect(r.value.rules[0].units[0].dwellingsAfter).toMatchObject({ rented: 60, middenhuur: 20 });
  });

  it('a residents composition the unit cannot hold', () => {
    // A's 80 rented dwellings hold 160 residents; 90 % focal of 160 displaced = 144 > what the rented part holds
    const e = refusal([{ kind: 'convert', units: ['A'], dwellings: 80, to: 'owner' }], {
      residents: { pct: [100, 0] },
      tenureAssociation: 'independent',
    });
    expect(e.code).toBe('composition_exceeds');
  });

  it('an allocation rule that reserves more dwellings than become available', () => {
    const e = refusal([{ kind: 'allocation', units: ['A'], perYear: 10, years: 5 }]);
    expect(e).toMatchObject({ code: 'exceeds_turnover', path: 'levers[0].perYear' });
    expect(e.en).toMatch(/more than the 6 that become available/);
  });

  it('a spec for another gemeente than the data', () => {
    const spec = { ...toySpec([]), gemeente: 'GM0363' };
    const r = runScenario(toyInput(UNITS), spec, { leverRings: [] });
    expect(!r.ok && r.errors[0].path).toBe('gemeente');
  });
});

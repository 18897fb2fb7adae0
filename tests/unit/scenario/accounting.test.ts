/** The accounting on small tables, checked against closed forms worked out by hand. */
import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioResult } from '../../../src/engine/scenario';
import { ringsFrom, toyInput, toySpec, type ToyUnit } from './helpers';

/** A: all rented, B: all owner, C: half and half; 2 residents per dwelling everywhere. */
const UNITS: ToyUnit[] = [
  { code: 'A', dwellings: 100, ownerPct: 0, counts: [150, 50] },
  { code: 'B', dwellings: 100, ownerPct: 100, counts: [40, 160] },
  { code: 'C', dwellings: 100, ownerPct: 50, counts: [100, 100] },
];
const NEIGHBOURS = { A: ['B'], B: ['A', 'C'], C: ['B'] };

const D = (x: number[], y: number[]) => {
  const X = x.reduce((s, v) => s + v, 0),
    Y = y.reduce((s, v) => s + v, 0);
  return x.reduce((s, xi, i) => s + Math.abs(xi / X - y[i] / Y), 0) / 2;
};

function run(
  levers: unknown[],
  assumptions: Record<string, unknown> = {},
  units = UNITS,
  neighbours: Record<string, string[]> = NEIGHBOURS,
): ScenarioResult {
  const spec = toySpec(levers, { tenureAssociation: 'independent', ...assumptions });
  const r = runScenario(toyInput(units), spec, ringsFrom(spec, neighbours));
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('; '));
  return r.value;
}

const rule = (r: ScenarioResult, key: string) => r.rules.find((x) => x.key === key)!;
const residents = (r: ScenarioResult, key: string, code: string) => rule(r, key).units.find((u) => u.code === code)!.residentsAfter;
const dAfter = (r: ScenarioResult, key: string) => {
  const v = rule(r, key).after.D;
  return v.ok ? v.value : NaN;
};

describe('scenario accounting, closed forms', () => {
  it('an empty scenario returns the baseline indices exactly, under every rule', () => {
    const r = run([]);
    expect(r.rules.map((x) => x.key)).toEqual(['ring', 'rest', 'outside']);
    for (const x of r.rules) {
      expect(x.after).toEqual(r.baseline.indices);
      expect(x.indices.every((i) => i.change === 0)).toBe(true);
      x.units.forEach((u) => expect(u.residentsAfter).toEqual(u.residentsBefore));
    }
    expect(r.baseline.indices.D).toEqual({ ok: true, value: D([150, 40, 100], [50, 160, 100]) });
    expect(r.sentence.en).toMatch(/No levers/);
    expect(r.sentence.nl).toMatch(/Geen maatregelen/);
  });

  it('convert 10 rented → owner in A, displaced leave: A = [150 − 15 + 6, 50 − 5 + 14]', () => {
    // independence: A's renters are 75% focal; the gemeente's owners are (40 + 50) / 300 = 30% focal
    const r = run([{ kind: 'convert', units: ['A'], dwellings: 10, to: 'owner' }]);
    const a = residents(r, 'outside', 'A');
    expect(a[0]).toBeCloseTo(141, 10);
    expect(a[1]).toBeCloseTo(59, 10);
    expect(dAfter(r, 'outside')).toBeCloseTo(D([141, 40, 100], [59, 160, 100]), 12);
    const l = rule(r, 'outside').ledger;
    expect(l.residents.departed[0]).toBeCloseTo(15, 10);
    expect(l.residents.arrived[0]).toBeCloseTo(6, 10);
    expect(l.dwellings).toMatchObject({ before: 300, after: 300, converted: 10 });
    expect(rule(r, 'outside').units[0].dwellingsAfter).toEqual({ owner: 10, rented: 90, middenhuur: 0 });
  });

  it('displaced settle in rented stock and crowd out its usual residents: C = [100 − 10 + 15, 100 − 10 + 5]', () => {
    const r = run([{ kind: 'convert', units: ['A'], dwellings: 10, to: 'owner' }]);
    // rest = C (B is the ring): C holds the only rented stock outside A
    const c = residents(r, 'rest', 'C');
    expect(c[0]).toBeCloseTo(105, 10);
    expect(c[1]).toBeCloseTo(95, 10);
    expect(rule(r, 'rest').ledger.flows.crowdedOut[0]).toBeCloseTo(10, 10);
    // ring = B has no rented dwellings: its share passes to the rest, with a warning
    expect(residents(r, 'ring', 'C')[0]).toBeCloseTo(105, 10);
    expect(r.warnings.map((w) => w.code)).toContain('ring_empty');
    expect(rule(r, 'ring').zones.find((z) => z.zone === 'ring1')!.units).toBe(1);
  });

  it('spreads the displaced over the destination in proportion to its stock of the tenure', () => {
    const units: ToyUnit[] = [
      { code: 'A', dwellings: 100, ownerPct: 0, counts: [150, 50] },
      { code: 'B', dwellings: 100, ownerPct: 80, counts: [50, 150] }, // 20 rented
      { code: 'C', dwellings: 100, ownerPct: 40, counts: [50, 150] }, // 60 rented
    ];
    const r = run([{ kind: 'convert', units: ['A'], dwellings: 40, to: 'owner' }], { relocation: 'rest' }, units, {});
    const toB = residents(r, 'rest', 'B')[0] - 50,
      toC = residents(r, 'rest', 'C')[0] - 50;
    // each receives 0.75 · share of 80 persons and loses 0.25 · share (its own composition)
    expect(toB).toBeCloseTo((80 * (0.75 - 0.25) * 20) / 80, 10);
    expect(toC).toBeCloseTo((80 * (0.75 - 0.25) * 60) / 80, 10);
  });

  it('a relocation mix splits the displaced by its percentages', () => {
    const r = run([{ kind: 'convert', units: ['A'], dwellings: 10, to: 'owner' }], {
      relocation: { ringPct: 0, restPct: 40, outsidePct: 60 },
    });
    expect(r.rules.map((x) => x.key)).toEqual(['ring', 'rest', 'outside', 'mix']);
    expect(r.rules[r.chosen].key).toBe('mix');
    const f = rule(r, 'mix').ledger.flows;
    expect(f.toRest[0] + f.toRest[1]).toBeCloseTo(8, 10);
    expect(f.toOutside[0] + f.toOutside[1]).toBeCloseTo(12, 10);
  });

  it('demolish-build changes the unit by residents per dwelling × (built − demolished)', () => {
    const r = run([{ kind: 'demolish-build', units: ['A'], demolish: 10, build: 20, buildTenure: 'owner', newcomers: { pct: [20, 80] } }]);
    for (const key of ['ring', 'rest', 'outside']) {
      const a = residents(r, key, 'A');
      expect(a[0]).toBeCloseTo(150 - 15 + 8, 10);
      expect(a[1]).toBeCloseTo(50 - 5 + 32, 10);
      const l = rule(r, key).ledger;
      expect(l.dwellings).toMatchObject({ before: 300, after: 310, demolished: 10, built: 20 });
      const total = (v: number[]) => v[0] + v[1];
      expect(total(l.residents.after)).toBeCloseTo(total(l.residents.before) + total(l.residents.arrived) - total(l.residents.departed), 9);
      expect(total(l.residents.after) - total(l.residents.before)).toBeCloseTo(20, 9);
    }
  });

  it('allocation rule: r = T·q·σ·(1 − (1 − τ)^Y) fewer residents of the group', () => {
    const r = run([{ kind: 'allocation', units: ['A'], sharePct: 50, years: 5, turnoverPctPerYear: 10 }], { relocation: 'outside' });
    const red = 150 * 0.5 * (1 - 0.9 ** 5);
    const a = residents(r, 'outside', 'A');
    expect(a[0]).toBeCloseTo(150 - red, 10);
    expect(a[1]).toBeCloseTo(50 + red, 10);
    expect(rule(r, 'outside').levers[0].units[0].redirected).toBeCloseTo(red, 10);
    expect(dAfter(r, 'outside')).toBeCloseTo(D([150 - red, 40, 100], [50 + red, 160, 100]), 12);
    // per year: 5 of the 10 dwellings that turn over is the same as 50 %
    const p = run([{ kind: 'allocation', units: ['A'], perYear: 5, years: 5, turnoverPctPerYear: 10 }], { relocation: 'outside' });
    expect(residents(p, 'outside', 'A')[0]).toBeCloseTo(150 - red, 10);
  });

  it('moving group members toward an even spread lowers D, step by step', () => {
    // A is the most concentrated unit; its displaced (all focal) settle in C, the least concentrated rented stock
    const units: ToyUnit[] = [
      { code: 'A', dwellings: 100, ownerPct: 0, counts: [180, 20] },
      { code: 'B', dwellings: 100, ownerPct: 100, counts: [60, 140] },
      { code: 'C', dwellings: 100, ownerPct: 0, counts: [20, 180] },
    ];
    const assumptions = { relocation: 'rest', residents: { pct: [100, 0] }, newcomers: { pct: [0, 100] } };
    let previous = Infinity;
    for (const n of [0, 5, 10, 20, 30]) {
      const levers = n === 0 ? [] : [{ kind: 'convert', units: ['A'], dwellings: n, to: 'owner' }];
      const d = dAfter(run(levers, assumptions, units, {}), 'rest');
      expect(d).toBeLessThan(previous);
      previous = d;
    }
  });

  it('keeps dwellings and residents, and reports what left and arrived, under every rule', () => {
    const r = run([
      { kind: 'convert', units: ['A'], dwellings: 30, to: 'owner' },
      { kind: 'demolish-build', units: ['C'], demolish: 20, build: 5, buildTenure: 'rented' },
      { kind: 'allocation', units: ['C'], sharePct: 30, years: 8 },
    ]);
    for (const x of r.rules) {
      expect(x.ledger.imbalance).toBeLessThan(1e-9);
      expect(x.ledger.dwellings.after).toBe(300 - 20 + 5);
      const g = x.zones.find((z) => z.zone === 'gemeente')!;
      expect(g.dwellingsAfter).toBe(285);
      x.units.forEach((u) => u.residentsAfter.forEach((v) => expect(v).toBeGreaterThanOrEqual(0)));
    }
  });
});

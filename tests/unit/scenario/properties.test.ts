/** Property tests over random gemeenten and scenarios: the accounting never creates or loses dwellings or residents. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario, type IssueCode } from '../../../src/engine/scenario';
import { toyInput, toySpec, type ToyUnit } from './helpers';

const DATA_REFUSALS: IssueCode[] = ['exceeds_stock', 'composition_exceeds', 'target_unreachable', 'no_data', 'exceeds_turnover'];

const unitArb = (G: number) =>
  fc.record({
    dwellings: fc.integer({ min: 20, max: 800 }),
    ownerPct: fc.integer({ min: 0, max: 100 }),
    counts: fc.array(fc.double({ min: 0, max: 900, noNaN: true }), { minLength: G, maxLength: G }),
  });

const leverArb = (n: number, G: number) =>
  fc.oneof(
    fc.record({
      kind: fc.constant('convert'),
      unit: fc.nat(n - 1),
      f: fc.double({ min: 0.01, max: 0.3, noNaN: true }),
      dir: fc.constantFrom(['rented', 'owner'], ['owner', 'rented'], ['social', 'owner']),
    }),
    fc.record({
      kind: fc.constant('demolish-build'),
      unit: fc.nat(n - 1),
      f: fc.double({ min: 0, max: 0.3, noNaN: true }),
      build: fc.integer({ min: 0, max: 60 }),
      to: fc.constantFrom('owner', 'rented'),
    }),
    fc.record({
      kind: fc.constant('allocation'),
      unit: fc.nat(n - 1),
      share: fc.integer({ min: 1, max: 100 }),
      years: fc.integer({ min: 1, max: 20 }),
      group: fc.nat(G - 1),
    }),
    fc.record({ kind: fc.constant('target-mix'), unit: fc.nat(n - 1), pct: fc.integer({ min: 0, max: 100 }), atMost: fc.boolean() }),
  );

const scenarioArb = fc.integer({ min: 2, max: 3 }).chain((G) =>
  fc.integer({ min: 2, max: 7 }).chain((n) =>
    fc.record({
      G: fc.constant(G),
      units: fc.array(unitArb(G), { minLength: n, maxLength: n }),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 2 * n }),
      levers: fc.array(leverArb(n, G), { maxLength: 3 }),
      relocation: fc.constantFrom<unknown>('ring', 'rest', 'outside', { ringPct: 30, restPct: 50, outsidePct: 20 }),
      association: fc.constantFrom<unknown>('independent', 'ecological', G === 2 ? { oddsRatio: 3 } : { rentedWeights: [1, 2, 3] }),
      newcomers: fc.constantFrom<unknown>('gemeente', 'unit'),
    }),
  ),
);

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

function build(s: Scenario) {
  const units: ToyUnit[] = s.units.map((u, i) => ({ code: `U${i}`, ...u }));
  const ids = s.G === 2 ? ['income_low', 'rest'] : ['dutch', 'europe', 'outside_europe'];
  const stock = (i: number, t: string) => {
    const u = units[i];
    const owner = (u.dwellings! * u.ownerPct!) / 100;
    return t === 'owner' ? owner : t === 'social' ? 0.7 * (u.dwellings! - owner) : u.dwellings! - owner;
  };
  const levers = s.levers.map((l) => {
    const code = `U${l.unit}`;
    if (l.kind === 'convert')
      return {
        kind: 'convert',
        units: [code],
        dwellings: Math.max(1, Math.floor(l.f * stock(l.unit, l.dir[0]))),
        from: l.dir[0],
        to: l.dir[1],
      };
    if (l.kind === 'demolish-build') {
      const demolish = Math.floor(l.f * stock(l.unit, 'rented'));
      return { kind: 'demolish-build', units: [code], demolish, build: demolish === 0 && l.build === 0 ? 1 : l.build, buildTenure: l.to };
    }
    if (l.kind === 'allocation') return { kind: 'allocation', units: [code], sharePct: l.share, years: l.years, group: ids[l.group] };
    return { kind: 'target-mix', units: [code], measure: 'rented', [l.atMost ? 'atMostPct' : 'atLeastPct']: l.pct };
  });
  const group = s.G === 2 ? 'income_low' : 'origin3_2022';
  const spec = toySpec(levers, { relocation: s.relocation, tenureAssociation: s.association, newcomers: s.newcomers }, group);
  const neighbours = (code: string) =>
    s.edges.flatMap(([a, b]) => (a === b ? [] : `U${a}` === code ? [`U${b}`] : `U${b}` === code ? [`U${a}`] : []));
  const rings = { leverRings: spec.levers.map((l) => [...new Set(l.units.flatMap(neighbours))].filter((c) => !l.units.includes(c))) };
  return { input: toyInput(units, { groups: s.G }), spec, rings, units };
}

const total = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

describe('scenario properties (fast-check)', () => {
  it('dwellings and residents are conserved up to what leaves and arrives; nothing goes negative', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { input, spec, rings, units } = build(s);
        const r = runScenario(input, spec, rings);
        if (!r.ok) {
          for (const e of r.errors) expect(DATA_REFUSALS).toContain(e.code);
          return;
        }
        const res = r.value;
        expect(res.rules.filter((x) => x.chosen)).toHaveLength(1);
        const scale = Math.max(1, total(res.baseline.residents));
        for (const rule of res.rules) {
          const l = rule.ledger;
          expect(l.imbalance).toBeLessThanOrEqual(1e-6 * scale);
          expect(l.dwellings.after).toBeCloseTo(l.dwellings.before - l.dwellings.demolished + l.dwellings.built, 6);
          l.residents.after.forEach((a, k) =>
            expect(a).toBeCloseTo(l.residents.before[k] + l.residents.arrived[k] - l.residents.departed[k], 5),
          );
          for (const u of rule.units) {
            u.residentsAfter.forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
            const built = spec.levers.reduce(
              (acc, lv) => (lv.kind === 'demolish-build' && lv.units.includes(u.code) ? acc + lv.build - lv.demolish : acc),
              0,
            );
            const src = units.find((x) => x.code === u.code)!;
            const perDwelling = total(src.counts) / src.dwellings!;
            expect(total(u.residentsAfter)).toBeCloseTo(total(u.residentsBefore) + perDwelling * built, 5);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('an empty scenario returns the baseline indices exactly', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { input, rings } = build({ ...s, levers: [] });
        const spec = toySpec([], { relocation: s.relocation, tenureAssociation: s.association }, s.G === 2 ? 'income_low' : 'origin3_2022');
        const r = runScenario(input, spec, { leverRings: rings.leverRings.slice(0, 0) });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        for (const rule of r.value.rules) expect(rule.after).toEqual(r.value.baseline.indices);
      }),
      { numRuns: 60 },
    );
  });

  it('the outcome of each rule does not depend on which rule the spec chose', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { input, spec, rings } = build(s);
        const r = runScenario(input, spec, rings);
        if (!r.ok) return;
        const other = {
          ...spec,
          assumptions: { ...spec.assumptions, relocation: spec.assumptions.relocation === 'outside' ? 'ring' : 'outside' },
        } as typeof spec;
        const again = runScenario(input, other, rings);
        expect(again.ok).toBe(true);
        if (!again.ok) return;
        for (const key of ['ring', 'rest', 'outside'])
          expect(again.value.rules.find((x) => x.key === key)!.after).toEqual(r.value.rules.find((x) => x.key === key)!.after);
      }),
      { numRuns: 30 },
    );
  });

  it('most random scenarios run (the generator is not just producing refusals)', () => {
    const runs = fc.sample(scenarioArb, { numRuns: 200, seed: 7 }).map((s) => {
      const { input, spec, rings } = build(s);
      return runScenario(input, spec, rings).ok;
    });
    expect(runs.filter(Boolean).length).toBeGreaterThan(120);
  });
});

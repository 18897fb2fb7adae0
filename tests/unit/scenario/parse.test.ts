/** The scenario spec as JSON: normalisation, round trip, and every kind of mistake with nl/en messages. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, parseScenarioJson, parseScenarioSpec, type ScenarioIssue } from '../../../src/engine/scenario';

const base = { version: 1, gemeente: 'gm0599', level: 'wijk', year: 2022, group: 'income_low' };
const spec = (extra: Record<string, unknown>) => ({ ...base, levers: [], ...extra });

function errorsOf(json: unknown): ScenarioIssue[] {
  const r = parseScenarioSpec(json);
  if (r.ok) throw new Error('expected errors');
  for (const e of r.errors) {
    expect(e.en.length, e.code).toBeGreaterThan(5);
    expect(e.nl.length, e.code).toBeGreaterThan(5);
    expect(e.nl).not.toBe(e.en);
  }
  return r.errors;
}

describe('parseScenarioSpec', () => {
  it('normalises: codes upper-cased, defaults filled in, and a normalised spec parses to itself', () => {
    const r = parseScenarioSpec(
      spec({
        levers: [
          { kind: 'convert', units: ['wk059910'], dwellings: 500, to: 'owner' },
          { kind: 'target-mix', units: ['WK059903'], measure: 'rented', atMostPct: 70 },
          { kind: 'target-mix', units: ['WK059903'], measure: 'owner', atMostPct: 20 },
          { kind: 'allocation', units: ['WK059915'], sharePct: 50, years: 10 },
        ],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.gemeente).toBe('GM0599');
    expect(r.value.assumptions).toEqual(DEFAULT_ASSUMPTIONS);
    expect(r.value.levers[0]).toEqual({ kind: 'convert', units: ['WK059910'], dwellings: 500, from: 'rented', to: 'owner' });
    expect(r.value.levers[1]).toMatchObject({ from: 'rented', to: 'owner' });
    expect(r.value.levers[2]).toMatchObject({ from: 'owner', to: 'rented' });
    expect(r.value.levers[3]).toMatchObject({ tenure: 'rented', sharePct: 50, years: 10 });
    const again = parseScenarioSpec(JSON.parse(JSON.stringify(r.value)));
    expect(again.ok && again.value).toEqual(r.value);
  });

  it('accepts the empty scenario and every assumption form', () => {
    const r = parseScenarioSpec(
      spec({
        assumptions: {
          residents: { pct: [60, 40] },
          newcomers: 'unit',
          tenureAssociation: { oddsRatio: 2.5 },
          relocation: { ringPct: 50, restPct: 30, outsidePct: 20 },
          turnoverPctPerYear: 6.5,
        },
      }),
    );
    expect(r.ok).toBe(true);
    expect(parseScenarioSpec(spec({ assumptions: { tenureAssociation: { rentedWeights: [3, 1] } } })).ok).toBe(true);
  });

  it('refuses a wrong version, a missing field and a spec that is not an object', () => {
    expect(errorsOf({ ...spec({}), version: 2 })[0]).toMatchObject({ code: 'version', path: 'version' });
    expect(errorsOf({ version: 1, level: 'wijk', year: 2022, group: 'income_low', levers: [] }).map((e) => e.path)).toContain('gemeente');
    expect(errorsOf([1, 2])[0].code).toBe('not_object');
    expect(parseScenarioJson('{ "version": 1,').ok).toBe(false);
  });

  it('names an unknown lever and suggests the closest', () => {
    const [e] = errorsOf(spec({ levers: [{ kind: 'convertt', units: ['WK059910'], dwellings: 5, to: 'owner' }] }));
    expect(e).toMatchObject({ code: 'unknown_lever', path: 'levers[0].kind' });
    expect(e.en).toMatch(/did you mean "convert"/);
    expect(e.nl).toMatch(/bedoelde u "convert"/);
  });

  it('refuses bad numbers: text, negative, fractional, zero', () => {
    const paths = (dwellings: unknown) =>
      errorsOf(spec({ levers: [{ kind: 'convert', units: ['WK059910'], dwellings, to: 'owner' }] })).map((e) => `${e.code}@${e.path}`);
    expect(paths('500')).toEqual(['type@levers[0].dwellings']);
    expect(paths(-5)).toEqual(['range@levers[0].dwellings']);
    expect(paths(2.5)).toEqual(['type@levers[0].dwellings']);
    expect(paths(0)).toEqual(['range@levers[0].dwellings']);
    expect(errorsOf(spec({ assumptions: { turnoverPctPerYear: 0 } }))[0].path).toBe('assumptions.turnoverPctPerYear');
  });

  it('reports unknown fields with the known ones', () => {
    const e = errorsOf(spec({ levers: [{ kind: 'convert', units: ['WK059910'], dwelings: 5, to: 'owner' }] }));
    expect(e.map((x) => x.code)).toEqual(expect.arrayContaining(['unknown_field', 'missing']));
    expect(e.find((x) => x.code === 'unknown_field')!.en).toMatch(/did you mean "dwellings"/);
  });

  it('checks compositions, mixes and combinations', () => {
    expect(errorsOf(spec({ assumptions: { residents: { pct: [60, 30] } } }))[0].code).toBe('composition_sum');
    expect(errorsOf(spec({ assumptions: { newcomers: { pct: [60, 30, 10] } } }))[0].code).toBe('composition_length');
    expect(errorsOf(spec({ assumptions: { relocation: { ringPct: 50, restPct: 30, outsidePct: 10 } } }))[0].code).toBe('relocation_sum');
    expect(errorsOf(spec({ levers: [{ kind: 'convert', units: ['A'], dwellings: 5, from: 'social', to: 'rented' }] }))[0].code).toBe(
      'same_tenure',
    );
    expect(
      errorsOf(spec({ levers: [{ kind: 'target-mix', units: ['A'], measure: 'rented', atMostPct: 40, atLeastPct: 20 }] }))[0].code,
    ).toBe('conflict');
    expect(
      errorsOf(spec({ levers: [{ kind: 'target-mix', units: ['A'], measure: 'rented', atMostPct: 40, to: 'middenhuur' }] }))[0].code,
    ).toBe('conflict');
    expect(errorsOf(spec({ levers: [{ kind: 'allocation', units: ['A'], sharePct: 40, perYear: 5, years: 5 }] }))[0].code).toBe('conflict');
    expect(
      errorsOf(spec({ levers: [{ kind: 'demolish-build', units: ['A'], demolish: 0, build: 0, buildTenure: 'owner' }] }))[0].code,
    ).toBe('range');
    expect(errorsOf(spec({ levers: [{ kind: 'convert', units: ['A', 'a'], dwellings: 5, to: 'owner' }] }))[0].code).toBe('duplicate_unit');
  });

  it('needs a group of persons that exists at the level', () => {
    expect(errorsOf({ ...spec({}), group: 'owner_occupied' })[0].code).toBe('group_kind');
    expect(errorsOf({ ...spec({}), group: 'income_lwo' })[0].code).toBe('unknown_group');
    expect(errorsOf({ ...spec({}), level: 'buurt', year: 2024 })[0].en).toMatch(/no group definition "income_low" at buurt level/);
    expect(parseScenarioSpec({ ...spec({}), level: 'buurt', year: 2024, group: 'age_65plus' }).ok).toBe(true);
    expect(errorsOf({ ...spec({}), group: 'age5', assumptions: { tenureAssociation: { oddsRatio: 2 } } })[0].code).toBe('conflict');
  });

  it('collects every problem, not only the first', () => {
    const e = errorsOf({ version: 1, gemeente: 'Rotterdam', level: 'stad', year: 22, group: 'income_low', levers: {} });
    expect(e.map((x) => x.path).sort()).toEqual(['gemeente', 'level', 'levers', 'year']);
  });
});

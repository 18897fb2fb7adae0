import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseState, serializeState, DEFAULT_STATE } from '../../../src/app/url-state';
import type { Catalog } from '../../../src/data/catalog';
import { parseScenarioJson } from '../../../src/engine/scenario';
import { decodeScenarioParam, encodeScenarioParam } from '../../../src/features/scenario/spec-url';

const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;
const example = (name: string) => {
  const r = parseScenarioJson(readFileSync(`examples/scenarios/${name}.json`, 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.value;
};

describe('scenario in the URL', () => {
  it('round-trips every example spec through the parameter and the whole URL', () => {
    for (const name of ['convert-owner', 'allocation-rule', 'demolish-build', 'target-mix', 'empty']) {
      const spec = example(name);
      const param = encodeScenarioParam(spec);
      expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeScenarioParam(param)).toEqual({ ok: true, spec });
      const state = { ...DEFAULT_STATE, mode: 'scenario' as const, scenario: param };
      const parsed = parseState(serializeState(state), catalog);
      expect(parsed.warnings).toEqual([]);
      expect(parsed.state.mode).toBe('scenario');
      expect(decodeScenarioParam(parsed.state.scenario!)).toEqual({ ok: true, spec });
    }
  });

  it('keeps non-ASCII titles', () => {
    const spec = { ...example('empty'), title: 'Sloop–nieuwbouw in Zuid: “wat als?” €' };
    expect(decodeScenarioParam(encodeScenarioParam(spec))).toEqual({ ok: true, spec });
  });

  it('refuses broken parameters with reasons in both languages, never throwing', () => {
    for (const bad of ['%%%', 'bm90LWpzb24', 'e30', 'x'.repeat(7000), 'eyJ2ZXJzaW9uIjoyfQ']) {
      const r = decodeScenarioParam(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues.length).toBeGreaterThan(0);
        for (const i of r.issues) expect(i.nl && i.en).toBeTruthy();
      }
    }
  });

  it('reads the mode and drops an oversized scenario parameter with a notice', () => {
    expect(parseState('?modus=scenario', catalog).state.mode).toBe('scenario');
    const long = parseState(`?modus=scenario&scenario=${'a'.repeat(6100)}`, catalog);
    expect(long.state.scenario).toBeNull();
    expect(long.warnings.map((w) => w.code)).toContain('param_too_long');
  });
});

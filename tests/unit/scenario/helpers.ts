/** Small hand-made baselines for the scenario tests. */
import type { BaselineInput, ScenarioRings, ScenarioSpec } from '../../../src/engine/scenario';
import { DEFAULT_ASSUMPTIONS, parseScenarioSpec } from '../../../src/engine/scenario';

export interface ToyUnit {
  code: string;
  dwellings: number | null;
  ownerPct: number | null;
  /** Residents per group (focal first). */
  counts: number[];
}

export function toyInput(units: ToyUnit[], opts: { socialOfRented?: number | null; groups?: number } = {}): BaselineInput {
  const G = opts.groups ?? 2;
  if (G !== 2 && G !== 3) throw new RangeError('toy inputs have 2 groups (income_low) or 3 (origin3_2022)');
  const ids = G === 2 ? ['income_low', 'rest'] : ['dutch', 'europe', 'outside_europe'];
  return {
    gemeente: { code: 'GM9999', name: 'Toytown' },
    level: 'wijk',
    year: 2022,
    group: {
      id: G === 2 ? 'income_low' : 'origin3_2022',
      label: { nl: 'Laag inkomen', en: 'Low income' },
      groups: ids.map((id) => ({ id, label: { nl: id, en: id } })),
      note: null,
    },
    units: units.map((u) => ({ code: u.code, name: `Wijk ${u.code}`, dwellings: u.dwellings, ownerPct: u.ownerPct, counts: u.counts })),
    dwellingsFrom: 'dwellings',
    socialOfRented: opts.socialOfRented === undefined ? 0.7 : opts.socialOfRented,
    excluded: [],
  };
}

/** A spec for the toy gemeente (parsed, so defaults are filled in). */
export function toySpec(levers: unknown[], assumptions: Record<string, unknown> = {}, group = 'income_low'): ScenarioSpec {
  const parsed = parseScenarioSpec({ version: 1, gemeente: 'GM9999', level: 'wijk', year: 2022, group, levers, assumptions });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.en}`).join('\n'));
  return parsed.value;
}

/** Rings from an explicit neighbour list (codes), for every lever of the spec. */
export function ringsFrom(spec: ScenarioSpec, neighbours: Record<string, string[]>): ScenarioRings {
  return {
    leverRings: spec.levers.map((l) => [...new Set(l.units.flatMap((u) => neighbours[u] ?? []))].filter((c) => !l.units.includes(c))),
  };
}

export { DEFAULT_ASSUMPTIONS };

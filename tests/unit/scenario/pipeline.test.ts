/** The scenario pipeline on the embedded data (Rotterdam, wijken 2022) and on hand-made buurt rows. */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../../src/cli/node-data';
import { parseScenarioSpec, type ScenarioResult, type ScenarioSpec } from '../../../src/engine/scenario';
import { runIndices, type SourceRow } from '../../../src/pipeline/indices';
import {
  runScenarioPipeline,
  scenarioFromJson,
  scenarioVariables,
  type ScenarioInput,
  type ScenarioRow,
} from '../../../src/pipeline/scenario';

const SPEC = { version: 1, gemeente: 'GM0599', level: 'wijk', year: 2022, group: 'income_low' };
let input: ScenarioInput;

function specOf(levers: unknown[]): ScenarioSpec {
  const p = parseScenarioSpec({ ...SPEC, levers });
  if (!p.ok) throw new Error(p.errors[0].en);
  return p.value;
}
let indicesRows: SourceRow[];

beforeAll(async () => {
  const repo = await openRepository('data', ['wijk', 'gemeente']);
  const vars = scenarioVariables(specOf([]));
  const rows = await repo.rows('wijk', 2022, vars.units);
  indicesRows = rows;
  const gemeenteRow = (await repo.rows('gemeente', 2022, vars.gemeente)).find((r) => r.code === 'GM0599') ?? null;
  input = { rows, gemeenteRow, topology: JSON.parse(readFileSync('data/geo/wijk_2022.topo.json', 'utf8')) as Topology };
});

function result(levers: unknown[], assumptions: Record<string, unknown> = {}): ScenarioResult {
  const r = scenarioFromJson({ ...SPEC, levers, assumptions }, input);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.en}`).join('; '));
  return r.value;
}

describe('scenario pipeline, Rotterdam wijken 2022', () => {
  it('the baseline indices are those of npm run indices for GM0599', () => {
    const r = result([]);
    const rec = runIndices(indicesRows, {
      level: 'wijk',
      year: 2022,
      group: 'income_low',
      regions: ['GM0599'],
      bootstrapReplicates: 0,
      randomReplicates: 0,
      seed: 1,
    }).records[0];
    expect(r.baseline.indices.D).toEqual(rec.twoGroup.D);
    expect(r.baseline.indices.H).toEqual(rec.twoGroup.H);
    expect(r.baseline.indices.xPx).toEqual(rec.twoGroup.xPx);
    expect(r.baseline.indices.M).toEqual(rec.multigroup.M);
    expect(r.units).toBe(15);
    expect(r.excluded.map((e) => e.code)).toContain('WK059922');
  });

  it('draws the ring of Feijenoord from the boundaries and estimates the association across the wijken', () => {
    const r = result([{ kind: 'convert', units: ['WK059910'], dwellings: 500, to: 'owner' }]);
    const zone = (code: string) => r.rules[0].units.find((u) => u.code === code)!.zone;
    expect(zone('WK059910')).toBe('target');
    expect(zone('WK059915')).toBe('ring1'); // Charlois
    expect(zone('WK059912')).toBe('ring1'); // IJsselmonde
    expect(zone('WK059917')).toBe('rest'); // Hoek van Holland
    expect(r.association.method).toBe('ecological');
    expect(r.association.oddsRatio!).toBeGreaterThan(1);
    expect(r.approximations.map((a) => a.code)).toEqual(
      expect.arrayContaining(['scenario_not_forecast', 'rented_includes_unknown', 'ring_definition']),
    );
    const d = r.rules.map((x) => (x.after.D.ok ? x.after.D.value : NaN));
    const d0 = r.baseline.indices.D.ok ? r.baseline.indices.D.value : NaN;
    for (const v of d) expect(v).toBeLessThan(d0);
  });

  it('social rent uses the gemeente share of social in rented dwellings (44 / 65)', () => {
    const r = scenarioFromJson(
      { ...SPEC, levers: [{ kind: 'convert', units: ['WK059913'], dwellings: 500, from: 'social', to: 'owner' }] },
      input,
    );
    expect(r.ok).toBe(false);
    // Pernis: 2268 dwellings, 73 % owner → 612.36 rented, × 44/65 ≈ 414.5 social
    expect(!r.ok && r.errors[0].en).toMatch(/more than the 414 social-rent dwellings \(estimated\) of Pernis/);
  });

  it('refuses what the rows cannot carry, with the reason', () => {
    const noTenure = input.rows.map((r) => ({ ...r, share_owner_occupied: null }));
    const spec = specOf([]);
    const r = runScenarioPipeline(spec, { ...input, rows: noTenure });
    expect(!r.ok && r.errors[0]).toMatchObject({ code: 'no_data' });
    expect(!r.ok && r.errors[0].en).toMatch(/no owner-occupied share/);
    const other = runScenarioPipeline({ ...spec, gemeente: 'GM9998' }, input);
    expect(!other.ok && other.errors[0].code).toBe('no_units');
  });
});

describe('scenario pipeline, buurten (no boundaries, no dwelling count)', () => {
  const row = (code: string, households: number, owner: number, population: number, old: number): ScenarioRow => ({
    code,
    name: code,
    gemeente_code: 'GM0599',
    gemeente_name: 'Rotterdam',
    households,
    share_owner_occupied: owner,
    population,
    persons_age_65plus: old,
  });
  const rows = [
    row('BU05990101', 1000, 20, 2000, 200),
    row('BU05990102', 800, 60, 1800, 400),
    row('BU05990201', 1200, 40, 2600, 300),
    row('BU05990202', 600, 80, 1400, 500),
  ];

  it('stands households in for dwellings and the other buurten of the wijk for the ring', () => {
    const spec = parseScenarioSpec({
      version: 1,
      gemeente: 'GM0599',
      level: 'buurt',
      year: 2024,
      group: 'age_65plus',
      levers: [{ kind: 'convert', units: ['BU05990101'], dwellings: 100, to: 'owner' }],
    });
    expect(spec.ok).toBe(true);
    if (!spec.ok) return;
    const r = runScenarioPipeline(spec.value, { rows, gemeenteRow: null, topology: null });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const zones = Object.fromEntries(r.value.rules[0].units.map((u) => [u.code, u.zone]));
    expect(zones).toEqual({ BU05990101: 'target', BU05990102: 'ring1', BU05990201: 'rest', BU05990202: 'rest' });
    expect(r.value.approximations.map((a) => a.code)).toEqual(expect.arrayContaining(['dwellings_from_households', 'ring_definition']));
    expect(r.value.rules[0].units[0].dwellingsBefore).toEqual({ owner: 200, rented: 800, middenhuur: 0 });
  });
});

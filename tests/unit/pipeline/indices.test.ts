/** The shared index pipeline on the real embedded data, checked against an independent computation. */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../../src/cli/node-data';
import type { StatsRepository } from '../../../src/data/queries';
import { runIndices, type SourceRow } from '../../../src/pipeline/indices';
import { indicesRow } from '../../../src/pipeline/indices-output';
import { layerSpatial } from '../../../src/pipeline/spatial';

let repo: StatsRepository;
let wijk2022: SourceRow[];
beforeAll(async () => {
  repo = await openRepository('data', ['wijk', 'gemeente']);
  wijk2022 = await repo.rows('wijk', 2022, ['population', 'share_income_low']);
});

/** D computed directly from the rows, independently of the engine. */
function directD(rows: SourceRow[]): { D: number; used: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const r of rows) {
    const p = r.population as number | null;
    const s = r.share_income_low as number | null;
    if (p === null || s === null || p <= 0) continue;
    xs.push((p * s) / 100);
    ys.push(p - (p * s) / 100);
  }
  const X = xs.reduce((a, b) => a + b, 0);
  const Y = ys.reduce((a, b) => a + b, 0);
  return { D: 0.5 * xs.reduce((acc, x, i) => acc + Math.abs(x / X - ys[i]! / Y), 0), used: xs.length };
}

describe('runIndices on CBS wijken 2022', () => {
  it('gives every gemeente its D, matching a direct computation', () => {
    const res = runIndices(wijk2022, { level: 'wijk', year: 2022, group: 'income_low', bootstrapReplicates: 0, randomReplicates: 0 });
    expect(res.records.length).toBeGreaterThan(300);
    for (const gm of ['GM0363', 'GM0599', 'GM0518']) {
      const rec = res.records.find((r) => r.regionCode === gm)!;
      const direct = directD(wijk2022.filter((r) => r.gemeente_code === gm));
      expect(rec.twoGroup.D.ok && rec.twoGroup.D.value).toBeCloseTo(direct.D, 10);
      expect(rec.unitsUsed).toBe(direct.used);
    }
  });

  it('adds spatial indices (rook and queen), CIs and expected D for one gemeente', () => {
    const topo = JSON.parse(readFileSync('data/geo/wijk_2022.topo.json', 'utf8')) as Topology;
    const ams = wijk2022.filter((r) => r.gemeente_code === 'GM0363');
    const res = runIndices(
      ams,
      { level: 'wijk', year: 2022, group: 'income_low', regions: ['GM0363'], bootstrapReplicates: 200, randomReplicates: 20 },
      layerSpatial(topo),
    );
    const r = res.records[0]!;
    expect(r.regionName).toBe('Amsterdam');
    const D = r.twoGroup.D.ok ? r.twoGroup.D.value : NaN;
    expect(r.ci!.D.lower).toBeLessThanOrEqual(D + 1e-9);
    expect(r.ci!.D.upper).toBeGreaterThanOrEqual(D - 0.05);
    expect(r.expected!.D).toBeGreaterThan(0);
    expect(r.expected!.D).toBeLessThan(D);
    for (const k of ['Dadj', 'Dw', 'SP'] as const) expect(r.twoGroup[k].ok).toBe(true);
    expect(r.DadjQueen.ok).toBe(true);
    // D(adj) subtracts neighbour contrast: below D, and queen (more pairs) differs from rook
    expect((r.twoGroup.Dadj as { value: number }).value).toBeLessThan(D);
    const row = indicesRow(r, { year: 2022, contiguity: 'rook' });
    expect(row.Dadj_rook).not.toBeNull();
    expect(row.Dadj_queen).not.toBeNull();
    expect(row.data_year).toBe(2022);
  });

  it('excludes wijken with suppressed values and says why, never counting them as 0', () => {
    const res = runIndices(wijk2022, { level: 'wijk', year: 2022, group: 'income_low', bootstrapReplicates: 0, randomReplicates: 0 });
    expect(res.excludedUnits).toBe(196);
    const almere = res.records.find((r) => r.regionCode === 'GM0034')!;
    expect(almere.excluded.missingData).toBeGreaterThan(0);
    expect(almere.warnings.some((w) => w.code === 'excluded_missing_data')).toBe(true);
  });

  it('at gemeente level gives one record per province and one for the Netherlands', async () => {
    const rows = await repo.rows('gemeente', 2022, ['population', 'share_income_low']);
    const res = runIndices(rows, { level: 'gemeente', year: 2022, group: 'income_low', bootstrapReplicates: 0, randomReplicates: 0 });
    expect(res.records.map((r) => r.regionCode)).toEqual(['NL00', ...Array.from({ length: 12 }, (_, i) => `PV${20 + i}`)]);
    const nl = res.records[0]!;
    expect(nl.unitsUsed).toBe(345);
    expect(res.records.slice(1).reduce((s, r) => s + r.unitsUsed, 0)).toBe(345);
  });

  it('rejects an unknown group with a clear message', () => {
    expect(() => runIndices(wijk2022, { level: 'wijk', year: 2022, group: 'nope' })).toThrow(/Unknown group definition "nope"/);
  });
});

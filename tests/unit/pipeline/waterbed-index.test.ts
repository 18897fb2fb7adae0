/** Waterbed comparison on a segregation index (D of 65+ over wijken), gemeente rings 2022 → 2024, real data. */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../../src/cli/node-data';
import type { SourceRow } from '../../../src/pipeline/indices';
import { runIndexWaterbed, type IndexWaterbedInput } from '../../../src/pipeline/waterbed-index';

let input: IndexWaterbedInput;
beforeAll(async () => {
  const repo = await openRepository('data', ['wijk']);
  const vars = ['population', 'share_age_65plus'];
  const topo = (y: number) => JSON.parse(readFileSync(`data/geo/gemeente_${y}.topo.json`, 'utf8')) as Topology;
  input = {
    wijkRows: { 2022: await repo.rows('wijk', 2022, vars), 2024: await repo.rows('wijk', 2024, vars) },
    gemeenteTopologies: { 2022: topo(2022), 2024: topo(2024) },
  };
});

function directD(rows: readonly SourceRow[], keep: (r: SourceRow) => boolean): number {
  const us = rows.filter((r) => keep(r) && (r.population as number) > 0 && r.share_age_65plus !== null);
  const x = us.map((r) => ((r.population as number) * (r.share_age_65plus as number)) / 100);
  const y = us.map((r, i) => (r.population as number) - x[i]!);
  const X = x.reduce((a, b) => a + b, 0);
  const Y = y.reduce((a, b) => a + b, 0);
  return 0.5 * x.reduce((s, xi, i) => s + Math.abs(xi / X - y[i]! / Y), 0);
}

describe('runIndexWaterbed', () => {
  it('compares D(65+) for Rotterdam, its adjacent gemeenten, the rest of Zuid-Holland and NL', () => {
    const r = runIndexWaterbed(input, { targets: ['GM0599'], group: 'age_65plus', index: 'D', from: 2022, to: 2024 });
    expect(r.rings.map((x) => x.ring)).toEqual(['target', 'ring1', 'rest', 'region']);
    const target = r.rings[0]!;
    expect(target.t0).toBeCloseTo(
      directD(input.wijkRows[2022]!, (w) => w.gemeente_code === 'GM0599'),
      10,
    );
    expect(target.t1).toBeCloseTo(
      directD(input.wijkRows[2024]!, (w) => w.gemeente_code === 'GM0599'),
      10,
    );
    const ring1 = r.rings[1]!;
    const rest = r.rings[2]!;
    expect(ring1.gemeenten).toBeGreaterThan(5);
    expect(ring1.didVsRest).toBeCloseTo(ring1.change! - rest.change!, 12);
    expect(r.units.find((u) => u.code === 'GM0597')?.ring).toBe('ring1');
    expect(r.summary.nl).toMatch(/aangrenzende gemeenten/);
    expect(r.summary.en).toMatch(/adjacent municipalities/);
  });

  it('follows a gemeente merged between the years (Voorne aan Zee, 2023) back to its 2022 wijken', () => {
    const r = runIndexWaterbed(input, { targets: ['GM1992'], group: 'age_65plus', index: 'H', from: 2022, to: 2024 });
    const target = r.rings[0]!;
    expect(target.wijkenT0).toBeGreaterThan(0);
    expect(target.t0).not.toBeNull();
    expect(r.warnings.some((w) => /no longer exist/.test(w))).toBe(true);
    expect(r.caveats.find((c) => c.code === 'gemeenten_changed')?.params).toMatchObject({ from: r.request.from, to: r.request.to });
  });

  it('rejects bad requests with clear messages', () => {
    expect(() => runIndexWaterbed(input, { targets: ['GM9999'], group: 'age_65plus', index: 'D', from: 2022, to: 2024 })).toThrow(
      /not a gemeente of 2024/,
    );
    expect(() => runIndexWaterbed(input, { targets: ['GM0599'], group: 'age5', index: 'D', from: 2022, to: 2024 })).toThrow(/two-group/);
    expect(() => runIndexWaterbed(input, { targets: ['GM0599'], group: 'age_65plus', index: 'D', from: 2024, to: 2022 })).toThrow(/before/);
  });
});

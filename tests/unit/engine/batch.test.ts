import { describe, it, expect } from 'vitest';
import { batchInputFromGroupCounts, computeBatch, recordToRow, type BatchInput, type RegionSpatial } from '../../../src/engine/batch';
import { groupCounts, groupDefinitionById } from '../../../src/engine/groups';
import { parseLongCounts } from '../../../src/engine/long-counts';
import { spatialProximity } from '../../../src/engine/indices/spatial-proximity';
import { gridAdjacency, gridGeometry, loadFixtures, loadSchools, value } from './helpers';

function gridInput(): { input: BatchInput; spatial: Map<string, RegionSpatial> } {
  const pats = loadFixtures().spatial_grids.patterns.slice(0, 2);
  const units: BatchInput['units'][number][] = [];
  const x: number[] = [];
  const y: number[] = [];
  const spatial = new Map<string, RegionSpatial>();
  for (const p of pats) {
    const codes = p.group1_counts_row_major.map((_, i) => `${p.pattern}-${i}`);
    p.group1_counts_row_major.forEach((v, i) => {
      units.push({ regionCode: p.pattern, regionName: `Pattern ${p.pattern}`, unitCode: codes[i] });
      x.push(v);
      y.push(100 - v);
    });
    // spatial entries in reversed order, to check the re-indexing
    const rev = [...codes].reverse();
    const adj = gridAdjacency(10, 10, 'queen');
    const n = 100;
    const neighbours = rev.map((_, i) => Int32Array.from([...adj.neighbours[n - 1 - i]].map((j) => n - 1 - j).sort((a, b) => a - b)));
    const geo = gridGeometry(10, 10);
    const centroidKm = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      centroidKm[2 * i] = geo.centroidKm[2 * (n - 1 - i)];
      centroidKm[2 * i + 1] = geo.centroidKm[2 * (n - 1 - i) + 1];
    }
    spatial.set(p.pattern, { unitCodes: rev, adjacency: { n, neighbours }, contiguity: 'queen', geometry: { ...geo, centroidKm } });
  }
  return { input: { groups: ['g1', 'g2'], units, counts: [Float64Array.from(x), Float64Array.from(y)] }, spatial };
}

describe('computeBatch', () => {
  it('computes every index per region, with spatial inputs re-indexed by unit code', () => {
    const { input, spatial } = gridInput();
    const fx = loadFixtures().spatial_grids.patterns;
    const recs = computeBatch({ ...input, spatial }, { bootstrapReplicates: 50, randomReplicates: 20 });
    expect(recs.map((r) => r.regionCode)).toEqual(['A', 'B']);
    for (const r of recs) {
      const p = fx.find((q) => q.pattern === r.regionCode)!;
      expect(r.unitsUsed).toBe(100);
      expect(r.groupTotals.g1 + r.groupTotals.g2).toBe(10000);
      const d = r.twoGroup.D;
      expect(d.ok && Math.abs(d.value - p.expected.D)).toBeLessThan(1e-9);
      const dadj = r.twoGroup.Dadj;
      expect(dadj.ok && Math.abs(dadj.value - p.expected.Dadj_queen)).toBeLessThan(1e-9);
      const x = Float64Array.from(p.group1_counts_row_major);
      const sp = value(
        spatialProximity(
          x,
          x.map((v) => 100 - v),
          gridGeometry(10, 10),
        ),
      );
      expect(r.twoGroup.SP.ok && Math.abs(r.twoGroup.SP.value - sp)).toBeLessThan(1e-12);
      expect(r.twoGroup.Dw.ok).toBe(false); // no boundary lengths supplied
      expect(r.multigroup.M.ok).toBe(true);
      expect(r.ci && r.ci.D.lower <= r.ci.D.upper).toBe(true);
      expect(r.expected && r.expected.D >= 0).toBe(true);
      expect(r.dExcess).not.toBeNull();
      expect(r.conventions['Dadj.contiguity']).toBe('queen');
    }
  });

  it('is deterministic and independent of the other regions in the batch', () => {
    const { input } = gridInput();
    const all = computeBatch(input, { bootstrapReplicates: 30, randomReplicates: 10, seed: 5 });
    expect(computeBatch(input, { bootstrapReplicates: 30, randomReplicates: 10, seed: 5 })).toEqual(all);
    const onlyB: BatchInput = {
      groups: input.groups,
      units: input.units.slice(100),
      counts: input.counts.map((c) => (c as Float64Array).slice(100)),
    };
    expect(computeBatch(onlyB, { bootstrapReplicates: 30, randomReplicates: 10, seed: 5 })[0]).toEqual(all[1]);
  });

  it('multigroup: schools00 M and H per state, focal group for the two-group indices', () => {
    const { races, schools, columns } = loadSchools();
    const input: BatchInput = {
      groups: races,
      units: schools.map((s) => ({ regionCode: s[0], regionName: `State ${s[0]}`, unitCode: s })),
      counts: columns,
    };
    const recs = computeBatch(input, { focalGroup: 'black', bootstrapReplicates: 0, randomReplicates: 0 });
    expect(recs.map((r) => r.regionCode)).toEqual(['A', 'B', 'C']);
    for (const r of recs) {
      expect(r.focalGroup).toBe('black');
      expect(r.multigroup.M.ok && r.multigroup.H.ok && r.twoGroup.D.ok).toBe(true);
      expect(r.ci).toBeNull();
      expect(r.expected).toBeNull();
    }
    expect(() => computeBatch(input, { focalGroup: 'martian' })).toThrow(RangeError);
  });

  it('carries exclusions from groups.ts and flattens to a row', () => {
    const gc = groupCounts(groupDefinitionById('income_low')!, [
      { code: 'BU1', values: { population: 1000, share_income_low: 40 } },
      { code: 'BU2', values: { population: 800, share_income_low: 20 } },
      { code: 'BU3', values: { population: 300, share_income_low: null } },
      { code: 'BU4', values: { population: 0, share_income_low: 0 } },
    ]);
    const input = batchInputFromGroupCounts(gc, () => ({ regionCode: 'GM1', regionName: 'Gemeente' }));
    const [rec] = computeBatch(input, { bootstrapReplicates: 20, randomReplicates: 5 });
    expect(rec.unitsTotal).toBe(4);
    expect(rec.unitsUsed).toBe(2);
    expect(rec.excluded).toEqual({ zeroPopulation: 1, invalid: 0, missingData: 1 });
    const codes = rec.warnings.map((w) => w.code);
    expect(codes).toContain('approximate_counts');
    expect(codes).toContain('excluded_missing_data');
    expect(codes).toContain('excluded_zero_population');
    const row = recordToRow(rec);
    expect(row.region_code).toBe('GM1');
    expect(row.total_income_low).toBe(560);
    expect(typeof row.D).toBe('number');
    expect(row.Dadj).toBeNull();
    expect(typeof row.D_ci_lower).toBe('number');
  });

  it('a region with one usable unit gives not-computable values, not NaN', () => {
    const [rec] = computeBatch({ groups: ['a', 'b'], units: [{ regionCode: 'R', regionName: 'R', unitCode: 'u' }], counts: [[3], [4]] });
    expect(rec.twoGroup.D.ok).toBe(false);
    expect(rec.ci).toBeNull();
    expect(Object.values(recordToRow(rec)).some((v) => typeof v === 'number' && Number.isNaN(v))).toBe(false);
  });

  it('accepts the long-format parser output', () => {
    const parsed = parseLongCounts('region,unit,group,count\nR1,u1,a,10\nR1,u1,b,0\nR1,u2,a,0\nR1,u2,b,10\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [rec] = computeBatch(parsed.input, { bootstrapReplicates: 10, randomReplicates: 10 });
    expect(rec.twoGroup.D.ok && rec.twoGroup.D.value).toBe(1);
  });
});

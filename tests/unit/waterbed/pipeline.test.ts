import { describe, expect, it } from 'vitest';
import type { CatalogVariable } from '../../../src/data/catalog';
import {
  createWaterbedCache,
  runWaterbed,
  waterbedTable,
  WaterbedError,
  type WaterbedRequest,
  type WaterbedRow,
} from '../../../src/pipeline/waterbed';
import { grid, rect, toTopology, type Unit } from './fixtures';

/*
 * 6 × 4 grid of wijken (code WK0001ij), gemeente GM0001 for i < 4 and GM0002 for i ≥ 4, one province.
 * 2020: cells (0,0) and (1,0) are one wijk WK000199 (split in 2021). Target WK000111 (cell 1,1).
 * share_x: 2020 10 % everywhere, WK000199 20 %; 2021 target 10, ring 1 15, rest 10, GM0002 12. Population 100 a cell.
 */
const code = (i: number, j: number) => `WK0001${i}${j}`;
const gm = (i: number) => (i < 4 ? 'GM0001' : 'GM0002');
const cells2021 = grid(6, 4, (i) => gm(i)).map((f, k) => ({ ...f, properties: { ...f.properties, code: code(k % 6, Math.floor(k / 6)) } }));
const cells2020: Unit[] = [
  rect('WK000199', 0, 0, 2, 1, { gemeente_code: 'GM0001' }),
  ...cells2021.filter((f) => !['WK000100', 'WK000110'].includes(f.properties.code)),
];
const ring1 = new Set(['WK000100', 'WK000110', 'WK000120', 'WK000101', 'WK000121', 'WK000102', 'WK000112', 'WK000122']);

const row = (c: string, values: Record<string, number | null>): WaterbedRow => ({
  code: c,
  name: `Wijk ${c}`,
  gemeente_code: gm(Number(c[6])),
  province_code: 'PV99',
  province_name: 'Testland',
  ...values,
});
const rows: Record<number, WaterbedRow[]> = {
  2020: cells2020.map((f) =>
    f.properties.code === 'WK000199'
      ? row('WK000199', { population: 200, share_x: 20, mean_y: 30 })
      : row(f.properties.code, { population: 100, share_x: 10, mean_y: 20 }),
  ),
  2021: cells2021.map((f) => {
    const c = f.properties.code;
    const share = c === 'WK000111' ? 10 : ring1.has(c) ? 15 : gm(Number(c[6])) === 'GM0001' ? 10 : 12;
    return row(c, { population: 100, share_x: share, mean_y: 22, share_2021: 5 });
  }),
};
const variable = (id: string, kind: CatalogVariable['kind'], years: number[], denominator?: string): CatalogVariable => ({
  id,
  kind,
  unit: kind === 'share' ? 'percent' : kind === 'count' ? 'count' : 'keur',
  label: { nl: id, en: id },
  availability: { wijk: years },
  sources: [],
  ...(denominator ? { denominator } : {}),
});
const variables = [
  variable('population', 'count', [2020, 2021]),
  variable('share_x', 'share', [2020, 2021], 'population'),
  variable('mean_y', 'mean', [2020, 2021]),
  variable('share_2021', 'share', [2021], 'population'),
  variable('population_density', 'density', [2020, 2021]),
];
const input = { rows, topologies: { 2020: toTopology(cells2020), 2021: toTopology(cells2021) }, variables, cache: createWaterbedCache() };
const base: WaterbedRequest = { level: 'wijk', targets: ['WK000111'], indicator: 'share_x', from: 2020, to: 2021 };

describe('runWaterbed on a synthetic grid', () => {
  const r = runWaterbed(input, base);
  const ringOf = (name: string) => r.rings.find((x) => x.ring === name)!;

  it('ring values at t0 (interpolated) and t1, changes and DiD', () => {
    expect(r.rings.map((x) => x.ring)).toEqual(['target', 'ring1', 'rest', 'region']);
    expect(ringOf('target')).toMatchObject({ t0: 10, t1: 10, change: 0, units: 1 });
    expect(ringOf('ring1').units).toBe(8);
    expect(ringOf('ring1').t0).toBeCloseTo(12.5, 3); // (2·20 + 6·10) / 8 cells of 100 people
    expect(ringOf('ring1').t1).toBe(15);
    expect(ringOf('rest')).toMatchObject({ t0: 10, t1: 10, units: 7 });
    expect(ringOf('ring1').didVsRest).toBeCloseTo(2.5, 3);
    expect(ringOf('region').t0).toBeCloseTo(26000 / 2400, 3);
    expect(ringOf('region').t1).toBeCloseTo(29600 / 2400, 9);
    expect(ringOf('ring1').didVsRegion).toBeCloseTo(2.5 - (29600 - 26000) / 2400, 3);
    expect(ringOf('ring1').reallocatedShare).toBeCloseTo(0.25, 3); // 200 of 800 people came from WK000199
    expect(r.indicator.metric).toBe('absolute');
  });

  it('units: flags, reallocated shares, source codes', () => {
    const u = Object.fromEntries(r.units.map((x) => [x.code, x]));
    expect(u.WK000100).toMatchObject({
      ring: 'ring1',
      t0: 20,
      t1: 15,
      flag: 'below',
      reallocatedShare: 1,
      sourceCodes: ['WK000199'],
      identical: false,
    });
    expect(u.WK000101).toMatchObject({
      ring: 'ring1',
      t0: 10,
      t1: 15,
      flag: 'above',
      reallocatedShare: 0,
      sourceCodes: ['WK000101'],
      identical: true,
    });
    expect(u.WK000111).toMatchObject({ ring: 'target', flag: null });
    expect(u.WK000130).toMatchObject({ ring: 'rest', flag: null, didVsRest: 0 });
    expect(u.WK000140).toBeUndefined(); // GM0002: region only
    expect(r.units).toHaveLength(16);
  });

  it('summary, trajectories, warnings and table', () => {
    expect(r.summary.en).toBe('The adjacent wijken saw the share_x rise 2.5 points more than the rest of the city between 2020 and 2021.');
    expect(r.trajectories.find((t) => t.ring === 'ring1')!.points.map((p) => p.year)).toEqual([2020, 2021]);
    expect(r.warnings.map((w) => w.code)).toContain('reallocated');
    const table = waterbedTable(r);
    expect(table).toHaveLength(4 + 16);
    expect(table[1]).toMatchObject({ type: 'ring', ring: 'ring1', t1: '15' });
    expect(table.find((t) => t.code === 'WK000100')).toMatchObject({ flag: 'below', source_codes: 'WK000199', reallocated_share: '1' });
  });

  it('counts are preserved; non-share indicators use percent growth', () => {
    const pop = runWaterbed(input, { ...base, indicator: 'population' });
    expect(pop.rings.find((x) => x.ring === 'region')!.t0).toBeCloseTo(2400, 6);
    expect(pop.indicator.metric).toBe('relative');
    const mean = runWaterbed(input, { ...base, indicator: 'mean_y', ring2: true, contiguity: 'rook' });
    expect(mean.rings.map((x) => x.ring)).toEqual(['target', 'ring1', 'ring2', 'rest', 'region']);
    expect(mean.rings[1].units).toBe(4);
    expect(mean.rings[1].t0).toBeCloseTo((30 * 100 + 20 * 300) / 400, 3); // WK000110 from WK000199 (mean 30) + 3 others
    expect(mean.rings[1].changePct).toBeCloseTo(100 * (22 / 22.5 - 1), 3);
  });

  const error = (req: Partial<WaterbedRequest>) => {
    try {
      runWaterbed(input, { ...base, ...req });
    } catch (e) {
      expect(e).toBeInstanceOf(WaterbedError);
      return (e as WaterbedError).message;
    }
    throw new Error('expected an error');
  };

  it('validates the request with clear messages', () => {
    expect(error({ targets: ['WK999999'] })).toBe('unknown target code WK999999: no wijk has this code in any year');
    expect(error({ targets: ['WK000199'] })).toBe(
      'target WK000199 does not exist in the 2021 wijk boundaries (it exists in 2020); in 2021 its area is part of WK000100, WK000110',
    );
    expect(error({ targets: ['GM0001'] })).toContain('is not a wijk code');
    expect(error({ targets: [] })).toBe('no target unit given');
    expect(error({ indicator: 'share_2021' })).toBe('indicator share_2021 is not available for wijk in 2020 (available: 2021)');
    expect(error({ indicator: 'nope' })).toBe('unknown indicator "nope"');
    expect(error({ indicator: 'population_density' })).toContain('cannot be interpolated');
    expect(error({ from: 2021, to: 2021 })).toBe('from (2021) must be before to (2021)');
    expect(error({ from: 2021, to: 2020 })).toBe('from (2021) must be before to (2020)');
    expect(error({ threshold: -1 })).toContain('threshold');
    expect(error({ contiguity: 'bishop' as 'rook' })).toContain('contiguity');
    expect(error({ from: 2019 })).toBe('indicator share_x is not available for wijk in 2019 (available: 2020, 2021)');
    try {
      runWaterbed(input, { ...base, targets: ['WK999999'] });
    } catch (e) {
      expect((e as WaterbedError).messages.nl).toBe('onbekende code WK999999: geen wijk heeft deze code in enig jaar');
    }
  });
});

import { readFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { VARIABLES, variableById, type VariableDef } from '../../../src/data/variables';
import {
  buildDetailRows,
  nationalByYear,
  nationalReference,
  referenceDenominator,
  type StatRow,
} from '../../../src/views/explore/detail-model';

const v = (id: string): VariableDef => variableById(id)!;

describe('nationalReference', () => {
  const rows = [
    {
      population: 1000,
      dwellings: 400,
      households: 500,
      share_age_65plus: 10,
      mean_woz_keur: 200,
      mean_household_size: 2,
      population_density: 100,
    },
    {
      population: 3000,
      dwellings: 1600,
      households: 1000,
      share_age_65plus: 30,
      mean_woz_keur: 300,
      mean_household_size: 3,
      population_density: 1000,
    },
    {
      population: null,
      dwellings: 100,
      households: null,
      share_age_65plus: 50,
      mean_woz_keur: null,
      mean_household_size: null,
      population_density: null,
    },
    {
      population: 500,
      dwellings: null,
      households: 200,
      share_age_65plus: null,
      mean_woz_keur: 999,
      mean_household_size: Number.NaN,
      population_density: 50,
    },
  ];

  it('shares: Σ share·denominator / Σ denominator over units with both', () => {
    // (10·1000 + 30·3000) / 4000 = 25 (the unit without population and the one without a share are left out)
    expect(nationalReference(rows, v('share_age_65plus'), 'population')).toBe(25);
    expect(referenceDenominator(v('share_age_65plus'))).toBe('population');
  });

  it('counts: the sum of the units with data', () => {
    expect(nationalReference(rows, v('population'), null)).toBe(4500);
    expect(nationalReference(rows, v('population'), 'whatever')).toBe(4500);
    expect(nationalReference([{ population: null }], v('population'))).toBeNull();
  });

  it('means: weighted by the denominator (WOZ by dwellings, household size by households)', () => {
    expect(referenceDenominator(v('mean_woz_keur'))).toBe('dwellings');
    // (200·400 + 300·1600) / 2000 = 280; the 999 has no dwellings
    expect(nationalReference(rows, v('mean_woz_keur'), 'dwellings')).toBe(280);
    expect(nationalReference(rows, v('mean_household_size'), referenceDenominator(v('mean_household_size')))).toBeCloseTo(
      (2 * 500 + 3 * 1000) / 1500,
      12,
    );
  });

  it('density: total population over total area', () => {
    // areas 10, 3 and 10 km² → 4500 / 23
    expect(nationalReference(rows, v('population_density'), 'population')).toBeCloseTo(4500 / 23, 12);
  });

  it('no denominator: unweighted mean; no usable rows: null', () => {
    expect(nationalReference(rows, v('share_age_65plus'), null)).toBe(30);
    expect(nationalReference([], v('share_age_65plus'), 'population')).toBeNull();
    expect(nationalReference([{ share_age_65plus: 10, population: 0 }], v('share_age_65plus'), 'population')).toBeNull();
  });
});

describe('national references from the embedded gemeente data', () => {
  it('2022: population sums to the Netherlands, shares are population-weighted', async () => {
    const b = readFileSync(new URL('../../../data/stats/gemeente.parquet', import.meta.url));
    const rows = (await parquetReadObjects({
      file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
    })) as StatRow[];
    const nat = nationalByYear(rows, VARIABLES);
    const y22 = nat.get(2022)!;
    const g22 = rows.filter((r) => r.year === 2022);
    expect(y22.population).toBe(g22.reduce((a, r) => a + (r.population as number), 0));
    expect(y22.population).toBeGreaterThan(17_500_000);
    expect(y22.population).toBeLessThan(17_700_000);
    expect(y22.share_age_65plus).toBeGreaterThan(19);
    expect(y22.share_age_65plus).toBeLessThan(21);
    // weighted differs from the plain mean of gemeente percentages (small gemeenten are older)
    const plain = g22.reduce((a, r) => a + (r.share_age_65plus as number), 0) / g22.length;
    expect(Math.abs(plain - y22.share_age_65plus!)).toBeGreaterThan(0.5);
    expect([...nat.keys()]).toEqual([2012, 2014, 2017, 2018, 2019, 2022, 2023, 2024]);
  });
});

describe('buildDetailRows', () => {
  const unitRows: StatRow[] = [
    { year: 2024, population: 1200, share_age_65plus: 12 },
    { year: 2022, population: 1000, share_age_65plus: 10, mean_woz_keur: 300 },
  ];
  const gemeenteRows: StatRow[] = [
    { year: 2022, population: 50_000, share_age_65plus: 20, mean_woz_keur: 350 },
    { year: 2024, population: 51_000, share_age_65plus: 21 },
  ];
  const national = new Map([
    [2022, { population: 17_600_000, share_age_65plus: 19.9, mean_woz_keur: 355 }],
    [2024, { population: 17_900_000, share_age_65plus: 20.4, mean_woz_keur: null }],
  ]);
  const vars = [v('population'), v('share_age_65plus'), v('mean_woz_keur'), v('share_rented')];

  it('gives value, gemeente and national value for the chosen year, and sorted series', () => {
    const rows = buildDetailRows({ variables: vars, year: 2024, unitRows, gemeenteRows, national });
    expect(rows.map((r) => r.id)).toEqual(['population', 'share_age_65plus', 'mean_woz_keur']);
    expect(rows[1]).toMatchObject({
      value: 12,
      gemeenteValue: 21,
      nationalValue: 20.4,
      unit: 'percent',
      trend: [
        { year: 2022, value: 10 },
        { year: 2024, value: 12 },
      ],
      nationalTrend: [
        { year: 2022, value: 19.9 },
        { year: 2024, value: 20.4 },
      ],
    });
    expect(rows[2]).toMatchObject({ value: null, gemeenteValue: null, nationalValue: null, trend: [{ year: 2022, value: 300 }] });
  });

  it('includeEmpty keeps variables without data; a gemeente has no gemeente column', () => {
    const rows = buildDetailRows({ variables: vars, year: 2022, unitRows, includeEmpty: true });
    expect(rows).toHaveLength(4);
    expect(rows[3]).toMatchObject({ id: 'share_rented', value: null, trend: [] });
    expect(rows.every((r) => r.gemeenteValue === null && r.nationalValue === null && r.gemeenteTrend.length === 0)).toBe(true);
  });
});

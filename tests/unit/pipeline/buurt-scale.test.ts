/** The scale comparison and the three-level split on small synthetic buurt tables (no data files). */
import { describe, expect, it } from 'vitest';
import { splitBuurtenByProvince } from '../../../src/pipeline/decomposition-buurt';
import type { SourceRow } from '../../../src/pipeline/indices';
import { scaleComparison } from '../../../src/pipeline/scale';

function buurt(
  code: string,
  wijk: string,
  gemeente: string,
  province: string,
  population: number | null,
  old: number | null,
  young = 0,
): SourceRow {
  return {
    code,
    name: code,
    wijk_code: wijk,
    wijk_name: `wijk ${wijk}`,
    gemeente_code: gemeente,
    gemeente_name: `gemeente ${gemeente}`,
    province_code: province,
    province_name: `provincie ${province}`,
    population,
    persons_age_65plus: old,
    persons_age_0_14: young,
  };
}

const ROWS: SourceRow[] = [
  buurt('BU1', 'WK11', 'GM1', 'PV1', 100, 50),
  buurt('BU2', 'WK11', 'GM1', 'PV1', 100, 10),
  buurt('BU3', 'WK12', 'GM1', 'PV1', 100, 30),
  buurt('BU4', 'WK12', 'GM1', 'PV1', 100, 30),
  buurt('BU5', 'WK12', 'GM1', 'PV1', 100, null),
  buurt('BU6', 'WK21', 'GM2', 'PV2', 200, 20),
  buurt('BU7', 'WK21', 'GM2', 'PV2', 200, 100),
];

describe('scaleComparison', () => {
  it('gives per gemeente D over its wijken (buurt counts summed) and over its buurten', () => {
    const res = scaleComparison(ROWS, { group: 'age_65plus' });
    expect(res.index).toBe('D');
    const [gm1, gm2] = res.rows;
    // GM1: wijken (60, 140) and (60, 140): D 0; buurten 50/50, 10/90, 30/70, 30/70: D = ½ Σ |x/120 − y/280|.
    expect(gm1).toMatchObject({ code: 'GM1', name: 'gemeente GM1', wijk: 0, wijken: 2, buurten: 4, buurtenExcluded: 1, reason: null });
    const d = 0.5 * (Math.abs(50 / 120 - 50 / 280) + Math.abs(10 / 120 - 90 / 280) + 2 * Math.abs(30 / 120 - 70 / 280));
    expect(gm1!.buurt!).toBeCloseTo(d, 14);
    expect(gm1!.gap!).toBeCloseTo(d, 14);
    // GM2 has one wijk: nothing to compare at wijk level, and the reason says so.
    expect(gm2!.wijk).toBeNull();
    expect(gm2!.gap).toBeNull();
    expect(gm2!.reason).toMatch(/^wijk: not computable: fewer than 2 usable units/);
    expect(gm2!.buurt).not.toBeNull();
    expect(gm1!.expectedBuurt).toBeNull();
  });

  it('adds expected values under random allocation on request, for D, M and H only', () => {
    const d = scaleComparison(ROWS, { group: 'age_65plus', randomReplicates: 20, seed: 7 });
    expect(d.rows[0]!.expectedBuurt).toBeGreaterThan(0);
    expect(d.rows[0]!.expectedWijk).toBeGreaterThanOrEqual(0);
    const gini = scaleComparison(ROWS, { group: 'age_65plus', index: 'Gini', randomReplicates: 20 });
    expect(gini.rows[0]!.expectedBuurt).toBeNull();
    expect(gini.rows[0]!.buurt).toBeGreaterThan(0);
  });

  it('keeps only the gemeenten asked for, and refuses groups without a buurt definition', () => {
    expect(scaleComparison(ROWS, { group: 'age_65plus', gemeenten: ['GM2'] }).rows.map((r) => r.code)).toEqual(['GM2']);
    expect(() => scaleComparison(ROWS, { group: 'income_low' })).toThrow(/at buurt level/);
  });
});

describe('splitBuurtenByProvince', () => {
  it('splits NL and each province into three parts; uniform wijken leave nothing within them', () => {
    const uniform = [
      buurt('BU1', 'WK11', 'GM1', 'PV1', 100, 50),
      buurt('BU2', 'WK11', 'GM1', 'PV1', 200, 100),
      buurt('BU3', 'WK12', 'GM1', 'PV1', 100, 10),
      buurt('BU4', 'WK21', 'GM2', 'PV1', 300, 30),
      buurt('BU5', 'WK22', 'GM2', 'PV1', 100, 90),
    ];
    const res = splitBuurtenByProvince(uniform, 'age_65plus');
    expect(res.rows.map((r) => r.regionCode)).toEqual(['NL00', 'PV1']);
    const nl = res.rows[0]!;
    expect(nl).toMatchObject({ gemeenten: 2, wijken: 4, buurtenUsed: 5, buurtenExcluded: 0, withinWijken: 0, reason: null });
    expect(Math.abs(nl.betweenGemeenten! + nl.betweenWijken! - nl.total!)).toBeLessThan(1e-15);
    expect(nl.shareWithinWijken).toBe(0);
    expect(nl.betweenWijken!).toBeGreaterThan(0);
  });

  it('counts excluded buurten (missing, negative 15–64) per area, and explains a region it cannot split', () => {
    const rows = [
      buurt('BU1', 'WK11', 'GM1', 'PV1', 100, 50, 10),
      buurt('BU2', 'WK11', 'GM1', 'PV1', 100, 10, 20),
      buurt('BU3', 'WK21', 'GM2', 'PV2', 20, 15, 10),
      buurt('BU4', 'WK21', 'GM2', 'PV2', 100, null, 10),
      buurt('BU5', 'WK21', 'GM2', 'PV2', 100, 40, 10),
    ];
    const res = splitBuurtenByProvince(rows, 'age3');
    const [nl, pv1, pv2] = res.rows;
    expect(nl).toMatchObject({ buurtenUsed: 3, buurtenExcluded: 2, negativeRemainders: 1 });
    expect(pv1).toMatchObject({ buurtenUsed: 2, buurtenExcluded: 0, negativeRemainders: 0 });
    expect(pv2).toMatchObject({ buurtenUsed: 1, buurtenExcluded: 2, negativeRemainders: 1, total: null });
    expect(pv2!.reason).toMatch(/fewer than 2 usable units/);
    expect(res.note.en).toMatch(/15–64 = population − 0–14 − 65\+/);
  });
});

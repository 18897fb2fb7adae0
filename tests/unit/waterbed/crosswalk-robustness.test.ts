/**
 * Robustness of a waterbed comparison against the crosswalk: consistency marks of redrawn units, the rounding step
 * of published values, rounding bands and distinguishability (the summary sentence's use of them is in
 * summary.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { consistencyMarks, consistencySentence, type ConsistencyInput } from '../../../src/engine/waterbed/consistency';
import type { GrowthYardstick } from '../../../src/engine/waterbed/growth';
import { distinguishable, roundingStep, unitRounding } from '../../../src/engine/waterbed/uncertainty';

describe('consistencyMarks', () => {
  const yardstick: GrowthYardstick = { growth: 1.05, spread: 0.03, band: [0.9, 1.1], units: 40, measured: true };
  // GM1: a large unchanged unit, an ok unit, an implausible one, a small jump, an unknown, one from (almost) no one.
  // GM2 grew 30 % as a whole: its units are judged against that growth, not GM1's.
  const input: ConsistencyInput = {
    identical: [true, false, false, false, false, false, false, false],
    fromPopulation: [20_000, 2000, 1000, 40, null, 0, 1000, 1000],
    toPopulation: [21_000, 2100, 1600, 80, 500, 150, 1300, 1310],
    scope: ['GM1', 'GM1', 'GM1', 'GM1', 'GM1', 'GM1', 'GM2', 'GM2'],
    yardstick,
  };
  const G1 = (21_000 + 2100 + 1600 + 80 + 150) / (20_000 + 2000 + 1000 + 40 + 0);
  const marks = consistencyMarks(input);

  it('identical units and unknown populations get no mark', () => {
    expect(marks[0]).toBeNull();
    expect(marks[4]).toBeNull();
  });

  it('an implausible unit is marked, an ok one not; growth is relative to the scope', () => {
    expect(marks[1]).toMatchObject({ status: 'ok', fromPopulation: 2000, toPopulation: 2100 });
    expect(marks[1]!.impliedGrowthPct).toBeCloseTo(5, 9);
    expect(marks[2]).toMatchObject({ status: 'implausible' });
    expect(marks[2]!.impliedGrowthPct).toBeCloseTo(60, 9);
    expect(marks[2]!.scopeGrowthPct).toBeCloseTo(100 * (G1 - 1), 9);
    expect(marks[2]!.bandPct[0]).toBeCloseTo(100 * (0.9 * G1 - 1), 9);
    expect(marks[2]!.bandPct[1]).toBeCloseTo(100 * (1.1 * G1 - 1), 9);
    // 30 % and 31 % growth are implausible next to GM1, not in GM2 which grew 30.5 %.
    expect(marks[6]).toMatchObject({ status: 'ok' });
    expect(marks[7]).toMatchObject({ status: 'ok' });
    expect(marks[6]!.scopeGrowthPct).toBeCloseTo(30.5, 9);
  });

  it('minGap: a doubling of 40 people is ok (gap < 100) unless minGap is lowered', () => {
    expect(marks[3]).toMatchObject({ status: 'ok', impliedGrowthPct: 100 });
    const gap = 80 - G1 * 40; // ≈ 36.7 people
    expect(consistencyMarks({ ...input, minGap: gap + 1 })[3]!.status).toBe('ok');
    expect(consistencyMarks({ ...input, minGap: gap - 1 })[3]!.status).toBe('implausible');
    // The 60 % jump (gap ≈ 518) stays implausible up to that gap.
    expect(consistencyMarks({ ...input, minGap: 500 })[2]!.status).toBe('implausible');
    expect(consistencyMarks({ ...input, minGap: 600 })[2]!.status).toBe('ok');
  });

  it('a unit that the crosswalk gives (almost) no one but has people now is implausible', () => {
    expect(marks[5]).toMatchObject({ status: 'implausible', fromPopulation: 0, impliedGrowthPct: null });
    expect(consistencyMarks({ ...input, minGap: 200 })[5]!.status).toBe('ok');
    const s = consistencySentence(marks[5]!, 2022, 2024, 'wijk');
    expect(s.en).toContain('(from almost no one)');
    expect(s.nl).toContain('(van bijna niemand)');
  });

  it('the sentence gives both populations and the band', () => {
    const s = consistencySentence(marks[2]!, 2022, 2024, 'wijk');
    expect(s.en).toContain('gives this unit 1,000 inhabitants in 2022 against 1,600 in 2024 (+60.0%)');
    expect(s.nl).toContain('1.000 inwoners in 2022 tegen 1.600 in 2024 (+60,0%)');
    expect(consistencySentence(marks[2]!, 2012, 2022, 'gemeente').en).toContain('unchanged municipalities stayed between');
  });
});

describe('roundingStep', () => {
  const range = (n: number, step: number) => Array.from({ length: n }, (_, k) => (k + 1) * step);

  it('infers the step of published values', () => {
    expect(roundingStep(range(20, 1))).toBe(1);
    expect(roundingStep([...range(20, 1), 4000])).toBe(1);
    expect(roundingStep(range(20, 5))).toBe(5);
    expect(roundingStep(range(20, 10))).toBe(10);
    expect(roundingStep(range(20, 1000))).toBe(1000);
    expect(roundingStep(range(30, 0.1))).toBe(0.1);
    expect(roundingStep(range(30, 0.05))).toBe(0.05);
    expect(roundingStep([...range(20, 1), 12.5])).toBe(0.5);
  });

  it('ignores zeros and unknowns; null with too few distinct values or unrounded data', () => {
    expect(roundingStep([0, null, undefined, NaN, Infinity, ...range(10, 5)])).toBe(5);
    expect(roundingStep([1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3])).toBeNull();
    expect(roundingStep(range(9, 1))).toBeNull();
    expect(roundingStep(range(9, 5), 5)).toBe(5);
    expect(roundingStep([])).toBeNull();
    expect(roundingStep(range(20, Math.PI))).toBeNull();
  });
});

describe('unitRounding and distinguishable', () => {
  it('worst case of a unit change from half a step in each year', () => {
    expect(unitRounding('absolute', 20, 21, 0.5, 0.5)).toBe(1);
    expect(unitRounding('absolute', 20, null, 0.5, 0.5)).toBe(0);
    expect(unitRounding('relative', null, 110, 0.5, 0.5)).toBe(0);
    expect(unitRounding('relative', 100, 110, 0.5, 0.5)).toBeCloseTo(100 * (110.5 / 99.5 - 1.1), 12);
    expect(unitRounding('relative', 100, 110, 0.5, 0.5)).toBeGreaterThan(100 * (1.1 - 109.5 / 100.5));
    expect(unitRounding('relative', 5, 10, 5, 5)).toBe(Infinity); // v0 may be 0
    expect(unitRounding('relative', 100, 100, 0, 0)).toBe(0);
  });

  it('an interval widened by rounding must lie on one side of 0 (or beyond the threshold)', () => {
    expect(distinguishable(null, 0)).toBe(false);
    expect(distinguishable({ low: 1, high: 2 }, 0.5)).toBe(true);
    expect(distinguishable({ low: 1, high: 2 }, 1)).toBe(false); // touches 0
    expect(distinguishable({ low: -2, high: -1 }, 0.5)).toBe(true);
    expect(distinguishable({ low: -1, high: 2 }, 0)).toBe(false);
    expect(distinguishable({ low: 3, high: 4 }, 0.5, 2, 'above')).toBe(true);
    expect(distinguishable({ low: 3, high: 4 }, 1.5, 2, 'above')).toBe(false);
    expect(distinguishable({ low: -4, high: -3 }, 0.5, 2, 'below')).toBe(true);
    expect(distinguishable({ low: -4, high: -3 }, 0.5, 2, 'above')).toBe(false);
    expect(distinguishable({ low: -4, high: -1.5 }, 0, 2, 'below')).toBe(false);
  });
});

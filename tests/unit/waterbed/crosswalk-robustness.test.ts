/**
 * Robustness of a waterbed comparison against the crosswalk: consistency marks of redrawn units, the rounding step
 * of published values, rounding bands, distinguishability, and a summary sentence that claims no direction the
 * uncertainty does not support.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consistencyMarks, consistencySentence, type ConsistencyInput } from '../../../src/engine/waterbed/consistency';
import type { GrowthYardstick } from '../../../src/engine/waterbed/growth';
import { summarise, type SummaryInput } from '../../../src/engine/waterbed/summary';
import type { IndicatorSpec, RingComparison } from '../../../src/engine/waterbed/types';
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

describe('summary sentence with the uncertainty of ring 1', () => {
  const lowIncome: IndicatorSpec = {
    id: 'share_income_low',
    kind: 'share',
    unit: 'percent',
    label: { nl: 'Aandeel personen met laag inkomen', en: 'Share of persons with low income' },
    denominator: 'population',
  };
  const income: IndicatorSpec = {
    id: 'mean_income_per_inhabitant_keur',
    kind: 'mean',
    unit: 'keur',
    label: { nl: 'Gemiddeld inkomen per inwoner', en: 'Mean income per inhabitant' },
    denominator: 'population',
  };
  const cmp = (ring: RingComparison['ring'], t0: number, t1: number): RingComparison => ({
    ring,
    t0,
    t1,
    change: t1 - t0,
    changePct: (100 * (t1 - t0)) / t0,
    units: 5,
    missing: 0,
    didVsRest: null,
    didVsRegion: null,
    didAbsoluteVsRest: null,
  });
  const say = (indicator: IndicatorSpec, ring1: [number, number], rest: [number, number], u: SummaryInput['ring1Uncertainty']) =>
    summarise({
      level: 'wijk',
      indicator,
      from: 2022,
      to: 2024,
      ring1: cmp('ring1', ...ring1),
      rest: cmp('rest', ...rest),
      ring1Uncertainty: u,
    });
  const claimsEn = /\b(more|less)\b/,
    claimsNl = /\b(meer|minder)\b/;

  it('an interval containing 0: "not distinguishable", never more or less', () => {
    const s = say(lowIncome, [20, 24.1], [15, 16], { range: { low: -0.2, high: 3.5 }, rounding: 0.3 });
    expect(s.en).toContain('not distinguishable');
    expect(s.nl).toContain('niet te onderscheiden');
    expect(s.en).not.toMatch(claimsEn);
    expect(s.nl).not.toMatch(claimsNl);
    expect(s.en).toContain('between \u22120.5 and +3.8 points');
    expect(s.nl).toContain('tussen \u22120,5 en +3,8 procentpunt');
    // Only the rounding band makes it undecided.
    const r = say(lowIncome, [20, 24.1], [15, 16], { range: { low: 0.2, high: 3.5 }, rounding: 0.3 });
    expect(r.en).toContain('not distinguishable');
    expect(r.en).not.toMatch(claimsEn);
    // Percent growth (means): same rule.
    const m = say(income, [20, 24], [20, 23], { range: { low: -1, high: 6 }, rounding: 0.5 });
    expect(m.en).toContain('not distinguishable');
    expect(m.en).toContain('percentage points');
    expect(m.en).not.toMatch(claimsEn);
    expect(m.nl).not.toMatch(claimsNl);
  });

  it('an interval excluding 0 with a material range: the claim and the range', () => {
    const s = say(lowIncome, [20, 24.1], [15, 16], { range: { low: 2.4, high: 3.6 }, rounding: 0.2 });
    expect(s.en).toBe(
      'The adjacent wijken saw the share of low incomes rise 3.1 points more than the rest of the city between 2022 and 2024. Depending on how the 2022 boundaries are converted, the difference lies between +2.4 and +3.6 points.',
    );
    expect(s.nl).toBe(
      'In de aangrenzende wijken steeg het aandeel lage inkomens tussen 2022 en 2024 3,1 procentpunt meer dan in de rest van de stad. Afhankelijk van de omrekening van de grenzen van 2022 ligt het verschil tussen +2,4 en +3,6 procentpunt.',
    );
    const m = say(income, [20, 24], [20, 23], { range: { low: 4, high: 6 }, rounding: 0.5 });
    expect(m.en).toMatch(/5\.0 percentage points more\. Depending on .* between \+4\.0 and \+6\.0 percentage points\.$/);
  });

  it('no range sentence when the range is not material, and "about as much" stays as it is', () => {
    const plain = say(lowIncome, [20, 24.1], [15, 16], null);
    expect(say(lowIncome, [20, 24.1], [15, 16], { range: { low: 3.08, high: 3.12 }, rounding: 0.1 })).toEqual(plain);
    const equal = say(lowIncome, [20, 21.2], [15, 16], { range: { low: -1, high: 1 }, rounding: 0.5 });
    expect(equal.en).toContain('about as much');
    expect(equal.en).not.toContain('not distinguishable');
  });

  it('property: the sentence claims a direction only when the widened interval excludes 0', () => {
    const tenth = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((v) => v / 10);
    fc.assert(
      fc.property(tenth(-10, 10), tenth(-10, 10), tenth(0, 5), tenth(0, 5), tenth(0, 2), (a, b, below, above, rounding) => {
        const d = 20 + a - 20 - (15 + b - 15); // as summarise computes it from t0 and t1
        const range = { low: d - below, high: d + above };
        const s = say(lowIncome, [20, 20 + a], [15, 15 + b], { range, rounding });
        const equal = Math.abs(d) < 0.5 || Number(Math.abs(d).toFixed(1)) === 0;
        if (equal) return;
        if (distinguishable(range, rounding)) {
          expect(s.en).not.toContain('not distinguishable');
          expect(s.nl).not.toContain('niet te onderscheiden');
        } else {
          expect(s.en).toContain('not distinguishable');
          expect(s.nl).toContain('niet te onderscheiden');
          expect(s.en).not.toMatch(claimsEn);
          expect(s.nl).not.toMatch(claimsNl);
        }
      }),
      { numRuns: 300 },
    );
  });
});

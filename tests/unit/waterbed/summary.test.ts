import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmt, indicatorPhrase, signed } from '../../../src/engine/waterbed/phrases';
import { summarise, type SummaryInput } from '../../../src/engine/waterbed/summary';
import type { IndicatorSpec, RingComparison } from '../../../src/engine/waterbed/types';
import { distinguishable } from '../../../src/engine/waterbed/uncertainty';

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
const population: IndicatorSpec = {
  id: 'population',
  kind: 'count',
  unit: 'count',
  label: { nl: 'Inwoners', en: 'Inhabitants' },
  denominator: null,
};
const woz: IndicatorSpec = {
  id: 'mean_woz_keur',
  kind: 'mean',
  unit: 'keur',
  label: { nl: 'Gemiddelde WOZ-waarde', en: 'Mean property value (WOZ)' },
  denominator: 'dwellings',
};

const cmp = (ring: RingComparison['ring'], t0: number | null, t1: number | null, units = 5): RingComparison => ({
  ring,
  t0,
  t1,
  change: t0 !== null && t1 !== null ? t1 - t0 : null,
  changePct: t0 && t1 !== null ? (100 * (t1 - t0)) / t0 : null,
  units,
  missing: 0,
  didVsRest: null,
  didVsRegion: null,
  didAbsoluteVsRest: null,
});
const wijk = (indicator: IndicatorSpec, ring1: [number, number], rest: [number, number], extra: Partial<SummaryInput> = {}) =>
  summarise({ level: 'wijk', indicator, from: 2022, to: 2024, ring1: cmp('ring1', ...ring1), rest: cmp('rest', ...rest), ...extra });

describe('summary sentence', () => {
  it('the example from the issue, in both languages', () => {
    const s = wijk(lowIncome, [20, 24.1], [15, 16]);
    expect(s.en).toBe(
      'The adjacent wijken saw the share of low incomes rise 3.1 points more than the rest of the city between 2022 and 2024.',
    );
    expect(s.nl).toBe(
      'In de aangrenzende wijken steeg het aandeel lage inkomens tussen 2022 en 2024 3,1 procentpunt meer dan in de rest van de stad.',
    );
  });

  it('falls, smaller rises and opposite directions', () => {
    expect(wijk(lowIncome, [20, 16], [15, 14]).en).toBe(
      'The adjacent wijken saw the share of low incomes fall 3.0 points more than the rest of the city between 2022 and 2024.',
    );
    expect(wijk(lowIncome, [20, 19], [15, 12]).nl).toBe(
      'In de aangrenzende wijken daalde het aandeel lage inkomens tussen 2022 en 2024 2,0 procentpunt minder dan in de rest van de stad.',
    );
    expect(wijk(lowIncome, [20, 21], [15, 18]).en).toBe(
      'The adjacent wijken saw the share of low incomes rise 2.0 points less than the rest of the city between 2022 and 2024.',
    );
    const opposite = wijk(lowIncome, [20, 22], [15, 13.5]);
    expect(opposite.en).toBe(
      'The adjacent wijken saw the share of low incomes rise 2.0 points between 2022 and 2024, while it fell 1.5 points in the rest of the city.',
    );
    expect(opposite.nl).toBe(
      'In de aangrenzende wijken steeg het aandeel lage inkomens tussen 2022 en 2024 met 2,0 procentpunt, terwijl dat in de rest van de stad met 1,5 procentpunt daalde.',
    );
    expect(wijk(lowIncome, [20, 20], [15, 17]).en).toBe(
      'The adjacent wijken saw the share of low incomes stay level between 2022 and 2024, while it rose 2.0 points in the rest of the city.',
    );
  });

  it('about equal', () => {
    const s = wijk(lowIncome, [20, 21.2], [15, 16]);
    expect(s.en).toBe(
      'The adjacent wijken saw the share of low incomes change about as much as the rest of the city between 2022 and 2024 (+1.2 vs +1.0 points).',
    );
    expect(s.nl).toBe(
      'In de aangrenzende wijken veranderde het aandeel lage inkomens tussen 2022 en 2024 ongeveer evenveel als in de rest van de stad (+1,2 tegen +1,0 procentpunt).',
    );
    expect(wijk(lowIncome, [20, 21.2], [15, 16], { equalBand: 0.1 }).en).toContain('rise 0.2 points more');
  });

  it('non-share indicators compare percent growth', () => {
    const s = summarise({
      level: 'gemeente',
      indicator: income,
      from: 2012,
      to: 2022,
      ring1: cmp('ring1', 20, 24),
      rest: cmp('rest', 20, 23),
    });
    expect(s.en).toBe(
      'The adjacent municipalities saw the mean income per inhabitant rise 20.0% between 2012 and 2022, against a rise of 15.0% in the rest of the province: 5.0 percentage points more.',
    );
    expect(s.nl).toBe(
      'In de aangrenzende gemeenten steeg het gemiddeld inkomen per inwoner tussen 2012 en 2022 met 20,0%, tegen een stijging van 15,0% in de rest van de provincie: 5,0 procentpunt meer.',
    );
    const fall = summarise({
      level: 'gemeente',
      indicator: population,
      from: 2012,
      to: 2022,
      ring1: cmp('ring1', 1000, 980),
      rest: cmp('rest', 1000, 1010),
    });
    expect(fall.en).toBe(
      'The adjacent municipalities saw the number of inhabitants fall 2.0% between 2012 and 2022, against a rise of 1.0% in the rest of the province: 3.0 percentage points less.',
    );
    expect(fall.nl).toBe(
      'In de aangrenzende gemeenten daalde het aantal inwoners tussen 2012 en 2022 met 2,0%, tegen een stijging van 1,0% in de rest van de provincie: 3,0 procentpunt minder.',
    );
    const same = wijk(woz, [300, 330], [200, 220.4]);
    expect(same.nl).toBe(
      'In de aangrenzende wijken steeg de gemiddelde WOZ-waarde tussen 2022 en 2024 met 10,0%, ongeveer evenveel als in de rest van de stad (+10,2%).',
    );
    expect(same.en).toBe(
      'The adjacent wijken saw the mean property value (WOZ) rise 10.0% between 2022 and 2024, about the same as in the rest of the city (+10.2%).',
    );
  });

  it('explains when no comparison is possible', () => {
    expect(
      summarise({ level: 'wijk', indicator: lowIncome, from: 2022, to: 2024, ring1: cmp('ring1', null, null, 0), rest: cmp('rest', 1, 2) })
        .en,
    ).toBe('No adjacent wijken were found, so no comparison with the rest of the city is possible.');
    expect(
      summarise({ level: 'wijk', indicator: lowIncome, from: 2022, to: 2024, ring1: cmp('ring1', 1, 2), rest: cmp('rest', null, null, 0) })
        .nl,
    ).toBe('Er is geen rest van de stad om mee te vergelijken: alle eenheden zijn doel of aangrenzend.');
    const unknown = { ...cmp('ring1', null, 3), missing: 2 };
    expect(summarise({ level: 'wijk', indicator: lowIncome, from: 2022, to: 2024, ring1: unknown, rest: cmp('rest', 1, 2) }).en).toContain(
      'too few data',
    );
  });

  it('singular ring and several gemeenten', () => {
    expect(wijk(lowIncome, [20, 24.1], [15, 16], { restGemeenten: 2 }).en).toContain('than the rest of these municipalities');
    expect(
      summarise({
        level: 'gemeente',
        indicator: lowIncome,
        from: 2012,
        to: 2022,
        ring1: cmp('ring1', 20, 24.1, 1),
        rest: cmp('rest', 15, 16),
      }).nl,
    ).toMatch(/^In de aangrenzende gemeente steeg/);
  });

  it('phrases and number formats', () => {
    expect(fmt(-1.25, 'nl')).toBe('\u22121,3');
    expect(fmt(-0.04, 'en')).toBe('0.0');
    expect(signed(0.04, 'en')).toBe('0.0');
    expect(signed(2, 'nl')).toBe('+2,0');
    expect(indicatorPhrase({ ...lowIncome, id: 'share_age_0_14', label: { nl: 'Aandeel 0–14 jaar', en: 'Share aged 0–14' } })).toEqual({
      nl: 'het aandeel 0–14 jaar',
      en: 'the share aged 0–14',
      nlPronoun: 'dat',
    });
    expect(indicatorPhrase({ ...population, id: 'men', label: { nl: 'Mannen', en: 'Men' } }).nl).toBe('het aantal mannen');
    expect(indicatorPhrase(woz).nlPronoun).toBe('die');
  });
});

describe('summary sentence with the uncertainty of ring 1', () => {
  const claimsEn = /\b(more|less)\b/,
    claimsNl = /\b(meer|minder)\b/;

  it('an interval containing 0: "not distinguishable", never more or less', () => {
    const s = wijk(lowIncome, [20, 24.1], [15, 16], { ring1Uncertainty: { range: { low: -0.2, high: 3.5 }, rounding: 0.3 } });
    expect(s.en).toContain('not distinguishable');
    expect(s.nl).toContain('niet te onderscheiden');
    expect(s.en).not.toMatch(claimsEn);
    expect(s.nl).not.toMatch(claimsNl);
    expect(s.en).toContain('between \u22120.5 and +3.8 points');
    expect(s.nl).toContain('tussen \u22120,5 en +3,8 procentpunt');
    // Only the rounding band makes it undecided.
    const r = wijk(lowIncome, [20, 24.1], [15, 16], { ring1Uncertainty: { range: { low: 0.2, high: 3.5 }, rounding: 0.3 } });
    expect(r.en).toContain('not distinguishable');
    expect(r.en).not.toMatch(claimsEn);
    // Percent growth (means): same rule.
    const m = wijk(income, [20, 24], [20, 23], { ring1Uncertainty: { range: { low: -1, high: 6 }, rounding: 0.5 } });
    expect(m.en).toContain('not distinguishable');
    expect(m.en).toContain('percentage points');
    expect(m.en).not.toMatch(claimsEn);
    expect(m.nl).not.toMatch(claimsNl);
  });

  it('an interval excluding 0 with a material range: the claim and the range', () => {
    const s = wijk(lowIncome, [20, 24.1], [15, 16], { ring1Uncertainty: { range: { low: 2.4, high: 3.6 }, rounding: 0.2 } });
    expect(s.en).toBe(
      'The adjacent wijken saw the share of low incomes rise 3.1 points more than the rest of the city between 2022 and 2024. Depending on how the 2022 boundaries are converted, the difference lies between +2.4 and +3.6 points.',
    );
    expect(s.nl).toBe(
      'In de aangrenzende wijken steeg het aandeel lage inkomens tussen 2022 en 2024 3,1 procentpunt meer dan in de rest van de stad. Afhankelijk van de omrekening van de grenzen van 2022 ligt het verschil tussen +2,4 en +3,6 procentpunt.',
    );
    const m = wijk(income, [20, 24], [20, 23], { ring1Uncertainty: { range: { low: 4, high: 6 }, rounding: 0.5 } });
    expect(m.en).toMatch(/5\.0 percentage points more\. Depending on .* between \+4\.0 and \+6\.0 percentage points\.$/);
  });

  it('no range sentence when the range is not material, and "about as much" stays as it is', () => {
    const plain = wijk(lowIncome, [20, 24.1], [15, 16], { ring1Uncertainty: null });
    expect(wijk(lowIncome, [20, 24.1], [15, 16], { ring1Uncertainty: { range: { low: 3.08, high: 3.12 }, rounding: 0.1 } })).toEqual(plain);
    const equal = wijk(lowIncome, [20, 21.2], [15, 16], { ring1Uncertainty: { range: { low: -1, high: 1 }, rounding: 0.5 } });
    expect(equal.en).toContain('about as much');
    expect(equal.en).not.toContain('not distinguishable');
  });

  it('property: the sentence claims a direction only when the widened interval excludes 0', () => {
    const tenth = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((v) => v / 10);
    fc.assert(
      fc.property(tenth(-10, 10), tenth(-10, 10), tenth(0, 5), tenth(0, 5), tenth(0, 2), (a, b, below, above, rounding) => {
        const d = 20 + a - 20 - (15 + b - 15); // as summarise computes it from t0 and t1
        const range = { low: d - below, high: d + above };
        const s = wijk(lowIncome, [20, 20 + a], [15, 15 + b], { ring1Uncertainty: { range, rounding } });
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

/**
 * data:build validation rules, in-process on small synthetic collections: value rules, JSON error wording,
 * collection checks (count, columns, codes, geometry, notation, totals), the problem list, and the stricter
 * parseCbsValue.
 */
import { describe, expect, it } from 'vitest';
import type { SourceSpec } from '../../../src/data/build/sources';
import { ProblemList } from '../../../src/data/build/problems';
import { describeJsonError, lineColumn } from '../../../src/data/build/raw-files';
import { checkCollection, geometryProblem } from '../../../src/data/build/validate';
import { checkValue, ruleFor } from '../../../src/data/build/value-rules';
import { parseCbsValue } from '../../../src/data/import/cbs-values';
import { syntheticCollection, SYNTHETIC_SPEC } from './build-fixtures';

const count = ruleFor('population');
const share = ruleFor('share_age_0_14');
const keur = ruleFor('mean_woz_keur');

describe('checkValue', () => {
  it('accepts plain numbers, missing values and CBS sentinel codes', () => {
    for (const v of [0, 862965, null, undefined, -99999999, -99999997]) expect(checkValue(v, count, false)).toBeNull();
    expect(checkValue(12.5, share, false)).toBeNull();
    expect(checkValue(100, share, false)).toBeNull();
    expect(checkValue('11971', count, true)).toBeNull();
    expect(checkValue('2.5', share, true)).toBeNull();
  });
  it('refuses text in a file of JSON numbers', () => {
    for (const v of ['1,5', '1.234', '0x10', '1e3', '12'])
      expect(checkValue(v, count, false)).toMatch(/is text where a number is expected/);
  });
  it('refuses any text but plain digits where numbers are stored as text', () => {
    for (const v of ['0x10', '1e3', '1,5', '1.234', ' 12', '12 ', '+12', '-12', '007', '', '.', 'Infinity', '1_000']) {
      expect(checkValue(v, count, true), v).toMatch(/is not a plain whole number/);
    }
    for (const v of ['1,5', '1e1', '.5', '5.']) expect(checkValue(v, share, true), v).toMatch(/is not a plain number/);
  });
  it('refuses negatives, fractional counts, values above the ceiling and non-numbers', () => {
    expect(checkValue(-5, count, false)).toMatch(/-5 is negative/);
    expect(checkValue(12.5, count, false)).toMatch(/not a whole number/);
    expect(checkValue(100.1, share, false)).toMatch(/above 100/);
    expect(checkValue(433000, keur, false)).toMatch(/above 10,000/);
    expect(checkValue(25e6, count, false)).toMatch(/above 20,000,000/);
    expect(checkValue(true, count, false)).toMatch(/where a number is expected/);
    expect(checkValue([1], count, false)).toMatch(/a list where a number is expected/);
  });
});

describe('parseCbsValue (stricter text)', () => {
  it('reads plain decimals and one decimal comma, nothing JavaScript-only', () => {
    expect(parseCbsValue('12,5').value).toBe(12.5);
    expect(parseCbsValue(' 17 ').value).toBe(17);
    for (const v of ['0x10', '1e3', '0b11', 'Infinity', '1.234.567', '1 000'])
      expect(parseCbsValue(v)).toEqual({ value: null, reason: 'not_a_number' });
  });
});

describe('JSON errors in words', () => {
  const fail = (text: string): string => {
    try {
      JSON.parse(text);
    } catch (e) {
      return describeJsonError(text, e);
    }
    throw new Error('parsed');
  };
  it('says truncated when the text stops early', () => {
    expect(fail('{"type":"FeatureCollection","features":[{"a":1')).toMatch(
      /^truncated or not JSON: the text stops before the JSON is complete \(after 46 characters, line 1\)/,
    );
    expect(fail('{"a": "abc')).toMatch(/stops before the JSON is complete/);
  });
  it('names what the text starts with when it is not JSON', () => {
    expect(fail('<html>oops</html>')).toBe('truncated or not JSON: it starts with "<html>oops</html>", not with "{"');
  });
  it('gives line and column of a broken spot, never a SyntaxError dump', () => {
    const msg = fail('{\n "a": 1,\n "b": x\n}');
    expect(msg).toMatch(/^truncated or not JSON: .*line 3/);
    expect(msg).not.toMatch(/SyntaxError/);
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('checkCollection', () => {
  const problems = (fc: unknown, text = JSON.stringify(fc), spec: SourceSpec = SYNTHETIC_SPEC): string[] => {
    const list = new ProblemList();
    checkCollection(spec, fc, text, 'x.geojson', list);
    return list.lines();
  };

  it('passes a plausible file', () => {
    expect(problems(syntheticCollection())).toEqual([]);
  });
  it('refuses an empty or too small file, and JSON that is not a FeatureCollection', () => {
    expect(problems({ type: 'FeatureCollection', features: [] })).toEqual([
      'data:build: x.geojson: has 0 features; a gemeente file should have 100–1,000',
    ]);
    expect(problems([])[0]).toMatch(/not a GeoJSON FeatureCollection \(it is a list\)/);
    expect(problems({ type: 'FeatureCollection' })[0]).toMatch(/without a "features" list/);
  });
  it('refuses a missing expected column and a rare one', () => {
    const fc = syntheticCollection();
    fc.features.forEach((f, i) => i > 10 && delete f.properties.men);
    fc.features.forEach((f) => delete f.properties.women);
    const lines = problems(fc);
    expect(lines).toContain('data:build: x.geojson: column "women" is missing (sources.ts expects it in this file)');
    expect(lines).toContain('data:build: x.geojson: column "men" is present on only 11 of 120 features');
  });
  it('refuses invalid and duplicate codes', () => {
    const fc = syntheticCollection();
    fc.features[3]!.properties.code = 'GM12345';
    fc.features[5]!.properties.code = fc.features[4]!.properties.code;
    const lines = problems(fc).join('\n');
    expect(lines).toMatch(/feature GM12345: "GM12345" is not a gemeente code in column "code"/);
    expect(lines).toMatch(/feature GM0005: code GM0005 appears twice \(also feature #5\)/);
  });
  it('catches numbers that JSON.parse would hide: 1e3 and 12.0 for counts', () => {
    const fc = syntheticCollection();
    fc.features[0]!.properties.population = 1000;
    fc.features[1]!.properties.men = 12;
    const text = JSON.stringify(fc).replace('"population":1000', '"population":1e3').replace('"men":12,', '"men":12.0,');
    const lines = problems(fc, text).join('\n');
    expect(lines).toMatch(/feature GM0001, column population: 1e3 is written with an exponent; counts are plain whole numbers/);
    expect(lines).toMatch(/feature GM0002, column men: 12\.0 is written with a fraction/);
  });
  it('refuses a total population that is not a country', () => {
    const fc = syntheticCollection();
    fc.features.forEach((f) => (f.properties.population = 10));
    expect(problems(fc).join('\n')).toMatch(/column population adds up to 1,200 inhabitants over 120 features/);
  });
  it('caps the lines per file', () => {
    const fc = syntheticCollection();
    fc.features.forEach((f) => (f.properties.population = -1));
    const lines = problems(fc);
    expect(lines.filter((l) => /is negative/.test(l))).toHaveLength(10);
    expect(lines.some((l) => /… and \d+ more problems in this file/.test(l))).toBe(true);
  });
});

describe('geometryProblem', () => {
  const square = (x: number, y: number) => [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y],
    ],
  ];
  it('accepts polygons in lon/lat around the Netherlands', () => {
    expect(geometryProblem({ type: 'Polygon', coordinates: square(5, 52) })).toBeNull();
    expect(geometryProblem({ type: 'MultiPolygon', coordinates: [square(5, 52), square(6, 53)] })).toBeNull();
  });
  it('refuses other types, short rings, missing geometry and other coordinate systems', () => {
    expect(geometryProblem({ type: 'Point', coordinates: [5, 52] })).toMatch(/a Point, not a Polygon/);
    expect(
      geometryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [5, 52],
            [5.1, 52],
            [5, 52],
          ],
        ],
      }),
    ).toMatch(/fewer than 4/);
    expect(geometryProblem(null)).toMatch(/has no geometry/);
    expect(geometryProblem({ type: 'Polygon', coordinates: square(121000, 487000) })).toMatch(/outside the Netherlands/);
  });
});

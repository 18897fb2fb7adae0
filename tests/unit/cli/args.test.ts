/** src/cli/args.ts in-process: value types, modes, required options, defaults, messages; and the CLI specs. */
import { describe, expect, it } from 'vitest';
import { parseCli, usageText, UsageError, type CliSpec } from '../../../src/cli/args';
import { CROSSWALK_SPEC, INDICES_SPEC, WATERBED_INDEX_SPEC, WATERBED_SPEC } from '../../../src/cli/specs';

const SPEC = {
  name: 'demo',
  summary: 'Demo.',
  modes: [
    { name: 'data', help: 'embedded data' },
    { name: 'input', trigger: 'input', help: 'own counts' },
  ],
  options: {
    input: { type: 'string', modes: ['input'], help: 'file' },
    focal: { type: 'string', modes: ['input'], help: 'focal group' },
    year: { type: 'year', default: 2022, modes: ['data'], help: 'year' },
    level: { type: 'choice', choices: ['wijk', 'gemeente'], default: 'wijk', modes: ['data'], help: 'level' },
    regions: { type: 'codes', example: 'GM0363', modes: ['data'], help: 'codes' },
    n: { type: 'integer', min: 0, max: 100, default: 10, help: 'count' },
    t: { type: 'float', min: 0, default: 2, help: 'threshold' },
    out: { type: 'string', help: 'output' },
    ring2: { type: 'flag', help: 'switch' },
    need: { type: 'string', required: true, help: 'something needed' },
  },
} as const satisfies CliSpec;

const ok = (...argv: string[]) => {
  const r = parseCli(['--need', 'x', ...argv], SPEC);
  if (r.help) throw new Error('help');
  return r;
};
const fails = (argv: string[], message: RegExp) => {
  expect(() => parseCli(argv, SPEC)).toThrow(UsageError);
  expect(() => parseCli(argv, SPEC)).toThrow(message);
};

describe('parseCli', () => {
  it('fills defaults, types values and reports the mode', () => {
    const r = ok();
    expect(r.mode).toBe('data');
    expect(r.values).toMatchObject({ year: 2022, level: 'wijk', n: 10, t: 2, ring2: false, need: 'x' });
    expect(r.values.regions).toBeUndefined();
    expect(r.given.has('need')).toBe(true);
    expect(r.given.has('year')).toBe(false);
  });

  it('reads inline values whole: --out=a=b.csv is "a=b.csv"', () => {
    expect(ok('--out=a=b.csv').values.out).toBe('a=b.csv');
    expect(ok('--out', 'x=y').values.out).toBe('x=y');
  });

  it('integers: decimal digits only, in range', () => {
    expect(ok('--n', '16').values.n).toBe(16);
    expect(ok('--n=0').values.n).toBe(0);
    for (const bad of ['0x10', '1e3', ' 5', '5.0', '+5', '007', '5 ', 'five', '1_0'])
      fails(['--need', 'x', '--n', bad], /--n must be a whole number in decimal digits between 0 and 100/);
    fails(['--need', 'x', '--n', ''], /--n needs a value \(got an empty string\)/);
    fails(['--need', 'x', '--n', '101'], /--n must be between 0 and 100 \(got 101\)/);
    fails(['--need', 'x', '--n=-1'], /--n must be between 0 and 100 \(got -1\)/);
  });

  it('years: four digits, 1900–2100', () => {
    expect(ok('--year', '2024').values.year).toBe(2024);
    fails(['--need', 'x', '--year', '22'], /--year must be a year of four digits/);
    fails(['--need', 'x', '--year', '1800'], /--year must be between 1900 and 2100/);
  });

  it('floats: plain decimals, in range; a leading - must be written inline', () => {
    expect(ok('--t', '1.5').values.t).toBe(1.5);
    for (const bad of ['1e3', '.5', '1,5', 'Infinity', 'NaN']) fails(['--need', 'x', '--t', bad], /--t must be a decimal number/);
    fails(['--need', 'x', '--t=-1'], /--t must be a number of at least 0 \(got -1\)/);
    fails(['--need', 'x', '--t', '-1'], /--t needs a value .*write --t=-1/);
  });

  it('choices: trimmed and case-insensitive, else the choices are listed', () => {
    expect(ok('--level', ' Gemeente ').values.level).toBe('gemeente');
    fails(['--need', 'x', '--level', 'buurt'], /--level must be one of wijk, gemeente \(got "buurt"\)/);
    fails(['--need', 'x', '--level', 'wjik'], /did you mean wijk\?/);
  });

  it('code lists: split on commas, trimmed, upper-cased, repeats once; empty items refused', () => {
    expect(ok('--regions', 'gm0363, GM0599 ,gm0363').values.regions).toEqual(['GM0363', 'GM0599']);
    fails(['--need', 'x', '--regions', ''], /--regions needs a value \(got an empty string\)/);
    fails(['--need', 'x', '--regions', '  '], /--regions needs a value \(got only spaces\)/);
    fails(['--need', 'x', '--regions', 'GM0363,'], /--regions has an empty item \(position 2/);
  });

  it('modes: the trigger switches; options of other modes are errors that say so', () => {
    const r = parseCli(['--need', 'x', '--input', 'c.csv', '--focal', 'a'], SPEC);
    expect(!r.help && r.mode).toBe('input');
    expect(!r.help && r.values.year).toBeUndefined(); // no default outside its mode
    fails(['--need', 'x', '--input', 'c.csv', '--year', '2022'], /--year does not apply with --input/);
    fails(['--need', 'x', '--input', 'c.csv', '--regions', 'R1'], /--regions does not apply with --input/);
    fails(['--need', 'x', '--focal', 'a'], /--focal only applies with --input/);
  });

  it('unknown options, stray values, repeats, switches with values, missing values and required options', () => {
    fails(['--need', 'x', '--yaer', '2022'], /Unknown option --yaer \(did you mean --year\?\)\. Options: --input/);
    fails(['--need', 'x', '-x'], /Unknown option -x/);
    fails(['--need', 'x', 'extra'], /unexpected argument "extra"/);
    fails(['--need', 'x', '--ring2', 'yes'], /--ring2 is a switch and takes no value \(got "yes"\)/);
    fails(['--need', 'x', '--ring2=yes'], /--ring2 is a switch and takes no value/);
    fails(['--need', 'x', '--out'], /--out needs a value: output/);
    fails(['--need', 'x', '--out', '--ring2'], /--out needs a value \(got the option --ring2\)/);
    fails(['--need', 'x', '--n', '1', '--n', '2'], /--n is given twice/);
    fails([], /--need is required: something needed/);
  });

  it('--help and -h win over everything else, even missing required options', () => {
    expect(parseCli(['--help'], SPEC).help).toBe(true);
    expect(parseCli(['-h', '--n', 'bad'], SPEC).help).toBe(true);
  });

  it('usage text lists modes, options with defaults and where they apply', () => {
    const text = usageText(SPEC);
    expect(text).toMatch(/^Usage: npm run demo -- \[options\]/);
    expect(text).toMatch(/with --input: own counts/);
    expect(text).toMatch(/--year <year>\n\s+year \(default 2022; not with --input\)/);
    expect(text).toMatch(/--focal <string>\n\s+focal group \(only with --input\)/);
    expect(text).toMatch(/--need <string>\n\s+something needed \(required\)/);
    expect(text).toMatch(/--help\n/);
  });
});

describe('the CLI specs', () => {
  it('indices: data, input and decompose modes', () => {
    const data = parseCli(['--regions', 'gm0363'], INDICES_SPEC);
    expect(!data.help && [data.mode, data.values.regions, data.values.year, data.values.bootstrap]).toEqual([
      'data',
      ['GM0363'],
      2022,
      1000,
    ]);
    const own = parseCli(['--input', 'c.csv', '--focal', 'x'], INDICES_SPEC);
    expect(!own.help && [own.mode, own.values.focal, own.values.year, own.values.level]).toEqual(['input', 'x', undefined, undefined]);
    const dec = parseCli(['--decompose', '--year', '2022'], INDICES_SPEC);
    expect(!dec.help && dec.mode).toBe('decompose');
    expect(() => parseCli(['--decompose', '--regions', 'GM0363'], INDICES_SPEC)).toThrow(/--regions does not apply with --decompose/);
    expect(() => parseCli(['--input', 'c.csv', '--decompose'], INDICES_SPEC)).toThrow(/--decompose does not apply with --input/);
  });

  it('waterbed, waterbed:index and crosswalk: required options and typed values', () => {
    const w = parseCli(
      [
        '--level',
        'gemeente',
        '--target',
        'gm0599, gm0606',
        '--from',
        '2012',
        '--to',
        '2022',
        '--indicator',
        'population',
        '--threshold',
        '1.5',
      ],
      WATERBED_SPEC,
    );
    expect(!w.help && [w.values.target, w.values.threshold, w.values.weighting]).toEqual([['GM0599', 'GM0606'], 1.5, 'auto']);
    expect(() => parseCli(['--level', 'gemeente'], WATERBED_SPEC)).toThrow(/--target is required/);
    const wi = parseCli(['--target', 'gm0599', '--index', 'h'], WATERBED_INDEX_SPEC);
    expect(!wi.help && [wi.values.target, wi.values.index, wi.values.from, wi.values.to]).toEqual([['GM0599'], 'H', 2022, 2024]);
    expect(() => parseCli(['--target', 'GM0599', '--group', 'age5'], WATERBED_INDEX_SPEC)).toThrow(/--group must be one of/);
    expect(() => parseCli(['--from', '2019', '--to', '2022'], CROSSWALK_SPEC)).toThrow(/--level is required/);
  });
});

import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { AGGREGATES } from '../../../src/engine/waterbed';
import { waterbedTable } from '../../../src/pipeline/waterbed';
import {
  DEFAULT_UNIT_SORT,
  RING_COLORS,
  RING_DASH,
  addTarget,
  asUnit,
  defaultForm,
  formatAbsoluteChange,
  formatChange,
  formatDid,
  formatFraction,
  formatLevel,
  messageText,
  nextSort,
  parseThreshold,
  removeTarget,
  ringLabel,
  signedNumber,
  sortUnits,
  toRequest,
  toggleTarget,
  validateForm,
  waterbedCsv,
  waterbedCsvFilename,
  type WaterbedForm,
} from '../../../src/views/waterbed/waterbed-model';
import { fakeResult, unit } from './fixtures';

const YEARS = [2012, 2014, 2017, 2022];
const form = (over: Partial<WaterbedForm> = {}): WaterbedForm => ({
  ...defaultForm(YEARS, 'share_rented'),
  targets: [{ code: 'GM0599', name: 'Rotterdam' }],
  ...over,
});

describe('form', () => {
  it('defaults: first → last year, queen, one ring, threshold 2, automatic boundary conversion, no targets', () => {
    expect(defaultForm([2022, 2012, 2017], 'population')).toEqual({
      targets: [],
      indicator: 'population',
      from: 2012,
      to: 2022,
      contiguity: 'queen',
      ring2: false,
      threshold: 2,
      weighting: 'auto',
    });
  });

  it('adds targets once, removes them, toggles on map clicks', () => {
    const f0 = defaultForm(YEARS);
    const a = { code: 'GM0599', name: 'Rotterdam' },
      b = { code: 'GM0606', name: 'Schiedam' };
    const f1 = addTarget(addTarget(addTarget(f0, a), b), a);
    expect(f1.targets.map((t) => t.code)).toEqual(['GM0599', 'GM0606']);
    expect(removeTarget(f1, 'GM0599').targets).toEqual([b]);
    expect(removeTarget(f1, 'GM9999')).toBe(f1);
    expect(toggleTarget(f1, a).targets).toEqual([b]);
    expect(toggleTarget(toggleTarget(f1, a), a).targets).toEqual([b, a]);
    expect(f0.targets).toEqual([]); // not mutated
  });

  it('parses the threshold text', () => {
    expect(parseThreshold('2')).toBe(2);
    expect(parseThreshold(' 1,5 ')).toBe(1.5);
    expect(parseThreshold('0.25')).toBe(0.25);
    expect(parseThreshold('-1')).toBe(-1);
    for (const bad of ['', ' ', 'abc', '1,5,2', '2pp', '.']) expect(parseThreshold(bad)).toBeNaN();
  });

  it('validates: targets, years (to > from, offered), threshold ≥ 0 — bilingual messages', () => {
    expect(validateForm(form(), YEARS)).toEqual({ ok: true });
    expect(validateForm(form({ threshold: 0 }), YEARS)).toEqual({ ok: true });
    const none = validateForm(form({ targets: [] }), YEARS);
    expect(none).toMatchObject({ ok: false, field: 'targets' });
    if (!none.ok) {
      expect(none.message.nl).toBe('Kies eerst een doelgebied op de kaart.');
      expect(none.message.en).toBe('First choose a target area on the map.');
    }
    const order = validateForm(form({ from: 2022, to: 2014 }), YEARS);
    expect(order).toMatchObject({ ok: false, field: 'to' });
    if (!order.ok) expect(order.message.en).toBe('The end year (2014) must be after the start year (2022).');
    expect(validateForm(form({ from: 2017, to: 2017 }), YEARS)).toMatchObject({ ok: false, field: 'to' });
    const unknown = validateForm(form({ from: 2013 }), YEARS);
    expect(unknown).toMatchObject({ ok: false, field: 'from', message: { nl: 'Jaar 2013 is niet beschikbaar.' } });
    expect(validateForm(form(), [2022])).toMatchObject({ ok: false, field: 'from' });
    expect(validateForm(form({ threshold: -0.5 }), YEARS)).toMatchObject({ ok: false, field: 'threshold' });
    expect(validateForm(form({ threshold: Number.NaN }), YEARS)).toMatchObject({ ok: false, field: 'threshold' });
    expect(validateForm(form({ indicator: '' }), YEARS)).toMatchObject({ ok: false, field: 'indicator' });
  });

  it('builds the pipeline request', () => {
    expect(toRequest(form({ ring2: true, contiguity: 'rook', threshold: 1.5, weighting: 'ipf' }), 'gemeente')).toEqual({
      level: 'gemeente',
      targets: ['GM0599'],
      indicator: 'share_rented',
      from: 2012,
      to: 2022,
      contiguity: 'rook',
      ring2: true,
      threshold: 1.5,
      weighting: 'ipf',
    });
  });

  it('messageText: bilingual or plain', () => {
    expect(messageText('en', { nl: 'fout', en: 'error' })).toBe('error');
    expect(messageText('nl', 'plain')).toBe('plain');
    expect(messageText('nl', null)).toBe('');
  });
});

describe('formats per indicator kind', () => {
  it('signed numbers with U+2212 and no sign at zero', () => {
    expect(signedNumber('nl', 1.25)).toBe('+1,3');
    expect(signedNumber('en', -2.04)).toBe('\u22122');
    expect(signedNumber('nl', -0.04)).toBe('0');
    expect(signedNumber('en', 1234.5, 0)).toBe('+1,235');
    expect(signedNumber('nl', 1234.5, 0)).toBe('+1.235');
  });

  it('levels carry the unit; unknown → "geen gegevens"', () => {
    expect(formatLevel('nl', 43.75, 'percent')).toBe('43,8%');
    expect(formatLevel('en', 20.5, 'keur')).toBe('20.5 × €1,000');
    expect(formatLevel('nl', 651446, 'count')).toBe('651.446');
    expect(formatLevel('nl', null, 'percent')).toBe('geen gegevens');
    expect(formatLevel('en', Number.NaN, 'percent')).toBe('no data');
    expect(asUnit('weird')).toBe('score');
  });

  it('share → change in percentage points; count/mean → relative change in %', () => {
    const c = { t0: 43.755, t1: 41.427, change: -2.328, changePct: -5.32 };
    expect(formatChange('nl', c, 'absolute')).toBe('\u22122,3 %-punt');
    expect(formatChange('en', c, 'absolute')).toBe('\u22122.3 pp');
    expect(formatChange('en', { t0: 20.5, t1: 29, change: 8.5, changePct: 41.463 }, 'relative')).toBe('+41.5%');
    expect(formatChange('nl', { t0: 0, t1: 5, change: 5, changePct: null }, 'relative')).toBe('geen gegevens');
    expect(formatAbsoluteChange('nl', 8.5, 'keur')).toBe('+8,5 × €1.000');
    expect(formatAbsoluteChange('en', -1200, 'count')).toBe('\u22121,200');
    expect(formatAbsoluteChange('en', 0.01, 'percent')).toBe('0%');
    expect(formatDid('nl', -2.036)).toBe('\u22122 %-punt');
    expect(formatDid('en', 0.292)).toBe('+0.3 pp');
    expect(formatDid('en', null)).toBe('no data');
    expect(formatFraction('nl', 0.1491)).toBe('14,9%');
    expect(formatFraction('en', 0)).toBe('0%');
    expect(formatFraction('en', null)).toBe('no data');
  });
});

describe('ring colours', () => {
  it('one distinct hex colour and a dash per aggregate', () => {
    expect(Object.keys(RING_COLORS).sort()).toEqual([...AGGREGATES].sort());
    expect(new Set(Object.values(RING_COLORS)).size).toBe(AGGREGATES.length);
    for (const c of Object.values(RING_COLORS)) expect(c).toMatch(/^#[0-9A-F]{6}$/);
    expect(Object.keys(RING_DASH).sort()).toEqual([...AGGREGATES].sort());
  });

  it('labels come from the result', () => {
    const r = fakeResult();
    expect(ringLabel(r, 'rest', 'nl')).toBe('rest van de stad');
    expect(ringLabel(r, 'ring1', 'en')).toBe('adjacent (ring 1)');
  });
});

describe('CSV', () => {
  it('is csvFormat of waterbedTable: one row per ring, then per unit', () => {
    const r = fakeResult();
    const csv = waterbedCsv(r);
    const parsed = csvParse(csv);
    expect(parsed.length).toBe(r.rings.length + r.units.length);
    expect(parsed.columns).toEqual(Object.keys(waterbedTable(r)[0]));
    expect(parsed.map((x) => ({ ...x }))).toEqual(waterbedTable(r));
    expect(csv.split('\n')[0]).toMatch(/^type,ring,code,name,/);
    expect(parsed.find((x) => x.code === 'WK000101')).toMatchObject({
      flag: 'above',
      source_codes: 'WK000101;WK000199;WK000188;WK000177;WK000166',
      reallocated_share: '0.25',
    });
  });

  it('file name waterbed_<targets>_<indicator>_<from>-<to>.csv', () => {
    expect(waterbedCsvFilename(fakeResult())).toBe('waterbed_WK000111_share_rented_2019-2022.csv');
    expect(waterbedCsvFilename(fakeResult('count', ['GM0599', 'GM0606']))).toBe('waterbed_GM0599-GM0606_population_2019-2022.csv');
    const many = ['GM0001', 'GM0002', 'GM0003', 'GM0004', 'GM0005', 'GM0006', 'GM0007'];
    expect(waterbedCsvFilename(fakeResult('share', many))).toBe(
      'waterbed_GM0001-GM0002-GM0003-GM0004-GM0005-and-2-more_share_rented_2019-2022.csv',
    );
  });
});

describe('unit sorting', () => {
  const r = fakeResult();
  const codes = (key: Parameters<typeof nextSort>[1], dir: 'asc' | 'desc', metric: 'absolute' | 'relative' = 'absolute') =>
    sortUnits(r.units, { key, dir }, metric).map((u) => u.code);

  it('default: the pipeline order (ring, then code)', () => {
    expect(codes(DEFAULT_UNIT_SORT.key, DEFAULT_UNIT_SORT.dir)).toEqual(r.units.map((u) => u.code));
  });

  it('numbers both ways, unknown values last either way', () => {
    expect(codes('did', 'desc')).toEqual(['WK000101', 'WK000141', 'WK000151', 'WK000121', 'WK000111', 'WK000131']);
    expect(codes('did', 'asc')).toEqual(['WK000111', 'WK000121', 'WK000141', 'WK000151', 'WK000101', 'WK000131']);
    expect(codes('t0', 'asc').at(-1)).toBe('WK000131');
    expect(codes('t0', 'desc').at(-1)).toBe('WK000131');
    expect(codes('flag', 'desc').slice(0, 2)).toEqual(['WK000101', 'WK000121']);
  });

  it("change sorts on the kind's metric", () => {
    const units = [unit('A', 'ring1', 10, 12, null), unit('B', 'ring1', 100, 105, null)];
    expect(sortUnits(units, { key: 'change', dir: 'desc' }, 'absolute').map((u) => u.code)).toEqual(['B', 'A']); // +5 vs +2 points
    expect(sortUnits(units, { key: 'change', dir: 'desc' }, 'relative').map((u) => u.code)).toEqual(['A', 'B']); // +20 % vs +5 %
  });

  it('names with Dutch collation (case and accents ignored, numbers natural)', () => {
    const units = [
      unit('A', 'rest', 1, 1, 0, null, { name: 'Zuid 10' }),
      unit('B', 'rest', 1, 1, 0, null, { name: "'s-Gravenhage" }),
      unit('C', 'rest', 1, 1, 0, null, { name: 'zuid 9' }),
      unit('D', 'rest', 1, 1, 0, null, { name: 'Ámsterdam' }),
    ];
    expect(sortUnits(units, { key: 'name', dir: 'asc' }, 'absolute').map((u) => u.name)).toEqual([
      "'s-Gravenhage",
      'Ámsterdam',
      'zuid 9',
      'Zuid 10',
    ]);
  });

  it('nextSort: same column flips, new text column ascending, new number column descending', () => {
    expect(nextSort({ key: 'ring', dir: 'asc' }, 'ring')).toEqual({ key: 'ring', dir: 'desc' });
    expect(nextSort({ key: 'ring', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
    expect(nextSort({ key: 'ring', dir: 'asc' }, 'did')).toEqual({ key: 'did', dir: 'desc' });
  });
});

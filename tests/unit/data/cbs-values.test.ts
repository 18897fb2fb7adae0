import { describe, expect, it } from 'vitest';
import { gemeenteOf, normaliseCode, parseCbsValue } from '../../../src/data/import/cbs-values';

describe('parseCbsValue', () => {
  it('keeps ordinary numbers and numeric strings', () => {
    expect(parseCbsValue(862965).value).toBe(862965);
    expect(parseCbsValue(' 12.5 ').value).toBe(12.5);
    expect(parseCbsValue('12,5').value).toBe(12.5);
    expect(parseCbsValue(0).value).toBe(0);
  });
  it('turns every CBS missing marker into null with a reason, never 0', () => {
    expect(parseCbsValue('.')).toEqual({ value: null, reason: 'suppressed' });
    expect(parseCbsValue('       .')).toEqual({ value: null, reason: 'suppressed' });
    expect(parseCbsValue(-99999999)).toEqual({ value: null, reason: 'sentinel' });
    expect(parseCbsValue(-99999997)).toEqual({ value: null, reason: 'sentinel' });
    expect(parseCbsValue(-5)).toEqual({ value: null, reason: 'negative' });
    expect(parseCbsValue(null)).toEqual({ value: null, reason: 'absent' });
    expect(parseCbsValue(undefined)).toEqual({ value: null, reason: 'absent' });
    expect(parseCbsValue('')).toEqual({ value: null, reason: 'absent' });
    expect(parseCbsValue(Number.NaN)).toEqual({ value: null, reason: 'not_a_number' });
    expect(parseCbsValue('abc')).toEqual({ value: null, reason: 'not_a_number' });
    expect(parseCbsValue({})).toEqual({ value: null, reason: 'not_a_number' });
  });
  it('allows negatives only when asked (e.g. SES scores)', () => {
    expect(parseCbsValue('-0.100', true).value).toBe(-0.1);
    expect(parseCbsValue(-99999999, true).value).toBeNull();
  });
});

describe('normaliseCode', () => {
  it('brings codes to CBS form', () => {
    expect(normaliseCode('0363', 'gemeente')).toBe('GM0363');
    expect(normaliseCode(363, 'gemeente')).toBe('GM0363');
    expect(normaliseCode('gm0363', 'gemeente')).toBe('GM0363');
    expect(normaliseCode('WK036300', 'wijk')).toBe('WK036300');
    expect(normaliseCode('WK0363AC', 'wijk')).toBe('WK0363AC');
    expect(normaliseCode('PV27', 'provincie')).toBe('PV27');
    expect(gemeenteOf('WK0363AC')).toBe('GM0363');
  });
  it('rejects malformed codes', () => {
    expect(normaliseCode('GM12345', 'gemeente')).toBeNull();
    expect(normaliseCode('', 'gemeente')).toBeNull();
    expect(normaliseCode(null, 'gemeente')).toBeNull();
    expect(normaliseCode("0363' OR 1=1", 'gemeente')).toBeNull();
  });
});

/** The parents of a buurt from its code (src/data/buurt-codes.ts), including Amsterdam's letter codes since 2023. */
import { describe, expect, it } from 'vitest';
import { buurtParents, gemeenteOfArea, isBuurtCode, wijkOfBuurt } from '../../../src/data/buurt-codes';

describe('buurt codes', () => {
  it('gives wijk and gemeente of numeric codes', () => {
    expect(buurtParents('BU00140000')).toEqual({ wijk_code: 'WK001400', gemeente_code: 'GM0014' });
    expect(wijkOfBuurt('BU19920512')).toBe('WK199205');
    expect(gemeenteOfArea('WK036300')).toBe('GM0363');
  });

  it('keeps letters in the wijk and buurt part (Amsterdam since 2023)', () => {
    expect(buurtParents('BU0363KA05')).toEqual({ wijk_code: 'WK0363KA', gemeente_code: 'GM0363' });
    expect(wijkOfBuurt('BU0363AD01')).toBe('WK0363AD');
    expect(wijkOfBuurt('BU0363BB0C')).toBe('WK0363BB');
    expect(gemeenteOfArea('WK0363KA')).toBe('GM0363');
    expect(gemeenteOfArea('BU0363KA05')).toBe('GM0363');
  });

  it('refuses anything but a canonical buurt code', () => {
    for (const bad of ['', 'BU0363KA5', 'BU0363KA055', 'bu0363ka05', 'WK0363KA', 'BUAB63KA05', ' BU0363KA05', 'GM0363']) {
      expect(isBuurtCode(bad), bad).toBe(false);
      expect(buurtParents(bad), bad).toBeNull();
    }
    expect(() => wijkOfBuurt('WK0363KA')).toThrow(/not a CBS buurt code/);
    expect(() => gemeenteOfArea('GM0363')).toThrow(/not a CBS wijk or buurt code/);
  });
});

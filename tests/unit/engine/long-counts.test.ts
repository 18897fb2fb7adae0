import { describe, it, expect } from 'vitest';
import { parseLongCounts } from '../../../src/engine/long-counts';

describe('parseLongCounts', () => {
  it('parses region,unit,group,count into a batch input (units sorted by region and unit code, groups by name)', () => {
    const r = parseLongCounts('Region,Unit,Group,Count,extra\nGM1,BU1,a,10,x\nGM1,BU1,b,5,x\nGM1,BU2,b,7,x\nGM2,BU9,a,1,y\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows).toBe(4);
    expect(r.input.groups).toEqual(['a', 'b']);
    expect(r.input.units.map((u) => `${u.regionCode}/${u.unitCode}`)).toEqual(['GM1/BU1', 'GM1/BU2', 'GM2/BU9']);
    expect([...r.input.counts[0]]).toEqual([10, 0, 1]);
    expect([...r.input.counts[1]]).toEqual([5, 7, 0]);
    expect(r.warnings.join(' ')).toMatch(/2 \(unit, group\) combination\(s\) absent/);
  });

  it('handles quotes, CRLF, a BOM, region_name, and semicolons with decimal commas', () => {
    const r = parseLongCounts('\uFEFFregion;region_name;unit;group;count\r\n"GM1";"Den Haag; centrum";"BU 1";a;"12,5"\r\nGM1;;BU2;a;3\r\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.units[0].regionName).toBe('Den Haag; centrum');
    expect(r.input.units[1].regionName).toBe('Den Haag; centrum');
    expect(r.input.units[0].unitCode).toBe('BU 1');
    expect([...r.input.counts[0]]).toEqual([12.5, 3]);
  });

  it('reports missing columns', () => {
    const r = parseLongCounts('region,unit,count\nA,u,1\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/missing column\(s\): group/);
  });

  it('reports non-numeric, negative, empty, CBS "." and scientific-notation counts with line numbers', () => {
    const r = parseLongCounts('region,unit,group,count\nA,u1,a,abc\nA,u1,b,-3\nA,u2,a,\nA,u2,b,.\nA,u3,a,1e2\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // 1e2 used to be read as 100; scientific notation is now refused in a count column.
    expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
    expect(r.errors[4].message).toMatch(/scientific notation/);
    expect(r.errors[0].message).toMatch(/"abc" is not a number/);
    expect(r.errors[1].message).toMatch(/negative/);
    expect(r.errors[2].message).toMatch(/empty count/);
    expect(r.errors[3].message).toMatch(/"\." \(CBS: value suppressed/);
  });

  it('reports duplicates, wrong field counts, empty codes and empty files', () => {
    const r = parseLongCounts('region,unit,group,count\nA,u,a,1\nA,u,a,2\nA,u,a\n,u,b,1\n');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]).toMatchObject({ line: 3, message: 'duplicate row for region "A", unit "u", group "a" (first on line 2)' });
      expect(r.errors[1].message).toMatch(/has 3 field\(s\), the header has 4/);
      expect(r.errors[2].message).toMatch(/empty region/);
    }
    expect(parseLongCounts('').ok).toBe(false);
    expect(parseLongCounts('region,unit,group,count\n').ok).toBe(false);
  });

  it('with suppressed: exclude-unit, a "." excludes the whole unit with a reason', () => {
    const r = parseLongCounts('region,unit,group,count\nA,u1,a,.\nA,u1,b,4\nA,u2,a,1\nA,u2,b,2\n', { suppressed: 'exclude-unit' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.units.map((u) => u.unitCode)).toEqual(['u2']);
    expect(r.input.excluded).toEqual([
      { regionCode: 'A', regionName: 'A', unitCode: 'u1', reason: 'count for group "a" is "." (CBS: suppressed)' },
    ]);
  });

  it('caps the number of errors', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `A,u${i},a,x`).join('\n');
    const r = parseLongCounts(`region,unit,group,count\n${rows}`, { maxErrors: 10 });
    expect(!r.ok && r.errors.length).toBe(10);
  });
});

import { describe, expect, it } from 'vitest';
import { changeOf, compareRings, compareUnit, flagOf } from '../../../src/engine/waterbed/compare';
import type { RingAggregate } from '../../../src/engine/waterbed/types';

const agg = (ring: RingAggregate['ring'], value: number | null, units = 3): RingAggregate => ({
  ring,
  value,
  units,
  missing: 0,
  num: 0,
  den: 0,
});

describe('changes and difference-in-differences', () => {
  it('change and percent change', () => {
    expect(changeOf(20, 25)).toEqual({ t0: 20, t1: 25, change: 5, changePct: 25 });
    expect(changeOf(0, 5).changePct).toBeNull();
    expect(changeOf(null, 5)).toEqual({ t0: null, t1: 5, change: null, changePct: null });
  });

  it('shares: DiD in percentage points against rest and region', () => {
    const t0 = [agg('target', 30), agg('ring1', 20), agg('rest', 15), agg('region', 16)];
    const t1 = [agg('target', 27), agg('ring1', 24.1), agg('rest', 16), agg('region', 17)];
    const c = Object.fromEntries(compareRings(t0, t1, 'absolute').map((r) => [r.ring, r]));
    expect(c.ring1.change).toBeCloseTo(4.1, 12);
    expect(c.ring1.didVsRest).toBeCloseTo(3.1, 12);
    expect(c.ring1.didVsRegion).toBeCloseTo(3.1, 12);
    expect(c.target.didVsRest).toBeCloseTo(-4, 12);
    expect(c.rest.didVsRest).toBeNull();
    expect(c.rest.didVsRegion).toBeCloseTo(0, 12);
    expect(c.region.didVsRegion).toBeNull();
  });

  it('counts and means: DiD in percentage points of growth; absolute DiD kept separately', () => {
    const t0 = [agg('ring1', 200), agg('rest', 100)];
    const t1 = [agg('ring1', 220), agg('rest', 105)];
    const c = compareRings(t0, t1, 'relative').find((r) => r.ring === 'ring1')!;
    expect(c.changePct).toBeCloseTo(10, 12);
    expect(c.didVsRest).toBeCloseTo(5, 12); // +10 % vs +5 %
    expect(c.didAbsoluteVsRest).toBeCloseTo(15, 12); // +20 vs +5
  });

  it('unknown values propagate as null', () => {
    const c = compareRings([agg('ring1', null), agg('rest', 10)], [agg('ring1', 12), agg('rest', 11)], 'absolute');
    expect(c[0].didVsRest).toBeNull();
  });

  it('flags adjacent units at the threshold, in both directions', () => {
    expect(flagOf(2, 2)).toBe('above');
    expect(flagOf(0.1 + 1.9, 2)).toBe('above');
    expect(flagOf(1.99, 2)).toBeNull();
    expect(flagOf(-2, 2)).toBe('below');
    expect(flagOf(null, 2)).toBeNull();
    const rest = changeOf(10, 11); // +1 point
    expect(compareUnit(10, 13.5, rest, 'absolute', 2, true)).toMatchObject({ change: 3.5, didVsRest: 2.5, flag: 'above' });
    expect(compareUnit(10, 13.5, rest, 'absolute', 2, false).flag).toBeNull(); // target/rest units are not flagged
    expect(compareUnit(10, 13.5, rest, 'absolute', 3, true).flag).toBeNull();
    // Relative: rest +10 %, unit +7 % → −3 points of growth.
    expect(compareUnit(100, 107, changeOf(50, 55), 'relative', 2, true)).toMatchObject({ flag: 'below' });
    expect(compareUnit(100, 107, null, 'relative', 2, true)).toMatchObject({ didVsRest: null, flag: null });
  });
});

import { describe, expect, it } from 'vitest';
import { chartYears, defaultMode, layoutChart, trajectorySeries, yearTicks } from '../../../src/views/waterbed/trajectory-model';
import { RING_COLORS } from '../../../src/views/waterbed/waterbed-model';
import { fakeResult } from './fixtures';

const M = { top: 20, right: 10, bottom: 20, left: 40 };

describe('trajectory series', () => {
  it('counts default to an index, shares and means to values', () => {
    expect(defaultMode('count')).toBe('index');
    expect(defaultMode('share')).toBe('level');
    expect(defaultMode('mean')).toBe('level');
  });

  it('one series per ring with its colour, label and the values; gaps stay null', () => {
    const s = trajectorySeries(fakeResult(), 'nl', 'level');
    expect(s.map((x) => x.ring)).toEqual(['target', 'ring1', 'ring2', 'rest', 'region']);
    expect(s[1]).toMatchObject({ label: 'aangrenzend (ring 1)', color: RING_COLORS.ring1, dash: null });
    expect(s[0].points.map((p) => p.value)).toEqual([20, 21, 22, 23]);
    expect(s[2].points.find((p) => p.year === 2020)?.value).toBeNull();
    expect(chartYears(s)).toEqual([2018, 2019, 2020, 2022]);
  });

  it('index: 100 at the from-year (2019), levels kept for tooltips', () => {
    const s = trajectorySeries(fakeResult(), 'en', 'index');
    const target = s[0].points;
    expect(target.find((p) => p.year === 2019)?.value).toBe(100);
    expect(target.find((p) => p.year === 2022)?.value).toBeCloseTo((100 * 23) / 21, 9);
    expect(target.find((p) => p.year === 2022)?.level).toBe(23);
  });

  it('index is unknown when the from-year value is unknown or 0', () => {
    const r = fakeResult();
    r.trajectories[0].points[1].value = 0;
    r.trajectories[1].points[1].value = null;
    const s = trajectorySeries(r, 'en', 'index');
    expect(s[0].points.every((p) => p.value === null)).toBe(true);
    expect(s[1].points.every((p) => p.value === null)).toBe(true);
    expect(s[0].points[0].level).toBe(20);
  });
});

describe('chart layout', () => {
  it('x spans the years, y is niced around every value, one path per ring (broken at gaps)', () => {
    const s = trajectorySeries(fakeResult(), 'nl', 'level');
    const l = layoutChart(s, 400, 200, M, [2019, 2022]);
    expect(l.drawable).toBe(true);
    expect(l.x(2018)).toBe(40);
    expect(l.x(2022)).toBe(390);
    const [lo, hi] = l.y.domain();
    expect(lo).toBeLessThanOrEqual(20);
    expect(hi).toBeGreaterThanOrEqual(43);
    expect(l.yTicks.length).toBeGreaterThanOrEqual(3);
    expect(l.paths).toHaveLength(5);
    expect(l.paths[2].d.match(/M/g)).toHaveLength(2); // ring 2 has no 2020 value: two pieces
    expect(l.paths[0].d.match(/M/g)).toHaveLength(1);
  });

  it('not drawable with one year or no values', () => {
    const r = fakeResult();
    for (const t of r.trajectories) t.points = t.points.slice(0, 1);
    expect(layoutChart(trajectorySeries(r, 'nl', 'level'), 400, 200, M).drawable).toBe(false);
    for (const t of r.trajectories)
      t.points = [
        { year: 2019, value: null, units: 0, reallocatedShare: null },
        { year: 2022, value: null, units: 0, reallocatedShare: null },
      ];
    expect(layoutChart(trajectorySeries(r, 'nl', 'level'), 400, 200, M).drawable).toBe(false);
  });

  it('year ticks: t0 and t1 always, others only where they fit', () => {
    const years = [2012, 2014, 2017, 2018, 2019, 2022, 2023, 2024];
    const x = (y: number) => (y - 2012) * 20; // 20 px a year
    // 2018 and 2023 first; then 2012 and 2014 fit (≥ 30 px from every placed label); 2017, 2019, 2022, 2024 do not.
    expect(yearTicks(years, x, 30, [2018, 2023])).toEqual([2012, 2014, 2018, 2023]);
    expect(yearTicks(years, x, 30)).toEqual([2012, 2014, 2017, 2019, 2022, 2024]);
    expect(yearTicks(years, (y) => y * 100, 30)).toEqual(years);
  });
});

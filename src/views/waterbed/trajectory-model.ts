/**
 * Trajectory chart model: one series per ring over every year with data (result.trajectories), as values or as an
 * index (from-year = 100), and the chart layout (d3 scales, line paths, ticks). Pure; TrajectoryChart only draws.
 *
 * Counts default to the index: ring sums differ by orders of magnitude (a target city vs the Netherlands), so their
 * levels on one axis would flatten every line but one. Shares and means are comparable levels.
 */
import { line, scaleLinear, type ScaleLinear } from 'd3';
import type { Lang } from '../../app/i18n';
import type { Aggregate, IndicatorKind } from '../../engine/waterbed';
import type { WaterbedResult } from '../../pipeline/waterbed';
import { RING_COLORS, RING_DASH, ringLabel } from './waterbed-model';

export type TrajectoryMode = 'level' | 'index';

export function defaultMode(kind: IndicatorKind): TrajectoryMode {
  return kind === 'count' ? 'index' : 'level';
}

export interface ChartPoint {
  year: number;
  /** Plotted value (the level, or the index). */
  value: number | null;
  /** The ring's value in that year (for tooltips and the table). */
  level: number | null;
}

export interface ChartSeries {
  ring: Aggregate;
  label: string;
  color: string;
  dash: string | null;
  points: ChartPoint[];
}

/** Series in ring order; index mode: 100 · value / value(from), null where the from-year value is unknown or 0. */
export function trajectorySeries(result: WaterbedResult, lang: Lang, mode: TrajectoryMode): ChartSeries[] {
  const from = result.request.from;
  return result.trajectories.map((t) => {
    const base = t.points.find((p) => p.year === from)?.value ?? null;
    return {
      ring: t.ring,
      label: ringLabel(result, t.ring, lang),
      color: RING_COLORS[t.ring],
      dash: RING_DASH[t.ring],
      points: t.points.map((p) => {
        const level = p.value !== null && Number.isFinite(p.value) ? p.value : null;
        const value = mode === 'level' ? level : level !== null && base !== null && base !== 0 ? (100 * level) / base : null;
        return { year: p.year, value, level };
      }),
    };
  });
}

/** Every year of any series, ascending. */
export function chartYears(series: readonly ChartSeries[]): number[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
}

/**
 * Year tick labels that fit: `keep` years first (t0, t1), then the others left to right when at least `minGap`
 * pixels from every label already placed.
 */
export function yearTicks(years: readonly number[], x: (year: number) => number, minGap: number, keep: readonly number[] = []): number[] {
  const placed: number[] = [];
  const fits = (y: number) => placed.every((p) => Math.abs(x(p) - x(y)) >= minGap);
  for (const y of keep) if (years.includes(y) && !placed.includes(y)) placed.push(y);
  for (const y of years) if (!placed.includes(y) && fits(y)) placed.push(y);
  return placed.sort((a, b) => a - b);
}

export interface ChartMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartLayout {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  years: number[];
  xTicks: number[];
  yTicks: number[];
  paths: { ring: Aggregate; d: string }[];
  /** false when fewer than two years or no value at all: nothing to draw. */
  drawable: boolean;
}

/** Scales on [margin.left, width − margin.right] × [height − margin.bottom, margin.top]; y niced over all values. */
export function layoutChart(
  series: readonly ChartSeries[],
  width: number,
  height: number,
  margin: ChartMargin,
  keepYears: readonly number[] = [],
): ChartLayout {
  const years = chartYears(series);
  const values = series.flatMap((s) => s.points.map((p) => p.value)).filter((v): v is number => v !== null);
  const [y0, y1] = years.length ? [years[0], years[years.length - 1]] : [0, 1];
  const x = scaleLinear()
    .domain(y0 === y1 ? [y0 - 1, y1 + 1] : [y0, y1])
    .range([margin.left, width - margin.right]);
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.05 || 1;
    lo -= pad;
    hi += pad;
  } else {
    const pad = (hi - lo) * 0.08;
    lo -= pad;
    hi += pad;
  }
  const y = scaleLinear()
    .domain([lo, hi])
    .nice(5)
    .range([height - margin.bottom, margin.top]);
  const gen = line<ChartPoint>()
    .defined((p) => p.value !== null)
    .x((p) => x(p.year))
    .y((p) => y(p.value as number));
  const paths = series.map((s) => ({ ring: s.ring, d: gen(s.points) ?? '' }));
  return {
    x,
    y,
    years,
    xTicks: yearTicks(years, x, 30, keepYears),
    yTicks: y.ticks(5),
    paths,
    drawable: years.length >= 2 && values.length > 0,
  };
}

/** The x and y axes of the explore charts (histogram, scatter plot): d3 axes with numbers in the UI language. */
import { axisBottom, axisLeft, type ScaleLinear, type Selection } from 'd3';
import { formatNumber, type Lang } from '../../app/i18n';

export interface ChartAxesSpec {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** Chart height in px (the x axis sits at height - margin.bottom). */
  height: number;
  margin: { bottom: number; left: number };
  lang: Lang;
  /** Number of x ticks (a hint to d3). */
  xTicks: number;
  /** Number of y ticks (a hint to d3). */
  yTicks: number;
}

/** Appends a bottom x axis and a left y axis to `root`; tick labels with at most 2 decimals. */
export function drawChartAxes(root: Selection<SVGSVGElement, unknown, null, undefined>, spec: ChartAxesSpec): void {
  const { x, y, height, margin, lang } = spec;
  const fmt = (v: number) => formatNumber(lang, v, 2);
  root
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(
      axisBottom(x)
        .ticks(spec.xTicks)
        .tickFormat((v) => fmt(Number(v))),
    );
  root
    .append('g')
    .attr('transform', `translate(${margin.left},0)`)
    .call(
      axisLeft(y)
        .ticks(spec.yTicks)
        .tickFormat((v) => fmt(Number(v))),
    );
}

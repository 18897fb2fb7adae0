/** SVG axes and axis labels of the scatter plot (d3 axes, numbers in the UI language). */
import { axisBottom, axisLeft, type ScaleLinear, type Selection } from 'd3';
import { formatNumber, type Lang } from '../../app/i18n';
import { MARGIN } from './scatter-layout';

export interface ScatterAxesSpec {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  width: number;
  height: number;
  lang: Lang;
  xLabel: string;
  yLabel: string;
}

export function drawScatterAxes(root: Selection<SVGSVGElement, unknown, null, undefined>, spec: ScatterAxesSpec): void {
  const { x, y, width, height, lang, xLabel, yLabel } = spec;
  const fmt = (v: number) => formatNumber(lang, v, 2);
  root
    .append('g')
    .attr('transform', `translate(0,${height - MARGIN.bottom})`)
    .call(
      axisBottom(x)
        .ticks(Math.max(2, Math.floor(width / 80)))
        .tickFormat((v) => fmt(Number(v))),
    );
  root
    .append('g')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(
      axisLeft(y)
        .ticks(5)
        .tickFormat((v) => fmt(Number(v))),
    );
  root
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', width - MARGIN.right)
    .attr('y', height - 4)
    .attr('text-anchor', 'end')
    .text(xLabel);
  root
    .append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(12,${MARGIN.top}) rotate(-90)`)
    .attr('text-anchor', 'end')
    .text(yLabel);
}

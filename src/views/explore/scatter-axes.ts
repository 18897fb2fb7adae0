/** SVG axes and axis labels of the scatter plot (the shared chart axes, numbers in the UI language). */
import type { ScaleLinear, Selection } from 'd3';
import type { Lang } from '../../app/i18n';
import { drawChartAxes } from './chart-axes';
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
  drawChartAxes(root, { x, y, height, margin: MARGIN, lang, xTicks: Math.max(2, Math.floor(width / 80)), yTicks: 5 });
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

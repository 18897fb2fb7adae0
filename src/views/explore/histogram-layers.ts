/**
 * The SVG layers of the histogram (d3): the static layer (axes, bars and empty groups for breaks and marker), the
 * class colours with break lines (restyled in place), and the highlighted unit's bin and value marker.
 */
import type { ScaleLinear, Selection } from 'd3';
import { formatValue, type Lang } from '../../app/i18n';
import type { Unit } from '../../data/variables';
import { classIndex } from '../../engine/classify';
import { drawChartAxes } from './chart-axes';
import { binIndexOf, type Histogram as HistogramData, type HistBin } from './histogram-model';

export const MARGIN = { top: 8, right: 12, bottom: 26, left: 40 };
const BAR_COLOR = '#7fb2d5';

type Root = Selection<SVGSVGElement, unknown, null, undefined>;

export interface HistogramFrame {
  hist: HistogramData;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  width: number;
  height: number;
}

/** Clears `root` and draws axes, bars (with a title per bar) and the empty break and marker groups. */
export function drawHistogramBase(root: Root, f: HistogramFrame, lang: Lang, unit: Unit): void {
  const { hist, x, y, width, height } = f;
  root.selectAll('*').remove();
  drawChartAxes(root, { x, y, height, margin: MARGIN, lang, xTicks: Math.max(2, Math.floor(width / 70)), yTicks: 3 });
  root
    .append('g')
    .attr('class', 'bars')
    .selectAll('rect')
    .data(hist.bins)
    .join('rect')
    .attr('class', 'hist-bar')
    .attr('data-x0', (b) => b.x0)
    .attr('data-count', (b) => b.count)
    .attr('x', (b) => x(b.x0) + 0.5)
    .attr('width', (b) => Math.max(0.5, x(b.x1) - x(b.x0) - 1))
    .attr('y', (b) => y(b.count))
    .attr('height', (b) => y(0) - y(b.count))
    .append('title')
    .text((b) => `${formatValue(lang, b.x0, unit)} – ${formatValue(lang, b.x1, unit)}: ${b.count}`);
  root.append('g').attr('class', 'hist-breaks');
  root.append('g').attr('class', 'hist-marker');
}

/** Bars in the class colour of their midpoint (or the plain bar colour) and dashed lines at the inner breaks. */
export function styleHistogramClasses(root: Root, f: HistogramFrame, breaks: readonly number[], colors: readonly string[]): void {
  const { hist, x, height } = f;
  root
    .selectAll<SVGRectElement, HistBin>('rect.hist-bar')
    .attr('fill', (b) => (breaks.length || colors.length ? (colors[classIndex((b.x0 + b.x1) / 2, breaks)] ?? BAR_COLOR) : BAR_COLOR));
  root
    .select('g.hist-breaks')
    .selectAll('line')
    .data(breaks.filter((b) => b > hist.domain[0] && b < hist.domain[1]))
    .join('line')
    .attr('class', 'hist-break')
    .attr('x1', (b) => x(b))
    .attr('x2', (b) => x(b))
    .attr('y1', MARGIN.top)
    .attr('y2', height - MARGIN.bottom);
}

/** The highlighted value's bin and a line at the value (none when `value` is not a finite number). */
export function markHistogramValue(root: Root, f: HistogramFrame, value: number | null | undefined): void {
  const { hist, x, height } = f;
  const bi = binIndexOf(value, hist.bins);
  root.selectAll<SVGRectElement, unknown>('rect.hist-bar').classed('highlighted', (_, i) => i === bi);
  const g = root.select('g.hist-marker');
  g.selectAll('*').remove();
  if (typeof value === 'number' && Number.isFinite(value)) {
    g.append('line')
      .attr('class', 'hist-value')
      .attr('x1', x(value))
      .attr('x2', x(value))
      .attr('y1', MARGIN.top)
      .attr('y2', height - MARGIN.bottom);
  }
}

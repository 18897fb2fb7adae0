/**
 * The ranking chart's SVG content (d3): a y axis and one bar per gemeente in the given order; the selected bar and the
 * keyboard cursor marked by class; hovering and clicking a bar reported to the caller.
 */
import { axisLeft, max, scaleBand, scaleLinear, select } from 'd3';
import { formatNumber, type Lang } from '../../app/i18n';

export interface RankItem {
  code: string;
  name: string;
  value: number;
  /** Units the value was computed over (wijken of the gemeente), for the text alternative. */
  units?: number;
}

export const RANKING_HEIGHT = 170;
const MARGIN = { top: 22, right: 8, bottom: 8, left: 40 };

export interface RankingBarsSpec {
  lang: Lang;
  /** Sorted high → low. */
  sorted: readonly RankItem[];
  width: number;
  onHover: (item: RankItem | null) => void;
  onSelect: (code: string) => void;
}

/** Clears `svg` and draws the axis and the bars (unmarked: markRankingBars marks them). */
export function drawRankingBars(svg: SVGSVGElement, s: RankingBarsSpec): void {
  const { lang, sorted, width } = s;
  const x = scaleBand<string>()
    .domain(sorted.map((d) => d.code))
    .range([MARGIN.left, width - MARGIN.right])
    .paddingInner(0.1);
  const y = scaleLinear()
    .domain([0, max(sorted, (d) => d.value) ?? 1])
    .nice()
    .range([RANKING_HEIGHT - MARGIN.bottom, MARGIN.top]);
  const root = select(svg);
  root.selectAll('*').remove();
  root
    .append('g')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(
      axisLeft(y)
        .ticks(4)
        .tickFormat((v) => formatNumber(lang, Number(v), 2)),
    );
  root
    .append('g')
    .selectAll('rect')
    .data(sorted, (d) => (d as RankItem).code)
    .join('rect')
    .attr('class', 'bar')
    .attr('data-code', (d) => d.code)
    .attr('data-value', (d) => d.value)
    .attr('x', (d) => x(d.code)!)
    .attr('width', Math.max(1, x.bandwidth()))
    .attr('y', (d) => y(d.value))
    .attr('height', (d) => y(0) - y(d.value))
    .on('mouseenter', (_, d) => s.onHover(d))
    .on('mouseleave', () => s.onHover(null))
    .on('click', (_, d) => s.onSelect(d.code))
    .append('title')
    .text((d) => `${d.name}: ${formatNumber(lang, d.value, 3)}`);
}

/** Marks the selected bar and the keyboard cursor by class (a new selection changes two bars, draws nothing). */
export function markRankingBars(svg: SVGSVGElement, selected: string | null, cursor: string | null): void {
  select(svg)
    .selectAll<SVGRectElement, RankItem>('rect.bar')
    .classed('selected', (d) => d.code === selected)
    .classed('cursor', (d) => d.code === cursor);
}

/**
 * Scatter plot of two variables. Points are drawn on a <canvas> (useScatterCanvas); axes, the 2-D brush and the
 * highlight ring are SVG on top (useScatterBrush, scatter-axes). Hover and click use a d3 quadtree (nearest point
 * within 8 px); the brush selects through the same quadtree: onBrush(codes) at the end of a drag, onBrush([]) when
 * cleared. A click without a drag on a point calls onSelect(code). The brush stays while `selected` is the selection
 * it made (and survives a resize); new data drop it with onBrush([]). Keyboard: range inputs for the x and y ranges
 * (ScatterRanges, STEPS steps over each axis) set the same rectangle and follow the mouse brush.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { scaleLinear, select } from 'd3';
import { formatNumber, formatValue, type Lang } from '../../app/i18n';
import { tx, txf } from '../../app/i18n-explore';
import type { Unit } from '../../data/variables';
import {
  buildQuadtree,
  paddedExtent,
  pearson,
  projectPoints,
  scatterPoints,
  type ScatterDatum,
  type ScatterPoint,
  type ScreenPoint,
} from './scatter-model';
import './explore.css';
import { pluralKey } from '../../app/plural';
import { SvgDownload } from '../picture/SvgDownload';
import { MARGIN, POINT, RADIUS, type Pair } from './scatter-layout';
import { ScatterRanges } from './ScatterRanges';
import { useScatterBrush } from './useScatterBrush';
import { useScatterCanvas } from './useScatterCanvas';

export interface ScatterProps {
  lang: Lang;
  xLabel: string;
  yLabel: string;
  xUnit: Unit;
  yUnit: Unit;
  data: readonly ScatterDatum[];
  /** Hovered or selected unit: drawn with a ring. */
  highlighted?: string | null;
  /** Brushed / selected codes: drawn on top, the others faded. */
  selected?: ReadonlySet<string> | null;
  /** Fill per code (e.g. the map's class colours); default one blue. Memoise it: a new function redraws the canvas. */
  colorOf?: (code: string) => string;
  onBrush: (codes: string[]) => void;
  onHover: (code: string | null) => void;
  onSelect?: (code: string) => void;
  height?: number;
}

/** Width of the wrapping element (at least 200 px), followed with a ResizeObserver. */
function useWidth(wrap: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(360);
  useEffect(() => {
    const el = wrap.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.max(200, Math.floor(e!.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, [wrap]);
  return width;
}

/** Linear x and y scales over the padded extents of the points. */
function useScales(points: readonly ScatterPoint[], width: number, height: number) {
  const x = useMemo(
    () =>
      scaleLinear()
        .domain(paddedExtent(points.map((p) => p.x)))
        .range([MARGIN.left, width - MARGIN.right]),
    [points, width],
  );
  const y = useMemo(
    () =>
      scaleLinear()
        .domain(paddedExtent(points.map((p) => p.y)))
        .range([height - MARGIN.bottom, MARGIN.top]),
    [points, height],
  );
  return { x, y };
}

/** Highlight ring around the highlighted point, in the SVG's `g.scatter-ring`. */
function useRing(svg: RefObject<SVGSVGElement | null>, hp: ScreenPoint | undefined): void {
  useEffect(() => {
    if (!svg.current) return;
    const g = select(svg.current).select('g.scatter-ring');
    g.selectAll('*').remove();
    if (hp)
      g.append('circle')
        .attr('cx', hp.px)
        .attr('cy', hp.py)
        .attr('r', RADIUS + 4);
  }, [svg, hp]);
}

interface CaptionProps {
  lang: Lang;
  title: string;
  n: number;
  r: number | null;
  dropped: number;
  screen: readonly ScreenPoint[];
  colorOf?: (code: string) => string;
}

function ScatterCaption({ lang, title, n, r, dropped, screen, colorOf }: CaptionProps) {
  return (
    <figcaption>
      {title}
      <span className="muted small">
        {' '}
        · {txf(lang, pluralKey(lang, 'pointsShown', n), { n })}
        {r !== null ? ` · r = ${formatNumber(lang, Math.round(r * 100) / 100 || 0, 2)}` : ''}
        {dropped ? ` (${dropped} ${tx(lang, 'noDataShort')})` : ''}
      </span>
      <SvgDownload
        lang={lang}
        title={title}
        name="scatter"
        dots={() => screen.map((p) => ({ x: p.px, y: p.py, r: RADIUS, fill: colorOf ? colorOf(p.code) : POINT, opacity: 0.6 }))}
      />
    </figcaption>
  );
}

export function Scatter(props: ScatterProps) {
  const { lang, xLabel, yLabel, xUnit, yUnit, data, highlighted = null, selected = null, colorOf, height = 260 } = props;
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useWidth(wrap);

  const { points, dropped } = useMemo(() => scatterPoints(data), [data]);
  const { x, y } = useScales(points, width, height);
  const screen = useMemo(() => projectPoints(points, x, y), [points, x, y]);
  const tree = useMemo(() => buildQuadtree(screen), [screen]);
  const r = useMemo(() => pearson(points), [points]);

  useScatterCanvas(canvas, screen, selected, colorOf, width, height);
  const { steps, onKeyboardRange } = useScatterBrush({
    svg,
    points,
    tree,
    x,
    y,
    width,
    height,
    lang,
    xLabel,
    yLabel,
    selected,
    onBrush: props.onBrush,
    onHover: props.onHover,
    onSelect: props.onSelect,
  });
  const hp = highlighted ? screen.find((p) => p.code === highlighted) : undefined;
  useRing(svg, hp);

  const title = `${tx(lang, 'scatter')}: ${yLabel} ${tx(lang, 'versus')} ${xLabel}`;
  return (
    <figure className="explore-chart scatter" ref={wrap}>
      <ScatterCaption lang={lang} title={title} n={points.length} r={r} dropped={dropped} screen={screen} colorOf={colorOf} />
      <div className="scatter-layers" style={{ position: 'relative', width, height }}>
        <canvas ref={canvas} style={{ position: 'absolute', inset: 0, width, height }} aria-hidden="true" />
        <svg
          ref={svg}
          width={width}
          height={height}
          style={{ position: 'absolute', inset: 0 }}
          role="img"
          aria-label={`${title}. ${tx(lang, 'brushHint')}`}
        />
      </div>
      {points.length > 0 ? (
        <ScatterRanges
          lang={lang}
          xLabel={xLabel}
          yLabel={yLabel}
          xUnit={xUnit}
          yUnit={yUnit}
          xd={x.domain() as Pair}
          yd={y.domain() as Pair}
          steps={steps}
          onChange={onKeyboardRange}
        />
      ) : null}
      <span className="visually-hidden" aria-live="polite">
        {selected?.size ? txf(lang, pluralKey(lang, 'selectedN', selected.size), { n: selected.size }) : ''}
      </span>
      <p className="muted small">
        {hp
          ? `${hp.name ?? hp.code}: ${formatValue(lang, hp.x, xUnit)}; ${formatValue(lang, hp.y, yUnit)}`
          : selected?.size
            ? txf(lang, pluralKey(lang, 'selectedN', selected.size), { n: selected.size })
            : tx(lang, 'brushHint')}
      </p>
    </figure>
  );
}

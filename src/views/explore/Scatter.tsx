/**
 * Scatter plot of two variables. Points are drawn on a <canvas> (one path per colour, so 3,475 points redraw in
 * about a millisecond); axes, the 2-D brush and the highlight ring are SVG on top. Hover and click use a d3 quadtree
 * (nearest point within 8 px); the brush selects through the same quadtree: onBrush(codes) at the end of a drag,
 * onBrush([]) when cleared. A click without a drag on a point calls onSelect(code). The brush stays while `selected`
 * is the selection it made (and survives a resize); new data drop it with onBrush([]).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { axisBottom, axisLeft, brush as d3brush, pointer, scaleLinear, select, type BrushBehavior, type Selection } from 'd3';
import { formatNumber, formatValue, type Lang } from '../../app/i18n';
import { tx, txf } from '../../app/i18n-explore';
import type { Unit } from '../../data/variables';
import {
  buildQuadtree,
  nearestPoint,
  paddedExtent,
  pearson,
  pointsInRect,
  projectPoints,
  scatterPoints,
  type ScatterDatum,
} from './scatter-model';
import { sameSelection } from './selection-model';
import './explore.css';
import { pluralKey } from '../../app/plural';
import { SvgDownload } from '../picture/SvgDownload';

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

const MARGIN = { top: 10, right: 12, bottom: 34, left: 48 };
const RADIUS = 2.5;
const HIT = 8;
const POINT = '#2c7fb8';

export function Scatter(props: ScatterProps) {
  const { lang, xLabel, yLabel, xUnit, yUnit, data, highlighted = null, selected = null, colorOf, height = 260 } = props;
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const cb = useRef(props);
  cb.current = props;
  const hovered = useRef<string | null>(null);
  // This brush's own selection: emitted codes and the rectangle in data units (to restore it after a resize).
  const own = useRef<{ codes: string[]; xs: [number, number]; ys: [number, number]; points: unknown } | null>(null);
  const brushRef = useRef<{ g: Selection<SVGGElement, unknown, null, undefined>; b: BrushBehavior<unknown> } | null>(null);
  const [width, setWidth] = useState(360);

  const { points, dropped } = useMemo(() => scatterPoints(data), [data]);
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
  const screen = useMemo(() => projectPoints(points, x, y), [points, x, y]);
  const tree = useMemo(() => buildQuadtree(screen), [screen]);
  const r = useMemo(() => pearson(points), [points]);

  useEffect(() => {
    const el = wrap.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.max(200, Math.floor(e!.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Canvas: all points, grouped by colour; selected points on top, the rest faded while a selection exists.
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    c.width = Math.round(width * dpr);
    c.height = Math.round(height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const any = !!selected && selected.size > 0;
    const layers: [boolean, number][] = any
      ? [
          [false, 0.15],
          [true, 0.9],
        ]
      : [[false, 0.6]];
    for (const [sel, alpha] of layers) {
      const groups = new Map<string, typeof screen>();
      for (const p of screen) {
        if (any && selected!.has(p.code) !== sel) continue;
        const col = colorOf ? colorOf(p.code) : POINT;
        const g = groups.get(col);
        if (g) g.push(p);
        else groups.set(col, [p]);
      }
      ctx.globalAlpha = alpha;
      for (const [col, ps] of groups) {
        ctx.beginPath();
        for (const p of ps) {
          ctx.moveTo(p.px + RADIUS, p.py);
          ctx.arc(p.px, p.py, RADIUS, 0, 2 * Math.PI);
        }
        ctx.fillStyle = col;
        ctx.fill();
        if (sel) {
          ctx.strokeStyle = '#1b1f24';
          ctx.lineWidth = 0.5;
          ctx.stroke();
        }
      }
    }
    ctx.globalAlpha = 1;
  }, [screen, selected, colorOf, width, height]);

  // SVG: axes, brush and pointer handling. Rebuilt when the scales change.
  useEffect(() => {
    if (!svg.current) return;
    const root = select(svg.current);
    root.selectAll('*').remove();
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
    const b = d3brush()
      .extent([
        [MARGIN.left, MARGIN.top],
        [width - MARGIN.right, height - MARGIN.bottom],
      ])
      .on('end', (event: { selection: [[number, number], [number, number]] | null; sourceEvent?: MouseEvent }) => {
        if (!event.sourceEvent) return;
        if (event.selection) {
          const [[x0, y0], [x1, y1]] = event.selection;
          const codes = pointsInRect(tree, event.selection);
          own.current = { codes, xs: [x.invert(x0), x.invert(x1)], ys: [y.invert(y1), y.invert(y0)], points };
          cb.current.onBrush(codes);
          return;
        }
        own.current = null;
        cb.current.onBrush([]);
        const [px, py] = pointer(event.sourceEvent, svg.current);
        const hit = nearestPoint(tree, px, py, HIT);
        if (hit) cb.current.onSelect?.(hit.code);
      });
    const g = root.append('g').attr('class', 'brush').call(b);
    brushRef.current = { g, b: b as unknown as BrushBehavior<unknown> };
    const o = own.current;
    if (o && o.points === points) {
      g.call(b.move, [
        [x(o.xs[0]), y(o.ys[1])],
        [x(o.xs[1]), y(o.ys[0])],
      ]);
    } else if (o) {
      own.current = null;
      cb.current.onBrush([]);
    }
    root.append('g').attr('class', 'scatter-ring');
    root
      .on('pointermove', (event: PointerEvent) => {
        const [px, py] = pointer(event, svg.current);
        const code = nearestPoint(tree, px, py, HIT)?.code ?? null;
        if (code !== hovered.current) {
          hovered.current = code;
          cb.current.onHover(code);
        }
      })
      .on('pointerleave', () => {
        if (hovered.current !== null) {
          hovered.current = null;
          cb.current.onHover(null);
        }
      });
  }, [tree, points, x, y, width, height, lang, xLabel, yLabel]);

  // Another chart (or the parent) changed the selection: drop this brush silently.
  useEffect(() => {
    if (own.current && !sameSelection(selected, own.current.codes)) {
      own.current = null;
      brushRef.current?.g.call(brushRef.current.b.move as never, null);
    }
  }, [selected]);

  // Highlight ring and its tooltip text.
  const hp = highlighted ? screen.find((p) => p.code === highlighted) : undefined;
  useEffect(() => {
    if (!svg.current) return;
    const g = select(svg.current).select('g.scatter-ring');
    g.selectAll('*').remove();
    if (hp)
      g.append('circle')
        .attr('cx', hp.px)
        .attr('cy', hp.py)
        .attr('r', RADIUS + 4);
  }, [hp]);

  const title = `${tx(lang, 'scatter')}: ${yLabel} ${tx(lang, 'versus')} ${xLabel}`;
  return (
    <figure className="explore-chart scatter" ref={wrap}>
      <figcaption>
        {title}
        <span className="muted small">
          {' '}
          · {txf(lang, pluralKey(lang, 'pointsShown', points.length), { n: points.length })}
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

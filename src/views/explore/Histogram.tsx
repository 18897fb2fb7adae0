/**
 * Histogram of the current variable (d3 scales, axes and brushX; React renders the container). Bars take the
 * class colour of their midpoint when breaks + colours are given, class breaks are drawn as dashed lines, and the
 * highlighted unit's bin and value are marked. Brushing an x-range selects whole bins: onBrush(codes) at the end of
 * a drag, onBrush([]) when the brush is cleared. The brush stays while `selected` is the selection it made.
 * Keyboard: a pair of range inputs over the bin edges sets the same brush (and follows the mouse brush).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { axisBottom, axisLeft, brushX, scaleLinear, select, type BrushBehavior } from 'd3';
import { formatNumber, formatValue, type Lang } from '../../app/i18n';
import { tx, txf } from '../../app/i18n-explore';
import type { Unit } from '../../data/variables';
import { classIndex } from '../../engine/classify';
import { binIndexOf, brushBins, histogram, type HistBin, type ValueItem } from './histogram-model';
import { sameSelection } from './selection-model';
import './explore.css';
import { pluralKey } from '../../app/plural';
import { SvgDownload } from '../picture/SvgDownload';
import { RangePair } from '../keyboard/RangePair';
import { isFullRange } from '../keyboard/range-model';
import { tkf } from '../keyboard/strings';

export interface HistogramProps {
  lang: Lang;
  /** Variable label (for the title and the accessible name). */
  label: string;
  unit: Unit;
  items: readonly ValueItem[];
  /** Hovered or selected unit to mark. */
  highlighted?: string | null;
  /** The shared selection (from this brush or another chart). The brush is cleared when the selection no longer
   * is the one it made; its size is shown with a "clear" button. */
  selected?: ReadonlySet<string> | null;
  breaks?: readonly number[];
  colors?: readonly string[];
  onBrush: (codes: string[]) => void;
  height?: number;
  binCount?: number;
}

const MARGIN = { top: 8, right: 12, bottom: 26, left: 40 };
const BAR_COLOR = '#7fb2d5';

export function Histogram({
  lang,
  label,
  unit,
  items,
  highlighted = null,
  selected = null,
  breaks,
  colors,
  onBrush,
  height = 150,
  binCount,
}: HistogramProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const onBrushRef = useRef(onBrush);
  onBrushRef.current = onBrush;
  // This brush's own selection: the codes it emitted and its data range (to restore it after a resize).
  const own = useRef<{ codes: string[]; range: [number, number]; hist: unknown } | null>(null);
  const [width, setWidth] = useState(320);
  // The brushed bins as edge indices [first, last + 1] for the range inputs; null = no brush.
  const [pair, setPair] = useState<[number, number] | null>(null);
  const hist = useMemo(() => histogram(items, binCount), [items, binCount]);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain(hist.domain)
        .range([MARGIN.left, width - MARGIN.right]),
    [hist, width],
  );
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([0, Math.max(1, hist.maxCount)])
        .nice()
        .range([height - MARGIN.bottom, MARGIN.top]),
    [hist, height],
  );

  useEffect(() => {
    const el = wrap.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.max(160, Math.floor(e!.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Static layer: axes, bars and the brush. Rebuilt only when the bins or the size change; after a resize the brush
  // is put back, with new bins (another variable) its selection is dropped and onBrush([]) reports that.
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
          .ticks(Math.max(2, Math.floor(width / 70)))
          .tickFormat((v) => fmt(Number(v))),
      );
    root
      .append('g')
      .attr('transform', `translate(${MARGIN.left},0)`)
      .call(
        axisLeft(y)
          .ticks(3)
          .tickFormat((v) => fmt(Number(v))),
      );
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
    const brush = brushX()
      .extent([
        [MARGIN.left, MARGIN.top],
        [width - MARGIN.right, height - MARGIN.bottom],
      ])
      .on('end', (event: { selection: [number, number] | null; sourceEvent?: unknown }) => {
        if (!event.sourceEvent) return; // our own snap below
        if (!event.selection) {
          own.current = null;
          setPair(null);
          onBrushRef.current([]);
          return;
        }
        const r = brushBins(hist.bins, x.invert(event.selection[0]), x.invert(event.selection[1]));
        gBrush.call(brush.move, r.range ? [x(r.range[0]), x(r.range[1])] : null);
        own.current = r.range ? { codes: r.codes, range: r.range, hist } : null;
        setPair(r.range ? [r.bins[0]!, r.bins[r.bins.length - 1]! + 1] : null);
        onBrushRef.current(r.codes);
      });
    brushRef.current = brush as unknown as BrushBehavior<unknown>;
    const gBrush = root.append('g').attr('class', 'brush').call(brush);
    if (own.current && own.current.hist === hist) gBrush.call(brush.move, [x(own.current.range[0]), x(own.current.range[1])]);
    else if (own.current) {
      own.current = null;
      setPair(null);
      onBrushRef.current([]);
    }
  }, [hist, x, y, width, height, lang, unit]);

  // Another chart (or the parent) changed the selection: drop this brush silently.
  useEffect(() => {
    if (own.current && !sameSelection(selected, own.current.codes)) {
      own.current = null;
      setPair(null);
      if (svg.current && brushRef.current)
        select(svg.current)
          .select<SVGGElement>('g.brush')
          .call(brushRef.current.move as never, null);
    }
  }, [selected]);

  // Class colours and break lines: restyled in place, so a new colour array does not reset the brush.
  const breaksKey = breaks?.join() ?? '';
  const colorsKey = colors?.join() ?? '';
  useEffect(() => {
    if (!svg.current) return;
    const root = select(svg.current);
    const bs = breaksKey ? breaksKey.split(',').map(Number) : [];
    const cs = colorsKey ? colorsKey.split(',') : [];
    root
      .selectAll<SVGRectElement, HistBin>('rect.hist-bar')
      .attr('fill', (b) => (bs.length || cs.length ? (cs[classIndex((b.x0 + b.x1) / 2, bs)] ?? BAR_COLOR) : BAR_COLOR));
    root
      .select('g.hist-breaks')
      .selectAll('line')
      .data(bs.filter((b) => b > hist.domain[0] && b < hist.domain[1]))
      .join('line')
      .attr('class', 'hist-break')
      .attr('x1', (b) => x(b))
      .attr('x2', (b) => x(b))
      .attr('y1', MARGIN.top)
      .attr('y2', height - MARGIN.bottom);
  }, [breaksKey, colorsKey, hist, x, height]);

  // Highlight layer: the highlighted unit's bin and a marker at its value; cheap, no brush reset.
  const hv = highlighted ? items.find((d) => d.code === highlighted)?.value : undefined;
  useEffect(() => {
    if (!svg.current) return;
    const root = select(svg.current);
    const bi = binIndexOf(hv, hist.bins);
    root.selectAll<SVGRectElement, unknown>('rect.hist-bar').classed('highlighted', (_, i) => i === bi);
    const g = root.select('g.hist-marker');
    g.selectAll('*').remove();
    if (typeof hv === 'number' && Number.isFinite(hv)) {
      g.append('line')
        .attr('class', 'hist-value')
        .attr('x1', x(hv))
        .attr('x2', x(hv))
        .attr('y1', MARGIN.top)
        .attr('y2', height - MARGIN.bottom);
    }
  }, [hv, hist, x, height]);

  const moveBrush = (range: [number, number] | null) => {
    if (svg.current && brushRef.current)
      select(svg.current)
        .select<SVGGElement>('g.brush')
        .call(brushRef.current.move as never, range ? [x(range[0]), x(range[1])] : null);
  };
  const clear = () => {
    own.current = null;
    setPair(null);
    moveBrush(null);
    onBrush([]);
  };
  // The range inputs: the bins between two edges, as the mouse brush would select them (the whole range = none).
  const n = hist.bins.length;
  const onKeyboardRange = (next: [number, number]) => {
    if (isFullRange(next, n)) return clear();
    const bins = hist.bins.slice(next[0], next[1]);
    const codes = bins.flatMap((b) => b.codes);
    const range: [number, number] = [bins[0]!.x0, bins[bins.length - 1]!.x1];
    own.current = { codes, range, hist };
    setPair(next);
    moveBrush(range);
    onBrush(codes);
  };
  const edgeText = (k: number) => formatValue(lang, k < n ? hist.bins[k]!.x0 : hist.domain[1], unit);
  const selectedCount = selected?.size ?? 0;

  const title = `${tx(lang, 'histogram')}: ${label}`;
  return (
    <figure className="explore-chart histogram" ref={wrap}>
      <figcaption>
        {title}
        {hist.noData ? (
          <span className="muted small">
            {' '}
            · {tx(lang, 'areas')}: {items.length - hist.noData}
          </span>
        ) : null}
        <SvgDownload lang={lang} title={title} name="histogram" />
      </figcaption>
      <svg ref={svg} width={width} height={height} role="img" aria-label={`${title}. ${tx(lang, 'brushHint')}`} />
      {n > 0 ? (
        <fieldset className="range-inputs">
          <legend>{tkf(lang, 'histRange', { label })}</legend>
          <RangePair
            lang={lang}
            label={label}
            showLabel={false}
            name="hist"
            max={n}
            pair={pair ?? [0, n]}
            valueText={edgeText}
            onChange={onKeyboardRange}
          />
        </fieldset>
      ) : null}
      <p className="muted small">
        <span className="selection-summary" aria-live="polite">
          {selectedCount > 0 ? txf(lang, pluralKey(lang, 'selectedN', selectedCount), { n: selectedCount }) : tx(lang, 'brushHint')}
        </span>
        {selectedCount > 0 ? (
          <>
            {' '}
            <button type="button" className="link" onClick={clear}>
              {tx(lang, 'clearSelection')}
            </button>
          </>
        ) : null}
      </p>
    </figure>
  );
}

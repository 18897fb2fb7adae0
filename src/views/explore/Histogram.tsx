/**
 * Histogram of the current variable (d3 scales, axes and brushX; React renders the container). Bars take the
 * class colour of their midpoint when breaks + colours are given, class breaks are drawn as dashed lines, and the
 * highlighted unit's bin and value are marked. Brushing an x-range selects whole bins: onBrush(codes) at the end of
 * a drag, onBrush([]) when the brush is cleared. The brush stays while `selected` is the selection it made.
 * Keyboard: a pair of range inputs over the bin edges sets the same brush (and follows the mouse brush).
 * Layers: histogram-layers.ts; brush: use-histogram-brush.ts.
 */
import { useEffect, useMemo, useRef } from 'react';
import { scaleLinear, select } from 'd3';
import { formatValue, type Lang } from '../../app/i18n';
import { tx } from '../../app/i18n-explore';
import type { Unit } from '../../data/variables';
import { histogram, type ValueItem } from './histogram-model';
import { markHistogramValue, MARGIN, styleHistogramClasses } from './histogram-layers';
import { SelectionSummary } from './SelectionSummary';
import { useElementWidth } from '../use-element-width';
import { useHistogramBrush } from './use-histogram-brush';
import './explore.css';
import { SvgDownload } from '../picture/SvgDownload';
import { RangePair } from '../keyboard/RangePair';
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

export function Histogram(props: HistogramProps) {
  const { lang, label, unit, items, highlighted = null, selected = null, breaks, colors, onBrush, height = 150 } = props;
  const wrap = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useElementWidth(wrap, 320, 160);
  const hist = useMemo(() => histogram(items, props.binCount), [items, props.binCount]);
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
  const frame = useMemo(() => ({ hist, x, y, width, height }), [hist, x, y, width, height]);
  const { pair, clear, onKeyboardRange } = useHistogramBrush(svg, frame, { lang, unit, selected, onBrush });

  // Class colours and break lines: restyled in place, so a new colour array does not reset the brush.
  const breaksKey = breaks?.join() ?? '';
  const colorsKey = colors?.join() ?? '';
  useEffect(() => {
    if (!svg.current) return;
    const bs = breaksKey ? breaksKey.split(',').map(Number) : [];
    styleHistogramClasses(select(svg.current), frame, bs, colorsKey ? colorsKey.split(',') : []);
  }, [breaksKey, colorsKey, frame]);

  // Highlight layer: the highlighted unit's bin and a marker at its value; cheap, no brush reset.
  const hv = highlighted ? items.find((d) => d.code === highlighted)?.value : undefined;
  useEffect(() => {
    if (svg.current) markHistogramValue(select(svg.current), frame, hv);
  }, [hv, frame]);

  const n = hist.bins.length;
  const edgeText = (k: number) => formatValue(lang, k < n ? hist.bins[k]!.x0 : hist.domain[1], unit);
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
      <SelectionSummary lang={lang} count={selected?.size ?? 0} onClear={clear} />
    </figure>
  );
}

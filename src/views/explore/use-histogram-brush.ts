/**
 * The histogram's static layer and its brush. Brushing an x-range selects whole bins: onBrush(codes) at the end of a
 * drag, onBrush([]) when the brush is cleared. The layer is rebuilt only when the bins or the size change; after a
 * resize the brush is put back, with new bins (another variable) its selection is dropped and onBrush([]) reports
 * that. The brush stays while `selected` is the selection it made. The range inputs (`pair`, `onKeyboardRange`) set
 * the same brush and follow the mouse brush.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { brushX, select, type BrushBehavior } from 'd3';
import type { Lang } from '../../app/i18n';
import type { Unit } from '../../data/variables';
import { isFullRange } from '../keyboard/range-model';
import { drawHistogramBase, MARGIN, type HistogramFrame } from './histogram-layers';
import { brushBins } from './histogram-model';
import { sameSelection } from './selection-model';

interface BrushOptions {
  lang: Lang;
  unit: Unit;
  selected: ReadonlySet<string> | null;
  onBrush: (codes: string[]) => void;
}

export interface HistogramBrush {
  /** The brushed bins as edge indices [first, last + 1] for the range inputs; null = no brush. */
  pair: [number, number] | null;
  clear: () => void;
  onKeyboardRange: (next: [number, number]) => void;
}

export function useHistogramBrush(svg: RefObject<SVGSVGElement | null>, frame: HistogramFrame, o: BrushOptions): HistogramBrush {
  const { hist, x, y, width, height } = frame;
  const { lang, unit, selected, onBrush } = o;
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const onBrushRef = useRef(onBrush);
  onBrushRef.current = onBrush;
  // This brush's own selection: the codes it emitted and its data range (to restore it after a resize).
  const own = useRef<{ codes: string[]; range: [number, number]; hist: unknown } | null>(null);
  const [pair, setPair] = useState<[number, number] | null>(null);

  useEffect(() => {
    if (!svg.current) return;
    const root = select(svg.current);
    drawHistogramBase(root, { hist, x, y, width, height }, lang, unit);
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
  }, [svg, hist, x, y, width, height, lang, unit]);

  const moveBrush = (range: [number, number] | null) => {
    if (svg.current && brushRef.current)
      select(svg.current)
        .select<SVGGElement>('g.brush')
        .call(brushRef.current.move as never, range ? [x(range[0]), x(range[1])] : null);
  };

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
  }, [svg, selected]);

  const clear = () => {
    own.current = null;
    setPair(null);
    moveBrush(null);
    onBrush([]);
  };
  // The range inputs: the bins between two edges, as the mouse brush would select them (the whole range = none).
  const onKeyboardRange = (next: [number, number]) => {
    if (isFullRange(next, hist.bins.length)) return clear();
    const bins = hist.bins.slice(next[0], next[1]);
    const codes = bins.flatMap((b) => b.codes);
    const range: [number, number] = [bins[0]!.x0, bins[bins.length - 1]!.x1];
    own.current = { codes, range, hist };
    setPair(next);
    moveBrush(range);
    onBrush(codes);
  };
  return { pair, clear, onKeyboardRange };
}

/**
 * The scatter plot's SVG layer and 2-D brush: axes, brush, the (empty) highlight ring group and pointer handling,
 * rebuilt when the scales change. The brush selects through the quadtree: onBrush(codes) at the end of a drag,
 * onBrush([]) when cleared; a click without a drag on a point calls onSelect(code). The brush stays while `selected`
 * is the selection it made (and survives a resize); new data drop it with onBrush([]). The keyboard range inputs
 * (STEPS steps over each axis) set the same rectangle through onKeyboardRange and follow the mouse brush via `steps`.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { brush as d3brush, pointer, select, type BrushBehavior, type Quadtree, type ScaleLinear, type Selection } from 'd3';
import type { Lang } from '../../app/i18n';
import { isFullRange, stepIndex, stepValue } from '../keyboard/range-model';
import { drawScatterAxes } from './scatter-axes';
import { HIT, MARGIN, STEPS, type Pair } from './scatter-layout';
import { nearestPoint, pointsInDataRect, pointsInRect, type ScatterPoint, type ScreenPoint } from './scatter-model';
import { sameSelection } from './selection-model';

export interface ScatterBrushArgs {
  svg: RefObject<SVGSVGElement | null>;
  points: readonly ScatterPoint[];
  tree: Quadtree<ScreenPoint>;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  width: number;
  height: number;
  lang: Lang;
  xLabel: string;
  yLabel: string;
  selected: ReadonlySet<string> | null;
  onBrush: (codes: string[]) => void;
  onHover: (code: string | null) => void;
  onSelect?: (code: string) => void;
}

/** The brushed rectangle as step indices of the range inputs. */
export interface BrushSteps {
  x: Pair;
  y: Pair;
}

/** This brush's own selection: emitted codes and the rectangle in data units (to restore it after a resize). */
interface OwnBrush {
  codes: string[];
  xs: Pair;
  ys: Pair;
  points: unknown;
}

interface BrushHandle {
  g: Selection<SVGGElement, unknown, null, undefined>;
  b: BrushBehavior<unknown>;
}

interface BrushContext {
  svg: RefObject<SVGSVGElement | null>;
  tree: Quadtree<ScreenPoint>;
  points: readonly ScatterPoint[];
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  own: RefObject<OwnBrush | null>;
  cb: RefObject<ScatterBrushArgs>;
  setSteps: (steps: BrushSteps | null) => void;
}

type BrushEnd = { selection: [[number, number], [number, number]] | null; sourceEvent?: MouseEvent };

/** The d3 brush over the plot area; its end handler emits the selection (or a click's point). */
function createBrush(c: BrushContext, width: number, height: number) {
  const { svg, tree, points, x, y, own, cb, setSteps } = c;
  return d3brush()
    .extent([
      [MARGIN.left, MARGIN.top],
      [width - MARGIN.right, height - MARGIN.bottom],
    ])
    .on('end', (event: BrushEnd) => {
      if (!event.sourceEvent) return;
      if (event.selection) {
        const [[x0, y0], [x1, y1]] = event.selection;
        const codes = pointsInRect(tree, event.selection);
        const xs: Pair = [x.invert(x0), x.invert(x1)];
        const ys: Pair = [y.invert(y1), y.invert(y0)];
        own.current = { codes, xs, ys, points };
        const xdom = x.domain() as Pair;
        const ydom = y.domain() as Pair;
        setSteps({
          x: [stepIndex(xdom, STEPS, xs[0], 'floor'), stepIndex(xdom, STEPS, xs[1], 'ceil')],
          y: [stepIndex(ydom, STEPS, ys[0], 'floor'), stepIndex(ydom, STEPS, ys[1], 'ceil')],
        });
        cb.current.onBrush(codes);
        return;
      }
      own.current = null;
      setSteps(null);
      cb.current.onBrush([]);
      const [px, py] = pointer(event.sourceEvent, svg.current);
      const hit = nearestPoint(tree, px, py, HIT);
      if (hit) cb.current.onSelect?.(hit.code);
    });
}

/** Hover: the nearest point within HIT px, reported only when it changes. */
function attachHover(root: Selection<SVGSVGElement, unknown, null, undefined>, c: BrushContext, hovered: RefObject<string | null>): void {
  root
    .on('pointermove', (event: PointerEvent) => {
      const [px, py] = pointer(event, c.svg.current);
      const code = nearestPoint(c.tree, px, py, HIT)?.code ?? null;
      if (code !== hovered.current) {
        hovered.current = code;
        c.cb.current.onHover(code);
      }
    })
    .on('pointerleave', () => {
      if (hovered.current !== null) {
        hovered.current = null;
        c.cb.current.onHover(null);
      }
    });
}

export function useScatterBrush(args: ScatterBrushArgs): {
  steps: BrushSteps | null;
  onKeyboardRange: (next: BrushSteps) => void;
} {
  const { svg, points, tree, x, y, width, height, lang, xLabel, yLabel, selected } = args;
  const cb = useRef(args);
  cb.current = args;
  const hovered = useRef<string | null>(null);
  const own = useRef<OwnBrush | null>(null);
  const brushRef = useRef<BrushHandle | null>(null);
  const [steps, setSteps] = useState<BrushSteps | null>(null);

  // SVG: axes, brush and pointer handling. Rebuilt when the scales change.
  useEffect(() => {
    if (!svg.current) return;
    const root = select(svg.current);
    root.selectAll('*').remove();
    drawScatterAxes(root, { x, y, width, height, lang, xLabel, yLabel });
    const c: BrushContext = { svg, tree, points, x, y, own, cb, setSteps };
    const b = createBrush(c, width, height);
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
      setSteps(null);
      cb.current.onBrush([]);
    }
    root.append('g').attr('class', 'scatter-ring');
    attachHover(root, c, hovered);
  }, [svg, tree, points, x, y, width, height, lang, xLabel, yLabel]);

  // Another chart (or the parent) changed the selection: drop this brush silently.
  useEffect(() => {
    if (own.current && !sameSelection(selected, own.current.codes)) {
      own.current = null;
      setSteps(null);
      brushRef.current?.g.call(brushRef.current.b.move as never, null);
    }
  }, [selected]);

  // The range inputs: the points inside the x and y ranges, as the mouse brush selects them (whole ranges = none).
  const onKeyboardRange = (next: BrushSteps) => {
    const b = brushRef.current;
    if (isFullRange(next.x, STEPS) && isFullRange(next.y, STEPS)) {
      own.current = null;
      setSteps(null);
      b?.g.call(b.b.move as never, null);
      args.onBrush([]);
      return;
    }
    const xd = x.domain() as Pair;
    const yd = y.domain() as Pair;
    const xs: Pair = [stepValue(xd, STEPS, next.x[0]), stepValue(xd, STEPS, next.x[1])];
    const ys: Pair = [stepValue(yd, STEPS, next.y[0]), stepValue(yd, STEPS, next.y[1])];
    const codes = pointsInDataRect(points, xs, ys);
    own.current = { codes, xs, ys, points };
    setSteps(next);
    b?.g.call(b.b.move as never, [
      [x(xs[0]), y(ys[1])],
      [x(xs[1]), y(ys[0])],
    ]);
    args.onBrush(codes);
  };

  return { steps, onKeyboardRange };
}

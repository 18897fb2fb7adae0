/**
 * A chart's live <svg> → standalone SVG text: a deep clone whose every element carries its computed style inline
 * (fills and strokes from CSS classes and CSS variables, fonts), without the interactive layers (d3 brush), then
 * wrapped with title, key and credit by svg-standalone.ts. Browser only.
 */
import { standaloneSvg, styleText, type Dot, type KeyItem } from './svg-standalone';

/** Interactive parts that are not part of the picture. */
const DROP = 'g.brush';

export function inlinedClone(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const tag = el.localName;
    if (tag === 'title' || tag === 'desc') return;
    const style = styleText((p) => getComputedStyle(el).getPropertyValue(p), tag === 'text' || tag === 'tspan' || el === svg);
    if (style) target.setAttribute('style', style);
    else target.removeAttribute('style');
  });
  clone.querySelectorAll(DROP).forEach((el) => el.remove());
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  for (const a of ['role', 'aria-label', 'tabindex']) clone.removeAttribute(a);
  return clone;
}

export interface ChartSvgOptions {
  title: string;
  credit: string;
  dots?: readonly Dot[];
  key?: readonly KeyItem[];
}

export function chartSvg(svg: SVGSVGElement, opts: ChartSvgOptions): string {
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || Math.round(box.width);
  const height = Number(svg.getAttribute('height')) || Math.round(box.height);
  const clone = inlinedClone(svg);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const ctx = document.createElement('canvas').getContext('2d');
  const fontFamily = getComputedStyle(svg).fontFamily || 'sans-serif';
  const measure = ctx
    ? (text: string, size: number) => {
        ctx.font = `${size}px ${fontFamily}`;
        return ctx.measureText(text).width;
      }
    : undefined;
  return standaloneSvg({
    chart: new XMLSerializer().serializeToString(clone),
    width,
    height,
    fontFamily,
    measure,
    ...opts,
  });
}

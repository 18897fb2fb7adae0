/**
 * d3 bar chart of every gemeente on one index, sorted high → low. The selected gemeente is highlighted;
 * clicking a bar selects that gemeente. Keyboard: the chart is a slider over the ranks — arrows, Page Up/Down,
 * Home/End move a cursor bar (named in the caption and the value text), Enter or Space selects it. Below it, the
 * ranking as a list of buttons. Data are prepared by the caller; this only draws.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { axisLeft, max, scaleBand, scaleLinear, select } from 'd3';
import { formatNumber, type Lang } from '../../app/i18n';
import { txf } from '../../app/i18n-explore';
import { SvgDownload } from '../picture/SvgDownload';
import { tk, tkf } from '../keyboard/strings';
import '../keyboard/keyboard.css';

export interface RankItem {
  code: string;
  name: string;
  value: number;
  /** Units the value was computed over (wijken of the gemeente), for the text alternative. */
  units?: number;
}

export interface RankingChartProps {
  lang: Lang;
  title: string;
  items: RankItem[];
  selected: string | null;
  onSelect: (code: string) => void;
}

const HEIGHT = 170;
const MARGIN = { top: 22, right: 8, bottom: 8, left: 40 };

export function RankingChart({ lang, title, items, selected, onSelect }: RankingChartProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(800);
  const [hover, setHover] = useState<RankItem | null>(null);
  // The keyboard cursor (a code, so it survives a re-sort); null until an arrow key is pressed.
  const [cursor, setCursor] = useState<string | null>(null);
  const sorted = useMemo(() => items.slice().sort((a, b) => b.value - a.value || a.code.localeCompare(b.code)), [items]);

  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.max(200, Math.floor(e!.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    if (!svg.current) return;
    const x = scaleBand<string>()
      .domain(sorted.map((d) => d.code))
      .range([MARGIN.left, width - MARGIN.right])
      .paddingInner(0.1);
    const y = scaleLinear()
      .domain([0, max(sorted, (d) => d.value) ?? 1])
      .nice()
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    const root = select(svg.current);
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
      .attr('class', (d) => (d.code === selected ? 'bar selected' : 'bar') + (d.code === cursor ? ' cursor' : ''))
      .attr('data-code', (d) => d.code)
      .attr('data-value', (d) => d.value)
      .attr('x', (d) => x(d.code)!)
      .attr('width', Math.max(1, x.bandwidth()))
      .attr('y', (d) => y(d.value))
      .attr('height', (d) => y(0) - y(d.value))
      .on('mouseenter', (_, d) => setHover(d))
      .on('mouseleave', () => setHover(null))
      .on('click', (_, d) => onSelect(d.code))
      .append('title')
      .text((d) => `${d.name}: ${formatNumber(lang, d.value, 3)}`);
  }, [sorted, width, selected, cursor, lang, onSelect]);

  const sel = selected ? sorted.findIndex((d) => d.code === selected) : -1;
  const cur = cursor ? sorted.findIndex((d) => d.code === cursor) : -1;
  const at = cur >= 0 ? cur : Math.max(0, sel);
  const shown = hover ?? (cur >= 0 ? sorted[cur] : sel >= 0 ? sorted[sel] : null);
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const last = sorted.length - 1;
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    let next: number | null = null;
    if (e.key in step) next = Math.max(0, Math.min(last, (cur >= 0 ? cur : sel >= 0 ? sel : -1) + step[e.key]!));
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = last;
    else if ((e.key === 'Enter' || e.key === ' ') && sorted[at]) {
      e.preventDefault();
      onSelect(sorted[at].code);
      return;
    }
    if (next === null || last < 0) return;
    e.preventDefault();
    setCursor(sorted[next]!.code);
  };
  const valueText = sorted[at]
    ? tkf(lang, 'rankingAt', { rank: at + 1, count: sorted.length, name: sorted[at].name, value: formatNumber(lang, sorted[at].value, 3) })
    : undefined;
  return (
    <figure className="ranking" ref={wrap}>
      <figcaption>
        {title}
        {shown ? (
          <span className="ranking-focus">
            {' '}
            — {shown.name}: {formatNumber(lang, shown.value, 3)} (#{sorted.indexOf(shown) + 1} / {sorted.length})
          </span>
        ) : null}
        <SvgDownload lang={lang} title={title} name="ranking" />
      </figcaption>
      <svg
        ref={svg}
        width={width}
        height={HEIGHT}
        tabIndex={sorted.length ? 0 : -1}
        role="slider"
        aria-label={`${title}. ${tk(lang, 'rankingKeys')}`}
        aria-valuemin={1}
        aria-valuemax={Math.max(1, sorted.length)}
        aria-valuenow={at + 1}
        aria-valuetext={valueText}
        onKeyDown={onKeyDown}
        onBlur={() => setCursor(null)}
      />
      <RankingList lang={lang} items={sorted} selected={selected} onSelect={onSelect} />
    </figure>
  );
}

/** The ranking as text: every gemeente named, in order, selectable from the keyboard; the selected one marked. */
function RankingList({
  lang,
  items,
  selected,
  onSelect,
}: {
  lang: Lang;
  items: RankItem[];
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  return (
    <details className="ranking-list">
      <summary>{txf(lang, 'rankingList', { n: items.length })}</summary>
      <ol>
        {items.map((d) => (
          <li key={d.code} data-code={d.code} aria-current={d.code === selected ? 'true' : undefined}>
            <button type="button" onClick={() => onSelect(d.code)}>
              {d.name}
            </button>{' '}
            <span className="num">{formatNumber(lang, d.value, 3, 3)}</span>
            {d.units !== undefined ? <span className="muted"> ({txf(lang, 'rankingUnits', { n: d.units })})</span> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

/**
 * d3 bar chart of every gemeente on one index, sorted high → low. The selected gemeente is highlighted;
 * clicking a bar selects that gemeente. Keyboard: the chart is a slider over the ranks — arrows, Page Up/Down,
 * Home/End move a cursor bar (named in the caption and the value text), Enter or Space selects it. Below it, the
 * ranking as a list of buttons. Data are prepared by the caller; this only draws (bars: ranking-bars.ts; keys:
 * use-ranking-cursor.ts; list: RankingList.tsx).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatNumber, type Lang } from '../../app/i18n';
import { SvgDownload } from '../picture/SvgDownload';
import { tk, tkf } from '../keyboard/strings';
import { useElementWidth } from '../use-element-width';
import { drawRankingBars, markRankingBars, RANKING_HEIGHT, type RankItem } from './ranking-bars';
import { RankingList } from './RankingList';
import { useRankingCursor } from './use-ranking-cursor';
import '../keyboard/keyboard.css';

export type { RankItem } from './ranking-bars';

export interface RankingChartProps {
  lang: Lang;
  title: string;
  items: RankItem[];
  selected: string | null;
  onSelect: (code: string) => void;
}

export function RankingChart({ lang, title, items, selected, onSelect }: RankingChartProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useElementWidth(wrap, 800, 200);
  const [hover, setHover] = useState<RankItem | null>(null);
  const sorted = useMemo(() => items.slice().sort((a, b) => b.value - a.value || a.code.localeCompare(b.code)), [items]);
  const { cursor, clearCursor, at, current, onKeyDown } = useRankingCursor(sorted, selected, onSelect);

  useEffect(() => {
    if (svg.current) drawRankingBars(svg.current, { lang, sorted, width, onHover: setHover, onSelect });
  }, [sorted, width, lang, onSelect]);
  // After every draw (same deps) and on every change of the selection or the cursor.
  useEffect(() => {
    if (svg.current) markRankingBars(svg.current, selected, cursor);
  }, [sorted, width, lang, onSelect, selected, cursor]);

  const shown = hover ?? current;
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
        height={RANKING_HEIGHT}
        tabIndex={sorted.length ? 0 : -1}
        role="slider"
        aria-label={`${title}. ${tk(lang, 'rankingKeys')}`}
        aria-valuemin={1}
        aria-valuemax={Math.max(1, sorted.length)}
        aria-valuenow={at + 1}
        aria-valuetext={valueText}
        onKeyDown={onKeyDown}
        onBlur={clearCursor}
      />
      <RankingList lang={lang} items={sorted} selected={selected} onSelect={onSelect} />
    </figure>
  );
}

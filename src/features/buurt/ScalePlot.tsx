/**
 * The dumbbell SVG of the scale chart: a value axis with grid lines on top, then per gemeente (in the given order) its
 * name, a line between its wijk and buurt values and a dot for each; clicking a row selects the gemeente.
 */
import { useMemo } from 'react';
import { max, scaleLinear } from 'd3';
import { formatNumber, type Lang } from '../../app/i18n';
import { SCALE_COLORS, type ScaleItem } from './scale-model';

const ROW = 16;
const LABEL = 150;
const WIDTH = 520;
const PAD = { top: 22, right: 16, bottom: 6 };

export interface ScalePlotProps {
  lang: Lang;
  title: string;
  /** In drawing order. */
  items: readonly ScaleItem[];
  selected: string | null;
  onSelect: (code: string) => void;
}

export function ScalePlot({ lang, title, items, selected, onSelect }: ScalePlotProps) {
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, max(items, (d) => Math.max(d.wijk ?? 0, d.buurt ?? 0)) ?? 1])
        .nice()
        .range([LABEL, WIDTH - PAD.right]),
    [items],
  );
  const height = PAD.top + items.length * ROW + PAD.bottom;
  return (
    <svg width={WIDTH} height={height} role="img" aria-label={title}>
      {x.ticks(5).map((tk) => (
        <g key={tk} transform={`translate(${x(tk)},0)`}>
          <line y1={PAD.top - 4} y2={height - PAD.bottom} className="grid" />
          <text y={PAD.top - 8} textAnchor="middle" className="tick">
            {formatNumber(lang, tk, 2)}
          </text>
        </g>
      ))}
      {items.map((d, i) => {
        const y = PAD.top + i * ROW + ROW / 2;
        const xs = [d.wijk, d.buurt].filter((v): v is number => v !== null).map((v) => x(v));
        return (
          <g
            key={d.code}
            data-code={d.code}
            className={d.code === selected ? 'row selected' : 'row'}
            onClick={() => onSelect(d.code)}
            aria-hidden="true"
          >
            <rect x={0} y={y - ROW / 2} width={WIDTH} height={ROW} className="hit" />
            <text x={LABEL - 6} y={y + 4} textAnchor="end" className="name">
              {d.name.length > 22 ? `${d.name.slice(0, 21)}…` : d.name}
            </text>
            {xs.length === 2 ? <line x1={xs[0]} x2={xs[1]} y1={y} y2={y} className="bar" /> : null}
            {d.wijk !== null ? <circle cx={x(d.wijk)} cy={y} r={4} fill={SCALE_COLORS.wijk} /> : null}
            {d.buurt !== null ? <circle cx={x(d.buurt)} cy={y} r={4} fill={SCALE_COLORS.buurt} /> : null}
          </g>
        );
      })}
    </svg>
  );
}

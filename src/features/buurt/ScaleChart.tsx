/**
 * Segregation by scale, per gemeente: the same index over its wijken and over its buurten as two dots on one line
 * (a dumbbell chart), every gemeente named, sortable. A table with the same numbers is the text alternative.
 * Draws only; the caller computes the values.
 */
import { useMemo, useState } from 'react';
import { max, scaleLinear } from 'd3';
import { formatNumber, type Lang } from '../../app/i18n';
import { tb, tbf } from './strings';
import { SvgDownload } from '../../views/picture/SvgDownload';

export interface ScaleItem {
  code: string;
  name: string;
  wijk: number | null;
  buurt: number | null;
}

export type ScaleSort = 'buurt' | 'wijk' | 'gap' | 'name';
const SORTS: readonly ScaleSort[] = ['buurt', 'wijk', 'gap', 'name'];

export interface ScaleChartProps {
  lang: Lang;
  title: string;
  items: readonly ScaleItem[];
  selected: string | null;
  onSelect: (code: string) => void;
}

const ROW = 16;
const LABEL = 150;
const WIDTH = 520;
const PAD = { top: 22, right: 16, bottom: 6 };
export const SCALE_COLORS = { wijk: '#6a51a3', buurt: '#e6550d' } as const;

export function sortScaleItems(items: readonly ScaleItem[], by: ScaleSort, lang: Lang): ScaleItem[] {
  const key = (d: ScaleItem): number =>
    by === 'buurt' ? (d.buurt ?? -Infinity) : by === 'wijk' ? (d.wijk ?? -Infinity) : (d.buurt ?? 0) - (d.wijk ?? 0);
  return items
    .slice()
    .sort((a, b) => (by === 'name' ? a.name.localeCompare(b.name, lang) : key(b) - key(a) || a.name.localeCompare(b.name, lang)));
}

export function ScaleChart({ lang, title, items, selected, onSelect }: ScaleChartProps) {
  const [by, setBy] = useState<ScaleSort>('buurt');
  const sorted = useMemo(() => sortScaleItems(items, by, lang), [items, by, lang]);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, max(items, (d) => Math.max(d.wijk ?? 0, d.buurt ?? 0)) ?? 1])
        .nice()
        .range([LABEL, WIDTH - PAD.right]),
    [items],
  );
  const height = PAD.top + sorted.length * ROW + PAD.bottom;
  const f = (v: number | null) => (v === null ? '–' : formatNumber(lang, v, 3));
  return (
    <figure className="scale-chart">
      <figcaption>
        <strong>{title}</strong> · {tbf(lang, 'scaleGemeenten', { n: items.filter((d) => d.wijk !== null && d.buurt !== null).length })}
        <SvgDownload
          lang={lang}
          title={title}
          name="scale"
          chartKey={[
            { label: tb(lang, 'overWijken'), color: SCALE_COLORS.wijk },
            { label: tb(lang, 'overBuurten'), color: SCALE_COLORS.buurt },
          ]}
        />
      </figcaption>
      <div className="scale-controls">
        <label>
          {tb(lang, 'scaleSort')}{' '}
          <select name="scaleSort" value={by} onChange={(e) => setBy(e.target.value as ScaleSort)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {tb(lang, `sort_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="scale-key">
          <span className="dot" style={{ background: SCALE_COLORS.wijk }} /> {tb(lang, 'overWijken')}{' '}
          <span className="dot" style={{ background: SCALE_COLORS.buurt }} /> {tb(lang, 'overBuurten')}
        </span>
      </div>
      <p className="muted small">{tb(lang, 'scaleRead')}</p>
      <div className="scale-scroll">
        <svg width={WIDTH} height={height} role="img" aria-label={title}>
          {x.ticks(5).map((tk) => (
            <g key={tk} transform={`translate(${x(tk)},0)`}>
              <line y1={PAD.top - 4} y2={height - PAD.bottom} className="grid" />
              <text y={PAD.top - 8} textAnchor="middle" className="tick">
                {formatNumber(lang, tk, 2)}
              </text>
            </g>
          ))}
          {sorted.map((d, i) => {
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
      </div>
      <details className="scale-table">
        <summary>{title}</summary>
        <table className="index-table">
          <thead>
            <tr>
              <th scope="col">{tb(lang, 'region')}</th>
              <th scope="col">{tb(lang, 'overWijken')}</th>
              <th scope="col">{tb(lang, 'overBuurten')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((d) => (
              <tr key={d.code} data-code={d.code}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelect(d.code)}>
                    {d.name}
                  </button>
                </th>
                <td className="num">{f(d.wijk)}</td>
                <td className="num">{f(d.buurt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

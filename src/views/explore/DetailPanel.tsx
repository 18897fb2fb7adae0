/**
 * Detail panel for one area: per variable its value next to its gemeente's value and the national reference, and a
 * small trend line across the available years (d3 scales + line, rendered as a tiny SVG). Rows come from
 * buildDetailRows (detail-model.ts); this only draws.
 */
import { extent, line, scaleLinear } from 'd3';
import type { ReactNode } from 'react';
import { formatValue, type Lang } from '../../app/i18n';
import { tx } from '../../app/i18n-explore';
import type { Unit } from '../../data/variables';
import type { DetailRow, SeriesPoint } from './detail-model';
import './explore.css';

export interface DetailPanelProps {
  lang: Lang;
  /** Name of the area, e.g. "Zuidoost". */
  name: string;
  level: 'gemeente' | 'wijk' | 'buurt';
  /** A line under the heading, e.g. where a buurt lies and what its empty values mean. */
  subtitle?: string | null;
  /** The area's gemeente (wijken only): heads the gemeente column. */
  gemeenteName?: string | null;
  year: number;
  rows: readonly DetailRow[];
  onClose?: () => void;
  /** Controls under the heading (e.g. the compare feature's pin button). */
  actions?: ReactNode;
}

export function DetailPanel({ lang, name, level, gemeenteName, year, rows, onClose, subtitle, actions }: DetailPanelProps) {
  const showGemeente = level !== 'gemeente';
  return (
    <section className="detail-panel" aria-label={`${tx(lang, 'details')} ${name}`}>
      <header className="detail-head">
        <h2>
          {name} <span className="muted">({year})</span>
        </h2>
        {onClose ? (
          <button type="button" onClick={onClose} aria-label={tx(lang, 'close')}>
            ×
          </button>
        ) : null}
      </header>
      {subtitle ? <p className="muted small">{subtitle}</p> : null}
      {actions}
      <table className={showGemeente ? 'detail-table cols-4' : 'detail-table cols-3'}>
        <caption className="visually-hidden">
          {tx(lang, 'details')} {name}, {year}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {name}
            </th>
            {showGemeente ? (
              <th scope="col" className="num">
                {gemeenteName ?? tx(lang, 'columnGemeente')}
              </th>
            ) : null}
            <th scope="col" className="num">
              {tx(lang, 'columnNational')}
            </th>
            <th scope="col" className="trend-col">
              {tx(lang, 'columnTrend')}
            </th>
          </tr>
        </thead>
        {/* One group per variable: its name on a row of its own, the values under it, so the columns fit a narrow panel. */}
        {rows.map((r) => (
          <tbody key={r.id} data-variable={r.id}>
            <tr className="detail-label">
              <th scope="rowgroup" colSpan={showGemeente ? 4 : 3}>
                {r.label[lang]}
              </th>
            </tr>
            <tr className="detail-values">
              <td className="num">{formatValue(lang, r.value, r.unit)}</td>
              {showGemeente ? <td className="num muted">{formatValue(lang, r.gemeenteValue, r.unit)}</td> : null}
              <td className="num muted">{formatValue(lang, r.nationalValue, r.unit)}</td>
              <td className="trend-col">
                <TrendLine lang={lang} label={r.label[lang]} unit={r.unit} year={year} series={r.trend} reference={r.nationalTrend} />
              </td>
            </tr>
          </tbody>
        ))}
      </table>
      <p className="muted small">{tx(lang, 'nationalNote')}</p>
    </section>
  );
}

export interface TrendLineProps {
  lang: Lang;
  label: string;
  unit: Unit;
  /** The current year, marked with a dot. */
  year: number;
  series: readonly SeriesPoint[];
  /** Drawn dashed behind the series (e.g. the national values), on the same scale. */
  reference?: readonly SeriesPoint[];
  width?: number;
  height?: number;
}

/** Path data for a small line chart: both series on shared year and value scales. Pure (exported for tests). */
export function trendPaths(series: readonly SeriesPoint[], reference: readonly SeriesPoint[], width: number, height: number) {
  const all = [...series, ...reference];
  const [y0, y1] = extent(all, (p) => p.year) as [number, number];
  const [v0, v1] = extent(all, (p) => p.value) as [number, number];
  const x = scaleLinear()
    .domain(y0 === y1 ? [y0 - 1, y1 + 1] : [y0, y1])
    .range([3, width - 3]);
  const y = scaleLinear()
    .domain(v0 === v1 ? [v0 - 1, v1 + 1] : [v0, v1])
    .range([height - 3, 3]);
  const gen = line<SeriesPoint>()
    .x((p) => x(p.year))
    .y((p) => y(p.value));
  return {
    x,
    y,
    main: series.length > 1 ? (gen(series as SeriesPoint[]) ?? '') : '',
    ref: reference.length > 1 ? (gen(reference as SeriesPoint[]) ?? '') : '',
  };
}

export function TrendLine({ lang, label, unit, year, series, reference = [], width = 64, height = 22 }: TrendLineProps) {
  if (series.length < 2) return <span className="muted small">{series.length === 1 ? tx(lang, 'oneYear') : ''}</span>;
  const { x, y, main, ref } = trendPaths(series, reference, width, height);
  const current = series.find((p) => p.year === year);
  const alt = `${tx(lang, 'trendOf')} ${label}: ${series.map((p) => `${p.year} ${formatValue(lang, p.value, unit)}`).join(', ')}`;
  return (
    <svg className="trend" width={width} height={height} role="img" aria-label={alt}>
      <title>{alt}</title>
      {ref ? <path className="trend-ref" d={ref} /> : null}
      <path className="trend-line" d={main} />
      {current ? <circle className="trend-dot" cx={x(current.year)} cy={y(current.value)} r={2.5} /> : null}
    </svg>
  );
}

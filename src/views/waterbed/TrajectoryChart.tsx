/**
 * Line chart of every ring's value across all years with data (result.trajectories): one colour and dash per ring,
 * a point per year, t0 and t1 marked with vertical rules, y axis with its unit. Values or an index (t0 = 100; the
 * default for counts). d3 computes scales and paths (trajectory-model.ts); React renders the SVG (few points).
 * Accessible: role="img" with a description, and a visually hidden table of the values.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatNumber, unitLabel, type Lang } from '../../app/i18n';
import { tw, twf } from '../../app/i18n-waterbed';
import type { WaterbedResult } from '../../pipeline/waterbed';
import { defaultMode, layoutChart, trajectorySeries, type ChartPoint, type ChartSeries, type TrajectoryMode } from './trajectory-model';
import { asUnit, formatLevel } from './waterbed-model';
import { SvgDownload } from '../picture/SvgDownload';
import './waterbed.css';

export interface TrajectoryChartProps {
  lang: Lang;
  result: WaterbedResult;
  height?: number;
  /** Initial mode; default index for counts, values otherwise. */
  initialMode?: TrajectoryMode;
}

const MARGIN_BASE = { top: 32, right: 14, bottom: 24 };

export function TrajectoryChart({ lang, result, height = 240, initialMode }: TrajectoryChartProps) {
  const wrap = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(560);
  const kind = result.indicator.kind;
  const [mode, setMode] = useState<TrajectoryMode>(initialMode ?? defaultMode(kind));
  useEffect(() => setMode(initialMode ?? defaultMode(kind)), [kind, initialMode]);

  useEffect(() => {
    const el = wrap.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.max(260, Math.floor(e!.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const { from, to } = result.request;
  const unit = asUnit(result.indicator.unit);
  const label = result.indicator.label[lang];
  const series = useMemo(() => trajectorySeries(result, lang, mode), [result, lang, mode]);
  // Left margin from the widest tick label (rough: 6 px per character).
  const probe = useMemo(() => layoutChart(series, width, height, { ...MARGIN_BASE, left: 40 }), [series, width, height]);
  const tickFmt = (v: number) => formatNumber(lang, v, tickDigits(probe.yTicks));
  const left = 14 + 6 * Math.max(3, ...probe.yTicks.map((v) => tickFmt(v).length));
  const layout = useMemo(
    () => layoutChart(series, width, height, { ...MARGIN_BASE, left }, [from, to]),
    [series, width, height, left, from, to],
  );
  const { x, y } = layout;
  const bottom = height - MARGIN_BASE.bottom;
  const axisUnit = mode === 'index' ? twf(lang, 'indexAxis', { from }) : unit === 'count' ? tw(lang, 'countAxis') : unitLabel(lang, unit);
  const yearsText = layout.years.length ? `${layout.years[0]}–${layout.years[layout.years.length - 1]}` : '';
  const aria = twf(lang, 'chartLabel', { indicator: `${label}${axisUnit ? ` (${axisUnit})` : ''}`, years: yearsText });
  const valueText = (p: ChartPoint) =>
    `${formatLevel(lang, p.level, unit)}${mode === 'index' && p.value !== null ? ` (index ${formatNumber(lang, p.value, 1)})` : ''}`;
  const pointText = (s: ChartSeries, p: ChartPoint) => `${s.label}, ${p.year}: ${valueText(p)}`;

  return (
    <figure className="waterbed-chart" ref={wrap}>
      <figcaption>
        <span>
          {tw(lang, 'chartTitle')}: {label}
        </span>
        <label>
          {tw(lang, 'chartMode')}{' '}
          <select name="waterbedChartMode" value={mode} onChange={(e) => setMode(e.target.value as TrajectoryMode)}>
            <option value="level">{tw(lang, 'mode_level')}</option>
            <option value="index">{twf(lang, 'mode_index', { from })}</option>
          </select>
        </label>
        <SvgDownload
          lang={lang}
          title={`${tw(lang, 'chartTitle')}: ${label}`}
          name="trajectory"
          chartKey={series.map((s) => ({ label: s.label, color: s.color, dash: s.dash }))}
        />
      </figcaption>
      {layout.drawable ? (
        <svg width={width} height={height} role="img" aria-label={aria}>
          <g className="grid" aria-hidden="true">
            {layout.yTicks.map((v) => (
              <line key={v} x1={left} x2={width - MARGIN_BASE.right} y1={y(v)} y2={y(v)} />
            ))}
          </g>
          <g className="axis axis-y" aria-hidden="true">
            <line x1={left} x2={left} y1={MARGIN_BASE.top} y2={bottom} />
            {layout.yTicks.map((v) => (
              <text key={v} x={left - 5} y={y(v)} dy="0.32em" textAnchor="end">
                {tickFmt(v)}
              </text>
            ))}
            <text className="axis-unit" x={4} y={11}>
              {axisUnit}
            </text>
          </g>
          <g className="axis axis-x" aria-hidden="true">
            <line x1={left} x2={width - MARGIN_BASE.right} y1={bottom} y2={bottom} />
            {layout.xTicks.map((yr) => (
              <text key={yr} x={x(yr)} y={bottom + 15} textAnchor="middle">
                {yr}
              </text>
            ))}
          </g>
          <g className="year-rules" aria-hidden="true">
            {[
              ['t0', from],
              ['t1', to],
            ].map(([name, yr]) => (
              <g key={name} data-rule={name}>
                <line className="year-rule" x1={x(yr as number)} x2={x(yr as number)} y1={MARGIN_BASE.top - 4} y2={bottom} />
                <text className="year-rule-label" x={x(yr as number)} y={MARGIN_BASE.top - 8} textAnchor="middle">
                  {name}
                </text>
              </g>
            ))}
          </g>
          {series.map((s, i) => (
            <g key={s.ring} className="series" data-ring={s.ring}>
              <path d={layout.paths[i].d} stroke={s.color} strokeDasharray={s.dash ?? undefined} />
              {s.points.map((p) =>
                p.value === null ? null : (
                  <circle key={p.year} cx={x(p.year)} cy={y(p.value)} r={3.5} fill={s.color}>
                    <title>{pointText(s, p)}</title>
                  </circle>
                ),
              )}
            </g>
          ))}
        </svg>
      ) : (
        <p className="muted small">{tw(lang, 'onlyOneYear')}</p>
      )}
      <ul className="waterbed-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.ring} data-ring={s.ring}>
            <svg width={26} height={10}>
              <line x1={1} x2={25} y1={5} y2={5} stroke={s.color} strokeWidth={2.5} strokeDasharray={s.dash ?? undefined} />
              <circle cx={13} cy={5} r={3} fill={s.color} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <table className="visually-hidden">
        <caption>
          {tw(lang, 'chartTitle')}: {label}
        </caption>
        <thead>
          <tr>
            <th scope="col">{tw(lang, 'year')}</th>
            {series.map((s) => (
              <th key={s.ring} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.years.map((yr) => (
            <tr key={yr}>
              <th scope="row">
                {yr}
                {yr === from ? ' (t0)' : yr === to ? ' (t1)' : ''}
              </th>
              {series.map((s) => {
                const p = s.points.find((q) => q.year === yr);
                return <td key={s.ring}>{p ? valueText(p) : tw(lang, 'noData')}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Decimals for tick labels: enough to tell neighbouring ticks apart. */
function tickDigits(ticks: readonly number[]): number {
  if (ticks.length < 2) return 1;
  const step = Math.abs(ticks[1] - ticks[0]);
  return step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
}

/**
 * Line chart of every ring's value across all years with data (result.trajectories): one colour and dash per ring,
 * a point per year, t0 and t1 marked with vertical rules, y axis with its unit. Values or an index (t0 = 100; the
 * default for counts). d3 computes scales and paths (trajectory-model.ts); React renders the SVG (few points).
 * Accessible: role="img" with a description, and a visually hidden table of the values. The SVG is TrajectoryPlot.tsx,
 * the table TrajectoryTable.tsx.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatNumber, unitLabel, type Lang } from '../../app/i18n';
import { tw, twf } from '../../app/i18n-waterbed';
import type { WaterbedResult } from '../../pipeline/waterbed';
import { defaultMode, layoutChart, trajectorySeries, type ChartPoint, type ChartSeries, type TrajectoryMode } from './trajectory-model';
import { asUnit, formatLevel } from './waterbed-model';
import { SvgDownload } from '../picture/SvgDownload';
import { useElementWidth } from '../use-element-width';
import { TrajectoryLegend } from './TrajectoryLegend';
import { TrajectoryPlot } from './TrajectoryPlot';
import { TrajectoryTable } from './TrajectoryTable';
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
  const width = useElementWidth(wrap, 560, 260);
  const kind = result.indicator.kind;
  const [mode, setMode] = useState<TrajectoryMode>(initialMode ?? defaultMode(kind));
  useEffect(() => setMode(initialMode ?? defaultMode(kind)), [kind, initialMode]);

  const { from, to } = result.request;
  const unit = asUnit(result.indicator.unit);
  const label = result.indicator.label[lang];
  const series = useMemo(() => trajectorySeries(result, lang, mode), [result, lang, mode]);
  // Left margin from the widest tick label (rough: 6 px per character).
  const probe = useMemo(() => layoutChart(series, width, height, { ...MARGIN_BASE, left: 40 }), [series, width, height]);
  const tickFmt = (v: number) => formatNumber(lang, v, tickDigits(probe.yTicks));
  const left = 14 + 6 * Math.max(3, ...probe.yTicks.map((v) => tickFmt(v).length));
  const margin = useMemo(() => ({ ...MARGIN_BASE, left }), [left]);
  const layout = useMemo(() => layoutChart(series, width, height, margin, [from, to]), [series, width, height, margin, from, to]);
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
        <TrajectoryPlot
          layout={layout}
          series={series}
          width={width}
          height={height}
          margin={margin}
          axisUnit={axisUnit}
          tickText={tickFmt}
          from={from}
          to={to}
          aria={aria}
          pointText={pointText}
        />
      ) : (
        <p className="muted small">{tw(lang, 'onlyOneYear')}</p>
      )}
      <TrajectoryLegend series={series} />
      <TrajectoryTable
        lang={lang}
        caption={`${tw(lang, 'chartTitle')}: ${label}`}
        years={layout.years}
        series={series}
        from={from}
        to={to}
        valueText={valueText}
      />
    </figure>
  );
}

/** Decimals for tick labels: enough to tell neighbouring ticks apart. */
function tickDigits(ticks: readonly number[]): number {
  if (ticks.length < 2) return 1;
  const step = Math.abs(ticks[1] - ticks[0]);
  return step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
}

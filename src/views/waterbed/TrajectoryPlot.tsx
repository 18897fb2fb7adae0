/**
 * The SVG of the trajectory chart: grid, y axis with its unit, year axis, t0 / t1 rules, and per ring a line with a
 * point per year (its value in a tooltip). Scales and paths come from trajectory-model.ts (layoutChart).
 */
import type { ChartLayout, ChartMargin, ChartPoint, ChartSeries } from './trajectory-model';

export interface TrajectoryPlotProps {
  layout: ChartLayout;
  series: readonly ChartSeries[];
  width: number;
  height: number;
  margin: ChartMargin;
  /** The y axis's unit (top left). */
  axisUnit: string;
  tickText: (v: number) => string;
  from: number;
  to: number;
  /** The accessible name of the chart. */
  aria: string;
  pointText: (s: ChartSeries, p: ChartPoint) => string;
}

export function TrajectoryPlot({
  layout,
  series,
  width,
  height,
  margin,
  axisUnit,
  tickText,
  from,
  to,
  aria,
  pointText,
}: TrajectoryPlotProps) {
  const { x, y } = layout;
  const { left, top } = margin;
  const bottom = height - margin.bottom;
  return (
    <svg width={width} height={height} role="img" aria-label={aria}>
      <g className="grid" aria-hidden="true">
        {layout.yTicks.map((v) => (
          <line key={v} x1={left} x2={width - margin.right} y1={y(v)} y2={y(v)} />
        ))}
      </g>
      <g className="axis axis-y" aria-hidden="true">
        <line x1={left} x2={left} y1={top} y2={bottom} />
        {layout.yTicks.map((v) => (
          <text key={v} x={left - 5} y={y(v)} dy="0.32em" textAnchor="end">
            {tickText(v)}
          </text>
        ))}
        <text className="axis-unit" x={4} y={11}>
          {axisUnit}
        </text>
      </g>
      <g className="axis axis-x" aria-hidden="true">
        <line x1={left} x2={width - margin.right} y1={bottom} y2={bottom} />
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
            <line className="year-rule" x1={x(yr as number)} x2={x(yr as number)} y1={top - 4} y2={bottom} />
            <text className="year-rule-label" x={x(yr as number)} y={top - 8} textAnchor="middle">
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
  );
}

/** The key of the trajectory chart: per ring its line (colour, dash) with a point, and its label. */
import type { ChartSeries } from './trajectory-model';

export function TrajectoryLegend({ series }: { series: readonly ChartSeries[] }) {
  return (
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
  );
}

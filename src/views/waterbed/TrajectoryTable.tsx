/** The trajectory chart's values as a visually hidden table (a row per year, t0 and t1 marked; a column per ring). */
import type { Lang } from '../../app/i18n';
import { tw } from '../../app/i18n-waterbed';
import type { ChartPoint, ChartSeries } from './trajectory-model';

export interface TrajectoryTableProps {
  lang: Lang;
  caption: string;
  years: readonly number[];
  series: readonly ChartSeries[];
  from: number;
  to: number;
  valueText: (p: ChartPoint) => string;
}

export function TrajectoryTable({ lang, caption, years, series, from, to, valueText }: TrajectoryTableProps) {
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
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
        {years.map((yr) => (
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
  );
}

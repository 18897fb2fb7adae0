import { formatNumber, t, type Lang } from '../../app/i18n';
import type { DecompositionRow } from '../../pipeline/decomposition';

/** M for NL and each province, split into "between gemeenten" and "inside gemeenten". */
export function DecompositionTable({ lang, rows, year }: { lang: Lang; rows: DecompositionRow[]; year: number }) {
  const f = (v: number | null) => (v === null ? '–' : formatNumber(lang, v, 4));
  return (
    <table className="index-table decomposition">
      <caption>
        {t(lang, 'decompTitle')} ({t(lang, 'wijken')} {year})
      </caption>
      <thead>
        <tr>
          <th scope="col">{t(lang, 'region')}</th>
          <th scope="col">M</th>
          <th scope="col">{t(lang, 'decompWithin')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.regionCode} data-region={r.regionCode}>
            <th scope="row">{r.regionName}</th>
            <td className="num" title={r.reason ?? undefined}>
              {f(r.M_total)}
            </td>
            <td className="num">{r.share_within === null ? '–' : `${formatNumber(lang, 100 * r.share_within, 0)}%`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

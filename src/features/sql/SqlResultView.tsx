/** A console result: its row count, time and, when cut, why; then the first rows as a table. */
import { useMemo } from 'react';
import type { Lang } from '../../app/i18n';
import type { SqlResult } from '../../data/db/db';
import { MAX_ROWS, screenTable, seconds, SHOWN_ROWS, displayCell } from './result';
import { ts, tsf, tsn } from './strings';

export function SqlResultView({ lang, result, ms }: { lang: Lang; result: SqlResult; ms: number }) {
  const table = useMemo(() => screenTable(lang, result), [lang, result]);
  const n = result.rows.length;
  if (result.columns.length === 0) return <p className="small sql-summary">{ts(lang, 'noColumns')}</p>;
  return (
    <>
      <p className="small sql-summary">
        <span className="sql-count" data-rows={n}>
          {tsn(lang, 'rows', n, displayCell(lang, n))}
        </span>{' '}
        {tsf(lang, 'took', { seconds: seconds(lang, ms) })}
        {result.truncated ? <> — {tsf(lang, 'truncated', { n: displayCell(lang, MAX_ROWS) })}</> : null}
        {n > SHOWN_ROWS ? <> {tsf(lang, 'shownFirst', { shown: SHOWN_ROWS })}</> : null}
      </p>
      <div className="sql-result">
        <table className="sql-table">
          <thead>
            <tr>
              {table.headers.map((h, i) => (
                <th key={i} scope="col" className={table.numeric[i] ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                {r.map((v, j) => (
                  <td key={j} className={table.numeric[j] ? 'num' : undefined}>
                    {v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The loaded tables with their columns (click a name to put it into the editor). */
import type { Lang } from '../../app/i18n';
import { sqlName, type TableInfo } from './tables';
import { ts, tsf } from './strings';

export function SqlTables({ lang, tables, onInsert }: { lang: Lang; tables: TableInfo[] | null; onInsert: (name: string) => void }) {
  return (
    <nav className="sql-tables" aria-label={ts(lang, 'tables')}>
      <h3>{ts(lang, 'tables')}</h3>
      {tables === null ? <p className="muted small">{ts(lang, 'tablesLoading')}</p> : null}
      {tables?.map((t) => (
        <details key={t.name}>
          <summary>
            <button
              type="button"
              className="link"
              title={tsf(lang, 'insertName', { name: t.name })}
              onClick={() => onInsert(sqlName(t.name))}
            >
              {t.name}
            </button>{' '}
            <span className="muted small">({t.columns.length})</span>
          </summary>
          <ul>
            {t.columns.map((col) => (
              <li key={col.name}>
                <button type="button" className="link" onClick={() => onInsert(sqlName(col.name))}>
                  {col.name}
                </button>{' '}
                <span className="muted small">{col.type}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
      <p className="muted small">{ts(lang, 'intro')}</p>
    </nav>
  );
}

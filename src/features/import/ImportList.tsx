/**
 * The kept imports: file, format, level, rows, date and a remove button each, and under an import the warnings found
 * for it after a reload (e.g. codes that no longer match a known unit).
 */
import { Fragment } from 'react';
import type { Lang } from '../../app/i18n';
import type { ImportMessage } from '../../data/import';
import { formatName, levelName } from './report';
import type { ImportEntry } from './storage-model';
import { ti, tif } from './strings';

interface ImportListProps {
  lang: Lang;
  entries: ImportEntry[];
  notes: ReadonlyMap<string, readonly ImportMessage[]>;
  onRemove: (id: string) => void;
}

export function ImportList({ lang, entries, notes, onRemove }: ImportListProps) {
  if (entries.length === 0) return <p className="muted small">{ti(lang, 'noneStored')}</p>;
  const fmt = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const num = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <table className="import-list">
      <thead>
        <tr>
          <th>{ti(lang, 'file')}</th>
          <th>{ti(lang, 'format')}</th>
          <th>{ti(lang, 'level')}</th>
          <th>{ti(lang, 'rows')}</th>
          <th>{ti(lang, 'table')}</th>
          <th>{ti(lang, 'date')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <Fragment key={e.id}>
            <tr data-table={e.table}>
              <td>{e.fileName}</td>
              <td>{formatName(lang, e.format)}</td>
              <td>{e.levels.map((l) => levelName(lang, l)).join(', ')}</td>
              <td className="import-rows" data-rows={e.rows}>
                {num.format(e.rows)}
              </td>
              <td>
                <code>{e.table}</code>
              </td>
              <td>{fmt.format(new Date(e.addedAt))}</td>
              <td>
                <button
                  type="button"
                  className="import-remove"
                  aria-label={tif(lang, 'removeLabel', { name: e.fileName })}
                  onClick={() => onRemove(e.id)}
                >
                  {ti(lang, 'remove')}
                </button>
              </td>
            </tr>
            {(notes.get(e.id) ?? []).map((m, i) => (
              <tr key={i} className="import-note" data-note-for={e.table}>
                <td colSpan={7} className="small import-warn">
                  {m[lang]}
                </td>
              </tr>
            ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

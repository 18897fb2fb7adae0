/**
 * Notes of a waterbed comparison at buurt level: where the boundaries come from (the user's import, never presented
 * as CBS boundaries) and why there is no province or Netherlands row (the imported layer covers only its gemeenten).
 */
import type { Lang } from '../../app/i18n';
import { twb, twbf } from './strings';

export interface BuurtWaterbedNotesProps {
  lang: Lang;
  /** Files of the imported buurt boundaries used. */
  files: readonly string[];
  /** A comparison is shown. */
  result: boolean;
  /** No indicator has two years with buurt statistics and boundaries. */
  empty: boolean;
}

export function BuurtWaterbedNotes({ lang, files, result, empty }: BuurtWaterbedNotesProps) {
  return (
    <div className="waterbed-buurt-notes" data-testid="waterbed-buurt-notes">
      {empty ? <p className="small">{twb(lang, 'tooFew')}</p> : null}
      {files.length > 0 ? <p className="muted small">{twbf(lang, 'source', { files: files.join(', ') })}</p> : null}
      {result ? <p className="muted small">{twb(lang, 'noRegion')}</p> : null}
    </div>
  );
}

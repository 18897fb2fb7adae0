/**
 * The "Buurten" tab under the map: one line on why buurten are a table, and the buurten of the open gemeente (or
 * only those of the selected wijk). Composition only.
 */
import { useMemo, useState } from 'react';
import type { Lang } from '../../app/i18n';
import type { UnitRecord } from '../../data/queries';
import { BuurtTable } from './BuurtTable';
import { BUURT_YEAR } from './selection';
import { tb, tbf } from './strings';
import './buurt.css';

export interface BuurtDrawerProps {
  lang: Lang;
  /** Buurten of the open gemeente (null while loading). */
  rows: readonly UnitRecord[] | null;
  gemeenteName: string | null;
  /** A selected wijk (or the wijk of a selected buurt) to narrow the table to. */
  wijk: { code: string; name: string } | null;
  selected: string | null;
  failed: boolean;
  onSelect: (code: string) => void;
}

export function BuurtDrawer({ lang, rows, gemeenteName, wijk, selected, failed, onSelect }: BuurtDrawerProps) {
  const [all, setAll] = useState(false);
  const onlyWijk = !!wijk && !all;
  const shown = useMemo(() => (rows && onlyWijk ? rows.filter((r) => r.wijk_code === wijk.code) : rows), [rows, onlyWijk, wijk]);
  return (
    <div className="table-wrap buurt-drawer">
      <p className="small buurt-why">{tb(lang, 'whyTable')}</p>
      {!gemeenteName ? (
        <p className="muted small">{tb(lang, 'pickGemeente')}</p>
      ) : failed ? (
        <p className="error small">{tb(lang, 'failed')}</p>
      ) : !shown ? (
        <p className="muted small" aria-busy="true">
          {tb(lang, 'loading')}
        </p>
      ) : (
        <>
          {wijk ? (
            <fieldset className="buurt-scope">
              <legend className="visually-hidden">{tb(lang, 'buurten')}</legend>
              <label>
                <input type="radio" name="buurtScope" checked={onlyWijk} onChange={() => setAll(false)} />{' '}
                {tbf(lang, 'onlyWijk', { name: wijk.name })}
              </label>
              <label>
                <input type="radio" name="buurtScope" checked={!onlyWijk} onChange={() => setAll(true)} /> {tb(lang, 'allBuurten')}
              </label>
            </fieldset>
          ) : null}
          <BuurtTable
            lang={lang}
            rows={shown}
            caption={tbf(lang, 'buurtenOf', { name: onlyWijk ? wijk.name : gemeenteName, year: BUURT_YEAR })}
            selected={selected}
            onSelect={onSelect}
          />
        </>
      )}
    </div>
  );
}

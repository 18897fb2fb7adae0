/**
 * The buurt part of the side panel when a gemeente is open: the indices over its buurten for a buurt group (the
 * engine worker computes them from the same rows as the buurt table). Composition only.
 */
import type { Lang } from '../../app/i18n';
import { failureText } from '../../app/i18n-errors';
import type { ViewState } from '../../app/url-state';
import type { UnitRecord } from '../../data/queries';
import { BUURT_GROUP_DEFINITIONS } from '../../engine/groups-buurt';
import { BuurtIndices } from './BuurtIndices';
import { BUURT_YEAR } from './selection';
import { useState } from 'react';
import { tb, tbf } from './strings';
import { useBuurtIndices } from './use-buurt';

export interface BuurtSideProps {
  lang: Lang;
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
  /** Buurten of the open gemeente. */
  rows: readonly UnitRecord[] | null;
  gemeenteName: string;
  /** A selected wijk (or the wijk of a selected buurt): the indices can be over its buurten instead. */
  wijk: { code: string; name: string } | null;
}

export function BuurtSide({ lang, state, update, rows, gemeenteName, wijk }: BuurtSideProps) {
  const group = BUURT_GROUP_DEFINITIONS.some((g) => g.id === state.buurtGroup) ? state.buurtGroup : BUURT_GROUP_DEFINITIONS[0]!.id;
  const [scope, setScope] = useState<'gemeente' | 'wijk'>('gemeente');
  const overWijk = scope === 'wijk' && !!wijk;
  const answer = useBuurtIndices(rows, overWijk ? wijk.code : state.gemeente, overWijk ? 'wijk' : 'gemeente', group, BUURT_YEAR);
  return (
    <BuurtIndices
      scope={
        wijk ? (
          <fieldset className="buurt-scope">
            <legend>{tb(lang, 'indicesOver')}</legend>
            <label>
              <input type="radio" name="buurtIndexScope" checked={!overWijk} onChange={() => setScope('gemeente')} /> {gemeenteName}
            </label>
            <label>
              <input type="radio" name="buurtIndexScope" checked={overWijk} onChange={() => setScope('wijk')} /> {wijk.name}
            </label>
          </fieldset>
        ) : null
      }
      lang={lang}
      year={BUURT_YEAR}
      groups={BUURT_GROUP_DEFINITIONS}
      group={group}
      onGroup={(g) => update({ buurtGroup: g })}
      record={answer.value}
      gemeenteName={overWijk ? wijk.name : gemeenteName}
      busy={answer.busy || !rows}
      error={
        answer.error ? failureText(lang, answer.error) : rows && rows.length === 0 ? tbf(lang, 'noBuurten', { name: gemeenteName }) : null
      }
    />
  );
}

/** The side panel's head on a drilled-down map: which gemeente, the way back to NL, and what the map shows. */
import { tb } from '../features/buurt/strings';
import { t } from './i18n';
import type { ViewState } from './url-state';

export interface DrillHeaderProps {
  state: ViewState;
  gemeenteName: string | null;
  update: (patch: Partial<ViewState>) => void;
}

export function DrillHeader({ state, gemeenteName, update }: DrillHeaderProps) {
  const lang = state.lang;
  return (
    <div className="drill">
      <strong>
        {state.level === 'buurt' ? tb(lang, 'buurtenOfGemeente') : t(lang, 'wijkenOf')} {gemeenteName}
      </strong>
      <button type="button" onClick={() => update({ level: 'gemeente', gemeente: null, selected: null, mapMode: 'variable' })}>
        {t(lang, 'backToNl')}
      </button>
      <fieldset className="map-mode">
        <legend>{t(lang, 'mapShows')}</legend>
        {(['variable', 'lq'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="mapMode" value={m} checked={state.mapMode === m} onChange={() => update({ mapMode: m })} />
            {t(lang, m === 'lq' ? 'mapLq' : 'mapVariable')}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

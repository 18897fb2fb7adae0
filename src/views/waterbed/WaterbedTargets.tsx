/** The targets of the waterbed form: the chosen areas (added on the map) with a remove button each, and a hint. */
import type { Lang } from '../../app/i18n';
import { tw, twf } from '../../app/i18n-waterbed';
import type { WaterbedForm } from './waterbed-model';

export interface WaterbedTargetsProps {
  lang: Lang;
  targets: WaterbedForm['targets'];
  hintId: string;
  onRemove: (code: string) => void;
}

export function WaterbedTargets({ lang, targets, hintId, onRemove }: WaterbedTargetsProps) {
  return (
    <fieldset>
      <legend>{tw(lang, 'targets')}</legend>
      {targets.length ? (
        <ul className="waterbed-targets">
          {targets.map((t) => (
            <li key={t.code} data-code={t.code}>
              <span>
                {t.name} <span className="muted">({t.code})</span>
              </span>
              <button type="button" aria-label={twf(lang, 'removeTarget', { name: t.name, code: t.code })} onClick={() => onRemove(t.code)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{tw(lang, 'noTargets')}</p>
      )}
      <p id={hintId} className="muted small">
        {tw(lang, 'targetsHint')}
      </p>
    </fieldset>
  );
}

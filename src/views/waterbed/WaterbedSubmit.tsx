/**
 * The Compare button of the waterbed form: disabled while busy or while the form has a problem, with the reason
 * next to it when the problem is not shown at a field, and a live status while computing; then the last error.
 */
import type { Lang } from '../../app/i18n';
import { tw } from '../../app/i18n-waterbed';

export interface WaterbedSubmitProps {
  lang: Lang;
  busy: boolean;
  disabled: boolean;
  /** Id of the element that says why the button is disabled (undefined: it is not). */
  describedBy: string | undefined;
  /** A problem not shown at a field: its text and the id to give it. */
  reason: { id: string; text: string } | null;
  /** The last comparison's failure in the UI language ('' for none). */
  errorText: string;
}

export function WaterbedSubmit({ lang, busy, disabled, describedBy, reason, errorText }: WaterbedSubmitProps) {
  return (
    <>
      <div className="submit-row">
        <button type="submit" disabled={disabled} aria-describedby={describedBy}>
          {busy ? tw(lang, 'computing') : tw(lang, 'compare')}
        </button>
        {reason ? (
          <span id={reason.id} className="muted small">
            {reason.text}
          </span>
        ) : null}
        <span className="visually-hidden" role="status" aria-live="polite">
          {busy ? tw(lang, 'computing') : ''}
        </span>
      </div>
      {errorText ? (
        <p className="waterbed-error" role="alert">
          {errorText}
        </p>
      ) : null}
    </>
  );
}

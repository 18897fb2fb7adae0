import { noticeText, t, type Lang, type Notice } from '../../app/i18n';
import { te } from '../../app/i18n-errors';

export interface NoticesProps {
  lang: Lang;
  notices: readonly Notice[];
  onDismiss: () => void;
  /** A notice's way out was chosen (e.g. open the successor of a merged gemeente). */
  onAction: (n: Notice) => void;
  /** Compact overlay on the map (presenter mode and embeds) instead of the side panel block. */
  overlay?: boolean;
}

/** Messages about ignored input, changed choices and stale codes, in the UI language, with their ways out. */
export function Notices({ lang, notices, onDismiss, onAction, overlay }: NoticesProps) {
  if (notices.length === 0) return null;
  return (
    <div className={overlay ? 'notice notice-overlay' : 'notice'} role="alert">
      <strong>{t(lang, 'notice')}:</strong>
      <ul>
        {notices.map((n, i) => (
          <li key={i} data-code={n.code}>
            {noticeText(lang, n)}
            {n.action ? (
              <>
                {' '}
                <button type="button" className="notice-action" onClick={() => onAction(n)}>
                  {te(lang, 'openSuccessor', { name: n.action.name, code: n.action.code })}
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <button type="button" className="notice-ok" onClick={onDismiss}>
        OK
      </button>
    </div>
  );
}

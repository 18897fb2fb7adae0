/**
 * "Copy embed code": puts the iframe snippet of the current view (src/app/share/embed-code.ts) on the clipboard; when
 * the clipboard cannot be used, shows the snippet in a read-only text box to copy by hand.
 */
import { useState } from 'react';
import type { Lang } from '../i18n';
import type { ViewState } from '../url-state';
import { embedSnippet } from './embed-code';
import { normaliseOrigin } from './embed-protocol';
import { ts } from './strings';
import './embed.css';

const ORIGIN_KEY = 'segv:embed-origin';

function readStored(): string {
  try {
    return localStorage.getItem(ORIGIN_KEY)?.slice(0, 200) ?? '';
  } catch {
    return '';
  }
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; snippet: string };

export function EmbedCode({ lang, state, title }: { lang: Lang; state: ViewState; title: string }) {
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  // Kept across views (the button is remounted for each view) and visits.
  const [origin, setOriginState] = useState(() => readStored());
  const setOrigin = (v: string) => {
    setOriginState(v);
    try {
      localStorage.setItem(ORIGIN_KEY, v);
    } catch {
      // storage refused (private mode): the field still works for this view
    }
  };
  const originBad = origin.trim() !== '' && normaliseOrigin(origin.trim()) === null;
  const onCopy = async () => {
    const snippet = embedSnippet(state, window.location.href, ts(lang, 'frameTitle', { title }), origin.trim());
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippet);
      setCopy({ kind: 'copied' });
    } catch {
      setCopy({ kind: 'manual', snippet });
    }
  };
  return (
    <div className="embed-code">
      <label className="small">
        {ts(lang, 'siteOrigin')}
        <input
          type="url"
          value={origin}
          placeholder="https://www.voorbeeld.nl"
          aria-invalid={originBad}
          onChange={(e) => setOrigin(e.currentTarget.value.slice(0, 200))}
        />
      </label>
      {originBad ? (
        <span className="small embed-code-error" role="alert">
          {ts(lang, 'siteOriginInvalid')}
        </span>
      ) : null}
      <button type="button" onClick={() => void onCopy()} title={ts(lang, 'embedHint')}>
        {ts(lang, 'copyEmbed')}
      </button>
      <span className="embed-code-status small muted" role="status">
        {copy.kind === 'copied' ? ts(lang, 'copied') : copy.kind === 'manual' ? ts(lang, 'copyByHand') : ''}
      </span>
      {copy.kind === 'manual' ? (
        <label className="small">
          {ts(lang, 'embedCode')}
          <textarea readOnly rows={4} value={copy.snippet} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
    </div>
  );
}

/**
 * "Copy embed code": puts the iframe snippet of the current view (src/app/share/embed-code.ts) on the clipboard; when
 * the clipboard cannot be used, shows the snippet in a read-only text box to copy by hand.
 */
import { useState } from 'react';
import type { Lang } from '../i18n';
import type { ViewState } from '../url-state';
import { embedSnippet } from './embed-code';
import { ts } from './strings';
import './embed.css';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; snippet: string };

export function EmbedCode({ lang, state, title }: { lang: Lang; state: ViewState; title: string }) {
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  const onCopy = async () => {
    const snippet = embedSnippet(state, window.location.href, ts(lang, 'frameTitle', { title }));
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

/**
 * The story editor in the side panel: add the current view as a step, give each step a title, reorder, remove,
 * show a step, start presenting, export/import as a JSON file and copy the story as one link.
 */
import { useState } from 'react';
import type { Lang } from '../../app/i18n';
import { issueMessage, type StoryApi } from './use-story';
import { tp } from './strings';
import './presenter.css';

function StepList({ lang, api }: { lang: Lang; api: StoryApi }) {
  const n = api.story.steps.length;
  return (
    <ol className="story-steps">
      {api.story.steps.map((s, i) => (
        <li key={i} aria-current={i === api.index ? 'step' : undefined}>
          <input
            type="text"
            value={s.title}
            maxLength={120}
            aria-label={tp(lang, 'stepTitle', { n: i + 1 })}
            onChange={(e) => api.rename(i, e.currentTarget.value)}
          />
          <button type="button" onClick={() => api.go(i)} aria-label={tp(lang, 'showStep', { n: i + 1 })}>
            {tp(lang, 'show')}
          </button>
          <button type="button" onClick={() => api.move(i, -1)} disabled={i === 0} aria-label={tp(lang, 'moveUp', { n: i + 1 })}>
            ↑
          </button>
          <button type="button" onClick={() => api.move(i, 1)} disabled={i === n - 1} aria-label={tp(lang, 'moveDown', { n: i + 1 })}>
            ↓
          </button>
          <button type="button" onClick={() => api.remove(i)} aria-label={tp(lang, 'remove', { n: i + 1 })}>
            ✕
          </button>
        </li>
      ))}
    </ol>
  );
}

export function StoryEditor({ lang, api, onAdd, onStart }: { lang: Lang; api: StoryApi; onAdd: () => void; onStart: () => void }) {
  const [manualLink, setManualLink] = useState<string | null>(null);
  const n = api.story.steps.length;
  const onImport = (file: File | undefined) => {
    if (!file) return;
    file.text().then(api.importText, () => api.setMessage({ key: 'issue_read_failed', params: {}, problem: true }));
  };
  const onLink = async () => {
    const r = api.link();
    if (!r.ok) return api.setMessage(issueMessage(r.issue));
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(r.url);
      setManualLink(null);
      api.setMessage({ key: 'linkCopied', params: {} });
    } catch {
      setManualLink(r.url);
    }
  };
  const msg = api.message;
  return (
    <details className="story-editor" open={n > 0 || msg !== null}>
      <summary>
        {tp(lang, 'story')} ({tp(lang, 'storyCount', { n })})
      </summary>
      {n === 0 ? <p className="small muted">{tp(lang, 'storyEmpty')}</p> : <StepList lang={lang} api={api} />}
      <div className="story-actions">
        <button type="button" onClick={onAdd}>
          {tp(lang, 'addView')}
        </button>
        <button type="button" onClick={onStart} disabled={n === 0}>
          {tp(lang, 'start')}
        </button>
        <button type="button" onClick={api.exportFile} disabled={n === 0}>
          {tp(lang, 'exportJson')}
        </button>
        <label className="story-import">
          {tp(lang, 'importJson')}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              onImport(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <button type="button" onClick={() => void onLink()} disabled={n === 0}>
          {tp(lang, 'copyLink')}
        </button>
      </div>
      {manualLink ? (
        <label className="small">
          {tp(lang, 'linkByHand')}
          <textarea readOnly rows={3} value={manualLink} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
      {msg ? (
        <p className={msg.problem ? 'small story-problem' : 'small'} role={msg.problem ? 'alert' : 'status'}>
          {tp(lang, msg.key, msg.params)}
        </p>
      ) : null}
      {api.previous ? (
        <p className="small">
          {tp(lang, 'previousKept', { n: api.previous.steps.length })}{' '}
          <button type="button" onClick={api.restorePrevious}>
            {tp(lang, 'restorePrevious')}
          </button>
        </p>
      ) : null}
      <p className="small muted">{tp(lang, 'keysHint')}</p>
    </details>
  );
}

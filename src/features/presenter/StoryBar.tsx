/**
 * Presenter mode's bar over the map: the story's step counter and title, previous/next (also by keyboard and
 * clicker, use-story-keys.ts), adding the current view, and full screen.
 */
import { useState } from 'react';
import type { Lang } from '../../app/i18n';
import { useFullscreen } from './use-fullscreen';
import type { StoryApi } from './use-story';
import { useStoryKeys } from './use-story-keys';
import { tp } from './strings';
import './presenter.css';

export function StoryBar({ lang, api, onAdd }: { lang: Lang; api: StoryApi; onAdd: () => void }) {
  const fs = useFullscreen();
  const [refused, setRefused] = useState(false);
  const total = api.story.steps.length;
  const current = api.index >= 0 ? api.story.steps[api.index] : undefined;
  useStoryKeys(total > 0, (m) => {
    if (m === 'next') api.step(1);
    else if (m === 'previous') api.step(-1);
    else if (m === 'first') api.go(0);
    else api.go(total - 1);
  });
  return (
    <nav className="story-bar" aria-label={tp(lang, 'storyBar')} title={tp(lang, 'keysHint')}>
      {total > 0 ? (
        <>
          <button type="button" onClick={() => api.step(-1)} disabled={api.index <= 0} aria-label={tp(lang, 'previous')}>
            ←
          </button>
          <p className="story-where" aria-live="polite">
            <span className="story-count">{current ? tp(lang, 'full', { n: api.index + 1, total }) : tp(lang, 'noStep', { total })}</span>
            {current?.title ? <span className="story-title">{current.title}</span> : null}
          </p>
          <button type="button" onClick={() => api.step(1)} disabled={api.index >= total - 1} aria-label={tp(lang, 'next')}>
            →
          </button>
        </>
      ) : null}
      <button type="button" onClick={onAdd} title={tp(lang, 'addView')} aria-label={tp(lang, 'addView')}>
        +
      </button>
      {fs.supported ? (
        <button type="button" aria-pressed={fs.on} onClick={() => void fs.toggle().then((ok) => setRefused(!ok))}>
          {tp(lang, fs.on ? 'fullscreenExit' : 'fullscreen')}
        </button>
      ) : null}
      {refused ? (
        <p className="story-problem" role="alert">
          {tp(lang, 'fullscreenRefused')}
        </p>
      ) : null}
    </nav>
  );
}

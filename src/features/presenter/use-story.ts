/**
 * The presenter's story: kept in localStorage, edited in the panel (StoryEditor), stepped through in presenter mode
 * (StoryBar, use-story-keys). Showing a step applies its view in place (no reload). A story link (`?verhaal=…`)
 * opens that story; a different saved story is kept aside and can be restored, so nothing is lost.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Catalog } from '../../data/catalog';
import type { ParsedState, ViewState } from '../../app/url-state';
import { downloadText } from '../../views/download';
import { stepState } from './step-state';
import {
  addStep,
  clampStep,
  decodeStoryParam,
  moveStep,
  parseStoryJson,
  removeStep,
  renameStep,
  sameStory,
  STORY_PARAM,
  storyLink,
  storyToJson,
  type Story,
  type StoryIssue,
} from './story';
import { loadPrevious, loadStep, loadStory, savePrevious, saveStep, saveStory } from './story-storage';
import type { PresenterKey } from './strings';

export interface StoryMessage {
  key: PresenterKey;
  params: Record<string, string | number>;
  /** Shown as a problem (role=alert) rather than a status. */
  problem?: boolean;
}

export const issueMessage = (issue: StoryIssue): StoryMessage => {
  const { code, ...params } = issue;
  return { key: `issue_${code}`, params, problem: true };
};

interface Initial {
  story: Story;
  index: number;
  previous: Story | null;
  message: StoryMessage | null;
  fromLink: boolean;
}

/** What the page opened with: a story link (if any) or the saved story. Reads the address before the app rewrites it. */
function initial(): Initial {
  const saved = loadStory();
  const previous = loadPrevious();
  const param = new URLSearchParams(window.location.search).get(STORY_PARAM);
  if (param === null) return { story: saved, index: clampStep(saved, loadStep()), previous, message: null, fromLink: false };
  const r = decodeStoryParam(param);
  if (!r.ok) return { story: saved, index: clampStep(saved, loadStep()), previous, message: issueMessage(r.issue), fromLink: false };
  const keep = saved.steps.length > 0 && !sameStory(saved, r.story);
  if (keep) savePrevious(saved);
  return {
    story: r.story,
    index: clampStep(r.story, 0),
    previous: keep ? saved : previous,
    message: { key: 'fromLink', params: { n: r.story.steps.length } },
    fromLink: true,
  };
}

export interface StoryOptions {
  catalog: Catalog;
  state: ViewState;
  /** Shows a view (and its notices) in place. */
  apply: (parsed: ParsedState) => void;
}

export function useStory({ catalog, state, apply }: StoryOptions) {
  const [init] = useState(initial);
  const [story, setStory] = useState<Story>(init.story);
  const [index, setIndex] = useState(init.index);
  const [previous, setPrevious] = useState<Story | null>(init.previous);
  const [message, setMessage] = useState<StoryMessage | null>(init.message);
  const latest = useRef({ catalog, state, apply });
  useEffect(() => {
    latest.current = { catalog, state, apply };
  });

  useEffect(() => {
    if (!saveStory(story)) setMessage({ key: 'notSaved', params: {}, problem: true });
  }, [story]);
  useEffect(() => {
    saveStep(index);
  }, [index]);

  const show = useCallback((s: Story, i: number) => {
    const at = clampStep(s, i);
    if (at < 0) return;
    setIndex(at);
    const { catalog, state, apply } = latest.current;
    apply(stepState(s.steps[at]!.query, catalog, state));
  }, []);
  // A story link opens on its first step.
  useEffect(() => {
    if (init.fromLink) show(init.story, 0);
  }, [init, show]);

  const edit = useCallback((change: (s: Story) => Story) => {
    setStory((s) => {
      const next = change(s);
      setIndex((i) => clampStep(next, i));
      return next;
    });
  }, []);

  return {
    story,
    index,
    previous,
    message,
    go: (i: number) => show(story, i),
    step: (delta: number) => show(story, index < 0 ? 0 : index + delta),
    add: (search: string, title: string) => {
      const r = addStep(story, search, title);
      if (!r.ok) return setMessage(issueMessage(r.issue));
      setStory(r.story);
      setIndex(r.story.steps.length - 1);
    },
    rename: (i: number, title: string) => edit((s) => renameStep(s, i, title)),
    move: (i: number, delta: number) => {
      edit((s) => moveStep(s, i, delta));
      if (i === index) setIndex(clampStep(story, i + delta));
    },
    remove: (i: number) => edit((s) => removeStep(s, i)),
    importText: (text: string) => {
      const r = parseStoryJson(text);
      if (!r.ok) return setMessage(issueMessage(r.issue));
      if (story.steps.length && !sameStory(story, r.story)) {
        savePrevious(story);
        setPrevious(story);
      }
      setStory(r.story);
      setIndex(-1);
      setMessage({ key: 'imported', params: { n: r.story.steps.length } });
    },
    exportFile: () => downloadText('verhaal-segregatieverkenner.json', storyToJson(story), 'application/json;charset=utf-8'),
    /** The story as one link (presenter mode), or why it does not fit. */
    link: () => storyLink(story, window.location.href, state.lang),
    restorePrevious: () => {
      if (!previous) return;
      setStory(previous);
      setPrevious(null);
      savePrevious(null);
      setIndex(-1);
      setMessage(null);
    },
    setMessage,
  };
}

export type StoryApi = ReturnType<typeof useStory>;

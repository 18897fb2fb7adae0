/**
 * A presenter "story": an ordered list of views (each the query string of a shareable link, e.g. "?gm=GM0363&jaar=
 * 2022&var=population") with a title per step. Pure: editing, JSON import/export (validated, never throws) and the
 * one-link form (base64url UTF-8 JSON in the `verhaal` parameter, with a length limit).
 */

export interface StoryStep {
  title: string;
  /** The view as a URL query ("?…"), read with the app's parseState when the step is shown. */
  query: string;
}

export interface Story {
  version: 1;
  steps: StoryStep[];
}

export const STORY_PARAM = 'verhaal';
export const MAX_STEPS = 30;
export const MAX_TITLE = 120;
/** Longest stored view (a waterbed or scenario set-up makes a view's query long). */
export const MAX_QUERY = 2500;
/** Longest `verhaal` parameter written or read (characters); longer ones are refused unread. */
export const MAX_STORY_PARAM = 6000;
/** Largest story file read (bytes). */
export const MAX_STORY_FILE = 100_000;
/** Parameters a step never stores: they belong to the reader's session, not to the view. */
const SESSION_PARAMS = ['presenteer', 'embed', 'lang', STORY_PARAM, 'origin'];

export const EMPTY_STORY: Story = { version: 1, steps: [] };

export type StoryIssue =
  | { code: 'not_json' }
  | { code: 'not_story' }
  | { code: 'bad_version'; value: string }
  | { code: 'too_many_steps'; max: number; count: number }
  | { code: 'bad_step'; step: number }
  | { code: 'title_too_long'; step: number; max: number }
  | { code: 'query_too_long'; step: number; max: number }
  | { code: 'file_too_large'; max: number }
  | { code: 'link_unreadable' }
  | { code: 'link_too_long'; max: number };

export type StoryResult = { ok: true; story: Story } | { ok: false; issue: StoryIssue };

/** The stored form of a view: its query without session parameters (presenter, embed, language, story). */
export function stepQuery(search: string): string {
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(search);
  } catch {
    return '?';
  }
  for (const k of SESSION_PARAMS) p.delete(k);
  return '?' + p.toString();
}

/** Adds a step, or says why it cannot (too many steps, a view too long to store). */
export function addStep(story: Story, search: string, title: string): StoryResult {
  if (story.steps.length >= MAX_STEPS) return { ok: false, issue: { code: 'too_many_steps', max: MAX_STEPS, count: MAX_STEPS + 1 } };
  const query = stepQuery(search);
  if (query.length > MAX_QUERY) return { ok: false, issue: { code: 'query_too_long', step: story.steps.length + 1, max: MAX_QUERY } };
  return { ok: true, story: { ...story, steps: [...story.steps, { title: title.trim().slice(0, MAX_TITLE), query }] } };
}

export function renameStep(story: Story, i: number, title: string): Story {
  if (!story.steps[i]) return story;
  return { ...story, steps: story.steps.map((s, j) => (j === i ? { ...s, title: title.slice(0, MAX_TITLE) } : s)) };
}

/** Moves step i by `delta` places (clamped to the ends). */
export function moveStep(story: Story, i: number, delta: number): Story {
  const to = Math.max(0, Math.min(story.steps.length - 1, i + delta));
  if (!story.steps[i] || to === i) return story;
  const steps = [...story.steps];
  const [s] = steps.splice(i, 1);
  steps.splice(to, 0, s!);
  return { ...story, steps };
}

export function removeStep(story: Story, i: number): Story {
  return { ...story, steps: story.steps.filter((_, j) => j !== i) };
}

/** A step index kept inside the story (-1 when it has none). */
export function clampStep(story: Story, i: number): number {
  return story.steps.length === 0 ? -1 : Math.max(0, Math.min(story.steps.length - 1, i));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a parsed JSON value; steps' queries are checked for shape here and for content by parseState later. */
export function validateStory(json: unknown): StoryResult {
  if (!isRecord(json) || !Array.isArray(json.steps)) return { ok: false, issue: { code: 'not_story' } };
  if (json.version !== 1) return { ok: false, issue: { code: 'bad_version', value: String(json.version).slice(0, 20) } };
  if (json.steps.length > MAX_STEPS) return { ok: false, issue: { code: 'too_many_steps', max: MAX_STEPS, count: json.steps.length } };
  const steps: StoryStep[] = [];
  for (const [i, s] of json.steps.entries()) {
    const step = i + 1;
    if (!isRecord(s) || typeof s.title !== 'string' || typeof s.query !== 'string' || !s.query.startsWith('?'))
      return { ok: false, issue: { code: 'bad_step', step } };
    if (s.title.length > MAX_TITLE) return { ok: false, issue: { code: 'title_too_long', step, max: MAX_TITLE } };
    if (s.query.length > MAX_QUERY) return { ok: false, issue: { code: 'query_too_long', step, max: MAX_QUERY } };
    steps.push({ title: s.title, query: stepQuery(s.query) });
  }
  return { ok: true, story: { version: 1, steps } };
}

export function parseStoryJson(text: string): StoryResult {
  if (text.length > MAX_STORY_FILE) return { ok: false, issue: { code: 'file_too_large', max: MAX_STORY_FILE } };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, issue: { code: 'not_json' } };
  }
  return validateStory(json);
}

export function storyToJson(story: Story): string {
  return JSON.stringify({ version: 1, steps: story.steps.map((s) => ({ title: s.title, query: s.query })) }, null, 2) + '\n';
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The story as one `verhaal` parameter value, or the reason it does not fit in a link. */
export function encodeStoryParam(story: Story): { ok: true; param: string } | { ok: false; issue: StoryIssue } {
  const param = toBase64Url(new TextEncoder().encode(JSON.stringify({ version: 1, steps: story.steps })));
  return param.length > MAX_STORY_PARAM ? { ok: false, issue: { code: 'link_too_long', max: MAX_STORY_PARAM } } : { ok: true, param };
}

export function decodeStoryParam(param: string): StoryResult {
  if (param.length > MAX_STORY_PARAM) return { ok: false, issue: { code: 'link_too_long', max: MAX_STORY_PARAM } };
  if (!/^[A-Za-z0-9_-]*$/.test(param)) return { ok: false, issue: { code: 'link_unreadable' } };
  let json: unknown;
  try {
    const bin = atob(param.replace(/-/g, '+').replace(/_/g, '/'));
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
  } catch {
    return { ok: false, issue: { code: 'link_unreadable' } };
  }
  return validateStory(json);
}

/** The story link: this app's address with the story and presenter mode (and the language), or why it does not fit. */
export function storyLink(story: Story, href: string, lang: string): { ok: true; url: string } | { ok: false; issue: StoryIssue } {
  const r = encodeStoryParam(story);
  if (!r.ok) return r;
  const url = new URL(href);
  url.search = new URLSearchParams({ [STORY_PARAM]: r.param, presenteer: '1', lang }).toString();
  url.hash = '';
  return { ok: true, url: url.href };
}

/** Same steps (to tell whether a story from a link would replace a different saved one). */
export function sameStory(a: Story, b: Story): boolean {
  return JSON.stringify(a.steps) === JSON.stringify(b.steps);
}

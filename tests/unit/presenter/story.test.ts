import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/data/catalog';
import { DEFAULT_STATE, serializeState } from '../../../src/app/url-state';
import {
  addStep,
  clampStep,
  decodeStoryParam,
  EMPTY_STORY,
  encodeStoryParam,
  MAX_QUERY,
  MAX_STEPS,
  MAX_STORY_PARAM,
  moveStep,
  parseStoryJson,
  removeStep,
  renameStep,
  stepQuery,
  storyLink,
  storyToJson,
  type Story,
} from '../../../src/features/presenter/story';
import { stepState } from '../../../src/features/presenter/step-state';
import { storyMove, type KeyLike } from '../../../src/features/presenter/story-keys';
import { tp } from '../../../src/features/presenter/strings';
import { issueMessage } from '../../../src/features/presenter/use-story';

const catalog = JSON.parse(readFileSync('data/variables.json', 'utf8')) as Catalog;
const add = (s: Story, q: string, t: string): Story => {
  const r = addStep(s, q, t);
  if (!r.ok) throw new Error(r.issue.code);
  return r.story;
};
const three = (): Story => ['a', 'b', 'c'].reduce((s, t, i) => add(s, `?lvl=gemeente&jaar=${2017 + i}&var=population`, t), EMPTY_STORY);

describe('story editing', () => {
  it('adds, renames, reorders and removes steps', () => {
    let s = three();
    expect(s.steps.map((x) => x.title)).toEqual(['a', 'b', 'c']);
    s = renameStep(s, 1, 'B!');
    s = moveStep(s, 2, -2);
    expect(s.steps.map((x) => x.title)).toEqual(['c', 'a', 'B!']);
    expect(moveStep(s, 0, -1)).toBe(s);
    s = removeStep(s, 1);
    expect(s.steps.map((x) => x.title)).toEqual(['c', 'B!']);
    expect(clampStep(s, 5)).toBe(1);
    expect(clampStep(EMPTY_STORY, 0)).toBe(-1);
  });

  it('stores the view without session parameters and stops at the step limit', () => {
    expect(stepQuery('?gm=GM0363&presenteer=1&embed=1&lang=en&verhaal=xyz&jaar=2022')).toBe('?gm=GM0363&jaar=2022');
    let s = EMPTY_STORY;
    for (let i = 0; i < MAX_STEPS; i++) s = add(s, '?jaar=2022', `s${i}`);
    expect(addStep(s, '?jaar=2022', 'one too many')).toMatchObject({ ok: false, issue: { code: 'too_many_steps' } });
    expect(addStep(EMPTY_STORY, '?scenario=' + 'A'.repeat(MAX_QUERY), 'long')).toMatchObject({
      ok: false,
      issue: { code: 'query_too_long', step: 1 },
    });
  });
});

describe('JSON file', () => {
  it('round-trips', () => {
    const s = three();
    const r = parseStoryJson('\uFEFF' + storyToJson(s));
    expect(r).toEqual({ ok: true, story: s });
  });

  it('refuses bad files with a reason in both languages', () => {
    const issue = (text: string) => {
      const r = parseStoryJson(text);
      return r.ok ? 'ok' : r.issue.code;
    };
    expect(issue('{nope')).toBe('not_json');
    expect(issue('[1,2]')).toBe('not_story');
    expect(issue('{"version":2,"steps":[]}')).toBe('bad_version');
    expect(issue('{"version":1,"steps":[{"title":"x"}]}')).toBe('bad_step');
    expect(issue('{"version":1,"steps":[{"title":"x","query":"gm=GM0363"}]}')).toBe('bad_step');
    expect(issue(JSON.stringify({ version: 1, steps: [{ title: 'x'.repeat(500), query: '?' }] }))).toBe('title_too_long');
    expect(issue(JSON.stringify({ version: 1, steps: Array(MAX_STEPS + 1).fill({ title: '', query: '?' }) }))).toBe('too_many_steps');
    expect(issue(' '.repeat(200_000))).toBe('file_too_large');
    const r = parseStoryJson('{"version":1,"steps":[1]}');
    if (r.ok) throw new Error('accepted');
    const m = issueMessage(r.issue);
    expect(tp('nl', m.key, m.params)).toBe('Stap 1 is onleesbaar: elke stap heeft een "title" (tekst) en een "query" (begint met ?).');
    expect(tp('en', m.key, m.params)).toContain('Step 1 is unreadable');
  });
});

describe('story link', () => {
  it('round-trips through base64url (UTF-8 titles) and refuses damaged or overlong links', () => {
    const s = renameStep(three(), 0, 'Wijken — één “stap”');
    const enc = encodeStoryParam(s);
    if (!enc.ok) throw new Error('too long');
    expect(enc.param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeStoryParam(enc.param)).toEqual({ ok: true, story: s });
    expect(decodeStoryParam(enc.param.slice(0, -7))).toMatchObject({ ok: false });
    expect(decodeStoryParam('%%%')).toEqual({ ok: false, issue: { code: 'link_unreadable' } });
    expect(decodeStoryParam('A'.repeat(MAX_STORY_PARAM + 1))).toMatchObject({ ok: false, issue: { code: 'link_too_long' } });
    let big = EMPTY_STORY;
    for (let i = 0; i < MAX_STEPS; i++)
      big = add(big, `?gm=GM0363&jaar=2022&var=population&sel=WK0363${String(i).padStart(2, '0')}`, 'x'.repeat(119));
    expect(encodeStoryParam(big)).toMatchObject({ ok: false, issue: { code: 'link_too_long' } });
    expect(storyLink(big, 'https://a.example/app/', 'nl')).toMatchObject({ ok: false, issue: { code: 'link_too_long' } });
    const link = storyLink(s, 'https://a.example/app/?gm=GM0363#x', 'en');
    if (!link.ok) throw new Error('no link');
    const u = new URL(link.url);
    expect([u.origin + u.pathname, u.hash, u.searchParams.get('presenteer'), u.searchParams.get('lang')]).toEqual([
      'https://a.example/app/',
      '',
      '1',
      'en',
    ]);
    expect(decodeStoryParam(u.searchParams.get('verhaal')!)).toEqual({ ok: true, story: s });
  });
});

describe('showing a step', () => {
  it('reads the stored view with parseState, in presenter mode and the reader’s language', () => {
    const view = { ...DEFAULT_STATE, gemeente: 'GM0363', level: 'wijk' as const, year: 2022, variable: 'population', selected: 'WK036300' };
    const s = add(EMPTY_STORY, serializeState({ ...view, lang: 'nl', present: true }), 'A');
    const r = stepState(s.steps[0]!.query, catalog, { ...DEFAULT_STATE, lang: 'en' });
    expect(r.warnings).toEqual([]);
    expect(r.state).toEqual({ ...view, lang: 'en', present: true, embed: false });
    const bad = stepState('?var=<script>&jaar=abcd', catalog, DEFAULT_STATE);
    expect(bad.state.variable).toBe(DEFAULT_STATE.variable);
    expect(bad.warnings.map((w) => w.code)).toEqual(['unknown_variable', 'invalid_year']);
  });
});

describe('keys', () => {
  const k = (key: string, o: Partial<KeyLike> = {}): KeyLike => ({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    targetTag: 'BODY',
    targetEditable: false,
    ...o,
  });
  it('maps arrows, clicker keys, space, Home and End; leaves fields, modifiers and buttons alone', () => {
    expect(['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Home', 'End'].map((x) => storyMove(k(x)))).toEqual([
      'next',
      'next',
      'next',
      'previous',
      'previous',
      'first',
      'last',
    ]);
    expect(storyMove(k('ArrowRight', { targetTag: 'INPUT' }))).toBeNull();
    expect(storyMove(k('PageDown', { targetEditable: true, targetTag: 'DIV' }))).toBeNull();
    expect(storyMove(k('ArrowRight', { altKey: true }))).toBeNull();
    expect(storyMove(k(' ', { targetTag: 'BUTTON' }))).toBeNull();
    expect(storyMove(k('PageDown', { targetTag: 'BUTTON' }))).toBe('next');
    expect(storyMove(k('a'))).toBeNull();
  });
});

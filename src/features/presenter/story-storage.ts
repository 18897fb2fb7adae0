/**
 * Where the story is kept: localStorage (the story, and the one it replaced when a story link was opened) and
 * sessionStorage (the step shown). Every access is guarded: storage can be refused (private modes, policies).
 */
import { EMPTY_STORY, validateStory, type Story } from './story';

const STORY_KEY = 'segv:verhaal';
const PREVIOUS_KEY = 'segv:verhaal:vorige';
const STEP_KEY = 'segv:verhaal:stap';

function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

function write(storage: () => Storage, key: string, value: string | null): boolean {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function readStory(key: string): Story | null {
  const text = read(() => localStorage, key);
  if (!text) return null;
  try {
    const r = validateStory(JSON.parse(text));
    return r.ok ? r.story : null;
  } catch {
    return null;
  }
}

export const loadStory = (): Story => readStory(STORY_KEY) ?? EMPTY_STORY;
export const loadPrevious = (): Story | null => readStory(PREVIOUS_KEY);
export const saveStory = (s: Story): boolean => write(() => localStorage, STORY_KEY, JSON.stringify(s));
export const savePrevious = (s: Story | null): boolean => write(() => localStorage, PREVIOUS_KEY, s ? JSON.stringify(s) : null);

export function loadStep(): number {
  const n = Number(read(() => sessionStorage, STEP_KEY) ?? '-1');
  return Number.isInteger(n) ? n : -1;
}
export const saveStep = (i: number): boolean => write(() => sessionStorage, STEP_KEY, String(i));

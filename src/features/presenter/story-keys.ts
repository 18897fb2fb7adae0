/**
 * Which story move a key press asks for, pure: → / PageDown / Space next, ← / PageUp previous (what presentation
 * clickers send), Home first, End last. Keys typed into a field, pressed with a modifier, or Space on a button
 * (which presses the button) are left alone.
 */
export type StoryMove = 'next' | 'previous' | 'first' | 'last';

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** Tag name of the focused element (upper case, as in the DOM), and whether it is editable. */
  targetTag: string;
  targetEditable: boolean;
}

const MOVES: Record<string, StoryMove> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

export function storyMove(k: KeyLike): StoryMove | null {
  if (k.altKey || k.ctrlKey || k.metaKey) return null;
  if (k.targetEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(k.targetTag)) return null;
  if (k.key === ' ' && (k.targetTag === 'BUTTON' || k.targetTag === 'A' || k.targetTag === 'SUMMARY')) return null;
  return MOVES[k.key] ?? null;
}

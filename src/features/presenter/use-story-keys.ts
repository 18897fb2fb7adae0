/** Steps through the story with the keyboard or a presentation clicker while presenter mode is on (story-keys.ts). */
import { useEffect, useRef } from 'react';
import { storyMove, type StoryMove } from './story-keys';

export function useStoryKeys(active: boolean, onMove: (m: StoryMove) => void): void {
  const latest = useRef(onMove);
  useEffect(() => {
    latest.current = onMove;
  });
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      const el = e.target instanceof HTMLElement ? e.target : null;
      const move = storyMove({
        key: e.key,
        altKey: e.altKey,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        targetTag: el?.tagName ?? '',
        targetEditable: el?.isContentEditable ?? false,
      });
      if (!move) return;
      e.preventDefault();
      // The map must not also pan with the arrow keys.
      e.stopPropagation();
      latest.current(move);
    };
    // Capture phase: before MapLibre's keyboard handler on a focused map.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [active]);
}

/**
 * The ranking chart as a slider over the ranks: arrows (±1), Page Up/Down (±10), Home/End move a cursor (a code, so
 * it survives a re-sort; null until a key is pressed), Enter or Space selects the bar at the cursor (or the selected
 * one). `at` is the rank index the slider reports.
 */
import { useState, type KeyboardEvent } from 'react';
import type { RankItem } from './ranking-bars';

const STEP: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

export function useRankingCursor(sorted: readonly RankItem[], selected: string | null, onSelect: (code: string) => void) {
  const [cursor, setCursor] = useState<string | null>(null);
  const sel = selected ? sorted.findIndex((d) => d.code === selected) : -1;
  const cur = cursor ? sorted.findIndex((d) => d.code === cursor) : -1;
  const at = cur >= 0 ? cur : Math.max(0, sel);
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const last = sorted.length - 1;
    let next: number | null = null;
    if (e.key in STEP) next = Math.max(0, Math.min(last, (cur >= 0 ? cur : sel >= 0 ? sel : -1) + STEP[e.key]!));
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = last;
    else if ((e.key === 'Enter' || e.key === ' ') && sorted[at]) {
      e.preventDefault();
      onSelect(sorted[at].code);
      return;
    }
    if (next === null || last < 0) return;
    e.preventDefault();
    setCursor(sorted[next]!.code);
  };
  /** The item named in the caption: the cursor's, else the selected one's. */
  const current = cur >= 0 ? sorted[cur]! : sel >= 0 ? sorted[sel]! : null;
  return { cursor, clearCursor: () => setCursor(null), at, current, onKeyDown };
}

/** Strings of the compare feature (two areas side by side in the detail panel): Dutch + English. */
import { fillTemplate, type Lang } from '../../app/i18n';

export const COMPARE_STRINGS = {
  pin: { nl: 'Vergelijk met een ander gebied', en: 'Compare with another area' },
  stop: { nl: 'Stop vergelijken', en: 'Stop comparing' },
  pinnedHint: {
    nl: '{name} staat vast. Kies een andere {level} op de kaart, in de tabel of met zoeken om te vergelijken.',
    en: '{name} is pinned. Choose another {level} on the map, in the table or by searching to compare.',
  },
  otherLevel: {
    nl: '{name} staat vast; vergelijken kan alleen met een gebied van hetzelfde niveau.',
    en: '{name} is pinned; it can only be compared with an area of the same level.',
  },
  title: { nl: 'Vergelijking', en: 'Comparison' },
  difference: { nl: 'Verschil', en: 'Difference' },
  differenceNote: {
    nl: 'Verschil = {b} min {a}; bij aandelen in procentpunten.',
    en: 'Difference = {b} minus {a}; for shares in percentage points.',
  },
} as const;

export type CompareKey = keyof typeof COMPARE_STRINGS;

export function cx(lang: Lang, key: CompareKey, params?: Record<string, string | number>): string {
  const s = COMPARE_STRINGS[key][lang];
  return params ? fillTemplate(s, params) : s;
}

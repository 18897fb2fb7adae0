/**
 * Which years a waterbed comparison can use at a level: those with statistics for the indicator and boundaries
 * (embedded or imported). At buurt level every boundary layer is imported, so the year pickers explain what is
 * missing for the other years. Pure.
 */
import type { Lang } from '../../app/i18n';
import { twb, twbf } from './strings';

/** The years of `statsYears` that have boundaries, ascending. */
export function withBoundaries(statsYears: readonly number[], hasBoundaries: (year: number) => boolean): number[] {
  return [...new Set(statsYears)].filter(hasBoundaries).sort((a, b) => a - b);
}

export interface YearAvailability {
  /** Years with both (the ones the pickers offer). */
  both: number[];
  /** Years with statistics for the indicator but no boundaries. */
  statsOnly: number[];
  /** Years with boundaries but no statistics for the indicator. */
  boundariesOnly: number[];
}

export function yearAvailability(statsYears: readonly number[], boundaryYears: readonly number[]): YearAvailability {
  const stats = new Set(statsYears);
  const bounds = new Set(boundaryYears);
  const sorted = (ys: Iterable<number>) => [...new Set(ys)].sort((a, b) => a - b);
  return {
    both: sorted([...stats].filter((y) => bounds.has(y))),
    statsOnly: sorted([...stats].filter((y) => !bounds.has(y))),
    boundariesOnly: sorted([...bounds].filter((y) => !stats.has(y))),
  };
}

/** The note under the year pickers (both languages): the years offered and why others are not. */
export function yearsNote(a: YearAvailability): { nl: string; en: string } {
  const note = (lang: Lang) => {
    const parts = [a.both.length >= 2 ? twbf(lang, 'years', { years: a.both.join(', ') }) : twb(lang, 'tooFew')];
    if (a.statsOnly.length > 0) parts.push(twbf(lang, 'statsOnly', { years: a.statsOnly.join(', ') }));
    if (a.boundariesOnly.length > 0) parts.push(twbf(lang, 'boundariesOnly', { years: a.boundariesOnly.join(', ') }));
    return parts.join(' ');
  };
  return { nl: note('nl'), en: note('en') };
}

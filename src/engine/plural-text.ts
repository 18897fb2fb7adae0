/** Singular or plural sentence for a count, for the bilingual messages built outside the UI string tables. Pure. */

/** `one` when n is 1, else `other` (the rule of Dutch and English cardinals). */
export function oneOther(n: number, one: string, other: string): string {
  return n === 1 ? one : other;
}

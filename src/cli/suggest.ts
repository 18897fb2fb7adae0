/**
 * "Did you mean …?" for the CLIs: the candidates closest to what was typed.
 * Rules: case is ignored; a candidate qualifies when its edit distance (with swaps of neighbours) is at most
 * `maxDistance` (default: 1 for inputs up to 4 characters, else 2), or when one starts with the other (at least 3
 * characters typed). The closest come first (ties in the candidates' order); at most `limit` (default 3).
 */

/** Edit distance between a and b: insertions, deletions, substitutions and swaps of neighbours cost 1 (OSA). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

export function closest(input: string, candidates: readonly string[], options: { maxDistance?: number; limit?: number } = {}): string[] {
  const typed = input.trim().toLowerCase();
  if (typed === '') return [];
  const max = options.maxDistance ?? (typed.length <= 4 ? 1 : 2);
  const scored: { c: string; d: number; i: number }[] = [];
  candidates.forEach((c, i) => {
    const lc = c.toLowerCase();
    const prefix = typed.length >= 3 && (lc.startsWith(typed) || typed.startsWith(lc));
    const d = editDistance(typed, lc);
    if (d <= max || prefix) scored.push({ c, d: prefix ? Math.min(d, max) : d, i });
  });
  scored.sort((a, b) => a.d - b.d || a.i - b.i);
  return [...new Set(scored.map((s) => s.c))].slice(0, options.limit ?? 3);
}

/** " (did you mean X or Y?)", or '' when nothing is close. */
export function didYouMean(input: string, candidates: readonly string[], options?: { maxDistance?: number; limit?: number }): string {
  const near = closest(input, candidates, options);
  if (near.length === 0) return '';
  return ` (did you mean ${near.length === 1 ? near[0] : `${near.slice(0, -1).join(', ')} or ${near[near.length - 1]}`}?)`;
}

/** A list for messages: the first `max` items and "and N more". */
export function listSome(items: readonly string[], max = 8): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

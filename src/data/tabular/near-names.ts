/**
 * Names in one file that are probably the same name spelled twice (so that rows meant for one group or unit would
 * silently land in another). Two distinct names form a pair when
 * - variant: they are equal after folding (Unicode NFD without accents, lower case, runs of white space as one
 *   space, trimmed): `Dutch` / `dutch`, `Centrum ` / `Centrum`, `Bijlmer-Oost` / `Bijlmer-oost`, `Zuid` / `Zúid`;
 *   always reported; or
 * - typo: both folded names have at least `minLength` (4) characters, the same digits in the same order
 *   (so numbered codes such as BU03630001 / BU03630002 are never typos of each other), a Levenshtein distance of at
 *   most `maxDistance` (2) after folding, and `disjoint(a, b)` holds: the caller's evidence that the two never occur
 *   together (no unit has both groups; no group in both units). Only names for which `typoCandidate` holds are
 *   compared (e.g. units missing a group), at most `budget.remaining` pairs (then `truncated`).
 */

export interface NameUse {
  name: string;
  /** First line where the name occurs. */
  line: number;
}

export interface NearPair {
  kind: 'variant' | 'typo';
  a: NameUse;
  b: NameUse;
}

export interface NearNameOptions {
  disjoint: (a: string, b: string) => boolean;
  typoCandidate?: (name: string) => boolean;
  minLength?: number;
  maxDistance?: number;
  /** Shared comparison budget (several calls draw on one); default a fresh budget of 5 000 000. */
  budget?: { remaining: number };
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Fold a name for comparison: accents removed, lower case, white space collapsed and trimmed. */
export function foldName(name: string): string {
  const base = PRINTABLE_ASCII.test(name) ? name : name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return base.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Levenshtein distance of a and b, or max + 1 as soon as it is certain to exceed max. */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], max + 1);
}

const digitsOf = (s: string): string => s.replace(/\D+/g, '');

/** Pairs of names that look like two spellings of one name; see the module comment for the rules. */
export function findNearNames(names: readonly NameUse[], options: NearNameOptions): { pairs: NearPair[]; truncated: boolean } {
  const byFold = new Map<string, NameUse[]>();
  for (const use of names) {
    const key = foldName(use.name);
    const list = byFold.get(key);
    if (list) list.push(use);
    else byFold.set(key, [use]);
  }
  const pairs: NearPair[] = [];
  for (const list of byFold.values()) for (let k = 1; k < list.length; k++) pairs.push({ kind: 'variant', a: list[0], b: list[k] });
  const typos = findTypos(byFold, options);
  return { pairs: [...pairs, ...typos.pairs], truncated: typos.truncated };
}

function findTypos(byFold: Map<string, NameUse[]>, options: NearNameOptions): { pairs: NearPair[]; truncated: boolean } {
  const minLength = options.minLength ?? 4;
  const maxDistance = options.maxDistance ?? 2;
  const budget = options.budget ?? { remaining: 5_000_000 };
  const buckets = new Map<string, { fold: string; use: NameUse }[]>();
  for (const [fold, list] of byFold) {
    if (fold.length < minLength || (options.typoCandidate && !options.typoCandidate(list[0].name))) continue;
    const key = digitsOf(fold);
    const bucket = buckets.get(key);
    if (bucket) bucket.push({ fold, use: list[0] });
    else buckets.set(key, [{ fold, use: list[0] }]);
  }
  const pairs: NearPair[] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    bucket.sort((x, y) => x.fold.length - y.fold.length || (x.fold < y.fold ? -1 : 1));
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length && bucket[j].fold.length - bucket[i].fold.length <= maxDistance; j++) {
        if (--budget.remaining < 0) return { pairs, truncated: true };
        const a = bucket[i].use;
        const b = bucket[j].use;
        if (boundedLevenshtein(bucket[i].fold, bucket[j].fold, maxDistance) <= maxDistance && options.disjoint(a.name, b.name)) {
          pairs.push({ kind: 'typo', a: a.line <= b.line ? a : b, b: a.line <= b.line ? b : a });
        }
      }
    }
  }
  return { pairs, truncated: false };
}

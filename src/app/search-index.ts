/**
 * Place search over gemeente, wijk and buurt names and codes. Pure; built once from plain rows, then queried per
 * keystroke (a linear scan over ~19,000 pre-normalised entries, about a millisecond).
 * - Insensitive to case and diacritics ("sudwest fryslan" finds Súdwest-Fryslân); apostrophes are dropped and
 *   hyphens, dots, commas, slashes and brackets count as spaces ("s-Hertogenbosch", "'s Hertogenbosch" and
 *   "shertogenbosch" all find 's-Hertogenbosch).
 * - Aliases: common names that differ from the official CBS name ("Den Haag" → 's-Gravenhage, "Den Bosch" →
 *   's-Hertogenbosch, Dutch names of Frisian gemeenten); older names of the same code and the name without its
 *   bracketed qualifier ("Bergen (NH.)" → "Bergen") are aliases too.
 * - Ranking: exact code > exact name > prefix (of name or code) > word prefix > substring > every query word a word
 *   prefix of the name or its gemeente ("zuidoost groningen"); within a tier a match of the spaced name comes before
 *   one found only with spaces removed ("bergen": Bergen op Zoom before Berg en Dal); on ties gemeenten before wijken before buurten, then by name
 *   (Dutch collation), gemeente name and code.
 */
export type SearchLevel = 'gemeente' | 'wijk' | 'buurt';

export interface SearchEntry {
  code: string;
  name: string;
  level: SearchLevel;
  gemeente_code?: string | null;
  gemeente_name?: string | null;
  /** For buurten: the wijk they lie in. */
  wijk_code?: string | null;
  wijk_name?: string | null;
  /** Statistics year of the row; with several rows per code the latest name and year win. */
  year?: number | null;
}

export interface SearchResult {
  code: string;
  name: string;
  level: SearchLevel;
  /** For wijken and buurten: the gemeente they lie in. */
  gemeenteName?: string;
  gemeenteCode?: string;
  /** For buurten: the wijk they lie in. */
  wijkName?: string;
  wijkCode?: string;
  /** Latest year the area occurs in the input (null if the input had no years). */
  year: number | null;
  /** How it matched: 0 exact code, 1 exact name, 2 prefix, 3 word prefix, 4 substring, 5 words across name and gemeente. */
  rank: number;
  /** Set when an alias (or older name) matched rather than the current name. */
  alias?: string;
}

export interface SearchIndex {
  search: (query: string, limit?: number) => SearchResult[];
  size: number;
}

/** Built-in aliases by CBS code. */
export const ALIASES: Readonly<Record<string, readonly string[]>> = {
  GM0518: ['Den Haag', 'The Hague'],
  GM0796: ['Den Bosch'],
  GM0080: ['Ljouwert'],
  GM1900: ['Zuidwest-Friesland'],
  GM1970: ['Noordoost-Friesland'],
  GM0737: ['Tietjerksteradeel'],
  GM1891: ['Dantumadeel'],
};

/** Lower case, no diacritics, no apostrophes, every other run of non-alphanumerics one space. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface Form {
  text: string;
  spaced: string;
  compact: string;
}

/** One place, prepared for search (plain data: can be built in a worker and sent over). */
export interface SearchItem {
  code: string;
  codeNorm: string;
  name: string;
  level: SearchLevel;
  gemeenteName?: string;
  gemeenteCode?: string;
  wijkName?: string;
  wijkCode?: string;
  year: number | null;
  forms: Form[];
  /** Words of the name, its aliases and its gemeente (with the gemeente's aliases), for the last tier. */
  words: string[];
}

const form = (text: string): Form => {
  const spaced = normalizeName(text);
  return { text, spaced, compact: spaced.replace(/ /g, '') };
};

export function buildSearchIndex(
  entries: readonly SearchEntry[],
  aliases: Readonly<Record<string, readonly string[]>> = ALIASES,
): SearchIndex {
  return searchIndexOf(prepareSearchItems(entries, aliases));
}

/** The places of `entries`, normalised for search (the costly part of building an index: ~30 µs an entry). */
export function prepareSearchItems(
  entries: readonly SearchEntry[],
  aliases: Readonly<Record<string, readonly string[]>> = ALIASES,
): SearchItem[] {
  // Latest row per level+code; every distinct name of that code is kept as an alias.
  const latest = new Map<string, { e: SearchEntry; names: Set<string> }>();
  for (const e of entries) {
    if (!e.code || !e.name) continue;
    const key = `${e.level}|${e.code}`;
    const cur = latest.get(key);
    if (!cur) latest.set(key, { e, names: new Set([e.name]) });
    else {
      cur.names.add(e.name);
      if ((e.year ?? -Infinity) > (cur.e.year ?? -Infinity)) cur.e = e;
    }
  }
  const items: SearchItem[] = [];
  for (const { e, names } of latest.values()) {
    // Older names, and the name without a qualifier in brackets ("Bergen (NH.)" → "Bergen"), count as aliases.
    const bare = [...names].map((n) => n.replace(/\s*\([^)]*\)\s*$/, '')).filter((n) => n && !names.has(n));
    const others = [...new Set([...names, ...bare])].filter((n) => n !== e.name);
    const forms = [form(e.name), ...[...others, ...(aliases[e.code] ?? [])].map(form)];
    const gm = e.level !== 'gemeente' && e.gemeente_name ? e.gemeente_name : undefined;
    const gmNames = gm ? [gm, ...(e.gemeente_code ? (aliases[e.gemeente_code] ?? []) : [])] : [];
    const words = [...forms.map((f) => f.spaced), ...gmNames.map(normalizeName)].join(' ').split(' ').filter(Boolean);
    items.push({
      code: e.code,
      codeNorm: e.code.toLowerCase(),
      name: e.name,
      level: e.level,
      ...(gm ? { gemeenteName: gm } : {}),
      ...(e.level !== 'gemeente' && e.gemeente_code ? { gemeenteCode: e.gemeente_code } : {}),
      ...(e.level === 'buurt' && e.wijk_name ? { wijkName: e.wijk_name } : {}),
      ...(e.level === 'buurt' && e.wijk_code ? { wijkCode: e.wijk_code } : {}),
      year: e.year ?? null,
      forms,
      words,
    });
  }
  return items;
}

/** A search over prepared items (cheap: the items are only scanned per query). */
export function searchIndexOf(items: readonly SearchItem[]): SearchIndex {
  const collator = new Intl.Collator('nl', { sensitivity: 'base' });

  const search = (query: string, limit = 12): SearchResult[] => {
    const q = normalizeName(query);
    if (!q) return [];
    const qc = q.replace(/ /g, '');
    const qWords = q.split(' ');
    const hits: { item: SearchItem; rank: number; alias?: string }[] = [];
    for (const item of items) {
      let rank = Infinity;
      let via: Form | undefined;
      if (item.codeNorm === qc) rank = 0;
      else if (item.codeNorm.startsWith(qc)) rank = 2;
      for (const f of item.forms) {
        const r = matchRank(f, q, qc);
        if (r < rank) {
          rank = r;
          via = f;
        }
      }
      if (rank === Infinity && qc.length >= 3 && item.codeNorm.includes(qc)) rank = 4;
      if (rank === Infinity && qWords.length > 1 && qWords.every((w) => item.words.some((x) => x.startsWith(w)))) rank = 5;
      if (rank === Infinity) continue;
      hits.push({ item, rank, ...(via && via !== item.forms[0] ? { alias: via.text } : {}) });
    }
    hits.sort(
      (a, b) =>
        a.rank - b.rank ||
        levelOrder(a.item.level) - levelOrder(b.item.level) ||
        collator.compare(a.item.name, b.item.name) ||
        collator.compare(a.item.gemeenteName ?? '', b.item.gemeenteName ?? '') ||
        (a.item.code < b.item.code ? -1 : a.item.code > b.item.code ? 1 : 0),
    );
    return hits.slice(0, Math.max(0, limit)).map(({ item, rank, alias }) => ({
      code: item.code,
      name: item.name,
      level: item.level,
      ...(item.gemeenteName ? { gemeenteName: item.gemeenteName } : {}),
      ...(item.gemeenteCode ? { gemeenteCode: item.gemeenteCode } : {}),
      ...(item.wijkName ? { wijkName: item.wijkName } : {}),
      ...(item.wijkCode ? { wijkCode: item.wijkCode } : {}),
      year: item.year,
      rank: Math.floor(rank),
      ...(alias ? { alias } : {}),
    }));
  };
  return { search, size: items.length };
}

/** Tier of a match; a match only after removing spaces ("bergen" in "Berg en Dal") sorts half a tier lower. */
function matchRank(f: Form, q: string, qc: string): number {
  if (f.spaced === q) return 1;
  if (f.compact === qc) return 1.5;
  if (f.spaced.startsWith(q)) return 2;
  if (f.compact.startsWith(qc)) return 2.5;
  if ((' ' + f.spaced).includes(' ' + q)) return 3;
  if (f.spaced.includes(q)) return 4;
  if (f.compact.includes(qc)) return 4.5;
  return Infinity;
}

function levelOrder(l: SearchLevel): number {
  return l === 'gemeente' ? 0 : l === 'wijk' ? 1 : 2;
}

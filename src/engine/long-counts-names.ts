/**
 * Near-duplicate names in a long counts file (see src/data/tabular/near-names.ts for when two names are "near"):
 * - groups: spelling variants (case, white space, accents) anywhere in the file; typos (Levenshtein ≤ 2, ≥ 4
 *   characters, same digits) of groups that no unit has both of;
 * - units: the same two rules within one region, where a typo pair shares no group;
 * - regions: spelling variants only (codes).
 * Each pair is an error naming both spellings and the line where each first occurs, so that rows are never
 * silently split over two names and zero-filled. Legitimately different names that match the typo rule can be kept
 * apart by giving every unit a row for every group (0 where there is none).
 */
import { bi, quoteCell, type Bilingual, type LineMessage } from '../data/tabular/bilingual';
import { findNearNames, type NameUse, type NearPair } from '../data/tabular/near-names';

export interface NameTables {
  groupNames: readonly string[];
  groupLines: readonly number[];
  unitCodes: readonly string[];
  unitLines: readonly number[];
  unitRegion: ArrayLike<number>;
  regionCodes: readonly string[];
  regionLines: readonly number[];
  /** present[u * G + g] ≥ 0 when unit u has a row for group g. */
  present: Int32Array;
}

const uses = (names: readonly string[], lines: readonly number[], indices: readonly number[]): NameUse[] =>
  indices.map((i) => ({ name: names[i], line: lines[i] }));

const VARIANT = bi(
  'differ only in capitals, spaces or accents; write the name the same way everywhere',
  'verschillen alleen in hoofdletters, spaties of accenten; schrijf de naam overal hetzelfde',
);

function pairMessage(what: Bilingual, pair: NearPair, typo: Bilingual, where: Bilingual = bi('', '')): LineMessage {
  const a = (lang: 'en' | 'nl'): string => `${what[lang]} ${quoteCell(pair.a.name)} (${lang === 'en' ? 'line' : 'regel'} ${pair.a.line})`;
  const b = (lang: 'en' | 'nl'): string => `${what[lang]} ${quoteCell(pair.b.name)} (${lang === 'en' ? 'line' : 'regel'} ${pair.b.line})`;
  const message =
    pair.kind === 'variant'
      ? bi(`${b('en')} and ${a('en')}${where.en} ${VARIANT.en}`, `${b('nl')} en ${a('nl')}${where.nl} ${VARIANT.nl}`)
      : bi(
          `${b('en')}${where.en} looks like a misspelling of ${a('en')}: ${typo.en}`,
          `${b('nl')}${where.nl} lijkt een verschrijving van ${a('nl')}: ${typo.nl}`,
        );
  return { line: pair.b.line, message };
}

const GROUP_TYPO = bi(
  'no unit has both; correct the spelling, or, if they are different groups, give every unit a row for each (0 where there is none)',
  'geen eenheid heeft beide; verbeter de spelling, of geef, als het verschillende groepen zijn, elke eenheid een regel voor elk (0 waar er geen zijn)',
);
const UNIT_TYPO = bi(
  'they have no group in common; correct the spelling, or, if they are different units, give each a row for every group (0 where there is none)',
  'ze hebben geen groep gemeen; verbeter de spelling, of geef, als het verschillende eenheden zijn, elk een regel voor elke groep (0 waar er geen zijn)',
);

/** Name comparisons for the typo rule over the whole file (about a second at most); then a warning. */
export const TYPO_COMPARISONS = 2_000_000;

/** Presence table with row and column counts, and the shared comparison budget. */
interface Presence {
  budget?: { remaining: number };
  G: number;
  U: number;
  has: (u: number, g: number) => boolean;
  groupCount: Int32Array;
  unitCount: Int32Array;
}

function presenceOf(t: NameTables): Presence {
  const G = t.groupNames.length;
  const U = t.unitCodes.length;
  const has = (u: number, g: number): boolean => t.present[u * G + g] >= 0;
  const groupCount = new Int32Array(G);
  const unitCount = new Int32Array(U);
  for (let u = 0; u < U; u++) {
    for (let g = 0; g < G; g++) {
      if (has(u, g)) {
        groupCount[g]++;
        unitCount[u]++;
      }
    }
  }
  return { G, U, has, groupCount, unitCount };
}

/** Errors for near-duplicate group, unit and region names; `truncated` when the typo search hit its budget. */
export function nearNameIssues(t: NameTables): { issues: LineMessage[]; truncated: boolean } {
  const p = { ...presenceOf(t), budget: { remaining: TYPO_COMPARISONS } };
  const groups = groupPairs(t, p);
  const units = unitPairs(t, p);
  const regions = findNearNames(uses(t.regionCodes, t.regionLines, [...t.regionCodes.keys()]), {
    typoCandidate: () => false,
    disjoint: () => false,
  });
  const issues = [...groups.issues, ...units.issues, ...regions.pairs.map((pair) => pairMessage(bi('region', 'regio'), pair, bi('', '')))];
  return { issues, truncated: groups.truncated || units.truncated };
}

function groupPairs(t: NameTables, { U, has, groupCount, budget }: Presence): { issues: LineMessage[]; truncated: boolean } {
  const groupIndex = new Map(t.groupNames.map((n, g) => [n, g]));
  const found = findNearNames(uses(t.groupNames, t.groupLines, [...t.groupNames.keys()]), {
    budget,
    typoCandidate: (n) => groupCount[groupIndex.get(n)!] < U,
    disjoint: (a, b) => {
      const ga = groupIndex.get(a)!;
      const gb = groupIndex.get(b)!;
      for (let u = 0; u < U; u++) if (has(u, ga) && has(u, gb)) return false;
      return true;
    },
  });
  return { issues: found.pairs.map((pair) => pairMessage(bi('group', 'groep'), pair, GROUP_TYPO)), truncated: found.truncated };
}

function unitPairs(t: NameTables, { G, U, has, unitCount, budget }: Presence): { issues: LineMessage[]; truncated: boolean } {
  const byRegion: number[][] = t.regionCodes.map(() => []);
  for (let u = 0; u < U; u++) byRegion[t.unitRegion[u]].push(u);
  const issues: LineMessage[] = [];
  let truncated = false;
  byRegion.forEach((members, r) => {
    if (members.length < 2) return;
    const index = new Map(members.map((u) => [t.unitCodes[u], u]));
    const found = findNearNames(uses(t.unitCodes, t.unitLines, members), {
      budget,
      typoCandidate: (n) => unitCount[index.get(n)!] < G,
      disjoint: (a, b) => {
        const ua = index.get(a)!;
        const ub = index.get(b)!;
        for (let g = 0; g < G; g++) if (has(ua, g) && has(ub, g)) return false;
        return true;
      },
    });
    truncated ||= found.truncated;
    const where = bi(` in region ${quoteCell(t.regionCodes[r])}`, ` in regio ${quoteCell(t.regionCodes[r])}`);
    for (const pair of found.pairs) issues.push(pairMessage(bi('unit', 'eenheid'), pair, UNIT_TYPO, where));
  });
  return { issues, truncated };
}

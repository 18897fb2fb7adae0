/**
 * The focal group x of the two-group indices (D, xPx, …: x against the rest) for counts read from a file.
 * Rules, independent of the order of rows and groups in the file:
 * - `requested` (e.g. --focal): matched to the group names trimmed and case-insensitively; a name matching no group,
 *   or more than one, is an error that lists the groups; rule 'given';
 * - otherwise the group with the smallest total over all units used (the minority), ties broken by the group
 *   name in code-point order; rule 'smallest-total'. The same rule applies with more than two groups.
 */
import { bi, type Bilingual } from '../data/tabular/bilingual';

export type FocalRule = 'given' | 'smallest-total';

export interface FocalChoice {
  name: string;
  rule: FocalRule;
  /** Total of the focal group over the units used. */
  total: number;
}

export type FocalResult = { ok: true; focal: FocalChoice } | { ok: false; message: Bilingual };

const list = (groups: readonly string[]): string => groups.map((g) => `"${g}"`).join(', ');

export function chooseFocalGroup(groups: readonly string[], totals: readonly number[], requested?: string): FocalResult {
  if (groups.length === 0)
    return {
      ok: false,
      message: bi('there are no groups to choose a focal group from', 'er zijn geen groepen om een focale groep uit te kiezen'),
    };
  if (requested !== undefined) {
    const wanted = requested.trim().toLowerCase();
    const matches = groups.map((g, k) => [g, k] as const).filter(([g]) => g.trim().toLowerCase() === wanted);
    if (matches.length === 1) return { ok: true, focal: { name: matches[0][0], rule: 'given', total: totals[matches[0][1]] } };
    const why =
      matches.length === 0
        ? bi('is not one of the groups', 'is geen van de groepen')
        : bi('matches more than one group', 'past op meer dan één groep');
    return {
      ok: false,
      message: bi(
        `focal group "${requested.trim()}" ${why.en}: ${list(groups)}`,
        `focale groep "${requested.trim()}" ${why.nl}: ${list(groups)}`,
      ),
    };
  }
  let best = 0;
  for (let k = 1; k < groups.length; k++) {
    if (totals[k] < totals[best] || (totals[k] === totals[best] && groups[k] < groups[best])) best = k;
  }
  return { ok: true, focal: { name: groups[best], rule: 'smallest-total', total: totals[best] } };
}

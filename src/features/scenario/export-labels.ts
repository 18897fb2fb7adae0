/** Column labels of the scenario CSV in Dutch and English (the ids are the CLI's column names, kept in the sidecar). */
import type { Lang } from '../../app/i18n';

const FIXED: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  row_type: { nl: 'soort rij', en: 'row type' },
  rule: { nl: 'verhuisregel', en: 'relocation rule' },
  chosen: { nl: 'gekozen regel', en: 'chosen rule' },
  index: { nl: 'index', en: 'index' },
  zone: { nl: 'zone', en: 'zone' },
  code: { nl: 'code', en: 'code' },
  name: { nl: 'naam', en: 'name' },
  before: { nl: 'voor', en: 'before' },
  after: { nl: 'na', en: 'after' },
  change: { nl: 'verandering', en: 'change' },
  dwellings_before: { nl: 'woningen voor', en: 'dwellings before' },
  dwellings_after: { nl: 'woningen na', en: 'dwellings after' },
  owner_before: { nl: 'koopwoningen voor', en: 'owner-occupied before' },
  owner_after: { nl: 'koopwoningen na', en: 'owner-occupied after' },
  rented_before: { nl: 'huurwoningen voor', en: 'rented before' },
  rented_after: { nl: 'huurwoningen na', en: 'rented after' },
  middenhuur_after: { nl: 'middenhuur na', en: 'mid-rent after' },
  residents_before: { nl: 'bewoners voor', en: 'residents before' },
  residents_after: { nl: 'bewoners na', en: 'residents after' },
  focal_pct_before: { nl: 'aandeel groep voor (%)', en: 'group share before (%)' },
  focal_pct_after: { nl: 'aandeel groep na (%)', en: 'group share after (%)' },
  focal_change_pp: { nl: 'verandering aandeel groep (%-punt)', en: 'change in group share (pp)' },
  reason: { nl: 'reden (leeg = berekend)', en: 'reason (empty = computed)' },
};

export const SCENARIO_COLUMN_LABELS = FIXED;

/** The header label of a scenario column; per-group columns take the group's name. */
export function scenarioColumnLabel(lang: Lang, id: string, groupLabel: (groupId: string) => string | undefined): string {
  const fixed = FIXED[id];
  if (fixed) return fixed[lang];
  const m = /^pct_(before|after)_(.+)$/.exec(id);
  if (m) {
    const name = groupLabel(m[2]!) ?? m[2]!;
    return lang === 'nl' ? `${name} ${m[1] === 'before' ? 'voor' : 'na'} (%)` : `${name} ${m[1]} (%)`;
  }
  return id;
}

/**
 * A scenario result as one flat table (CSV) and its metadata (the sidecar): per relocation rule, one row per
 * index (before, after, change), per zone and per unit (dwellings by tenure, residents and group shares before and
 * after). Numbers are finite or blank with the reason in `reason`. Group share columns are named pct_before_<group>
 * and pct_after_<group>, in the definition's order. The metadata carries the spec, sentence, assumptions,
 * approximations, ledgers and warnings, so the CSV never travels without its assumptions.
 */
import type { ScenarioResult } from '../engine/scenario';

type Cell = string | number | boolean | null;
export type ScenarioTableRow = Record<string, Cell>;

const finite = (v: number | null | undefined): number | null => (v !== null && v !== undefined && Number.isFinite(v) ? v : null);

function groupCells(groupIds: readonly string[], before: number[] | null, after: number[] | null): ScenarioTableRow {
  const out: ScenarioTableRow = {};
  groupIds.forEach((g, k) => {
    out[`pct_before_${g}`] = finite(before?.[k]);
    out[`pct_after_${g}`] = finite(after?.[k]);
  });
  return out;
}

const total = (v: readonly number[]) => v.reduce((s, x) => s + x, 0);

export function scenarioColumns(result: ScenarioResult): string[] {
  const groups = result.group.groups.flatMap((g) => [`pct_before_${g.id}`, `pct_after_${g.id}`]);
  return [
    'row_type',
    'rule',
    'chosen',
    'index',
    'zone',
    'code',
    'name',
    'before',
    'after',
    'change',
    'dwellings_before',
    'dwellings_after',
    'owner_before',
    'owner_after',
    'rented_before',
    'rented_after',
    'middenhuur_after',
    'residents_before',
    'residents_after',
    'focal_pct_before',
    'focal_pct_after',
    'focal_change_pp',
    ...groups,
    'reason',
  ];
}

export function scenarioTable(result: ScenarioResult): ScenarioTableRow[] {
  const ids = result.group.groups.map((g) => g.id);
  const f = result.group.focal;
  const rows: ScenarioTableRow[] = [];
  for (const rule of result.rules) {
    const base = { rule: rule.key, chosen: rule.chosen };
    for (const ix of rule.indices)
      rows.push({
        row_type: 'index',
        ...base,
        index: ix.index,
        before: finite(ix.before),
        after: finite(ix.after),
        change: finite(ix.change),
        reason: ix.reason ?? '',
      });
    for (const z of rule.zones)
      rows.push({
        row_type: 'zone',
        ...base,
        zone: z.zone,
        dwellings_before: z.dwellingsBefore,
        dwellings_after: z.dwellingsAfter,
        residents_before: total(z.residentsBefore),
        residents_after: total(z.residentsAfter),
        focal_pct_before: finite(z.sharePctBefore?.[f]),
        focal_pct_after: finite(z.sharePctAfter?.[f]),
        focal_change_pp: finite(z.changePp?.[f]),
        ...groupCells(ids, z.sharePctBefore, z.sharePctAfter),
        reason: z.units === 0 ? 'no units in this zone' : z.sharePctBefore ? '' : 'no residents',
      });
    for (const u of rule.units) {
      const d0 = u.dwellingsBefore,
        d1 = u.dwellingsAfter;
      rows.push({
        row_type: 'unit',
        ...base,
        zone: u.zone,
        code: u.code,
        name: u.name,
        dwellings_before: d0 ? d0.owner + d0.rented + d0.middenhuur : null,
        dwellings_after: d1 ? d1.owner + d1.rented + d1.middenhuur : null,
        owner_before: d0?.owner ?? null,
        owner_after: d1?.owner ?? null,
        rented_before: d0?.rented ?? null,
        rented_after: d1?.rented ?? null,
        middenhuur_after: d1?.middenhuur ?? null,
        residents_before: total(u.residentsBefore),
        residents_after: total(u.residentsAfter),
        focal_pct_before: finite(u.sharePctBefore?.[f]),
        focal_pct_after: finite(u.sharePctAfter?.[f]),
        focal_change_pp: finite(u.changePp?.[f]),
        ...groupCells(ids, u.sharePctBefore, u.sharePctAfter),
        reason: [d0 ? '' : 'dwellings or tenure not published', u.sharePctBefore ? '' : 'no residents'].filter(Boolean).join(' | '),
      });
    }
  }
  return rows;
}

/** Everything but the table: the sidecar of a CSV (and the head of the JSON). */
export function scenarioMetadata(result: ScenarioResult, source: { tool: string; data: string }) {
  return {
    tool: source.tool,
    label: result.label,
    spec: result.spec,
    gemeente: result.gemeente,
    level: result.level,
    year: result.year,
    group: result.group,
    sentence: result.sentence,
    assumptions: result.assumptions,
    approximations: result.approximations,
    association: result.association,
    baseline: result.baseline,
    ledgers: Object.fromEntries(result.rules.map((r) => [r.key, r.ledger])),
    levers: result.rules[result.chosen].levers,
    warnings: result.warnings,
    excluded: result.excluded,
    columns: {
      row_type: 'index: one index before/after; zone: target, ring1 (adjacent), rest of the gemeente, whole gemeente; unit: one unit',
      rule: 'relocation rule of displaced households: ring (adjacent units), rest (rest of the gemeente), outside (leave the gemeente), mix (the spec’s own mix)',
      chosen: 'true for the rule of the spec’s assumptions',
      'before/after/change': 'index values (D, H, xPx, xPy of the focal group; M, Hm, Dm over all groups)',
      'residents_*': 'persons (estimated from the group definition)',
      'focal_pct_*': 'share of the focal group among residents, percent; focal_change_pp in percentage points',
      'dwellings_*': 'dwellings by tenure (rented = dwellings − owner-occupied; middenhuur only as created by levers)',
      reason: 'why a number is blank',
    },
    data: { source: source.data, licence: 'CBS/Kadaster, CC BY 4.0' },
  };
}

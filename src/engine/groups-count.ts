/**
 * Group counts per unit from a group definition (groups-types.ts): every unit with complete data gets one count
 * per group; a unit with a missing (suppressed) or invalid value is excluded with a reason, never counted as 0.
 * A count remainder (denominator − Σ counts) below 0 — possible when CBS rounds every count to 5 — excludes the
 * unit as well (cause `negative_remainder`), so the caller can count such units in its warnings.
 */
import type { ExcludedUnit, GroupCounts, GroupDefinition, GroupPart, GroupSourceRow, Label } from './groups-types';

/** Variables of a part (the denominator is not included). */
function partVariables(g: GroupPart): readonly string[] {
  if ('share' in g) return [g.share];
  if ('remainderOf' in g) return g.remainderOf;
  if ('count' in g) return [g.count];
  return g.countRemainderOf;
}

const isShareBased = (g: GroupPart) => 'share' in g || 'remainderOf' in g;

/** Variables a definition reads (denominator first). */
export function variablesOf(def: GroupDefinition): string[] {
  const vars = new Set<string>([def.denominator]);
  for (const g of def.groups) for (const v of partVariables(g)) vars.add(v);
  return [...vars];
}

const SHARE_NOTE: Label = {
  nl: 'Aantallen zijn geschat als noemer × afgerond CBS-percentage / 100 en daardoor benaderingen.',
  en: 'Counts are estimated as denominator × rounded CBS percentage / 100 and are therefore approximations.',
};

const COUNT_NOTE: Label = {
  nl: 'Aantallen zijn door het CBS gepubliceerde (afgeronde) aantallen; een afgeleid restaantal draagt de afronding van elk deel, en een eenheid waar het onder 0 uitkomt valt af.',
  en: 'Counts are the (rounded) counts CBS publishes; a derived remainder carries the rounding of every part, and a unit where it falls below 0 is excluded.',
};

function problemOf(variable: string, v: number | null | undefined, isShare: boolean): string | null {
  if (v === null || v === undefined) return `${variable} is missing (suppressed by CBS or not published)`;
  if (!Number.isFinite(v) || v < 0) return `${variable} is invalid (${v})`;
  if (isShare && v > 100) return `${variable} is above 100% (${v})`;
  return null;
}

/** A part compiled for the row loop: its kind and the variables it reads. */
const enum Kind {
  Share,
  ShareRest,
  Count,
  CountRest,
}

interface Plan {
  kind: Kind;
  vars: readonly string[];
}

function planOf(g: GroupPart): Plan {
  if ('share' in g) return { kind: Kind.Share, vars: [g.share] };
  if ('remainderOf' in g) return { kind: Kind.ShareRest, vars: g.remainderOf };
  if ('count' in g) return { kind: Kind.Count, vars: [g.count] };
  return { kind: Kind.CountRest, vars: g.countRemainderOf };
}

function sumOf(values: GroupSourceRow['values'], vars: readonly string[]): number {
  let s = 0;
  for (let j = 0; j < vars.length; j++) s += values[vars[j]!] as number;
  return s;
}

/** The count of a part in a complete row (a count remainder may be negative here; the caller checks). */
function partCount(p: Plan, values: GroupSourceRow['values'], denom: number): number {
  switch (p.kind) {
    case Kind.Share:
      return (denom * (values[p.vars[0]!] as number)) / 100;
    case Kind.ShareRest:
      return (denom * Math.max(0, 100 - sumOf(values, p.vars))) / 100;
    case Kind.Count:
      return values[p.vars[0]!] as number;
    case Kind.CountRest:
      return denom - sumOf(values, p.vars);
  }
}

/** The first missing or invalid value of the row, or null (the common complete row takes the fast test only). */
function rowProblem(
  values: GroupSourceRow['values'],
  vars: readonly string[],
  share: readonly boolean[],
): Omit<ExcludedUnit, 'code'> | null {
  for (let j = 0; j < vars.length; j++) {
    const x = values[vars[j]!];
    if (typeof x === 'number' && x >= 0 && x < Infinity && !(share[j] && x > 100)) continue;
    const reason = problemOf(vars[j]!, x, share[j]!)!;
    return { reason, cause: x === null || x === undefined ? 'missing' : 'invalid' };
  }
  return null;
}

function remainderReason(def: GroupDefinition, k: number, value: number): string {
  const g = def.groups[k]!;
  return `derived count ${g.id} = ${[def.denominator, ...partVariables(g)].join(' − ')} is below zero (${value}) after CBS rounding`;
}

/** Counts per group for every unit with complete data; incomplete units are listed in `excluded`. */
export function groupCounts(def: GroupDefinition, rows: readonly GroupSourceRow[]): GroupCounts {
  const vars = variablesOf(def);
  const shareVars = new Set(def.groups.filter(isShareBased).flatMap((g) => [...partVariables(g)]));
  const share = vars.map((v) => shareVars.has(v));
  const plans = def.groups.map(planOf);
  const G = plans.length;
  const units: string[] = [];
  const excluded: ExcludedUnit[] = [];
  const cols: number[][] = plans.map(() => []);
  const counts = new Float64Array(G);
  for (const row of rows) {
    const values = row.values;
    const problem = rowProblem(values, vars, share);
    if (problem) {
      excluded.push({ code: row.code, ...problem });
      continue;
    }
    const denom = values[def.denominator] as number;
    let negative = -1;
    for (let k = 0; k < G; k++) {
      counts[k] = partCount(plans[k]!, values, denom);
      if (negative < 0 && counts[k]! < 0 && plans[k]!.kind === Kind.CountRest) negative = k;
    }
    if (negative >= 0) {
      excluded.push({ code: row.code, reason: remainderReason(def, negative, counts[negative]!), cause: 'negative_remainder' });
      continue;
    }
    units.push(row.code);
    for (let k = 0; k < G; k++) cols[k]!.push(counts[k]!);
  }
  const approximate = def.groups.some(isShareBased);
  const base = approximate ? SHARE_NOTE : COUNT_NOTE;
  const note: Label = def.note ? { nl: `${base.nl} ${def.note.nl}`, en: `${base.en} ${def.note.en}` } : base;
  return {
    definition: def.id,
    groups: def.groups.map((g) => g.id),
    units,
    counts: cols.map((c) => Float64Array.from(c)),
    excluded,
    approximate,
    note,
  };
}

/** Number of units excluded because a derived count fell below zero. */
export function negativeRemainders(gc: Pick<GroupCounts, 'excluded'>): number {
  let n = 0;
  for (const e of gc.excluded) if (e.cause === 'negative_remainder') n++;
  return n;
}

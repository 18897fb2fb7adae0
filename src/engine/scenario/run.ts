/**
 * A scenario from baseline data, a parsed spec and the adjacent rings to a result: the indices before and after,
 * per unit and per zone, under each relocation rule side by side (ring, rest, outside, and the spec's own mix),
 * with the ledger, the assumptions, the approximations and a sentence. Pure; throws only on programming errors.
 */
import { runLevers, type RunSetup } from './apply';
import { approximations } from './approximations';
import { assumptionReports } from './assumptions-text';
import { buildBaseline, countsAfter, type Baseline, type BaselineInput } from './baseline';
import { gemeenteCompositions } from './compositions';
import { indexChanges, scenarioIndices } from './index-set';
import { issue, ScenarioRefusal, type Checked, type ScenarioIssue } from './issues';
import { balanced, closeLedger } from './ledger';
import { unitOutcomes, zoneOutcomes } from './outcomes';
import { ruleKey } from './relocation';
import type { RuleOutcome, ScenarioIndices, ScenarioResult, ScenarioZone } from './result-types';
import { scenarioSentence } from './sentence';
import { SCENARIO_VERSION, SIMPLE_RULES, type RelocationRule, type ScenarioSpec } from './spec';
import type { ScenarioState } from './state';
import { validateAgainstData } from './validate';
import { RULE_LABEL } from './words';
import { scenarioZones, type ScenarioRings } from './zones';
import { oneOther } from '../plural-text';

export const NOT_A_FORECAST = {
  en: 'Scenario under stated assumptions — not a forecast',
  nl: 'Scenario onder genoemde aannames — geen voorspelling',
} as const;

/** The rules shown side by side: ring, rest, outside, and the spec's mix when it has one. */
export function rulesToCompare(chosen: RelocationRule): RelocationRule[] {
  return typeof chosen === 'string' ? [...SIMPLE_RULES] : [...SIMPLE_RULES, chosen];
}

function dwellingTotal(state: ScenarioState): number {
  return state.dwellings.reduce((s, v) => s + v, 0);
}

interface RuleRun {
  outcome: RuleOutcome;
  warnings: ScenarioIssue[];
}

function ruleOutcome(
  setup: RunSetup,
  zones: readonly ScenarioZone[],
  focal: number,
  rule: RelocationRule,
  chosen: boolean,
  baseline: ScenarioIndices,
): RuleRun {
  const b = setup.baseline;
  const run = runLevers(setup, rule);
  const after = countsAfter(b, run.state);
  const afterIndices = scenarioIndices(after, focal);
  const ledger = closeLedger(run.flows, b.counts, after, dwellingTotal(b.state), dwellingTotal(run.state));
  if (!balanced(ledger)) throw new Error(`scenario ledger does not balance (imbalance ${ledger.imbalance})`);
  const units = unitOutcomes(b, zones, b.counts, after, run.state);
  const outcome: RuleOutcome = {
    key: ruleKey(rule),
    rule,
    label: RULE_LABEL[ruleKey(rule)],
    chosen,
    after: afterIndices,
    indices: indexChanges(baseline, afterIndices),
    units,
    zones: zoneOutcomes(units, b.G),
    ledger,
    levers: run.levers,
  };
  return { outcome, warnings: run.warnings };
}

function dedupe(issues: readonly ScenarioIssue[]): ScenarioIssue[] {
  const seen = new Set<string>();
  return issues.filter((w) => {
    const key = `${w.code}|${w.path}|${w.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function baseWarnings(b: Baseline): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  if (b.association.fallback)
    out.push(
      issue(
        'association_fallback',
        'assumptions.tenureAssociation',
        `no ecological estimate: ${b.association.fallback.en}; no association assumed`,
        `geen ecologische schatting: ${b.association.fallback.nl}; geen verband aangenomen`,
      ),
    );
  const ex = b.input.excluded;
  if (ex.length > 0) {
    const list = ex.map((e) => e.code).join(', ');
    out.push(
      issue(
        'excluded_units',
        '',
        `${ex.length} ${oneOther(ex.length, 'unit', 'units')} left out (no data): ${list}`,
        `${ex.length} ${oneOther(ex.length, 'gebied', 'gebieden')} weggelaten (geen gegevens): ${list}`,
      ),
    );
  }
  return out;
}

export function runScenario(input: BaselineInput, spec: ScenarioSpec, rings: ScenarioRings): Checked<ScenarioResult> {
  const errors = validateAgainstData(spec, input);
  if (errors.length > 0) return { ok: false, errors };
  const groupIds = input.group.groups.map((g) => g.id);
  const focal = spec.focal ? Math.max(0, groupIds.indexOf(spec.focal)) : 0;
  const b = buildBaseline(input, spec.assumptions.tenureAssociation);
  const { zone, destinations } = scenarioZones(b, spec, rings);
  const groupLabels = input.group.groups.map((g) => g.label);
  const setup: RunSetup = {
    baseline: b,
    spec,
    destinations,
    gemeente: gemeenteCompositions(b.state),
    text: { groupIds, groupLabels, focal, turnoverPct: spec.assumptions.turnoverPctPerYear },
    unitName: (i) => input.units[i].name,
  };
  const baseline = scenarioIndices(b.counts, focal);
  const candidates = rulesToCompare(spec.assumptions.relocation);
  const chosenKey = ruleKey(spec.assumptions.relocation);
  let runs: RuleRun[];
  try {
    runs = candidates.map((r) => ruleOutcome(setup, zone, focal, r, ruleKey(r) === chosenKey, baseline));
  } catch (e) {
    if (e instanceof ScenarioRefusal) return { ok: false, errors: e.issues };
    throw e;
  }
  const rules = runs.map((r) => r.outcome);
  const chosen = rules.findIndex((r) => r.chosen);
  const ctx = { groupLabels, focal, gemeenteName: input.gemeente.name, level: input.level };
  const assumptions = assumptionReports(spec, b.association, ctx);
  const sentence = scenarioSentence({
    spec,
    gemeenteName: input.gemeente.name,
    level: input.level,
    focal,
    focalLabel: groupLabels[focal],
    units: b.n,
    baseline,
    rules,
    chosen,
    assumptions,
  });
  const result: ScenarioResult = {
    version: SCENARIO_VERSION,
    label: NOT_A_FORECAST,
    spec,
    gemeente: input.gemeente,
    level: input.level,
    year: input.year,
    group: { id: input.group.id, label: input.group.label, groups: input.group.groups, focal, counts: 'persons' },
    units: b.n,
    excluded: input.excluded,
    baseline: { indices: baseline, residents: b.counts.map((c) => c.reduce((s, v) => s + v, 0)), dwellings: dwellingTotal(b.state) },
    rules,
    chosen,
    association: b.association,
    assumptions,
    approximations: approximations(spec, b, rings.note ?? null),
    sentence,
    warnings: dedupe([...baseWarnings(b), ...runs.flatMap((o) => o.warnings)]),
  };
  return { ok: true, value: result, warnings: result.warnings };
}

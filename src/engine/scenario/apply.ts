/**
 * One run of the levers, in spec order, on a copy of the baseline state under one relocation rule. Each lever
 * reads the state the previous levers left (so a target mix after a conversion counts that conversion).
 * Throws ScenarioRefusal when the data cannot support a lever (run.ts turns it into errors).
 */
import type { Baseline } from './baseline';
import type { CompositionContext, TenureCompositions } from './compositions';
import type { ScenarioIssue } from './issues';
import { emptyFlows, type Flows } from './ledger';
import { applyAllocation } from './levers/allocation';
import { applyConvert } from './levers/convert';
import { applyDemolishBuild } from './levers/demolish-build';
import { applyTargetMix } from './levers/target-mix';
import type { LeverContext } from './levers/context';
import { leverText, type TextContext } from './lever-text';
import { ruleShares, type Destinations } from './relocation';
import type { LeverReport, LeverUnitReport } from './result-types';
import type { Lever, RelocationRule, ScenarioSpec } from './spec';
import type { ScenarioState } from './state';

export interface RunSetup {
  baseline: Baseline;
  spec: ScenarioSpec;
  /** Destination units per lever (same order as spec.levers). */
  destinations: readonly Destinations[];
  gemeente: TenureCompositions;
  text: TextContext;
  unitName: (i: number) => string;
}

export interface RunOutput {
  state: ScenarioState;
  flows: Flows;
  levers: LeverReport[];
  warnings: ScenarioIssue[];
}

function applyLever(lever: Lever, ctx: LeverContext): LeverUnitReport[] {
  switch (lever.kind) {
    case 'convert':
      return applyConvert(lever, ctx);
    case 'demolish-build':
      return applyDemolishBuild(lever, ctx);
    case 'target-mix':
      return applyTargetMix(lever, ctx);
    case 'allocation':
      return applyAllocation(lever, ctx);
  }
}

export function runLevers(setup: RunSetup, rule: RelocationRule): RunOutput {
  const { baseline, spec } = setup;
  const state = baseline.state.clone();
  const flows = emptyFlows(baseline.G);
  const warnings: ScenarioIssue[] = [];
  const comp: CompositionContext = {
    baseline: baseline.state,
    gemeente: setup.gemeente,
    unitName: setup.unitName,
    warn: (w) => warnings.push(w),
  };
  const shares = ruleShares(rule);
  const levers = spec.levers.map((lever, k): LeverReport => {
    const ctx: LeverContext = {
      state,
      flows,
      comp,
      assumptions: spec.assumptions,
      shares,
      dest: setup.destinations[k],
      path: `levers[${k}]`,
      unitIndex: (code) => baseline.index.get(code)!,
      unitName: setup.unitName,
      focal: setup.text.focal,
      focalLabel: setup.text.groupLabels[setup.text.focal],
      groupIds: setup.text.groupIds,
    };
    const units = applyLever(lever, ctx);
    return { index: k, kind: lever.kind, units, text: leverText(lever, units, setup.text) };
  });
  return { state, flows, levers, warnings };
}

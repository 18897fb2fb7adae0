/**
 * What-if scenario: the one code path the Web Worker and the CLI both call. A spec (JSON or parsed) + the rows of
 * its level and year + the gemeente row + the boundaries in; the engine's result (src/engine/scenario) or the
 * reasons for refusing out. Pure (no DOM, no DuckDB).
 *
 * Steps
 * 1. Parse and normalise the spec (engine parse.ts): every problem with its JSON path, in Dutch and English.
 * 2. Baseline from the rows (scenario-data.ts): what the data lack is refused, not invented.
 * 3. Adjacent rings from the boundaries (scenario-rings.ts; queen contiguity, as the waterbed).
 * 4. Run (engine run.ts): every relocation rule side by side.
 */
import type { Topology } from 'topojson-specification';
import { parseScenarioSpec, runScenario, type Checked, type ScenarioResult, type ScenarioSpec } from '../engine/scenario';
import { scenarioBaselineInput, type ScenarioData } from './scenario-data';
import { scenarioRings } from './scenario-rings';

export { scenarioVariables, type ScenarioData, type ScenarioRow } from './scenario-data';
export { scenarioRings } from './scenario-rings';

export interface ScenarioInput extends ScenarioData {
  /** Boundaries of the spec's level and year (object `units`, property `code`); null when there are none. */
  topology: Topology | null;
}

export function runScenarioPipeline(spec: ScenarioSpec, input: ScenarioInput): Checked<ScenarioResult> {
  const baseline = scenarioBaselineInput(spec, input);
  if (!baseline.ok) return baseline;
  const { rings, warnings } = scenarioRings(spec, baseline.value, input.topology);
  const result = runScenario(baseline.value, spec, rings);
  if (!result.ok) return result;
  result.value.warnings.push(...warnings);
  return { ok: true, value: result.value, warnings: result.value.warnings };
}

/** Parse, then run: what the app's worker calls with the JSON from its URL or an imported file. */
export function scenarioFromJson(json: unknown, input: ScenarioInput): Checked<ScenarioResult> {
  const spec = parseScenarioSpec(json);
  return spec.ok ? runScenarioPipeline(spec.value, input) : spec;
}

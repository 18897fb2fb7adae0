/**
 * The scenario entry of the engine worker (comlink), in its own file: engine-api.ts spreads it into its API with
 * its cached topology loader, `...createScenarioApi(topologyFor)`. Same pipeline as `npm run scenario`.
 */
import type { Topology } from 'topojson-specification';
import type { Checked, ScenarioResult } from '../engine/scenario';
import { scenarioFromJson, type ScenarioRow } from '../pipeline/scenario';

/** The result, or why the scenario is refused (each issue with its spec path, in Dutch and English). */
export type ScenarioAnswer = Checked<ScenarioResult>;

export function createScenarioApi(topologyFor: (url: string) => Promise<Topology>) {
  return {
    /**
     * A scenario from its spec (the JSON of the URL or an imported file). `rows`: the spec's level and year with
     * scenarioVariables(spec).units; `gemeenteRow`: the gemeente's row of that year with scenarioVariables(spec).gemeente
     * (null: levers on social rent are refused); `topologyUrl`: the level's boundaries of that year (null for buurten:
     * their ring is the other buurten of the wijk).
     */
    async scenario(
      spec: unknown,
      rows: ScenarioRow[],
      gemeenteRow: ScenarioRow | null,
      topologyUrl: string | null,
    ): Promise<ScenarioAnswer> {
      const topology = topologyUrl ? await topologyFor(topologyUrl) : null;
      return scenarioFromJson(spec, { rows, gemeenteRow, topology });
    },
  };
}

/**
 * Public API of the what-if scenario engine (pure: no DOM, no I/O; runs in the worker and in Node).
 *   parseScenarioSpec(json) / parseScenarioJson(text) → the normalised spec, or issues (nl/en)
 *   runScenario(baselineInput, spec, rings)            → the result under every relocation rule, or issues
 * The pipeline (src/pipeline/scenario.ts) builds the baseline input and the rings from CBS rows and boundaries.
 */
export * from './spec';
export * from './issues';
export * from './result-types';
export { parseScenarioSpec, parseScenarioJson } from './parse';
export { runScenario, rulesToCompare, NOT_A_FORECAST } from './run';
export type { BaselineInput, BaselineUnitInput, GroupInfo } from './baseline';
export type { AssociationReport, AssociationEstimate } from './association';
export type { Ledger, Flows } from './ledger';
export type { ScenarioRings } from './zones';

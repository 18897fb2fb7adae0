/**
 * The indices a scenario reports, before and after, computed by the engine's own index suite (indices/suite.ts;
 * nothing is reimplemented here): D, H, xPx and xPy of the focal group against the rest, and M, H and D over all
 * groups of the definition (with two groups multigroup H and D equal the two-group ones).
 */
import { computeSuite } from '../indices/suite';
import type { CountVector } from '../result';
import { SCENARIO_INDICES, type IndexChange, type ScenarioIndices } from './result-types';

export function scenarioIndices(columns: readonly CountVector[], focal: number): ScenarioIndices {
  const s = computeSuite(columns, { focalGroup: focal, bootstrap: false, randomAllocation: false });
  return {
    D: s.twoGroup.D,
    H: s.twoGroup.H,
    xPx: s.twoGroup.xPx,
    xPy: s.twoGroup.xPy,
    M: s.multigroup.M,
    Hm: s.multigroup.H,
    Dm: s.multigroup.D,
  };
}

/** Before, after and change of every index; a missing number says why. */
export function indexChanges(before: ScenarioIndices, after: ScenarioIndices): IndexChange[] {
  return SCENARIO_INDICES.map((index) => {
    const b = before[index],
      a = after[index];
    const vb = b.ok ? b.value : null,
      va = a.ok ? a.value : null;
    const reason = !b.ok ? `before: ${b.reason}` : !a.ok ? `after: ${a.reason}` : null;
    return { index, before: vb, after: va, change: vb !== null && va !== null ? va - vb : null, reason };
  });
}

/**
 * Zones of a scenario, in the waterbed's vocabulary: target (a unit some lever acts on), ring1 (adjacent to a
 * target, not itself a target) and rest (every other unit of the gemeente). The engine does not compute adjacency:
 * the caller gives, per lever, the codes of the units adjacent to its units (src/pipeline/scenario.ts draws them
 * from the boundaries, as the waterbed does). Codes not among the baseline's units are ignored.
 */
import type { Baseline } from './baseline';
import type { Destinations } from './relocation';
import type { ScenarioZone } from './result-types';
import type { ScenarioSpec } from './spec';
import type { Bilingual } from '../waterbed/types';

export interface ScenarioRings {
  /** Per lever (spec order): codes of the units adjacent to its units. */
  leverRings: readonly (readonly string[])[];
  /** How the rings were drawn (e.g. shared boundaries, or the other buurten of the same wijk), for the result. */
  note?: Bilingual;
}

export interface ScenarioZones {
  zone: ScenarioZone[];
  /** Per lever: where its displaced and redirected households may settle (units with known tenure). */
  destinations: Destinations[];
}

export function scenarioZones(b: Baseline, spec: ScenarioSpec, rings: ScenarioRings): ScenarioZones {
  if (rings.leverRings.length !== spec.levers.length)
    throw new RangeError(`rings for ${rings.leverRings.length} levers, but the spec has ${spec.levers.length}`);
  const zone: ScenarioZone[] = Array<ScenarioZone>(b.n).fill('rest');
  const targets = new Set<number>();
  for (const l of spec.levers) for (const c of l.units) if (b.index.has(c)) targets.add(b.index.get(c)!);
  const ringOf = rings.leverRings.map((codes) =>
    codes.map((c) => b.index.get(c)).filter((i): i is number => i !== undefined && !targets.has(i)),
  );
  for (const r of ringOf) for (const i of r) zone[i] = 'ring1';
  for (const i of targets) zone[i] = 'target';
  const usable = (i: number) => b.state.tenureKnown[i] === 1;
  const rest = zone.flatMap((z, i) => (z === 'rest' && usable(i) ? [i] : []));
  const destinations = ringOf.map((r) => ({ ring: [...new Set(r)].filter(usable).sort((x, y) => x - y), rest }));
  return { zone, destinations };
}

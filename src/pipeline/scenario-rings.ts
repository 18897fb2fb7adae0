/**
 * The adjacent ring of each lever, drawn as the waterbed draws it: units sharing a boundary or a corner (queen
 * contiguity, src/geo/adjacency.ts) with one of the lever's units, on the boundaries of the spec's level and year,
 * within the gemeente (rings.ts). Buurten have no boundaries in the data: their ring is the other buurten of the
 * same wijk (read from the buurt code), and the result says so. Without boundaries at another level the rings are
 * empty, so the ring's share goes to the rest of the gemeente (with a warning from the engine).
 */
import type { Topology } from 'topojson-specification';
import { wijkOfBuurt, isBuurtCode } from '../data/buurt-codes';
import { issue, type BaselineInput, type ScenarioIssue, type ScenarioRings, type ScenarioSpec } from '../engine/scenario';
import { subsetAdjacency } from '../geo/adjacency';
import { targetRings } from '../geo/rings';
import { unitCodes } from '../geo/topology';
import { oneOther } from '../engine/plural-text';

function boundaryRings(spec: ScenarioSpec, input: BaselineInput, topology: Topology, warnings: ScenarioIssue[]): ScenarioRings {
  const layerIndex = new Map(unitCodes(topology).map((c, i) => [c, i]));
  const placed = input.units.filter((u) => layerIndex.has(u.code)).map((u) => u.code);
  const missing = input.units.filter((u) => !layerIndex.has(u.code)).map((u) => u.code);
  if (missing.length > 0)
    warnings.push(
      issue(
        'not_in_boundaries',
        '',
        `${missing.length} ${oneOther(missing.length, 'unit is', 'units are')} not in the ${input.level} boundaries of ${input.year} and cannot be adjacent: ${missing.join(', ')}`,
        `${missing.length} ${oneOther(missing.length, 'gebied staat', 'gebieden staan')} niet in de ${input.level}grenzen van ${input.year} en ${oneOther(missing.length, 'kan', 'kunnen')} niet aangrenzend zijn: ${missing.join(', ')}`,
      ),
    );
  const adj = subsetAdjacency(
    topology,
    placed.map((c) => layerIndex.get(c)!),
    { contiguity: 'queen' },
  );
  const local = new Map(placed.map((c, k) => [c, k]));
  const leverRings = spec.levers.map((l) => {
    const targets = l.units.map((c) => local.get(c)).filter((k): k is number => k !== undefined);
    return Array.from(targetRings(adj, targets).ring1, (k) => placed[k]);
  });
  return {
    leverRings,
    note: {
      en: `Adjacent ring: the ${input.level}en of the gemeente that share a boundary or a corner (queen contiguity) with a lever's ${input.level}, on the ${input.year} boundaries.`,
      nl: `Aangrenzende ring: de ${input.level}en van de gemeente die een grens of een hoekpunt delen (queen-contiguïteit) met de ${input.level} van een maatregel, op de grenzen van ${input.year}.`,
    },
  };
}

function wijkRings(spec: ScenarioSpec, input: BaselineInput): ScenarioRings {
  const wijk = (c: string) => (isBuurtCode(c) ? wijkOfBuurt(c) : null);
  const leverRings = spec.levers.map((l) => {
    const wijken = new Set(l.units.map(wijk).filter((w): w is string => w !== null));
    return input.units.filter((u) => !l.units.includes(u.code) && wijken.has(wijk(u.code) ?? '')).map((u) => u.code);
  });
  return {
    leverRings,
    note: {
      en: 'Buurten have no boundaries in the data: the adjacent ring of a buurt is approximated by the other buurten of its wijk.',
      nl: 'Buurten hebben geen grenzen in de gegevens: de aangrenzende ring van een buurt is benaderd door de andere buurten van haar wijk.',
    },
  };
}

export function scenarioRings(
  spec: ScenarioSpec,
  input: BaselineInput,
  topology: Topology | null,
): { rings: ScenarioRings; warnings: ScenarioIssue[] } {
  const warnings: ScenarioIssue[] = [];
  if (topology) return { rings: boundaryRings(spec, input, topology, warnings), warnings };
  if (spec.level === 'buurt') return { rings: wijkRings(spec, input), warnings };
  return {
    rings: {
      leverRings: spec.levers.map(() => []),
      note: {
        en: `No ${input.level} boundaries were given: there is no adjacent ring, and its share goes to the rest of the gemeente.`,
        nl: `Er zijn geen ${input.level}grenzen meegegeven: er is geen aangrenzende ring, en dat deel gaat naar de rest van de gemeente.`,
      },
    },
    warnings,
  };
}

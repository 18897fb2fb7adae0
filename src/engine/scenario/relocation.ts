/**
 * Where displaced and redirected households go (assumptions.relocation):
 * - 'ring': the units adjacent to the lever's units (in the gemeente, not a target of the scenario);
 * - 'rest': the other units of the gemeente (neither target nor adjacent);
 * - 'outside': they leave the gemeente;
 * - a mix of the three, in percent.
 * Inside a zone they are spread over its units in proportion to each unit's stock of the tenure they seek (the
 * tenure they left; rented for middenhuur). A household that settles in a unit takes a vacancy that would otherwise
 * have gone to that unit's usual intake, taken to have the composition of the unit's current residents of that
 * tenure: as many residents are crowded out, and they leave the gemeente. So every unit keeps its dwellings ×
 * residents per dwelling. A zone without stock of the tenure passes its share on (ring → rest → outside), with a
 * warning; so does a unit asked to take more than its residents of that tenure.
 */
import type { Warn } from './compositions';
import { issue } from './issues';
import type { Flows } from './ledger';
import type { RelocationRule, SimpleRule, Tenure } from './spec';
import { addInto, plus, scale, ScenarioState, sum } from './state';

export interface RuleShares {
  ring: number;
  rest: number;
  outside: number;
}

export const ruleKey = (rule: RelocationRule): SimpleRule | 'mix' => (typeof rule === 'string' ? rule : 'mix');

export function ruleShares(rule: RelocationRule): RuleShares {
  if (rule === 'ring') return { ring: 1, rest: 0, outside: 0 };
  if (rule === 'rest') return { ring: 0, rest: 1, outside: 0 };
  if (rule === 'outside') return { ring: 0, rest: 0, outside: 1 };
  const total = rule.ringPct + rule.restPct + rule.outsidePct;
  return { ring: rule.ringPct / total, rest: rule.restPct / total, outside: rule.outsidePct / total };
}

/** Destination units of one lever (indices into the baseline). */
export interface Destinations {
  ring: readonly number[];
  rest: readonly number[];
}

/** The tenure relocated households look for. */
export const soughtTenure = (left: Tenure): Tenure => (left === 'owner' ? 'owner' : 'rented');

function stockOf(state: ScenarioState, units: readonly number[], t: Tenure): number {
  let s = 0;
  for (const j of units) s += state.stock(j, t);
  return s;
}

/** Settle `vec` in `units` (by stock of t), crowding out as many; returns what did not fit. */
function settle(
  state: ScenarioState,
  vec: readonly number[],
  units: readonly number[],
  t: Tenure,
  flows: Flows,
): { settled: number[]; left: number[] } {
  const persons = sum(vec);
  const settled = Array<number>(vec.length).fill(0);
  const stock = stockOf(state, units, t);
  if (persons <= 0 || stock <= 0) return { settled, left: [...vec] };
  for (const j of units) {
    const want = (persons * state.stock(j, t)) / stock;
    if (want <= 0) continue;
    const take = Math.min(want, state.cellTotal(j, t));
    addInto(flows.crowdedOut, state.takeShare(j, t, take));
    const moved = scale(vec, take / persons);
    state.put(j, t, moved);
    addInto(settled, moved);
  }
  const left = vec.map((v, k) => Math.max(0, v - settled[k]));
  // What is left by floating-point rounding alone is not an overflow.
  return sum(left) <= 1e-9 * persons ? { settled: [...vec], left: vec.map(() => 0) } : { settled, left };
}

export interface RelocationRequest {
  state: ScenarioState;
  flows: Flows;
  shares: RuleShares;
  dest: Destinations;
  warn: Warn;
  /** Spec path of the lever, for warnings. */
  path: string;
}

/** Send `vec` (residents by group who left tenure `left`) where the rule says; record the flows. */
export function relocate(req: RelocationRequest, vec: readonly number[], left: Tenure): void {
  if (sum(vec) <= 0) return;
  const { state, flows, dest, warn, path } = req;
  const t = soughtTenure(left);
  let { ring, rest, outside } = req.shares;
  if (ring > 0 && stockOf(state, dest.ring, t) <= 0) {
    warn(
      issue(
        'ring_empty',
        path,
        'no adjacent unit with stock of that tenure: the share meant for the adjacent ring goes to the rest of the gemeente',
        'geen aangrenzend gebied met woningen van die soort: het deel voor de aangrenzende ring gaat naar de rest van de gemeente',
      ),
    );
    rest += ring;
    ring = 0;
  }
  if (rest > 0 && stockOf(state, dest.rest, t) <= 0) {
    warn(
      issue(
        'rest_empty',
        path,
        'no other unit in the gemeente with stock of that tenure: that share leaves the gemeente',
        'geen ander gebied in de gemeente met woningen van die soort: dat deel verlaat de gemeente',
      ),
    );
    outside += rest;
    rest = 0;
  }
  const toRing = settle(state, scale(vec, ring), dest.ring, t, flows);
  const toRest = settle(state, plus(scale(vec, rest), toRing.left), dest.rest, t, flows);
  addInto(flows.toRing, toRing.settled);
  addInto(flows.toRest, toRest.settled);
  const out = scale(vec, outside);
  if (sum(toRest.left) > 1e-9 * Math.max(1, sum(vec)))
    warn(
      issue(
        'zone_full',
        path,
        'more relocated households than residents of that tenure in the destination units: the excess leaves the gemeente',
        'meer verhuizende huishoudens dan bewoners van die woningsoort in de ontvangende gebieden: het overschot verlaat de gemeente',
      ),
    );
  addInto(out, toRest.left);
  addInto(flows.toOutside, out);
}

/**
 * Dasymetric seed for a crosswalk (pure, no DOM): the population of each piece (s ∩ t) estimated from a finer layer
 * with population that nests in one of the two layers — wijken inside gemeenten (by their gemeente code), later
 * buurten inside wijken.
 *
 * Rule
 * - The finer layer F nests in the `to` layer (its units carry the code of their to-unit) or in the `from` layer.
 *   Overlay F with the other layer: a fine unit f with parent p spreads its population over the units o of the
 *   other layer it overlaps, in proportion to area(f ∩ o) / Σ_o' area(f ∩ o') (so a wijk that straddles the old
 *   boundary is split by area; a wijk wholly on one side is not split at all). Piece (s, t) receives
 *   Σ_f pop_f · area(f ∩ o) / area(f ∩ other layer) over fine units with (parent, o) = (t, s) or (s, t).
 * - Fine units with unknown population contribute nothing; the seed is a relative weight, so sources whose pieces
 *   all receive 0 keep the fallback weights (see two-margin.ts).
 * - Only pieces the crosswalk kept receive mass: mass of pairs the crosswalk dropped as boundary noise is lost,
 *   and the row normalisation in two-margin.ts redistributes it over the kept pieces.
 * - Only the fine units of redrawn units are overlaid (identical units keep weight 1 whatever their seed), and only
 *   with the units of the other layer that exchange pieces with them: on gemeenten 2019 → 2022 that is a few dozen
 *   wijken instead of 3,340.
 */
import type { Crosswalk } from '../engine/waterbed/crosswalk';
import { entryTargets } from '../engine/waterbed/two-margin';
import { overlayAreas, type AreaFeature } from './overlay';

export interface AncillaryLayer {
  /** Fine units (WGS84), with their population and the code of the coarse unit they nest in. */
  features: readonly AreaFeature[];
  population: readonly (number | null)[];
  parentCode: readonly (string | null)[];
  /** Which layer of the crosswalk the fine units nest in. */
  nestsIn: 'from' | 'to';
}

export interface DasymetricSeed {
  /** Seed mass per crosswalk entry (aligned with cw.source). */
  seed: Float64Array;
  /** Fine units whose parent code is not a unit of the nesting layer (their population is not used). */
  orphans: number;
  /** Population of the fine layer that reached a kept crosswalk piece, and in total. */
  placed: number;
  total: number;
}

/**
 * Seed mass per crosswalk entry from an ancillary layer. `other` is the layer the fine units do NOT nest in (the
 * crosswalk's from-layer when nestsIn = 'to', else its to-layer), in the crosswalk's code order.
 */
export function dasymetricSeed(cw: Crosswalk, layer: AncillaryLayer, other: readonly AreaFeature[]): DasymetricSeed {
  const toSide = layer.nestsIn === 'to';
  const nestCodes = toSide ? cw.toCodes : cw.fromCodes;
  const nestIndex = new Map(nestCodes.map((c, i) => [c, i]));
  const parent = layer.parentCode.map((c) => (c !== null ? (nestIndex.get(c) ?? -1) : -1));
  const target = entryTargets(cw);
  const nTo = cw.toCodes.length;
  // Only redrawn units need a seed (identical ones keep weight 1): overlay just their fine units with the units
  // of the other layer they exchange pieces with.
  const redrawn = new Uint8Array(nestCodes.length),
    partner = new Uint8Array(other.length);
  for (let k = 0; k < cw.source.length; k++) if (!cw.identical[target[k]]) redrawn[toSide ? target[k] : cw.source[k]] = 1;
  for (let k = 0; k < cw.source.length; k++) if (redrawn[toSide ? target[k] : cw.source[k]]) partner[toSide ? cw.source[k] : target[k]] = 1;
  const fine = parent.flatMap((p, i) => (p >= 0 && redrawn[p] ? [i] : []));
  const others = Array.from(partner.keys()).filter((i) => partner[i]);
  const ov = overlayAreas(
    fine.map((i) => layer.features[i]),
    others.map((i) => other[i]),
  );
  const overlapped = new Float64Array(fine.length);
  for (const p of ov.pairs) overlapped[p.from] += p.areaKm2;
  const entryOf = new Map<number, number>();
  for (let k = 0; k < cw.source.length; k++) entryOf.set(cw.source[k] * nTo + target[k], k);
  const seed = new Float64Array(cw.source.length);
  let placed = 0,
    total = 0;
  layer.population.forEach((pop) => (total += pop !== null && Number.isFinite(pop) && pop > 0 ? pop : 0));
  // Fine units of identical units are placed as they are.
  parent.forEach((p, i) => {
    const pop = layer.population[i];
    if (p >= 0 && !redrawn[p] && pop !== null && Number.isFinite(pop) && pop > 0) placed += pop;
  });
  for (const p of ov.pairs) {
    const f = fine[p.from],
      o = others[p.to];
    const pop = layer.population[f],
      par = parent[f];
    if (pop === null || !Number.isFinite(pop) || !(pop > 0)) continue;
    const [s, t] = toSide ? [o, par] : [par, o];
    const k = entryOf.get(s * nTo + t);
    if (k === undefined) continue;
    const mass = (pop * p.areaKm2) / overlapped[p.from];
    seed[k] += mass;
    placed += mass;
  }
  return { seed, orphans: parent.filter((p) => p < 0).length, placed, total };
}

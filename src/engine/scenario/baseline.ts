/**
 * The baseline of a scenario: the gemeente's units with their residents by group (as the group definition
 * estimates them), dwellings by tenure and, estimated, residents by tenure and group. Pure; the pipeline
 * (src/pipeline/scenario.ts) builds the input from CBS rows, tests build it by hand.
 *
 * Approximations, each reported (approximations.ts):
 * - rented = dwellings − owner-occupied: dwellings of unknown ownership count as rented (wijk data give only the
 *   owner-occupied share);
 * - residents per dwelling = the unit's residents / dwellings, the same in every tenure;
 * - residents by tenure and group from unit totals and the tenure association (association.ts, tenure-split.ts);
 * - social-rent dwellings = rented × the gemeente's social / rented share (no social share per unit).
 */
import type { Bilingual } from '../waterbed/types';
import { resolveAssociation, type AssociationReport, type AssociationUnit } from './association';
import { ScenarioState, T, TENURE_INDEX } from './state';
import { splitByTenure } from './tenure-split';
import type { ScenarioLevel, TenureAssociation } from './spec';

export interface BaselineUnitInput {
  code: string;
  name: string;
  /** Dwellings (count) and the owner-occupied share (percent); null when not published. */
  dwellings: number | null;
  ownerPct: number | null;
  /** Residents (persons) per group of the definition, in its order. */
  counts: readonly number[];
}

export interface GroupInfo {
  id: string;
  label: Bilingual;
  groups: { id: string; label: Bilingual }[];
  /** How the counts were estimated (groups.ts note). */
  note: Bilingual | null;
}

export interface BaselineInput {
  gemeente: { code: string; name: string };
  level: ScenarioLevel;
  year: number;
  group: GroupInfo;
  /**
   * What `dwellings` counts: dwellings, or households standing in for them where the data have no dwelling count
   * (buurt 2024: one household per dwelling, an approximation the result names).
   */
  dwellingsFrom: 'dwellings' | 'households';
  /** Units with valid group counts (the units of the indices). */
  units: BaselineUnitInput[];
  /** share_social_rent / share_rented of the gemeente (0–1), or null when not published. */
  socialOfRented: number | null;
  /** Units of the gemeente left out of the indices, with the reason. */
  excluded: { code: string; reason: string }[];
}

export interface Baseline {
  input: BaselineInput;
  n: number;
  G: number;
  index: ReadonlyMap<string, number>;
  /** counts[k][i]: residents of group k in unit i, exactly as given (the baseline indices use these). */
  counts: Float64Array[];
  state: ScenarioState;
  association: AssociationReport;
}

function tenureKnown(u: BaselineUnitInput): boolean {
  const d = u.dwellings,
    o = u.ownerPct;
  return d !== null && Number.isFinite(d) && d > 0 && o !== null && Number.isFinite(o) && o >= 0 && o <= 100;
}

function checkInput(input: BaselineInput): number {
  const G = input.group.groups.length;
  if (G < 2) throw new RangeError(`a group definition needs at least 2 groups (got ${G})`);
  for (const u of input.units)
    if (u.counts.length !== G || u.counts.some((c) => !Number.isFinite(c) || c < 0))
      throw new RangeError(`unit ${u.code}: counts must be ${G} finite non-negative numbers`);
  return G;
}

export function buildBaseline(input: BaselineInput, association: TenureAssociation): Baseline {
  const G = checkInput(input);
  const n = input.units.length;
  const counts = Array.from({ length: G }, (_, k) => Float64Array.from(input.units, (u) => u.counts[k]));
  const known = Uint8Array.from(input.units, (u) => (tenureKnown(u) ? 1 : 0));
  const perDwelling = new Float64Array(n);
  const dwellings = new Float64Array(n * T);
  const assocUnits: AssociationUnit[] = [];
  input.units.forEach((u, i) => {
    if (!known[i]) return;
    const residents = u.counts.reduce((s, c) => s + c, 0);
    const d = u.dwellings as number;
    const owner = (d * (u.ownerPct as number)) / 100;
    dwellings[i * T + TENURE_INDEX.owner] = owner;
    dwellings[i * T + TENURE_INDEX.rented] = d - owner;
    perDwelling[i] = residents / d;
    if (residents > 0) assocUnits.push({ residents, rentedShare: (d - owner) / d, groupShares: u.counts.map((c) => c / residents) });
  });
  const report = resolveAssociation(association, assocUnits, G);
  const cells = new Float64Array(n * T * G);
  const social = new Float64Array(n).fill(NaN);
  input.units.forEach((u, i) => {
    if (!known[i]) return;
    const rentedDwellings = dwellings[i * T + TENURE_INDEX.rented];
    const split = splitByTenure(u.counts, perDwelling[i] * rentedDwellings, report.weights);
    for (let k = 0; k < G; k++) {
      cells[(i * T + TENURE_INDEX.owner) * G + k] = split.owner[k];
      cells[(i * T + TENURE_INDEX.rented) * G + k] = split.rented[k];
    }
    if (input.socialOfRented !== null) social[i] = input.socialOfRented * rentedDwellings;
  });
  const state = new ScenarioState(n, G, dwellings, cells, social, perDwelling, known);
  return { input, n, G, index: new Map(input.units.map((u, i) => [u.code, i])), counts, state, association: report };
}

/** Residents by group of each unit after a run: the given counts plus what the run changed (exact when nothing did). */
export function countsAfter(b: Baseline, after: ScenarioState): Float64Array[] {
  const before = b.state.cells;
  return b.counts.map((col, k) =>
    col.map((c, i) => {
      let delta = 0;
      for (let t = 0; t < T; t++) {
        const j = (i * T + t) * b.G + k;
        delta += after.cells[j] - before[j];
      }
      return delta === 0 ? c : Math.max(0, c + delta);
    }),
  );
}

/**
 * Before and after per unit and per zone of one run: dwellings by tenure, residents by group and the groups'
 * shares (percent) with their change (percentage points). Zone values are aggregates of counts (Σ residents of a
 * group / Σ residents), never averages of unit shares, as in the waterbed comparison.
 */
import type { Baseline } from './baseline';
import { ZONE_ROWS, type ScenarioZone, type TenureCounts, type UnitOutcome, type ZoneOutcome, type ZoneRow } from './result-types';
import { TENURES } from './spec';
import { T, type ScenarioState } from './state';
import type { Bilingual } from '../waterbed/types';

const ZONE_LABEL: Readonly<Record<ZoneRow, Bilingual>> = {
  target: { nl: 'doelgebied', en: 'target' },
  ring1: { nl: 'aangrenzend (ring 1)', en: 'adjacent (ring 1)' },
  rest: { nl: 'rest van de gemeente', en: 'rest of the gemeente' },
  gemeente: { nl: 'hele gemeente', en: 'whole gemeente' },
};

function tenureCounts(state: ScenarioState, i: number): TenureCounts {
  const out = {} as TenureCounts;
  TENURES.forEach((t, k) => (out[t] = state.dwellings[i * T + k]));
  return out;
}

function shares(v: readonly number[]): number[] | null {
  const total = v.reduce((s, x) => s + x, 0);
  return total > 0 ? v.map((x) => (100 * x) / total) : null;
}

const change = (a: number[] | null, b: number[] | null) => (a && b ? a.map((x, k) => x - b[k]) : null);
const column = (cols: readonly Float64Array[], i: number) => cols.map((c) => c[i]);

export function unitOutcomes(
  b: Baseline,
  zones: readonly ScenarioZone[],
  before: readonly Float64Array[],
  after: readonly Float64Array[],
  state: ScenarioState,
): UnitOutcome[] {
  return b.input.units.map((u, i) => {
    const known = b.state.tenureKnown[i] === 1;
    const rb = column(before, i),
      ra = column(after, i);
    const sb = shares(rb),
      sa = shares(ra);
    return {
      code: u.code,
      name: u.name,
      zone: zones[i],
      tenureKnown: known,
      dwellingsBefore: known ? tenureCounts(b.state, i) : null,
      dwellingsAfter: known ? tenureCounts(state, i) : null,
      residentsBefore: rb,
      residentsAfter: ra,
      sharePctBefore: sb,
      sharePctAfter: sa,
      changePp: change(sa, sb),
    };
  });
}

export function zoneOutcomes(units: readonly UnitOutcome[], G: number): ZoneOutcome[] {
  return ZONE_ROWS.map((zone) => {
    const members = units.filter((u) => zone === 'gemeente' || u.zone === zone);
    const rb = Array<number>(G).fill(0),
      ra = Array<number>(G).fill(0);
    let db = 0,
      da = 0;
    for (const u of members) {
      u.residentsBefore.forEach((x, k) => (rb[k] += x));
      u.residentsAfter.forEach((x, k) => (ra[k] += x));
      for (const t of TENURES) {
        db += u.dwellingsBefore?.[t] ?? 0;
        da += u.dwellingsAfter?.[t] ?? 0;
      }
    }
    const sb = shares(rb),
      sa = shares(ra);
    return {
      zone,
      label: ZONE_LABEL[zone],
      units: members.length,
      dwellingsBefore: db,
      dwellingsAfter: da,
      residentsBefore: rb,
      residentsAfter: ra,
      sharePctBefore: sb,
      sharePctAfter: sa,
      changePp: change(sa, sb),
    };
  });
}

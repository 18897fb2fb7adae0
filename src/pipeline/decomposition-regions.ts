/**
 * The areas of a decomposition over all units of the Netherlands: NL (code NL00) and each province, each with the
 * units (rows of the group counts) it holds and how many of its units were excluded before counting. Areas in
 * code order (NL00 first, then PV20 … PV31).
 */
import type { GroupCounts } from '../engine/groups';
import type { UnitIdentity } from '../data/queries';
import { NL_REGION } from './indices';

export interface AreaUnits {
  code: string;
  name: string;
  /** Indices into gc.units / gc.counts. */
  idx: number[];
  /** Units of the area excluded before counting (missing, invalid, or a derived count below zero). */
  excluded: number;
  /** Of those, units whose derived count fell below zero. */
  negative: number;
}

export function nlAndProvinces(gc: GroupCounts, byCode: ReadonlyMap<string, UnitIdentity>): AreaUnits[] {
  const areas = new Map<string, AreaUnits>();
  const add = (code: string, name: string) => {
    let a = areas.get(code);
    if (!a) areas.set(code, (a = { code, name, idx: [], excluded: 0, negative: 0 }));
    return a;
  };
  const areasOf = (row: UnitIdentity | undefined) => {
    const out = [add(NL_REGION.regionCode, NL_REGION.regionName)];
    if (row?.province_code) out.push(add(row.province_code, row.province_name ?? row.province_code));
    return out;
  };
  gc.units.forEach((code, i) => {
    for (const a of areasOf(byCode.get(code)!)) a.idx.push(i);
  });
  for (const e of gc.excluded) {
    for (const a of areasOf(byCode.get(e.code))) {
      a.excluded++;
      if (e.cause === 'negative_remainder') a.negative++;
    }
  }
  return [...areas.values()].sort((a, b) => a.code.localeCompare(b.code));
}

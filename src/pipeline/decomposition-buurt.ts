/**
 * Segregation by scale, three levels: M (nats) over all buurten of the Netherlands (NL00) and of each province,
 * split exactly into between gemeenten + between wijken within gemeenten + within wijken (between the buurten of
 * a wijk), by the nested decomposition of engine/indices/decomposition-nested.ts. Buurt group definitions
 * (counts); a buurt excluded before counting (missing value, or a derived count below zero) counts in its areas.
 */
import { groupDefinitionFor, type Label } from '../engine/groups';
import { decomposeNested } from '../engine/indices/decomposition-nested';
import { nlAndProvinces } from './decomposition-regions';
import type { SourceRow } from './indices';
import { countsOfRows } from './indices-rows';

export interface BuurtSplitRow {
  regionCode: string;
  regionName: string;
  gemeenten: number;
  wijken: number;
  buurtenUsed: number;
  /** Excluded before counting (missing, invalid, negative derived count) or by the engine (no population). */
  buurtenExcluded: number;
  /** Of the excluded buurten, those whose derived count fell below zero after rounding. */
  negativeRemainders: number;
  /** M over the buurten (nats) = betweenGemeenten + betweenWijken + withinWijken. */
  total: number | null;
  betweenGemeenten: number | null;
  betweenWijken: number | null;
  withinWijken: number | null;
  /** Each part / total (null when the total is 0 or not computable). */
  shareBetweenGemeenten: number | null;
  shareBetweenWijken: number | null;
  shareWithinWijken: number | null;
  /** Theil's H over the buurten (total / entropy of the group distribution). */
  hTotal: number | null;
  /** Why the numbers are blank, else null. */
  reason: string | null;
}

export interface BuurtSplitResult {
  group: string;
  rows: BuurtSplitRow[];
  /** What the split means, in one sentence. */
  explanation: Label;
  /** The group definition's approximation / rounding note. */
  note: Label;
}

export const SPLIT_EXPLANATION: Label = {
  nl: 'De segregatie M (in nats) over alle buurten valt precies uiteen in drie delen: hoe verschillend gemeenten onderling zijn, hoe verschillend de wijken binnen een gemeente zijn, en hoe verschillend de buurten binnen een wijk zijn; het aandeel van elk deel zegt op welke schaal de segregatie zit.',
  en: 'Segregation M (in nats) over all buurten splits exactly into three parts: how different gemeenten are from each other, how different the wijken within a gemeente are, and how different the buurten within a wijk are; the share of each part says at which scale the segregation lies.',
};

const share = (part: number, total: number) => (total > 0 ? part / total : null);

/** c[idx[0]], c[idx[1]], … (a plain loop: Float64Array.from with a map function is slow in V8). */
function pick(c: Float64Array, idx: readonly number[]): Float64Array {
  const out = new Float64Array(idx.length);
  for (let j = 0; j < idx.length; j++) out[j] = c[idx[j]!]!;
  return out;
}

/** Buurt rows of one year → the three-level split of M for NL and each province (areas in code order). */
export function splitBuurtenByProvince(rows: readonly SourceRow[], group: string): BuurtSplitResult {
  const def = groupDefinitionFor(group, 'buurt');
  if (!def) throw new Error(`Unknown group definition "${group}" at buurt level`);
  const gc = countsOfRows(def, rows);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const keysOf = (field: 'gemeente_code' | 'wijk_code') =>
    gc.units.map((code) => {
      const v = byCode.get(code)![field];
      return typeof v === 'string' && v !== '' ? v : '?';
    });
  const [gmOf, wkOf] = [keysOf('gemeente_code'), keysOf('wijk_code')];
  const out = nlAndProvinces(gc, byCode).map((area): BuurtSplitRow => {
    const columns = gc.counts.map((c) => pick(c, area.idx));
    const gm = area.idx.map((i) => gmOf[i]!);
    const wk = area.idx.map((i) => wkOf[i]!);
    const d = decomposeNested(
      columns,
      [
        { name: 'between_gemeenten', keys: gm },
        { name: 'between_wijken', keys: wk },
      ],
      { lastName: 'within_wijken' },
    );
    const [bg, bw, ww] = d.ok ? d.parts.map((p) => p.M) : [null, null, null];
    return {
      regionCode: area.code,
      regionName: area.name,
      gemeenten: d.ok ? d.parts[1]!.regions.length : new Set(gm).size,
      wijken: d.ok ? d.parts[2]!.regions.length : new Set(wk.map((w, j) => `${gm[j]}/${w}`)).size,
      buurtenUsed: d.unitsUsed,
      buurtenExcluded: area.excluded + d.excluded.zeroPopulation + d.excluded.invalid,
      negativeRemainders: area.negative,
      total: d.ok ? d.total : null,
      betweenGemeenten: bg ?? null,
      betweenWijken: bw ?? null,
      withinWijken: ww ?? null,
      shareBetweenGemeenten: d.ok ? share(bg!, d.total) : null,
      shareBetweenWijken: d.ok ? share(bw!, d.total) : null,
      shareWithinWijken: d.ok ? share(ww!, d.total) : null,
      hTotal: d.ok ? d.H : null,
      reason: d.ok ? null : d.reason,
    };
  });
  return { group: def.id, rows: out, explanation: SPLIT_EXPLANATION, note: gc.note };
}

/** Flat table of a waterbed result for CSV (the CLI's and the app's export). */
import { consistencySentence } from '../engine/waterbed';
import type { WaterbedResult } from './waterbed-request';

const fixed = (v: number | null | undefined, d = 6) =>
  v === null || v === undefined || !Number.isFinite(v) ? '' : String(Math.round(v * 10 ** d) / 10 ** d);

const bool = (v: boolean | null | undefined) => (v === null || v === undefined ? '' : String(v));

/**
 * Flat table for CSV: one row per ring, then one per unit (numbers rounded to 6 decimals, empty when unknown).
 * Uncertainty columns: t0_low/t0_high (ring t0 over the compared weightings), did_vs_rest_low/_high, rounding
 * (± half-width of the rounding band of did_vs_rest), distinguishable (rings: the DiD keeps its sign over range
 * and rounding; units: the flag holds over both), consistency ('ok' / 'implausible', redrawn units only) and
 * consistency_note (the sentence, in `lang`). withBlankReasons adds a last column `reason` (the CLI does).
 */
export function waterbedTable(r: WaterbedResult, lang: 'nl' | 'en' = 'en'): Record<string, string>[] {
  const rings = r.rings.map((x) => ({
    type: 'ring',
    ring: x.ring,
    code: '',
    name: x.label.en,
    gemeente_code: '',
    units: String(x.units),
    missing: String(x.missing),
    t0: fixed(x.t0),
    t1: fixed(x.t1),
    change: fixed(x.change),
    change_pct: fixed(x.changePct),
    did_vs_rest: fixed(x.didVsRest),
    did_vs_region: fixed(x.didVsRegion),
    did_absolute_vs_rest: fixed(x.didAbsoluteVsRest),
    flag: '',
    reallocated_share: fixed(x.reallocatedShare),
    identical: '',
    included: '',
    source_codes: '',
    t0_low: fixed(x.uncertainty.t0?.low),
    t0_high: fixed(x.uncertainty.t0?.high),
    did_vs_rest_low: fixed(x.uncertainty.didVsRest?.low),
    did_vs_rest_high: fixed(x.uncertainty.didVsRest?.high),
    rounding: fixed(x.uncertainty.rounding),
    distinguishable: bool(x.uncertainty.distinguishable),
    consistency: '',
    consistency_note: '',
  }));
  const units = r.units.map((u) => ({
    type: 'unit',
    ring: u.ring,
    code: u.code,
    name: u.name,
    gemeente_code: u.gemeenteCode ?? '',
    units: '1',
    missing: u.included ? '0' : '1',
    t0: fixed(u.t0),
    t1: fixed(u.t1),
    change: fixed(u.change),
    change_pct: fixed(u.changePct),
    did_vs_rest: fixed(u.didVsRest),
    did_vs_region: '',
    did_absolute_vs_rest: '',
    flag: u.flag ?? '',
    reallocated_share: fixed(u.reallocatedShare),
    identical: String(u.identical),
    included: String(u.included),
    source_codes: u.sourceCodes.join(';'),
    t0_low: '',
    t0_high: '',
    did_vs_rest_low: fixed(u.uncertainty?.didVsRest?.low),
    did_vs_rest_high: fixed(u.uncertainty?.didVsRest?.high),
    rounding: fixed(u.uncertainty?.rounding),
    distinguishable: bool(u.uncertainty?.flagDistinguishable),
    consistency: u.consistency?.status ?? '',
    consistency_note:
      u.consistency?.status === 'implausible'
        ? consistencySentence(u.consistency, r.request.from, r.request.to, r.request.level)[lang]
        : '',
  }));
  return [...rings, ...units];
}

const NUMBER_COLUMNS = [
  'units',
  'missing',
  't0',
  't1',
  'change',
  'change_pct',
  'did_vs_rest',
  'did_vs_region',
  'did_absolute_vs_rest',
  'reallocated_share',
  't0_low',
  't0_high',
  'did_vs_rest_low',
  'did_vs_rest_high',
  'rounding',
] as const;

/** Why a number cell of a table row is empty (see waterbedTable). */
function blankReason(row: Record<string, string>, col: string, r: WaterbedResult): string {
  const { from, to } = r.request;
  const ref = row.ring === 'rest' || (row.ring === 'region' && col.includes('region'));
  if (row.type === 'unit' && ['did_vs_region', 'did_absolute_vs_rest', 't0_low', 't0_high'].includes(col)) return 'rings only';
  if (col === 't0') return `no value in ${from}`;
  if (col === 't1') return `no value in ${to}`;
  if (col === 'change') return 't0 or t1 missing';
  if (col === 'change_pct') return row.t0 === '0' ? 't0 is 0' : 't0 or t1 missing';
  if (col === 'reallocated_share') return `no ${from} amount`;
  if (col.startsWith('did_vs_rest') || col.startsWith('did_vs_region') || col === 'did_absolute_vs_rest' || col === 'rounding')
    return ref ? `the ${row.ring} is the reference` : 'change of this row or of the reference missing';
  if (col.startsWith('t0_')) return `no ${from} value to range over`;
  return 'not finite';
}

/**
 * The table with a last column `reason`: why each empty number cell of a row is empty, grouped by reason
 * ("t0, change: no value in 2012 | did_vs_region, t0_low, t0_high: rings only"); empty when every number is there.
 */
export function withBlankReasons(rows: readonly Record<string, string>[], r: WaterbedResult): Record<string, string>[] {
  return rows.map((row) => {
    const groups = new Map<string, string[]>();
    for (const col of NUMBER_COLUMNS) {
      if (row[col] !== '') continue;
      const why = blankReason(row, col, r);
      groups.set(why, [...(groups.get(why) ?? []), col]);
    }
    return { ...row, reason: [...groups].map(([why, cols]) => `${cols.join(', ')}: ${why}`).join(' | ') };
  });
}

/** Flat table of a waterbed result for CSV (the CLI's and the app's export). */
import { consistencySentence } from '../engine/waterbed';
import type { WaterbedResult } from './waterbed-request';

const fixed = (v: number | null | undefined, d = 6) => (v === null || v === undefined || !Number.isFinite(v) ? '' : String(Math.round(v * 10 ** d) / 10 ** d));

const bool = (v: boolean | null | undefined) => (v === null || v === undefined ? '' : String(v));

/**
 * Flat table for CSV: one row per ring, then one per unit (numbers rounded to 6 decimals, empty when unknown).
 * Uncertainty columns: t0_low/t0_high (ring t0 over the compared weightings), did_vs_rest_low/_high, rounding
 * (± half-width of the rounding band of did_vs_rest), distinguishable (rings: the DiD keeps its sign over range
 * and rounding; units: the flag holds over both), consistency ('ok' / 'implausible', redrawn units only) and
 * consistency_note (the sentence, in `lang`).
 */
export function waterbedTable(r: WaterbedResult, lang: 'nl' | 'en' = 'en'): Record<string, string>[] {
  const rings = r.rings.map((x) => ({
    type: 'ring', ring: x.ring, code: '', name: x.label.en, gemeente_code: '', units: String(x.units), missing: String(x.missing),
    t0: fixed(x.t0), t1: fixed(x.t1), change: fixed(x.change), change_pct: fixed(x.changePct), did_vs_rest: fixed(x.didVsRest),
    did_vs_region: fixed(x.didVsRegion), did_absolute_vs_rest: fixed(x.didAbsoluteVsRest), flag: '',
    reallocated_share: fixed(x.reallocatedShare), identical: '', included: '', source_codes: '',
    t0_low: fixed(x.uncertainty.t0?.low), t0_high: fixed(x.uncertainty.t0?.high),
    did_vs_rest_low: fixed(x.uncertainty.didVsRest?.low), did_vs_rest_high: fixed(x.uncertainty.didVsRest?.high),
    rounding: fixed(x.uncertainty.rounding), distinguishable: bool(x.uncertainty.distinguishable), consistency: '', consistency_note: '',
  }));
  const units = r.units.map((u) => ({
    type: 'unit', ring: u.ring, code: u.code, name: u.name, gemeente_code: u.gemeenteCode ?? '', units: '1', missing: u.included ? '0' : '1',
    t0: fixed(u.t0), t1: fixed(u.t1), change: fixed(u.change), change_pct: fixed(u.changePct), did_vs_rest: fixed(u.didVsRest),
    did_vs_region: '', did_absolute_vs_rest: '', flag: u.flag ?? '', reallocated_share: fixed(u.reallocatedShare),
    identical: String(u.identical), included: String(u.included), source_codes: u.sourceCodes.join(';'),
    t0_low: '', t0_high: '',
    did_vs_rest_low: fixed(u.uncertainty?.didVsRest?.low), did_vs_rest_high: fixed(u.uncertainty?.didVsRest?.high),
    rounding: fixed(u.uncertainty?.rounding), distinguishable: bool(u.uncertainty?.flagDistinguishable),
    consistency: u.consistency?.status ?? '',
    consistency_note: u.consistency?.status === 'implausible' ? consistencySentence(u.consistency, r.request.from, r.request.to, r.request.level)[lang] : '',
  }));
  return [...rings, ...units];
}

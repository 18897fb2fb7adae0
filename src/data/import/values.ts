/**
 * One CBS cell → number | null, for every import format. StatLine CSV writes a decimal POINT and never a thousands
 * separator ("  457400", "    20.8", "   1.010" = 1.01); files saved from Dutch Excel write a decimal COMMA ("20,8")
 * and sometimes thousands points with a comma ("1.234,5"). Secret/unknown: ".", null, or (PDOK, Wijk- en
 * Buurtkaart) sentinels ≤ −99,990. Negative numbers are returned as they are (the validator decides).
 */
import { parseCbsValue } from './cbs-values';

export type CellOutcome =
  { kind: 'value'; value: number } | { kind: 'missing' } | { kind: 'secret' } | { kind: 'sentinel' } | { kind: 'invalid'; raw: string };

/** Anything at or below this is a CBS/PDOK missing-value code, never a value. */
export const SENTINEL_LIMIT = -99990;

const DUTCH_THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+,\d+$|^[+-]?\d{1,3}(\.\d{3}){2,}$/;

export function readCell(raw: unknown): CellOutcome {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'invalid', raw: String(raw) };
    return raw <= SENTINEL_LIMIT ? { kind: 'sentinel' } : { kind: 'value', value: raw };
  }
  if (typeof raw !== 'string') return { kind: 'invalid', raw: JSON.stringify(raw) ?? String(raw) };
  let s = raw.trim().replace(/^−/, '-');
  if (DUTCH_THOUSANDS.test(s)) s = s.replace(/\./g, '');
  const parsed = parseCbsValue(s, true);
  if (parsed.value !== null) {
    return parsed.value <= SENTINEL_LIMIT ? { kind: 'sentinel' } : { kind: 'value', value: parsed.value };
  }
  if (parsed.reason === 'absent') return { kind: 'missing' };
  if (parsed.reason === 'suppressed') return { kind: 'secret' };
  if (parsed.reason === 'sentinel') return { kind: 'sentinel' };
  return { kind: 'invalid', raw };
}

/**
 * Region codes as CBS writes them in every format: `GM0363`, `WK036300`, `BU03630000`, Amsterdam's letter codes
 * (`WK0363KA`, `BU0363KA05`), padded with spaces in StatLine CSV and OData v3 (`"GM0363    "`), `NL00`/`NL01` for the
 * country. The level comes from the prefix; the parents from the code itself (buurt-codes.ts).
 */
import { buurtParents, gemeenteOfArea } from '../buurt-codes';
import type { ImportLevel } from './types';

export interface RegionCode {
  code: string;
  level: ImportLevel;
  wijkCode: string | null;
  gemeenteCode: string | null;
}

const GM = /^GM\d{4}$/;
const WK = /^WK\d{4}[0-9A-Z]{2}$/;
const BU = /^BU\d{4}[0-9A-Z]{4}$/;
const COUNTRY = /^NL\d{2}$/;

/** A canonical region code, 'country' for NL00, or null when the text is no CBS gemeente/wijk/buurt code. */
export function parseRegionCode(raw: unknown): RegionCode | 'country' | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim().toUpperCase();
  if (COUNTRY.test(s)) return 'country';
  if (GM.test(s)) return { code: s, level: 'gemeente', wijkCode: null, gemeenteCode: null };
  if (WK.test(s)) return { code: s, level: 'wijk', wijkCode: null, gemeenteCode: gemeenteOfArea(s) };
  if (BU.test(s)) {
    const p = buurtParents(s)!;
    return { code: s, level: 'buurt', wijkCode: p.wijk_code, gemeenteCode: p.gemeente_code };
  }
  return null;
}

/** Whether a column of values looks like a code column (most non-empty cells are CBS codes). */
export function looksLikeCodes(values: readonly unknown[]): boolean {
  let n = 0;
  let hits = 0;
  for (const v of values) {
    if (typeof v !== 'string' || v.trim() === '') continue;
    n++;
    if (parseRegionCode(v) !== null) hits++;
  }
  return n > 0 && hits >= 0.5 * n;
}

/**
 * Waterbed view model: the form (type, defaults, target toggling, validation, request), number formats per indicator
 * kind, ring colours, the CSV export and unit sorting. Pure (no DOM); the components only draw what this computes.
 *
 * Formats: ring/unit values carry the indicator's unit ("43,8%", "20,5 × €1.000", "651.446"). Changes follow the
 * engine's change metric: shares in percentage points (t1 − t0), counts and means in percent growth
 * (100 · (t1 − t0) / t0). DiD vs rest is always in percentage points (of level or of growth).
 */
import { csvFormat } from 'd3';
import { formatNumber, formatValue, type Lang } from '../../app/i18n';
import { tw, twf, type WaterbedKey } from '../../app/i18n-waterbed';
import type { Unit } from '../../data/variables';
import type { Contiguity } from '../../engine/types';
import type { Aggregate, Bilingual, Change, ChangeMetric, CrosswalkWeighting, Range, Ring, WeightingChoice } from '../../engine/waterbed';
import {
  waterbedTable,
  type WaterbedLevel,
  type WaterbedRequest,
  type WaterbedResult,
  type WaterbedUnitRow,
} from '../../pipeline/waterbed';

// ---------------------------------------------------------------------------------------------------------------
// Form

export interface WaterbedTarget {
  code: string;
  name: string;
}

export interface WaterbedForm {
  targets: WaterbedTarget[];
  /** Variable id (data/variables.json). */
  indicator: string;
  from: number;
  to: number;
  contiguity: Contiguity;
  ring2: boolean;
  /** Flag threshold in percentage points (of level or growth); NaN while the input does not hold a number. */
  threshold: number;
  /** How the start year is put on the end year's boundaries (default 'auto'). */
  weighting: WeightingChoice;
}

export const DEFAULT_FLAG_THRESHOLD = 2;

/** First and last year, queen contiguity, one ring, threshold 2, no targets. */
export function defaultForm(years: readonly number[], indicator = ''): WaterbedForm {
  const sorted = [...years].sort((a, b) => a - b);
  const from = sorted[0] ?? 0;
  const to = sorted[sorted.length - 1] ?? 0;
  return { targets: [], indicator, from, to, contiguity: 'queen', ring2: false, threshold: DEFAULT_FLAG_THRESHOLD, weighting: 'auto' };
}

export function addTarget(form: WaterbedForm, target: WaterbedTarget): WaterbedForm {
  return form.targets.some((t) => t.code === target.code) ? form : { ...form, targets: [...form.targets, target] };
}

export function removeTarget(form: WaterbedForm, code: string): WaterbedForm {
  return form.targets.some((t) => t.code === code) ? { ...form, targets: form.targets.filter((t) => t.code !== code) } : form;
}

/** Map click: add the unit as a target, or remove it when it already is one. */
export function toggleTarget(form: WaterbedForm, target: WaterbedTarget): WaterbedForm {
  return form.targets.some((t) => t.code === target.code) ? removeTarget(form, target.code) : addTarget(form, target);
}

/** Threshold input text → number ("1,5" and "1.5" both 1.5); NaN when empty or not a number. */
export function parseThreshold(text: string): number {
  const s = text.trim().replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return Number.NaN;
  return Number(s);
}

export type FormField = 'targets' | 'indicator' | 'from' | 'to' | 'threshold';
export type FormValidation = { ok: true } | { ok: false; field: FormField; message: Bilingual };

const both = (key: WaterbedKey, params: Record<string, string | number> = {}): Bilingual => ({
  nl: twf('nl', key, params),
  en: twf('en', key, params),
});

/** The first problem of the form (in the order the fields appear), or ok. `years`: the years offered. */
export function validateForm(form: WaterbedForm, years: readonly number[]): FormValidation {
  const bad = (field: FormField, key: WaterbedKey, params?: Record<string, string | number>): FormValidation => ({
    ok: false,
    field,
    message: both(key, params),
  });
  if (form.targets.length === 0) return bad('targets', 'err_no_targets');
  if (!form.indicator) return bad('indicator', 'err_no_indicator');
  if (years.length < 2) return bad('from', 'err_too_few_years');
  if (!years.includes(form.from)) return bad('from', 'err_year_unknown', { year: form.from });
  if (!years.includes(form.to)) return bad('to', 'err_year_unknown', { year: form.to });
  if (form.to <= form.from) return bad('to', 'err_years_order', { from: form.from, to: form.to });
  if (!Number.isFinite(form.threshold) || form.threshold < 0) return bad('threshold', 'err_threshold');
  return { ok: true };
}

/** The pipeline request for a (valid) form. */
export function toRequest(form: WaterbedForm, level: WaterbedLevel): WaterbedRequest {
  return {
    level,
    targets: form.targets.map((t) => t.code),
    indicator: form.indicator,
    from: form.from,
    to: form.to,
    contiguity: form.contiguity,
    ring2: form.ring2,
    threshold: form.threshold,
    weighting: form.weighting,
  };
}

/** A message that may be bilingual, in the UI language. */
export function messageText(lang: Lang, m: Bilingual | string | null | undefined): string {
  if (m === null || m === undefined) return '';
  return typeof m === 'string' ? m : m[lang];
}

// ---------------------------------------------------------------------------------------------------------------
// Ring colours (Okabe–Ito, colour-blind safe) and labels

/** Line/outline colour per ring; the map reuses these for the ring outlines. */
export const RING_COLORS: Readonly<Record<Aggregate, string>> = {
  target: '#D55E00', // vermillion
  ring1: '#0072B2', // blue
  ring2: '#56B4E9', // sky blue
  rest: '#009E73', // bluish green
  region: '#000000', // black
};

/** Dash pattern per ring (a second cue besides colour); null = solid. */
export const RING_DASH: Readonly<Record<Aggregate, string | null>> = {
  target: null,
  ring1: null,
  ring2: '6 3',
  rest: '2 3',
  region: '8 3 2 3',
};

export const RING_ORDER: readonly Aggregate[] = ['target', 'ring1', 'ring2', 'rest', 'region'];

/** The ring's label as the result names it (e.g. "rest van de provincie"), else its id. */
export function ringLabel(result: WaterbedResult, ring: Aggregate, lang: Lang): string {
  return result.rings.find((r) => r.ring === ring)?.label[lang] ?? ring;
}

// ---------------------------------------------------------------------------------------------------------------
// Number formats

const UNITS: readonly Unit[] = ['count', 'percent', 'keur', 'per_km2', 'persons', 'score'];
const MINUS = '\u2212';

export function asUnit(unit: string): Unit {
  return (UNITS as readonly string[]).includes(unit) ? (unit as Unit) : 'score';
}

/** A ring or unit value with the indicator's unit; "geen gegevens" / "no data" when unknown. */
export function formatLevel(lang: Lang, value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return tw(lang, 'noData');
  return formatValue(lang, value, asUnit(unit));
}

/** "+1,2" / "−0,4" / "0" in the language's format (U+2212 minus; no sign when it rounds to zero). */
export function signedNumber(lang: Lang, value: number, digits = 1): string {
  const s = formatNumber(lang, Math.abs(value), digits);
  if (/^[0.,]+$/.test(s)) return s;
  return `${value < 0 ? MINUS : '+'}${s}`;
}

/** The change in the kind's metric: pp for shares (absolute), percent growth for counts and means (relative). */
export function metricValue(c: Change, metric: ChangeMetric): number | null {
  return metric === 'absolute' ? c.change : c.changePct;
}

/** "+1,2 %-punt" (shares) or "+41,5%" (counts, means); "geen gegevens" when unknown. */
export function formatChange(lang: Lang, c: Change, metric: ChangeMetric): string {
  const v = metricValue(c, metric);
  if (v === null || !Number.isFinite(v)) return tw(lang, 'noData');
  return metric === 'absolute' ? `${signedNumber(lang, v)} ${tw(lang, 'pp')}` : `${signedNumber(lang, v)}%`;
}

/** t1 − t0 in the indicator's unit, signed: "+8,5 × €1.000", "+1,2%" (of a share: read as points). */
export function formatAbsoluteChange(lang: Lang, change: number | null, unit: string): string {
  if (change === null || !Number.isFinite(change)) return tw(lang, 'noData');
  const u = asUnit(unit);
  const digits = u === 'count' ? 0 : u === 'persons' || u === 'score' ? 2 : 1; // as formatValue
  const body = formatValue(lang, Math.abs(change), u);
  return Math.abs(change) < 0.5 * 10 ** -digits ? body : `${change < 0 ? MINUS : '+'}${body}`;
}

/** A difference-in-differences in percentage points: "−2,0 %-punt" / "−2.0 pp". */
export function formatDid(lang: Lang, did: number | null | undefined): string {
  if (did === null || did === undefined || !Number.isFinite(did)) return tw(lang, 'noData');
  return `${signedNumber(lang, did)} ${tw(lang, 'pp')}`;
}

/** "−17,0 … −1,5 %-punt": a DiD range widened by its rounding band; '' when unknown or narrower than 0.05. */
export function formatDidRange(lang: Lang, range: Range | null | undefined, rounding = 0): string {
  if (!range || !Number.isFinite(rounding)) return '';
  const low = range.low - rounding,
    high = range.high + rounding;
  if (!Number.isFinite(low) || !Number.isFinite(high) || high - low < 0.05) return '';
  return `${signedNumber(lang, low)} … ${signedNumber(lang, high)}`;
}

/** A level range "5.205 … 5.212" in the indicator's unit; '' when unknown or a single value. */
export function formatLevelRange(lang: Lang, range: Range | null | undefined, unit: string): string {
  if (!range || Math.abs(range.high - range.low) < 1e-9 * Math.max(1, Math.abs(range.high))) return '';
  const a = formatLevel(lang, range.low, unit),
    b = formatLevel(lang, range.high, unit);
  return a === b ? '' : `${a} … ${b}`;
}

/** The conversion note under the ring table: which weighting, which methods span the ranges. */
export function conversionNote(lang: Lang, result: WaterbedResult): string {
  const w = result.weighting;
  const redrawn = result.units.some((u) => !u.identical);
  if (!redrawn) return twf(lang, 'noConversion', { from: result.request.from });
  const name = (m: CrosswalkWeighting) => tw(lang, `method_${m}` as WaterbedKey);
  const method =
    w.used === 'dasymetric' && w.ancillary
      ? twf(lang, 'conversionByWijken', { year: w.ancillary.year })
      : twf(lang, 'conversionBy', { method: name(w.used) });
  return twf(lang, 'conversionNote', { from: result.request.from, method, methods: w.compared.map(name).join(', ') });
}

/** A 0–1 fraction as a percentage: 0.149 → "14,9%"; "geen gegevens" when unknown. */
export function formatFraction(lang: Lang, v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return tw(lang, 'noData');
  return `${formatNumber(lang, 100 * v, 1)}%`;
}

/** Column header of the change column for the result's metric. */
export function changeHeader(lang: Lang, metric: ChangeMetric): string {
  return tw(lang, metric === 'absolute' ? 'colChangeShare' : 'colChangeRelative');
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

/** The flat result table (one row per ring, then per unit) as CSV text (comma-separated, RFC 4180 quoting). */
export function waterbedCsv(result: WaterbedResult, lang: Lang = 'en'): string {
  return csvFormat(waterbedTable(result, lang));
}

const MAX_TARGETS_IN_NAME = 5;
const safe = (s: string) => s.replace(/[^0-9A-Za-z_-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';

/** waterbed_<targets>_<indicator>_<from>-<to>.csv; targets joined by "-" (the first five, then "-and-N-more"). */
export function waterbedCsvFilename(result: WaterbedResult): string {
  const { targets, indicator, from, to } = result.request;
  const shown = targets.slice(0, MAX_TARGETS_IN_NAME).map(safe).join('-');
  const more = targets.length > MAX_TARGETS_IN_NAME ? `-and-${targets.length - MAX_TARGETS_IN_NAME}-more` : '';
  return `waterbed_${shown}${more}_${safe(indicator)}_${from}-${to}.csv`;
}

// ---------------------------------------------------------------------------------------------------------------
// Unit table sorting

export type UnitSortKey = 'code' | 'name' | 'ring' | 't0' | 't1' | 'change' | 'did' | 'flag' | 'reallocated';
export type SortDir = 'asc' | 'desc';
export interface UnitSort {
  key: UnitSortKey;
  dir: SortDir;
}

/** The pipeline's order: rings inward → outward, then code. */
export const DEFAULT_UNIT_SORT: UnitSort = { key: 'ring', dir: 'asc' };
const TEXT_KEYS: readonly UnitSortKey[] = ['code', 'name', 'ring'];
const UNIT_RING_ORDER: Record<Ring, number> = { target: 0, ring1: 1, ring2: 2, rest: 3 };

/** Clicking a column: the same column flips direction; a new one starts ascending (text) or descending (numbers). */
export function nextSort(current: UnitSort, key: UnitSortKey): UnitSort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: TEXT_KEYS.includes(key) ? 'asc' : 'desc' };
}

function sortValue(u: WaterbedUnitRow, key: UnitSortKey, metric: ChangeMetric): number | string | null {
  switch (key) {
    case 'code':
      return u.code;
    case 'name':
      return u.name;
    case 'ring':
      return UNIT_RING_ORDER[u.ring];
    case 't0':
      return u.t0;
    case 't1':
      return u.t1;
    case 'change':
      return metricValue(u, metric);
    case 'did':
      return u.didVsRest;
    case 'flag':
      return u.flag === 'above' ? 1 : u.flag === 'below' ? -1 : null;
    case 'reallocated':
      return u.reallocatedShare;
  }
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Sorted copy; unknown values (null) always last; ties by ring, then code. */
export function sortUnits(units: readonly WaterbedUnitRow[], sort: UnitSort, metric: ChangeMetric): WaterbedUnitRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const tie = (a: WaterbedUnitRow, b: WaterbedUnitRow) => UNIT_RING_ORDER[a.ring] - UNIT_RING_ORDER[b.ring] || a.code.localeCompare(b.code);
  return [...units].sort((a, b) => {
    const va = sortValue(a, sort.key, metric);
    const vb = sortValue(b, sort.key, metric);
    const na = va === null || (typeof va === 'number' && !Number.isFinite(va));
    const nb = vb === null || (typeof vb === 'number' && !Number.isFinite(vb));
    if (na || nb) return na && nb ? tie(a, b) : na ? 1 : -1;
    const d = typeof va === 'string' ? collator.compare(va, vb as string) : (va as number) - (vb as number);
    return d !== 0 ? sign * d : tie(a, b);
  });
}

/**
 * Plausible raw values, by the unit and kind of the harmonised variable a raw column feeds (src/data/variables.ts).
 * Rules:
 * - missing is fine: null, an absent key, or a CBS sentinel code (-99999999 …, see cbs-values.ts) becomes NULL;
 * - a JSON source stores numbers as JSON numbers: text in a value column ("1,5", "0x10") is refused;
 * - a source with `numbersAsText` stores them as text, which must be plain decimal digits: "11971", "17" or "2.5";
 *   no sign, leading zeros, exponent, comma, hex, spaces or thousands separators; anything else is refused;
 * - counts are whole numbers; anything written with a fraction or an exponent is refused (also 12.0 and 1e3,
 *   which the JSON scan in validate.ts catches because JSON.parse hides how a number was written);
 * - no value may be negative (other than a sentinel) and each unit has a ceiling: counts ≤ 20 million (more than
 *   the Netherlands), percentages ≤ 100, ×1000 € ≤ 10,000, persons per household ≤ 20, per km² ≤ 100,000;
 * - a few variables have a rule of their own (RULE_OVERRIDES): urbanity is a CBS class, a whole number 0–5.
 */
import { CBS_SENTINELS } from '../import/cbs-values';
import { variableById, type Unit } from '../variables';

export interface ValueRule {
  variable: string;
  unit: Unit;
  /** Counts: whole numbers only. */
  integer: boolean;
  /** Highest plausible value (inclusive); the lowest is 0. */
  max: number;
}

const MAX_BY_UNIT: Record<Unit, number> = {
  count: 20_000_000,
  percent: 100,
  keur: 10_000,
  persons: 20,
  per_km2: 100_000,
  score: Number.POSITIVE_INFINITY,
  pp: 100,
};

/** Variables whose unit alone says too little (CBS stedelijkheid is a class 1–5, stored as a score). */
const RULE_OVERRIDES: Readonly<Record<string, Pick<ValueRule, 'integer' | 'max'>>> = {
  urbanity: { integer: true, max: 5 },
};

/** Plain decimal text as written by numbersAsText sources: whole numbers, or with a decimal point. */
const TEXT_INTEGER = /^(0|[1-9]\d*)$/;
const TEXT_DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;

/** The rule for a harmonised variable id (unknown ids get the loosest rule: non-negative, finite). */
export function ruleFor(variable: string): ValueRule {
  const def = variableById(variable);
  const unit: Unit = def?.unit ?? 'score';
  const own = RULE_OVERRIDES[variable];
  return { variable, unit, integer: own?.integer ?? def?.kind === 'count', max: own?.max ?? MAX_BY_UNIT[unit] };
}

function describe(raw: unknown): string {
  return typeof raw === 'string' ? JSON.stringify(raw) : String(raw);
}

/** The number in a numbersAsText cell, or a problem sentence. */
function parseText(raw: string, rule: ValueRule): number | string {
  if (rule.integer ? TEXT_INTEGER.test(raw) : TEXT_DECIMAL.test(raw)) return Number(raw);
  const form = rule.integer ? 'digits only' : 'digits with an optional decimal point';
  return `${describe(raw)} is not a plain ${rule.integer ? 'whole number' : 'number'} (this file writes numbers as text: ${form})`;
}

/**
 * Check one raw cell against its rule; returns the problem in words, or null when the cell is fine (including
 * missing). `asText`: the source stores numbers as text.
 */
export function checkValue(raw: unknown, rule: ValueRule, asText: boolean): string | null {
  if (raw === null || raw === undefined) return null;
  let n: number;
  if (typeof raw === 'string') {
    if (!asText) return `${describe(raw)} is text where a number is expected (this file stores numbers as JSON numbers)`;
    const parsed = parseText(raw, rule);
    if (typeof parsed === 'string') return parsed;
    n = parsed;
  } else if (typeof raw === 'number') {
    n = raw;
  } else {
    return `${typeof raw === 'object' ? (Array.isArray(raw) ? 'a list' : 'an object') : describe(raw)} where a number is expected`;
  }
  if (!Number.isFinite(n)) return `${describe(raw)} is not a finite number`;
  if (CBS_SENTINELS.has(n)) return null;
  if (n < 0) return `${describe(raw)} is negative (only CBS missing-value codes such as -99999999 may be)`;
  if (rule.integer && !Number.isInteger(n))
    return `${describe(raw)} is not a whole number (${rule.variable} is ${rule.unit === 'count' ? 'a count' : 'a class'})`;
  if (n > rule.max) return `${describe(raw)} is above ${rule.max.toLocaleString('en-GB')}, implausible for ${rule.variable} (${rule.unit})`;
  return null;
}

/** The number a valid cell stands for (null when missing); only call after checkValue returned null. */
export function cellNumber(raw: unknown): number | null {
  const n = typeof raw === 'string' ? Number(raw) : typeof raw === 'number' ? raw : Number.NaN;
  return Number.isFinite(n) && !CBS_SENTINELS.has(n) ? n : null;
}

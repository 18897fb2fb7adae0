/**
 * Reading one JSON object of a scenario spec field by field, collecting every problem (in Dutch and English)
 * instead of stopping at the first. Numbers must be JSON numbers (not text), finite and in range; text choices
 * are matched exactly; unknown fields are reported with the known ones, so a typo does not pass silently.
 */
import { issue, type ScenarioIssue } from './issues';
import { closest } from '../../cli/suggest';

export interface NumberRule {
  required?: boolean;
  min?: number;
  max?: number;
  /** Must be larger than min (not equal). */
  minExclusive?: boolean;
  integer?: boolean;
}

const describe = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v);

/** " (did you mean …?)" in both languages, or empty text when nothing is close. (cli/suggest.ts is pure.) */
export function didYouMeanBoth(typed: string, candidates: readonly string[]): { en: string; nl: string } {
  const near = closest(typed, candidates);
  if (near.length === 0) return { en: '', nl: '' };
  const list = near.map((c) => `"${c}"`).join(', ');
  return { en: ` (did you mean ${list}?)`, nl: ` (bedoelde u ${list}?)` };
}

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

export class FieldReader {
  private constructor(
    readonly obj: Readonly<Record<string, unknown>>,
    readonly path: string,
    readonly issues: ScenarioIssue[],
  ) {}

  /** A reader over `value` when it is a plain object; otherwise an issue and null. */
  static of(value: unknown, path: string, issues: ScenarioIssue[], what: { en: string; nl: string }): FieldReader | null {
    if (value && typeof value === 'object' && !Array.isArray(value)) return new FieldReader(value as Record<string, unknown>, path, issues);
    issues.push(
      issue(
        'not_object',
        path,
        `${what.en} must be a JSON object (got ${describe(value)})`,
        `${what.nl} moet een JSON-object zijn (nu: ${describe(value)})`,
      ),
    );
    return null;
  }

  at(key: string | number): string {
    return join(this.path, key);
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined;
  }

  /** Report every field not in `known`. */
  known(known: readonly string[]): void {
    for (const k of Object.keys(this.obj)) {
      if (known.includes(k)) continue;
      const hint = didYouMeanBoth(k, known);
      this.issues.push(
        issue(
          'unknown_field',
          this.at(k),
          `unknown field "${k}"${hint.en}; known fields: ${known.join(', ')}`,
          `onbekend veld "${k}"${hint.nl}; bekende velden: ${known.join(', ')}`,
        ),
      );
    }
  }

  missing(key: string): undefined {
    this.issues.push(issue('missing', this.at(key), `"${key}" is required`, `"${key}" ontbreekt (verplicht)`));
    return undefined;
  }

  number(key: string, rule: NumberRule = {}): number | undefined {
    const v = this.obj[key];
    if (v === undefined) return rule.required ? this.missing(key) : undefined;
    return checkNumber(v, this.at(key), key, rule, this.issues);
  }

  string(key: string, required = false): string | undefined {
    const v = this.obj[key];
    if (v === undefined) return required ? this.missing(key) : undefined;
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    this.issues.push(
      issue(
        'type',
        this.at(key),
        `"${key}" must be non-empty text (got ${describe(v)})`,
        `"${key}" moet niet-lege tekst zijn (nu: ${describe(v)})`,
      ),
    );
    return undefined;
  }

  choice<T extends string>(key: string, choices: readonly T[], required = false): T | undefined {
    const v = this.obj[key];
    if (v === undefined) return required ? this.missing(key) : undefined;
    if (typeof v === 'string' && (choices as readonly string[]).includes(v)) return v as T;
    const hint = typeof v === 'string' ? didYouMeanBoth(v, choices) : { en: '', nl: '' };
    this.issues.push(
      issue(
        'type',
        this.at(key),
        `"${key}" must be one of ${choices.join(', ')} (got ${describe(v)})${hint.en}`,
        `"${key}" moet een van ${choices.join(', ')} zijn (nu: ${describe(v)})${hint.nl}`,
      ),
    );
    return undefined;
  }

  /** A non-empty list of unit codes: trimmed, upper-cased, each once. */
  codes(key: string): string[] | undefined {
    const v = this.obj[key];
    if (v === undefined) return this.missing(key);
    const path = this.at(key);
    if (!Array.isArray(v) || v.length === 0 || v.some((c) => typeof c !== 'string' || c.trim() === '')) {
      this.issues.push(
        issue(
          'type',
          path,
          `"${key}" must be a non-empty list of unit codes, like ["WK059910"]`,
          `"${key}" moet een niet-lege lijst met codes zijn, zoals ["WK059910"]`,
        ),
      );
      return undefined;
    }
    const codes = (v as string[]).map((c) => c.trim().toUpperCase());
    const twice = codes.filter((c, i) => codes.indexOf(c) !== i);
    if (twice.length > 0) {
      this.issues.push(issue('duplicate_unit', path, `unit ${twice[0]} is listed twice`, `eenheid ${twice[0]} staat er twee keer in`));
      return undefined;
    }
    return codes;
  }
}

export function checkNumber(v: unknown, path: string, name: string, rule: NumberRule, issues: ScenarioIssue[]): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    issues.push(
      issue('type', path, `"${name}" must be a number (got ${describe(v)})`, `"${name}" moet een getal zijn (nu: ${describe(v)})`),
    );
    return undefined;
  }
  if (rule.integer && !Number.isInteger(v)) {
    issues.push(issue('type', path, `"${name}" must be a whole number (got ${v})`, `"${name}" moet een geheel getal zijn (nu: ${v})`));
    return undefined;
  }
  const low = rule.min !== undefined && (rule.minExclusive ? v <= rule.min : v < rule.min);
  const high = rule.max !== undefined && v > rule.max;
  if (low || high) {
    const lo = rule.min === undefined ? '' : rule.minExclusive ? `above ${rule.min}` : `at least ${rule.min}`;
    const loNl = rule.min === undefined ? '' : rule.minExclusive ? `groter dan ${rule.min}` : `minstens ${rule.min}`;
    const en = [lo, rule.max === undefined ? '' : `at most ${rule.max}`].filter(Boolean).join(' and ');
    const nl = [loNl, rule.max === undefined ? '' : `hoogstens ${rule.max}`].filter(Boolean).join(' en ');
    issues.push(issue('range', path, `"${name}" must be ${en} (got ${v})`, `"${name}" moet ${nl} zijn (nu: ${v})`));
    return undefined;
  }
  return v;
}

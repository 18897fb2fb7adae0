/**
 * Reading the assumption-like values of a spec: compositions (a keyword or `{ "pct": [...] }`), the tenure
 * association and the relocation rule. Each returns undefined after recording an issue when the value is wrong.
 */
import { issue, type ScenarioIssue } from './issues';
import { checkNumber, FieldReader } from './parse-fields';
import type { PctComposition, RelocationRule, TenureAssociation } from './spec';

/** Tolerance for percentages that must add up to 100. */
export const PCT_SUM_TOLERANCE = 0.01;

const describe = (v: unknown) => (typeof v === 'string' ? `"${v}"` : Array.isArray(v) ? 'a list' : String(v));

/** `{ "pct": [..] }` with one percentage per group (G), adding up to 100; G null when the group is unknown. */
export function parsePct(value: unknown, path: string, G: number | null, issues: ScenarioIssue[], name = 'pct'): number[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    issues.push(
      issue(
        'type',
        path,
        `"${name}" must be a list of percentages, one per group`,
        `"${name}" moet een lijst met percentages zijn, één per groep`,
      ),
    );
    return undefined;
  }
  if (G !== null && value.length !== G) {
    issues.push(
      issue(
        'composition_length',
        path,
        `"${name}" has ${value.length} value(s) but the group definition has ${G} groups`,
        `"${name}" heeft ${value.length} waarde(n) maar de groepsindeling heeft ${G} groepen`,
      ),
    );
    return undefined;
  }
  const before = issues.length;
  const out = value.map((v, k) => checkNumber(v, `${path}[${k}]`, name, { min: 0, max: 100 }, issues));
  if (issues.length > before) return undefined;
  const sum = (out as number[]).reduce((s, v) => s + v, 0);
  if (Math.abs(sum - 100) > PCT_SUM_TOLERANCE) {
    issues.push(
      issue(
        'composition_sum',
        path,
        `the percentages must add up to 100 (they add up to ${sum})`,
        `de percentages moeten samen 100 zijn (nu ${sum})`,
      ),
    );
    return undefined;
  }
  return out as number[];
}

/** A keyword from `keywords`, or `{ "pct": [...] }`. */
export function parseComposition<K extends string>(
  value: unknown,
  path: string,
  keywords: readonly K[],
  G: number | null,
  issues: ScenarioIssue[],
): K | PctComposition | undefined {
  if (typeof value === 'string' && (keywords as readonly string[]).includes(value)) return value as K;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const r = FieldReader.of(value, path, issues, { en: 'a composition', nl: 'een samenstelling' })!;
    r.known(['pct']);
    if (!r.has('pct')) return r.missing('pct');
    const pct = parsePct(r.obj.pct, r.at('pct'), G, issues);
    return pct ? { pct } : undefined;
  }
  issues.push(
    issue(
      'type',
      path,
      `must be ${keywords.map((k) => `"${k}"`).join(', ')} or { "pct": [...] } (got ${describe(value)})`,
      `moet ${keywords.map((k) => `"${k}"`).join(', ')} of { "pct": [...] } zijn (nu: ${describe(value)})`,
    ),
  );
  return undefined;
}

export function parseAssociation(value: unknown, path: string, G: number | null, issues: ScenarioIssue[]): TenureAssociation | undefined {
  if (value === 'ecological' || value === 'independent') return value;
  const r = value && typeof value === 'object' && !Array.isArray(value) ? FieldReader.of(value, path, issues, { en: '', nl: '' }) : null;
  if (r && r.has('oddsRatio') && !r.has('rentedWeights')) {
    r.known(['oddsRatio']);
    if (G !== null && G !== 2)
      issues.push(
        issue(
          'conflict',
          r.at('oddsRatio'),
          `an odds ratio needs a two-group definition; give "rentedWeights" (one per group) for ${G} groups`,
          `een odds ratio vraagt een indeling in twee groepen; geef "rentedWeights" (één per groep) voor ${G} groepen`,
        ),
      );
    const v = r.number('oddsRatio', { min: 0, minExclusive: true, max: 1000 });
    return v === undefined || (G !== null && G !== 2) ? undefined : { oddsRatio: v };
  }
  if (r && r.has('rentedWeights') && !r.has('oddsRatio')) {
    r.known(['rentedWeights']);
    const w = r.obj.rentedWeights;
    if (!Array.isArray(w) || (G !== null && w.length !== G)) {
      issues.push(
        issue(
          'composition_length',
          r.at('rentedWeights'),
          `"rentedWeights" must be a list of ${G ?? 'G'} positive numbers, one per group`,
          `"rentedWeights" moet een lijst van ${G ?? 'G'} positieve getallen zijn, één per groep`,
        ),
      );
      return undefined;
    }
    const before = issues.length;
    const out = w.map((x, k) =>
      checkNumber(x, `${r.at('rentedWeights')}[${k}]`, 'rentedWeights', { min: 0, minExclusive: true, max: 1000 }, issues),
    );
    return issues.length > before ? undefined : { rentedWeights: out as number[] };
  }
  issues.push(
    issue(
      'type',
      path,
      `must be "ecological", "independent", { "oddsRatio": number } or { "rentedWeights": [...] } (got ${describe(value)})`,
      `moet "ecological", "independent", { "oddsRatio": getal } of { "rentedWeights": [...] } zijn (nu: ${describe(value)})`,
    ),
  );
  return undefined;
}

export function parseRelocation(value: unknown, path: string, issues: ScenarioIssue[]): RelocationRule | undefined {
  if (value === 'ring' || value === 'rest' || value === 'outside') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const r = FieldReader.of(value, path, issues, { en: '', nl: '' })!;
    r.known(['ringPct', 'restPct', 'outsidePct']);
    const ringPct = r.number('ringPct', { required: true, min: 0, max: 100 });
    const restPct = r.number('restPct', { required: true, min: 0, max: 100 });
    const outsidePct = r.number('outsidePct', { required: true, min: 0, max: 100 });
    if (ringPct === undefined || restPct === undefined || outsidePct === undefined) return undefined;
    const sum = ringPct + restPct + outsidePct;
    if (Math.abs(sum - 100) > PCT_SUM_TOLERANCE) {
      issues.push(
        issue(
          'relocation_sum',
          path,
          `ringPct + restPct + outsidePct must be 100 (got ${sum})`,
          `ringPct + restPct + outsidePct moet 100 zijn (nu ${sum})`,
        ),
      );
      return undefined;
    }
    return { ringPct, restPct, outsidePct };
  }
  issues.push(
    issue(
      'type',
      path,
      `must be "ring", "rest", "outside" or { "ringPct", "restPct", "outsidePct" } (got ${describe(value)})`,
      `moet "ring", "rest", "outside" of { "ringPct", "restPct", "outsidePct" } zijn (nu: ${describe(value)})`,
    ),
  );
  return undefined;
}

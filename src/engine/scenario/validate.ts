/**
 * The spec against the baseline data, before anything runs: the same gemeente, level, year and group, and every
 * lever unit a unit of the gemeente with known dwellings and tenure. Stocks and compositions are checked while
 * the levers run (they depend on earlier levers), and refuse there with the same kind of message.
 */
import type { BaselineInput } from './baseline';
import { issue, type ScenarioIssue } from './issues';
import type { ScenarioSpec } from './spec';

function unitIssue(code: string, path: string, input: BaselineInput): ScenarioIssue | null {
  const u = input.units.find((x) => x.code === code);
  const where = `${input.gemeente.name} (${input.gemeente.code}) in ${input.year}`;
  if (!u) {
    const ex = input.excluded.find((x) => x.code === code);
    if (ex)
      return issue('no_data', path, `${code} is left out of the data: ${ex.reason}`, `${code} ontbreekt in de gegevens: ${ex.reason}`);
    return issue(
      'unit_not_in_gemeente',
      path,
      `${code} is not a ${input.level} of ${where}`,
      `${code} is geen ${input.level} van ${where}`,
    );
  }
  const d = u.dwellings,
    o = u.ownerPct;
  const noStock = d === null || !(d > 0);
  const stock =
    input.dwellingsFrom === 'households' ? { en: 'households', nl: 'aantal huishoudens' } : { en: 'dwellings', nl: 'aantal woningen' };
  if (noStock || o === null || !Number.isFinite(o))
    return issue(
      'unit_no_tenure',
      path,
      `${u.name} (${code}) has no published ${noStock ? stock.en : 'owner-occupied share'} in ${input.year}: no lever can act on it`,
      `${u.name} (${code}) heeft geen gepubliceerd ${noStock ? stock.nl : 'aandeel koopwoningen'} in ${input.year}: er kan geen maatregel op werken`,
    );
  return null;
}

export function validateAgainstData(spec: ScenarioSpec, input: BaselineInput): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const mismatch = (field: string, want: string | number, got: string | number) =>
    issues.push(
      issue(
        'no_data',
        field,
        `the data are for ${field} ${got}, the spec asks ${want}`,
        `de gegevens gaan over ${field} ${got}, het scenario vraagt ${want}`,
      ),
    );
  if (spec.gemeente !== input.gemeente.code) mismatch('gemeente', spec.gemeente, input.gemeente.code);
  if (spec.level !== input.level) mismatch('level', spec.level, input.level);
  if (spec.year !== input.year) mismatch('year', spec.year, input.year);
  if (spec.group !== input.group.id) mismatch('group', spec.group, input.group.id);
  if (issues.length > 0) return issues;
  spec.levers.forEach((l, k) =>
    l.units.forEach((code, j) => {
      const p = unitIssue(code, `levers[${k}].units[${j}]`, input);
      if (p) issues.push(p);
    }),
  );
  return issues;
}

/**
 * Problems with a scenario, as typed values with a stable code, the place in the spec (a JSON path such as
 * `levers[0].dwellings`) and a message in Dutch and English. Errors refuse the scenario (the result carries no
 * numbers); warnings accompany a result. Nothing here throws at callers: `ScenarioRefusal` is thrown inside the
 * engine only, and run.ts turns it into `{ ok: false, errors }`.
 */
import type { Bilingual } from '../waterbed/types';

export type IssueCode =
  // the spec as JSON
  | 'not_object'
  | 'version'
  | 'missing'
  | 'type'
  | 'range'
  | 'unknown_field'
  | 'unknown_lever'
  | 'unknown_group'
  | 'group_kind'
  | 'composition_sum'
  | 'composition_length'
  | 'relocation_sum'
  | 'duplicate_unit'
  | 'conflict'
  // the spec against the data
  | 'level_unavailable'
  | 'no_data'
  | 'no_units'
  | 'unit_not_in_gemeente'
  | 'unit_no_tenure'
  | 'exceeds_stock'
  | 'exceeds_turnover'
  | 'no_social_data'
  | 'no_middenhuur_data'
  | 'composition_exceeds'
  | 'target_unreachable'
  | 'same_tenure'
  // warnings
  | 'association_fallback'
  | 'ring_empty'
  | 'rest_empty'
  | 'zone_full'
  | 'unit_composition_fallback'
  | 'target_already_met'
  | 'not_in_boundaries'
  | 'excluded_units';

export interface ScenarioIssue extends Bilingual {
  code: IssueCode;
  /** JSON path in the spec ('' for the whole spec). */
  path: string;
}

export function issue(code: IssueCode, path: string, en: string, nl: string): ScenarioIssue {
  return { code, path, en, nl };
}

/** A value or the reasons why there is none. */
export type Checked<T> = { ok: true; value: T; warnings: ScenarioIssue[] } | { ok: false; errors: ScenarioIssue[] };

/** Thrown inside the engine when the data cannot support what the spec asks; run.ts returns it as errors. */
export class ScenarioRefusal extends Error {
  constructor(readonly issues: ScenarioIssue[]) {
    super(issues.map((i) => i.en).join('; '));
    this.name = 'ScenarioRefusal';
  }
}

export function refuse(code: IssueCode, path: string, en: string, nl: string): never {
  throw new ScenarioRefusal([issue(code, path, en, nl)]);
}

/** One line per issue, `path: message`, in the language asked. */
export function issueLines(issues: readonly ScenarioIssue[], lang: 'nl' | 'en'): string[] {
  return issues.map((i) => (i.path ? `${i.path}: ${i[lang]}` : i[lang]));
}

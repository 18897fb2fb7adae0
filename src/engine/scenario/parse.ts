/**
 * A scenario spec from JSON (unknown) to a normalised ScenarioSpec, or every problem found, each with its JSON
 * path and a message in Dutch and English. Normalised means: codes upper-cased, defaults filled in (assumptions
 * and lever defaults), so that parsing a normalised spec gives it back unchanged (the app's URL and export use it).
 * These checks need no data; run.ts checks the spec against the data (units, stocks, what the data can support).
 */
import { groupDefinitionFor, groupDefinitionsAt, type GroupDefinition } from '../groups';
import { issue, type Checked, type ScenarioIssue } from './issues';
import { FieldReader } from './parse-fields';
import { parseAssociation, parseComposition, parseRelocation } from './parse-choices';
import { parseLever, type GroupContext } from './parse-levers';
import { DEFAULT_ASSUMPTIONS, SCENARIO_VERSION, type Lever, type ScenarioAssumptions, type ScenarioLevel, type ScenarioSpec } from './spec';

const TOP_FIELDS = ['version', 'title', 'gemeente', 'level', 'year', 'group', 'focal', 'levers', 'assumptions'];
const ASSUMPTION_FIELDS = ['residents', 'newcomers', 'tenureAssociation', 'relocation', 'turnoverPctPerYear'];

/** The group definition of a spec, if it can carry a scenario (persons, not dwellings). */
function groupOf(r: FieldReader, level: ScenarioLevel): GroupDefinition | undefined {
  const id = r.string('group', true);
  if (id === undefined) return undefined;
  const def = groupDefinitionFor(id, level);
  if (!def) {
    const known = groupDefinitionsAt(level)
      .filter((d) => d.counts === 'persons')
      .map((d) => d.id)
      .join(', ');
    r.issues.push(
      issue(
        'unknown_group',
        r.at('group'),
        `no group definition "${id}" at ${level} level; there: ${known}`,
        `geen groepsindeling "${id}" op ${level}niveau; wel: ${known}`,
      ),
    );
    return undefined;
  }
  if (def.counts !== 'persons') {
    r.issues.push(
      issue(
        'group_kind',
        r.at('group'),
        `group "${id}" counts dwellings, not residents; a scenario moves residents: choose a group of persons such as income_low`,
        `groep "${id}" telt woningen, geen bewoners; een scenario verplaatst bewoners: kies een groep van personen, zoals income_low`,
      ),
    );
    return undefined;
  }
  return def;
}

function parseAssumptions(value: unknown, path: string, G: number | null, issues: ScenarioIssue[]): ScenarioAssumptions | undefined {
  if (value === undefined) return { ...DEFAULT_ASSUMPTIONS };
  const r = FieldReader.of(value, path, issues, { en: 'assumptions', nl: 'aannames' });
  if (!r) return undefined;
  r.known(ASSUMPTION_FIELDS);
  const before = issues.length;
  const out: ScenarioAssumptions = { ...DEFAULT_ASSUMPTIONS };
  if (r.has('residents')) out.residents = parseComposition(r.obj.residents, r.at('residents'), ['unit'] as const, G, issues)!;
  if (r.has('newcomers')) out.newcomers = parseComposition(r.obj.newcomers, r.at('newcomers'), ['gemeente', 'unit'] as const, G, issues)!;
  if (r.has('tenureAssociation')) out.tenureAssociation = parseAssociation(r.obj.tenureAssociation, r.at('tenureAssociation'), G, issues)!;
  if (r.has('relocation')) out.relocation = parseRelocation(r.obj.relocation, r.at('relocation'), issues)!;
  if (r.has('turnoverPctPerYear')) out.turnoverPctPerYear = r.number('turnoverPctPerYear', { min: 0, minExclusive: true, max: 100 })!;
  return issues.length > before ? undefined : out;
}

function parseLevers(r: FieldReader, g: GroupContext): Lever[] | undefined {
  const v = r.obj.levers;
  if (v === undefined) return r.missing('levers');
  if (!Array.isArray(v)) {
    r.issues.push(
      issue(
        'type',
        r.at('levers'),
        '"levers" must be a list (use [] for an empty scenario)',
        '"levers" moet een lijst zijn (gebruik [] voor een leeg scenario)',
      ),
    );
    return undefined;
  }
  const before = r.issues.length;
  const levers = v.map((l, k) => parseLever(l, `${r.at('levers')}[${k}]`, g, r.issues));
  return r.issues.length > before ? undefined : (levers as Lever[]);
}

function parseVersion(r: FieldReader): boolean {
  const v = r.obj.version;
  if (v === SCENARIO_VERSION) return true;
  if (v === undefined) r.missing('version');
  else
    r.issues.push(
      issue(
        'version',
        r.at('version'),
        `this tool reads scenario specs of version ${SCENARIO_VERSION} (got ${JSON.stringify(v)})`,
        `dit programma leest scenario's van versie ${SCENARIO_VERSION} (nu: ${JSON.stringify(v)})`,
      ),
    );
  return false;
}

function parseGemeente(r: FieldReader): string | undefined {
  const g = r.string('gemeente', true)?.toUpperCase();
  if (g === undefined || /^GM\d{4}$/.test(g)) return g;
  r.issues.push(
    issue(
      'type',
      r.at('gemeente'),
      `"gemeente" must be a code like GM0599 (got "${g}")`,
      `"gemeente" moet een code zijn zoals GM0599 (nu: "${g}")`,
    ),
  );
  return undefined;
}

/** Parse and normalise a spec; every problem is reported, not only the first. */
export function parseScenarioSpec(json: unknown): Checked<ScenarioSpec> {
  const issues: ScenarioIssue[] = [];
  const r = FieldReader.of(json, '', issues, { en: 'the scenario', nl: 'het scenario' });
  if (!r) return { ok: false, errors: issues };
  r.known(TOP_FIELDS);
  const versionOk = parseVersion(r);
  const title = r.string('title');
  const gemeente = parseGemeente(r);
  const level = r.choice<ScenarioLevel>('level', ['wijk', 'buurt'], true);
  const year = r.number('year', { required: true, integer: true, min: 1900, max: 2100 });
  const def = groupOf(r, level ?? 'wijk');
  const groupIds = def ? def.groups.map((g) => g.id) : null;
  const focal = r.has('focal') ? (groupIds ? r.choice('focal', groupIds) : r.string('focal')) : undefined;
  const ctx: GroupContext = { G: groupIds ? groupIds.length : null, groupIds };
  const levers = parseLevers(r, ctx);
  const assumptions = parseAssumptions(r.obj.assumptions, 'assumptions', ctx.G, issues);
  if (issues.length > 0 || !versionOk || !gemeente || !level || year === undefined || !def || !levers || !assumptions)
    return { ok: false, errors: issues };
  const spec: ScenarioSpec = {
    version: SCENARIO_VERSION,
    ...(title ? { title } : {}),
    gemeente,
    level,
    year,
    group: def.id,
    ...(focal ? { focal } : {}),
    levers,
    assumptions,
  };
  return { ok: true, value: spec, warnings: [] };
}

/** Parse spec text (JSON); a syntax error is an issue like any other. */
export function parseScenarioJson(text: string): Checked<ScenarioSpec> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = (e as Error).message;
    return {
      ok: false,
      errors: [issue('type', '', `the scenario is not valid JSON: ${why}`, `het scenario is geen geldige JSON: ${why}`)],
    };
  }
  return parseScenarioSpec(json);
}

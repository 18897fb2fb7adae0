/**
 * Reading the levers of a spec. Defaults are filled in (they appear in the normalised spec and so in the app's
 * URL and export): convert from `rented`; demolish `rented`; target-mix from/to by the direction of the target;
 * allocation on `rented` for the focal group. Combinations that cannot move the measure the way asked are refused.
 */
import { issue, type ScenarioIssue } from './issues';
import { didYouMeanBoth, FieldReader } from './parse-fields';
import { parseComposition } from './parse-choices';
import {
  LEVER_KINDS,
  SOURCE_TENURES,
  stockTenure,
  TENURES,
  type AllocationLever,
  type ConvertLever,
  type DemolishBuildLever,
  type Lever,
  type NewcomerChoice,
  type SourceTenure,
  type TargetMixLever,
  type Tenure,
} from './spec';

/** What the levers need to know of the group definition (null when the group itself was not valid). */
export interface GroupContext {
  G: number | null;
  groupIds: readonly string[] | null;
}

const NEWCOMER_KEYWORDS = ['gemeente', 'unit'] as const;

function newcomers(r: FieldReader, g: GroupContext): NewcomerChoice | undefined {
  return r.has('newcomers') ? parseComposition(r.obj.newcomers, r.at('newcomers'), NEWCOMER_KEYWORDS, g.G, r.issues) : undefined;
}

function sameTenure(r: FieldReader, key: string, from: SourceTenure, to: Tenure): boolean {
  if (stockTenure(from) !== to) return false;
  r.issues.push(
    issue(
      'same_tenure',
      r.at(key),
      `converting ${from} to ${to} changes nothing: choose another tenure`,
      `omzetten van ${from} naar ${to} verandert niets: kies een andere woningvorm`,
    ),
  );
  return true;
}

function convert(r: FieldReader, units: string[], g: GroupContext): ConvertLever | undefined {
  r.known(['kind', 'units', 'dwellings', 'from', 'to', 'newcomers']);
  const dwellings = r.number('dwellings', { required: true, integer: true, min: 1 });
  const from = r.has('from') ? r.choice('from', SOURCE_TENURES) : 'rented';
  const to = r.choice('to', TENURES, true);
  const nc = newcomers(r, g);
  if (dwellings === undefined || !from || !to || (r.has('newcomers') && !nc) || sameTenure(r, 'to', from, to)) return undefined;
  return { kind: 'convert', units, dwellings, from, to, ...(nc ? { newcomers: nc } : {}) };
}

function demolishBuild(r: FieldReader, units: string[], g: GroupContext): DemolishBuildLever | undefined {
  r.known(['kind', 'units', 'demolish', 'demolishTenure', 'build', 'buildTenure', 'newcomers']);
  const demolish = r.number('demolish', { required: true, integer: true, min: 0 });
  const build = r.number('build', { required: true, integer: true, min: 0 });
  const demolishTenure = r.has('demolishTenure') ? r.choice('demolishTenure', SOURCE_TENURES) : 'rented';
  const buildTenure = r.choice('buildTenure', TENURES, true);
  const nc = newcomers(r, g);
  if (demolish === 0 && build === 0)
    r.issues.push(
      issue(
        'range',
        r.path,
        'demolish and build are both 0: the lever does nothing',
        'sloop en nieuwbouw zijn allebei 0: de maatregel doet niets',
      ),
    );
  if (demolish === undefined || build === undefined || !demolishTenure || !buildTenure || (r.has('newcomers') && !nc)) return undefined;
  if (demolish === 0 && build === 0) return undefined;
  return { kind: 'demolish-build', units, demolish, demolishTenure, build, buildTenure, ...(nc ? { newcomers: nc } : {}) };
}

/** Default conversion for a target: lowering the rented or group share or raising the owner share buys out rent. */
function defaultDirection(measure: TargetMixLever['measure'], atMost: boolean): { from: SourceTenure; to: Tenure } {
  const toOwner = measure === 'owner' ? !atMost : atMost;
  return toOwner ? { from: 'rented', to: 'owner' } : { from: 'owner', to: 'rented' };
}

function targetMix(r: FieldReader, units: string[], g: GroupContext): TargetMixLever | undefined {
  r.known(['kind', 'units', 'measure', 'atMostPct', 'atLeastPct', 'from', 'to', 'newcomers']);
  const measure = r.choice('measure', ['rented', 'owner', 'group'] as const, true);
  const atMostPct = r.number('atMostPct', { min: 0, max: 100 });
  const atLeastPct = r.number('atLeastPct', { min: 0, max: 100 });
  if (r.has('atMostPct') === r.has('atLeastPct'))
    r.issues.push(
      issue('conflict', r.path, 'give exactly one of "atMostPct" and "atLeastPct"', 'geef precies één van "atMostPct" en "atLeastPct"'),
    );
  const from = r.has('from') ? r.choice('from', SOURCE_TENURES) : undefined;
  const to = r.has('to') ? r.choice('to', TENURES) : undefined;
  const nc = newcomers(r, g);
  if (!measure || r.has('atMostPct') === r.has('atLeastPct') || (atMostPct ?? atLeastPct) === undefined) return undefined;
  if ((r.has('from') && !from) || (r.has('to') && !to) || (r.has('newcomers') && !nc)) return undefined;
  const atMost = atMostPct !== undefined;
  const dir = defaultDirection(measure, atMost);
  const f = from ?? dir.from;
  const t = to ?? dir.to;
  if (sameTenure(r, 'to', f, t) || !movesMeasure(r, measure, atMost, f, t)) return undefined;
  const bound = atMost ? { atMostPct } : { atLeastPct };
  return { kind: 'target-mix', units, measure, ...bound, from: f, to: t, ...(nc ? { newcomers: nc } : {}) };
}

/** A tenure target needs a conversion that moves the tenure share the asked way. */
function movesMeasure(r: FieldReader, measure: TargetMixLever['measure'], atMost: boolean, from: SourceTenure, to: Tenure): boolean {
  if (measure === 'group') return true;
  const rentedDelta = (to === 'owner' ? -1 : 0) + (stockTenure(from) === 'owner' ? 1 : 0); // change of rented + middenhuur
  const measureDelta = measure === 'rented' ? rentedDelta : -rentedDelta;
  if (measureDelta !== 0 && measureDelta < 0 === atMost) return true;
  r.issues.push(
    issue(
      'conflict',
      r.path,
      `converting ${from} to ${to} cannot bring the ${measure} share ${atMost ? 'down' : 'up'}`,
      `omzetten van ${from} naar ${to} kan het aandeel ${measure} niet ${atMost ? 'verlagen' : 'verhogen'}`,
    ),
  );
  return false;
}

function allocation(r: FieldReader, units: string[], g: GroupContext): AllocationLever | undefined {
  r.known(['kind', 'units', 'tenure', 'group', 'sharePct', 'perYear', 'years', 'turnoverPctPerYear']);
  const tenure = r.has('tenure') ? r.choice('tenure', ['rented', 'owner', 'all'] as const) : 'rented';
  const group = r.has('group') ? (g.groupIds ? r.choice('group', g.groupIds) : r.string('group')) : undefined;
  const sharePct = r.number('sharePct', { min: 0, minExclusive: true, max: 100 });
  const perYear = r.number('perYear', { min: 0, minExclusive: true });
  const years = r.number('years', { required: true, integer: true, min: 1, max: 100 });
  const turnover = r.number('turnoverPctPerYear', { min: 0, minExclusive: true, max: 100 });
  if (r.has('sharePct') === r.has('perYear'))
    r.issues.push(
      issue('conflict', r.path, 'give exactly one of "sharePct" and "perYear"', 'geef precies één van "sharePct" en "perYear"'),
    );
  if (!tenure || years === undefined || (r.has('group') && !group) || (r.has('turnoverPctPerYear') && turnover === undefined))
    return undefined;
  if (r.has('sharePct') === r.has('perYear') || (sharePct ?? perYear) === undefined) return undefined;
  return {
    kind: 'allocation',
    units,
    tenure,
    ...(group ? { group } : {}),
    ...(sharePct !== undefined ? { sharePct } : { perYear }),
    years,
    ...(turnover !== undefined ? { turnoverPctPerYear: turnover } : {}),
  };
}

const READERS = {
  convert,
  'demolish-build': demolishBuild,
  'target-mix': targetMix,
  allocation,
} satisfies Record<Lever['kind'], (r: FieldReader, units: string[], g: GroupContext) => Lever | undefined>;

/** One lever at `path`, or undefined after recording its issues. */
export function parseLever(value: unknown, path: string, g: GroupContext, issues: ScenarioIssue[]): Lever | undefined {
  const r = FieldReader.of(value, path, issues, { en: 'a lever', nl: 'een maatregel' });
  if (!r) return undefined;
  const kind = r.obj.kind;
  if (typeof kind !== 'string' || !(LEVER_KINDS as readonly string[]).includes(kind)) {
    const hint = typeof kind === 'string' ? didYouMeanBoth(kind, LEVER_KINDS) : { en: '', nl: '' };
    issues.push(
      issue(
        kind === undefined ? 'missing' : 'unknown_lever',
        r.at('kind'),
        `${kind === undefined ? 'missing lever kind' : `unknown lever "${String(kind)}"`}${hint.en}; levers: ${LEVER_KINDS.join(', ')}`,
        `${kind === undefined ? 'soort maatregel ontbreekt' : `onbekende maatregel "${String(kind)}"`}${hint.nl}; maatregelen: ${LEVER_KINDS.join(', ')}`,
      ),
    );
    return undefined;
  }
  const units = r.codes('units');
  const lever = READERS[kind as Lever['kind']](r, units ?? [], g);
  return units ? lever : undefined;
}

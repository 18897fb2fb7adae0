/**
 * Every assumption of a scenario as a visible statement (nl, en) with its value and whether it is the default,
 * so the app can show each one next to its control and the sentence can name them.
 */
import type { Bilingual } from '../waterbed/types';
import type { AssociationReport } from './association';
import type { AssumptionReport } from './result-types';
import { DEFAULT_ASSUMPTIONS, type PctComposition, type RelocationRule, type ScenarioSpec } from './spec';
import { both, fmt, list, pct, type Lang } from './words';

export interface AssumptionContext {
  groupLabels: readonly Bilingual[];
  focal: number;
  gemeenteName: string;
  level: string;
}

const lower = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** "60.0% low income and 40.0% rest". */
export function pctText(c: PctComposition, ctx: AssumptionContext, lang: Lang): string {
  return list(
    c.pct.map((p, k) => `${pct(p, lang)} ${lower(ctx.groupLabels[k][lang])}`),
    lang,
  );
}

/** Group and tenure inside a unit, in words. */
export function associationText(a: AssociationReport, ctx: AssumptionContext, lang: Lang): string {
  const nl = lang === 'nl';
  const g = lower(ctx.groupLabels[ctx.focal][lang]);
  const ratio =
    a.oddsRatio !== null ? (nl ? ` (odds ratio ${fmt(a.oddsRatio, lang, 2)})` : ` (odds ratio ${fmt(a.oddsRatio, lang, 2)})`) : '';
  switch (a.method) {
    case 'ecological': {
      const e = a.estimate!;
      return nl
        ? `verband tussen groep en woningvorm geschat over ${e.units} ${ctx.level}en van ${ctx.gemeenteName} (ecologische regressie, één verband voor alle ${ctx.level}en): ${g} is ${pct(e.rentedPct[ctx.focal], lang)} van de huurders en ${pct(e.ownerPct[ctx.focal], lang)} van de eigenaren${ratio}`
        : `association of group and tenure estimated across ${e.units} ${ctx.level}en of ${ctx.gemeenteName} (ecological regression, one association for all): ${g} is ${pct(e.rentedPct[ctx.focal], lang)} of renters and ${pct(e.ownerPct[ctx.focal], lang)} of owners${ratio}`;
    }
    case 'independent': {
      const why = a.fallback ? (nl ? ` (schatting niet bruikbaar: ${a.fallback.nl})` : ` (estimate not usable: ${a.fallback.en})`) : '';
      return nl
        ? `geen verband tussen groep en woningvorm: huurders en eigenaren van een ${ctx.level} zijn gelijk samengesteld${why}`
        : `no association of group and tenure: renters and owners of a ${ctx.level} have the same composition${why}`;
    }
    case 'odds-ratio':
      return nl
        ? `verband tussen groep en woningvorm: odds ratio ${fmt(a.oddsRatio!, lang, 2)} (huur t.o.v. koop, uw keuze)`
        : `association of group and tenure: odds ratio ${fmt(a.oddsRatio!, lang, 2)} (renters over owners, your setting)`;
    case 'weights':
      return nl
        ? `verband tussen groep en woningvorm: huurgeneigdheid per groep ${a.weights.map((w) => fmt(w, lang, 2)).join(' : ')} (uw keuze)${ratio}`
        : `association of group and tenure: propensity to rent per group ${a.weights.map((w) => fmt(w, lang, 2)).join(' : ')} (your setting)${ratio}`;
  }
}

export function relocationText(rule: RelocationRule, lang: Lang): string {
  const nl = lang === 'nl';
  const how = nl
    ? 'naar rato van hun woningen van de gezochte soort; wie er een woning krijgt, neemt de plaats in van de gebruikelijke instroom, die de gemeente verlaat'
    : 'in proportion to their stock of the tenure sought; each takes a vacancy that would have gone to the usual intake, who leave the gemeente';
  if (rule === 'ring')
    return nl
      ? `verdrongen huishoudens verhuizen naar de aangrenzende gebieden, ${how}`
      : `displaced households move to the adjacent units, ${how}`;
  if (rule === 'rest')
    return nl
      ? `verdrongen huishoudens verhuizen naar de rest van de gemeente, ${how}`
      : `displaced households move to the rest of the gemeente, ${how}`;
  if (rule === 'outside') return nl ? 'verdrongen huishoudens verlaten de gemeente' : 'displaced households leave the gemeente';
  return nl
    ? `verdrongen huishoudens: ${pct(rule.ringPct, lang, 0)} naar de aangrenzende gebieden, ${pct(rule.restPct, lang, 0)} naar de rest van de gemeente en ${pct(rule.outsidePct, lang, 0)} buiten de gemeente (uw keuze), ${how}`
    : `displaced households: ${pct(rule.ringPct, lang, 0)} to the adjacent units, ${pct(rule.restPct, lang, 0)} to the rest of the gemeente and ${pct(rule.outsidePct, lang, 0)} outside (your setting), ${how}`;
}

function residentsText(spec: ScenarioSpec, ctx: AssumptionContext, lang: Lang): string {
  const r = spec.assumptions.residents;
  if (r === 'unit')
    return lang === 'nl'
      ? `bewoners van de betrokken woningen hebben de geschatte samenstelling van die woningsoort in hun ${ctx.level}`
      : `residents of the affected dwellings have their ${ctx.level}'s estimated composition for that tenure`;
  return lang === 'nl'
    ? `bewoners van de betrokken woningen: ${pctText(r, ctx, lang)} (uw keuze)`
    : `residents of the affected dwellings: ${pctText(r, ctx, lang)} (your setting)`;
}

function newcomersText(spec: ScenarioSpec, ctx: AssumptionContext, lang: Lang): string {
  const n = spec.assumptions.newcomers;
  if (n === 'gemeente')
    return lang === 'nl'
      ? `nieuwkomers in nieuwe of omgezette woningen zijn samengesteld als de bewoners van die woningsoort in ${ctx.gemeenteName}`
      : `newcomers in new or converted dwellings are composed like ${ctx.gemeenteName}'s residents of that tenure`;
  if (n === 'unit')
    return lang === 'nl'
      ? `nieuwkomers zijn samengesteld als de bewoners van die woningsoort in hun ${ctx.level}`
      : `newcomers are composed like their ${ctx.level}'s residents of that tenure`;
  return lang === 'nl' ? `nieuwkomers: ${pctText(n, ctx, lang)} (uw keuze)` : `newcomers: ${pctText(n, ctx, lang)} (your setting)`;
}

function turnoverText(spec: ScenarioSpec, lang: Lang): string {
  const t = fmt(spec.assumptions.turnoverPctPerYear, lang, 1);
  return lang === 'nl'
    ? `mutatiegraad ${t}% per jaar: zoveel woningen van een soort komen jaarlijks vrij (standaard 8%, een rond getal; stel uw eigen in)`
    : `turnover ${t}% a year: the share of a tenure's dwellings that become available each year (default 8%, a round figure; set your own)`;
}

export function assumptionReports(spec: ScenarioSpec, association: AssociationReport, ctx: AssumptionContext): AssumptionReport[] {
  const a = spec.assumptions;
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  const row = (id: AssumptionReport['id'], value: unknown, text: Bilingual): AssumptionReport => ({
    id,
    value,
    isDefault: same(value, DEFAULT_ASSUMPTIONS[id]),
    text,
  });
  return [
    row(
      'residents',
      a.residents,
      both((l) => residentsText(spec, ctx, l)),
    ),
    row(
      'newcomers',
      a.newcomers,
      both((l) => newcomersText(spec, ctx, l)),
    ),
    row(
      'tenureAssociation',
      a.tenureAssociation,
      both((l) => associationText(association, ctx, l)),
    ),
    row(
      'relocation',
      a.relocation,
      both((l) => relocationText(a.relocation, l)),
    ),
    row(
      'turnoverPctPerYear',
      a.turnoverPctPerYear,
      both((l) => turnoverText(spec, l)),
    ),
  ];
}

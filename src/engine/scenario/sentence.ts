/**
 * The sentence that states a scenario's result with its assumptions, in Dutch and English: what the levers did,
 * D before and after under each relocation rule (so the dependence on that assumption is visible), the focal
 * group's share in the waterbed zones under the chosen rule, who left or arrived, and the assumptions.
 */
import type { IndexValue } from '../result';
import type { Bilingual } from '../waterbed/types';
import { ruleKey } from './relocation';
import type { AssumptionReport, RuleOutcome, ScenarioIndices, ZoneOutcome } from './result-types';
import type { ScenarioSpec } from './spec';
import { capitalise, count, fmt, list, pct, RULE_CLAUSE, signed, type Lang } from './words';

export interface SentenceInput {
  spec: ScenarioSpec;
  gemeenteName: string;
  level: string;
  focal: number;
  focalLabel: Bilingual;
  units: number;
  baseline: ScenarioIndices;
  rules: readonly RuleOutcome[];
  chosen: number;
  assumptions: readonly AssumptionReport[];
}

const lower = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const d4 = (v: IndexValue, lang: Lang) => (v.ok ? fmt(v.value, lang, 4) : lang === 'nl' ? 'niet te berekenen' : 'not computable');

function dClause(s: SentenceInput, lang: Lang): string {
  const chosen = s.rules[s.chosen];
  const g = lower(s.focalLabel[lang]);
  const where =
    lang === 'nl' ? `over de ${s.units} ${s.level}en van ${s.gemeenteName}` : `across the ${s.units} ${s.level}en of ${s.gemeenteName}`;
  const b = s.baseline.D,
    a = chosen.after.D;
  if (!b.ok) return lang === 'nl' ? `D voor ${g} is niet te berekenen (${b.reason})` : `D for ${g} cannot be computed (${b.reason})`;
  const delta = a.ok ? ` (${signed(a.value - b.value, lang, 4)})` : '';
  const main =
    lang === 'nl'
      ? `de segregatie-index D voor ${g} ${where} gaat van ${d4(b, lang)} naar ${d4(a, lang)}${delta} ${RULE_CLAUSE[ruleKey(chosen.rule)].nl}`
      : `the dissimilarity index D for ${g} ${where} goes from ${d4(b, lang)} to ${d4(a, lang)}${delta} ${RULE_CLAUSE[ruleKey(chosen.rule)].en}`;
  const others = s.rules.filter((_, k) => k !== s.chosen).map((r) => `${d4(r.after.D, lang)} ${RULE_CLAUSE[ruleKey(r.rule)][lang]}`);
  return others.length ? `${main} (${others.join('; ')})` : main;
}

function zoneClause(zones: readonly ZoneOutcome[], focal: number, s: SentenceInput, lang: Lang): string {
  const targets = s.rules[s.chosen].units.filter((u) => u.zone === 'target').map((u) => u.name);
  const named = targets.length > 0 && targets.length <= 3 ? ` (${list(targets, lang)})` : '';
  const names: Record<string, Bilingual> = {
    target: { nl: `het doelgebied${named}`, en: `the target area${named}` },
    ring1: { nl: 'de aangrenzende gebieden', en: 'the adjacent units' },
    rest: { nl: 'de rest van de gemeente', en: 'the rest of the gemeente' },
  };
  const parts = zones
    .filter((z) => z.zone !== 'gemeente' && z.units > 0 && z.sharePctBefore && z.sharePctAfter)
    .map((z) =>
      lang === 'nl'
        ? `van ${pct(z.sharePctBefore![focal], lang)} naar ${pct(z.sharePctAfter![focal], lang)} in ${names[z.zone].nl}`
        : `from ${pct(z.sharePctBefore![focal], lang)} to ${pct(z.sharePctAfter![focal], lang)} in ${names[z.zone].en}`,
    );
  if (parts.length === 0) return '';
  const g = lower(s.focalLabel[lang]);
  return lang === 'nl' ? `Daarbij gaat het aandeel ${g} ${list(parts, lang)}.` : `The share of ${g} goes ${list(parts, lang)}.`;
}

function flowClause(r: RuleOutcome, lang: Lang): string {
  const left = r.ledger.residents.departed.reduce((a, b) => a + b, 0);
  const came = r.ledger.residents.arrived.reduce((a, b) => a + b, 0);
  if (left === 0 && came === 0) return '';
  return lang === 'nl'
    ? `${capitalise(count(left, lang))} bewoners verlaten de gemeente en ${count(came, lang)} komen erbij.`
    : `${count(left, lang)} residents leave the gemeente and ${count(came, lang)} arrive.`;
}

function assumptionClause(s: SentenceInput, lang: Lang): string {
  const moves = s.spec.levers.some((l) => l.kind !== 'allocation');
  const allocates = s.spec.levers.some((l) => l.kind === 'allocation');
  const ids = [...(moves ? ['residents', 'newcomers'] : []), 'tenureAssociation', ...(allocates ? ['turnoverPctPerYear'] : [])];
  const texts = s.assumptions.filter((a) => ids.includes(a.id)).map((a) => a.text[lang]);
  if (allocates)
    texts.push(
      lang === 'nl'
        ? 'de woningen die de toewijzingsregel de groep onthoudt, gaan naar huishoudens samengesteld als de overige bewoners van die woningen'
        : "the dwellings an allocation rule keeps from the group go to households composed like those dwellings' other residents",
    );
  return `${lang === 'nl' ? 'Aannames' : 'Assumptions'}: ${texts.join('; ')}.`;
}

function sentenceIn(s: SentenceInput, lang: Lang): string {
  const lead =
    lang === 'nl' ? 'Scenario onder de genoemde aannames, geen voorspelling.' : 'Scenario under stated assumptions, not a forecast.';
  if (s.spec.levers.length === 0) {
    const g = lower(s.focalLabel[lang]);
    const d = d4(s.baseline.D, lang);
    return lang === 'nl'
      ? `${lead} Geen maatregelen: het scenario is gelijk aan de uitgangssituatie (D voor ${g} over de ${s.units} ${s.level}en van ${s.gemeenteName}: ${d}).`
      : `${lead} No levers: the scenario equals the baseline (D for ${g} across the ${s.units} ${s.level}en of ${s.gemeenteName}: ${d}).`;
  }
  const chosen = s.rules[s.chosen];
  const levers = capitalise(chosen.levers.map((l) => l.text[lang]).join('; '));
  const parts = [
    lead,
    `${levers}.`,
    `${capitalise(dClause(s, lang))}.`,
    zoneClause(chosen.zones, s.focal, s, lang),
    flowClause(chosen, lang),
    assumptionClause(s, lang),
  ];
  return parts.filter(Boolean).join(' ');
}

export function scenarioSentence(s: SentenceInput): Bilingual {
  return { nl: sentenceIn(s, 'nl'), en: sentenceIn(s, 'en') };
}

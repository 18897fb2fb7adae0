/**
 * One clause per lever, in Dutch and English, stating what it did with the numbers the run computed
 * ("500 rented dwellings converted to owner-occupied in Feijenoord"). Used in the result sentence and the app.
 */
import type { Bilingual } from '../waterbed/types';
import type { LeverUnitReport } from './result-types';
import type { AllocationLever, DemolishBuildLever, Lever, TargetMixLever } from './spec';
import { count, fmt, list, pct, TENURE_NOUN, TENURE_TARGET, type Lang } from './words';

export interface TextContext {
  /** Group ids and labels, in the definition's order. */
  groupIds: readonly string[];
  groupLabels: readonly Bilingual[];
  focal: number;
  /** The scenario's turnover, percent a year. */
  turnoverPct: number;
}

const names = (units: readonly LeverUnitReport[], lang: Lang) =>
  list(
    units.map((u) => u.name),
    lang,
  );
const each = (units: readonly LeverUnitReport[], lang: Lang) => (units.length > 1 ? (lang === 'nl' ? 'elk van ' : 'each of ') : '');
const lower = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

function demolishBuild(l: DemolishBuildLever, units: readonly LeverUnitReport[], lang: Lang): string {
  const parts: string[] = [];
  if (l.demolish > 0)
    parts.push(`${count(l.demolish, lang)} ${TENURE_NOUN[l.demolishTenure][lang]} ${lang === 'nl' ? 'gesloopt' : 'demolished'}`);
  if (l.build > 0) parts.push(`${count(l.build, lang)} ${TENURE_NOUN[l.buildTenure][lang]} ${lang === 'nl' ? 'gebouwd' : 'built'}`);
  return `in ${each(units, lang)}${names(units, lang)}: ${list(parts, lang)}`;
}

function measureWords(l: TargetMixLever, ctx: TextContext, lang: Lang): string {
  if (l.measure === 'group')
    return lang === 'nl' ? `aandeel ${lower(ctx.groupLabels[ctx.focal].nl)}` : `share of ${lower(ctx.groupLabels[ctx.focal].en)}`;
  if (l.measure === 'rented') return lang === 'nl' ? 'aandeel huurwoningen' : 'rented share';
  return lang === 'nl' ? 'aandeel koopwoningen' : 'owner-occupied share';
}

function targetMix(l: TargetMixLever, units: readonly LeverUnitReport[], ctx: TextContext, lang: Lang): string {
  const atMost = l.atMostPct !== undefined;
  const bound = `${lang === 'nl' ? (atMost ? 'hoogstens' : 'minstens') : atMost ? 'at most' : 'at least'} ${pct((atMost ? l.atMostPct : l.atLeastPct)!, lang, 0)}`;
  const per = units.map((u) => {
    const n = u.solver?.conversions ?? 0;
    if (n === 0) return lang === 'nl' ? `${u.name} haalt dat al` : `${u.name} already does`;
    const conv = `${count(n, lang)} ${TENURE_NOUN[l.from!][lang]}`;
    return lang === 'nl'
      ? `in ${u.name} ${conv} omgezet naar ${TENURE_TARGET[l.to!].nl}`
      : `${conv} in ${u.name} converted to ${TENURE_TARGET[l.to!].en}`;
  });
  return `${measureWords(l, ctx, lang)} ${bound}: ${list(per, lang)}`;
}

function allocation(l: AllocationLever, units: readonly LeverUnitReport[], ctx: TextContext, lang: Lang): string {
  const k = l.group ? ctx.groupIds.indexOf(l.group) : ctx.focal;
  const g = lower(ctx.groupLabels[k >= 0 ? k : ctx.focal][lang]);
  const tenure = l.tenure === 'all' ? (lang === 'nl' ? 'woningen' : 'dwellings') : TENURE_NOUN[l.tenure][lang];
  const redirected = units.reduce((s, u) => s + u.redirected, 0);
  const tau = fmt(l.turnoverPctPerYear ?? ctx.turnoverPct, lang, 1);
  const howMany =
    l.sharePct !== undefined
      ? pct(l.sharePct, lang, 0)
      : lang === 'nl'
        ? `${count(l.perYear!, lang)} per jaar`
        : `${count(l.perYear!, lang)} a year`;
  if (lang === 'nl')
    return `${l.years} jaar lang gaat ${howMany} van de vrijkomende ${tenure} in ${names(units, lang)} niet naar ${g}, bij een mutatiegraad van ${tau}% per jaar: ${count(redirected, lang)} bewoners wonen daardoor elders`;
  return `for ${l.years} years, ${howMany} of the ${tenure} that become available in ${names(units, lang)} not allocated to ${g}, at a turnover of ${tau}% a year: ${count(redirected, lang)} residents live elsewhere as a result`;
}

export function leverText(lever: Lever, units: readonly LeverUnitReport[], ctx: TextContext): Bilingual {
  const one = (lang: Lang): string => {
    switch (lever.kind) {
      case 'convert':
        return lang === 'nl'
          ? `${count(lever.dwellings, lang)} ${TENURE_NOUN[lever.from].nl} in ${each(units, lang)}${names(units, lang)} omgezet naar ${TENURE_TARGET[lever.to].nl}`
          : `${count(lever.dwellings, lang)} ${TENURE_NOUN[lever.from].en} in ${each(units, lang)}${names(units, lang)} converted to ${TENURE_TARGET[lever.to].en}`;
      case 'demolish-build':
        return demolishBuild(lever, units, lang);
      case 'target-mix':
        return targetMix(lever, units, ctx, lang);
      case 'allocation':
        return allocation(lever, units, ctx, lang);
    }
  };
  return { en: one('en'), nl: one('nl') };
}

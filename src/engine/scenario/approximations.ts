/**
 * Which approximation each lever needs, in words (nl, en). The whole scenario needs the first five; the others
 * only the levers listed with them.
 */
import type { Bilingual } from '../waterbed/types';
import type { Baseline } from './baseline';
import type { Approximation } from './result-types';
import type { Lever, ScenarioSpec } from './spec';
import { fmt, pct } from './words';

const leversWhere = (spec: ScenarioSpec, f: (l: Lever) => boolean) => spec.levers.flatMap((l, k) => (f(l) ? [k] : []));

const usesSocial = (l: Lever) =>
  (l.kind === 'convert' && l.from === 'social') ||
  (l.kind === 'demolish-build' && l.demolishTenure === 'social') ||
  (l.kind === 'target-mix' && l.from === 'social');

const makesMiddenhuur = (l: Lever) =>
  (l.kind === 'convert' && l.to === 'middenhuur') ||
  (l.kind === 'demolish-build' && l.build > 0 && l.buildTenure === 'middenhuur') ||
  (l.kind === 'target-mix' && l.to === 'middenhuur');

const usesTurnover = (l: Lever) => l.kind === 'allocation' || l.kind === 'convert' || l.kind === 'target-mix';

/** The approximations every scenario on these data needs. */
function general(b: Baseline, ringNote: Bilingual | null): Approximation[] {
  const level = b.input.level;
  const all: number[] = [];
  const out: Approximation[] = [
    {
      code: 'scenario_not_forecast',
      levers: all,
      text: {
        en: `A scenario under stated assumptions, not a forecast: what the levers do to the ${b.input.year} counts if households move as assumed, with everything else unchanged.`,
        nl: `Een scenario onder de genoemde aannames, geen voorspelling: wat de maatregelen doen met de cijfers van ${b.input.year} als huishoudens verhuizen zoals aangenomen, terwijl de rest gelijk blijft.`,
      },
    },
  ];
  if (b.input.group.note) out.push({ code: 'group_estimate', levers: all, text: b.input.group.note });
  if (b.input.dwellingsFrom === 'households')
    out.push({
      code: 'dwellings_from_households',
      levers: all,
      text: {
        en: `The ${level} data have no dwelling count: households stand in for dwellings (one household per dwelling; vacancy and shared dwellings ignored).`,
        nl: `De ${level}gegevens hebben geen aantal woningen: huishoudens staan voor woningen (één huishouden per woning; leegstand en gedeelde woningen genegeerd).`,
      },
    });
  if (ringNote) out.push({ code: 'ring_definition', levers: all, text: ringNote });
  out.push(
    {
      code: 'persons_not_households',
      levers: all,
      text: {
        en: `Households are counted as persons: the ${level} data give the group as a share of persons, not of households.`,
        nl: `Huishoudens worden als personen geteld: de ${level}gegevens geven de groep als aandeel van personen, niet van huishoudens.`,
      },
    },
    {
      code: 'rented_includes_unknown',
      levers: all,
      text: {
        en: `Rented dwellings = dwellings − owner-occupied: the ${level} data give only the owner-occupied share, so dwellings of unknown ownership count as rented.`,
        nl: `Huurwoningen = woningen − koopwoningen: de ${level}gegevens geven alleen het aandeel koopwoningen, dus woningen met onbekend eigendom tellen als huur.`,
      },
    },
    {
      code: 'residents_per_dwelling',
      levers: all,
      text: {
        en: `Every dwelling, old or new and of any tenure, houses its ${level}'s mean number of residents per dwelling.`,
        nl: `Elke woning, oud of nieuw en van elke soort, huisvest het gemiddelde aantal bewoners per woning van haar ${level}.`,
      },
    },
    {
      code: 'composition_by_tenure',
      levers: all,
      text: {
        en: `The data give each ${level}'s group shares for all residents together; the composition of renters and owners within a ${level} is estimated (the tenure association).`,
        nl: `De gegevens geven de groepsaandelen per ${level} voor alle bewoners samen; de samenstelling van huurders en eigenaren binnen een ${level} is geschat (het verband met de woningvorm).`,
      },
    },
    {
      code: 'first_round',
      levers: all,
      text: {
        en: 'Only the moves a lever causes directly are followed: households crowded out of vacancies leave the gemeente, newcomers arrive from outside it; the chains of moves they would start are not followed.',
        nl: 'Alleen de verhuizingen die een maatregel direct veroorzaakt worden gevolgd: wie uit een vrijgekomen woning wordt verdrongen verlaat de gemeente, nieuwkomers komen van buiten; de verhuisketens die zij in gang zetten worden niet gevolgd.',
      },
    },
  );
  return out;
}

/** The approximations only some levers need, with those levers. */
function perLever(spec: ScenarioSpec, b: Baseline): Approximation[] {
  const level = b.input.level;
  const out: Approximation[] = [];
  const social = leversWhere(spec, usesSocial);
  if (social.length > 0) {
    const s = b.input.socialOfRented;
    const share = (lang: 'nl' | 'en') => (s === null ? '' : ` (${pct(100 * s, lang)})`);
    out.push({
      code: 'social_share',
      levers: social,
      text: {
        en: `Social-rent dwellings per ${level} = its rented dwellings × the gemeente's social-rent share of rented dwellings${share('en')}: the data have the social-rent share only for the gemeente. Their residents have the composition of all renters in the ${level}.`,
        nl: `Corporatiewoningen per ${level} = de huurwoningen × het aandeel corporatiewoningen in de huurvoorraad van de gemeente${share('nl')}: de gegevens hebben dat aandeel alleen per gemeente. Hun bewoners zijn samengesteld als alle huurders in de ${level}.`,
      },
    });
  }
  const midden = leversWhere(spec, makesMiddenhuur);
  if (midden.length > 0)
    out.push({
      code: 'middenhuur_assumed',
      levers: midden,
      text: {
        en: 'The data have no middenhuur: its stock starts at 0 and the composition of its newcomers is your own assumption.',
        nl: 'De gegevens kennen geen middenhuur: de voorraad begint bij 0 en de samenstelling van de nieuwkomers is uw eigen aanname.',
      },
    });
  const turnover = leversWhere(spec, usesTurnover);
  if (turnover.length > 0)
    out.push({
      code: 'turnover',
      levers: turnover,
      text: {
        en: `Dwellings become available at the turnover rate (${fmt(spec.assumptions.turnoverPctPerYear, 'en', 1)}% a year): the years an allocation rule runs, and how long conversions on turnover take.`,
        nl: `Woningen komen vrij met de mutatiegraad (${fmt(spec.assumptions.turnoverPctPerYear, 'nl', 1)}% per jaar): dat bepaalt het effect van een toewijzingsregel en hoe lang omzetten bij mutatie duurt.`,
      },
    });
  return out;
}

export function approximations(spec: ScenarioSpec, b: Baseline, ringNote: Bilingual | null): Approximation[] {
  return [...general(b, ringNote), ...perLever(spec, b)];
}

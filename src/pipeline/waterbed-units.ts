/**
 * The waterbed comparison's per-unit output and checks (split from waterbed.ts): the units table, warnings about
 * the units, target checks, province per unit and ring labels. Pure.
 */
import type { Aggregate, Bilingual, Crosswalk, HarmonisedAmount, Ring, WaterbedWarning, compareUnit } from '../engine/waterbed';
import { oneOther } from '../engine/plural-text';
import { unitProperties } from '../geo/topology';
import { fail, type NormalisedRequest, type WaterbedInput, type WaterbedUnitRow } from './waterbed-request';
import type { assessRobustness } from './waterbed-robustness';

const ROUND = (v: number) => Math.round(v * 1e9) / 1e9;

/** The to-year layer as the unit rows need it. */
export interface UnitLayer {
  codes: readonly string[];
  gemeenteOf: readonly (string | null)[];
  name: (i: number) => string;
}

export function unitRows(
  ringOf: readonly (Ring | null)[],
  layer: UnitLayer,
  h0: readonly (HarmonisedAmount | null)[],
  included: (i: number) => boolean,
  unitCmp: readonly (ReturnType<typeof compareUnit> | null)[],
  robust: ReturnType<typeof assessRobustness>,
): WaterbedUnitRow[] {
  const order: Record<Ring, number> = { target: 0, ring1: 1, ring2: 2, rest: 3 };
  const units: WaterbedUnitRow[] = [];
  ringOf.forEach((ring, i) => {
    if (!ring) return;
    const a0 = h0[i];
    units.push({
      code: layer.codes[i],
      name: layer.name(i),
      gemeenteCode: layer.gemeenteOf[i],
      ring,
      ...unitCmp[i]!,
      reallocatedShare: a0 ? ROUND(a0.reallocatedShare) : null,
      sourceCodes: a0 ? a0.sources.map((s) => s.code) : [],
      identical: a0?.identical ?? false,
      included: included(i),
      uncertainty: robust.units.get(i) ?? null,
      consistency: robust.consistency[i] ?? null,
    });
  });
  return units.sort((a, b) => order[a.ring] - order[b.ring] || a.code.localeCompare(b.code));
}

export function unitWarnings(req: NormalisedRequest, units: readonly WaterbedUnitRow[], warn: (w: WaterbedWarning) => void) {
  const list = (us: readonly WaterbedUnitRow[]) =>
    `${us
      .slice(0, 10)
      .map((u) => u.code)
      .join(', ')}${us.length > 10 ? ', …' : ''}`;
  const missing = units.filter((u) => !u.included);
  if (missing.length > 0)
    warn({
      code: 'missing_values',
      en: `${missing.length} ${oneOther(missing.length, 'unit', 'units')} left out: value unknown in ${req.from} or ${req.to} (${list(missing)})`,
      nl: `${missing.length} ${oneOther(missing.length, 'gebied', 'gebieden')} weggelaten: waarde onbekend in ${req.from} of ${req.to} (${list(missing)})`,
    });
  const moved = units.filter((u) => (u.reallocatedShare ?? 0) > 0);
  if (moved.length > 0) {
    const max = Math.max(...moved.map((u) => u.reallocatedShare ?? 0));
    warn({
      code: 'reallocated',
      en: `${moved.length} ${oneOther(moved.length, 'unit was redrawn', 'units were redrawn')} between ${req.from} and ${req.to}; ${oneOther(moved.length, `its ${req.from} value is an areal interpolation`, `their ${req.from} values are areal interpolations`)} (up to ${(100 * max).toFixed(0)}% from other units)`,
      nl: `${moved.length} ${oneOther(moved.length, 'gebied is', 'gebieden zijn')} tussen ${req.from} en ${req.to} heringedeeld; ${oneOther(moved.length, 'de waarde', 'hun waarden')} voor ${req.from} ${oneOther(moved.length, 'is', 'zijn')} ruimtelijk geïnterpoleerd (tot ${(100 * max).toFixed(0)}% uit andere gebieden)`,
    });
  }
  const odd = units.filter((u) => u.consistency?.status === 'implausible');
  if (odd.length > 0)
    warn({
      code: 'inconsistent',
      en: `${odd.length} redrawn ${oneOther(odd.length, 'unit gets', 'units get')} a ${req.from} population from the boundary conversion that does not fit ${oneOther(odd.length, 'its', 'their')} ${req.to} population (${list(odd)}); read ${oneOther(odd.length, 'its', 'their')} change with care`,
      nl: `${odd.length} ${oneOther(odd.length, 'heringedeeld gebied krijgt', 'heringedeelde gebieden krijgen')} bij de omrekening een inwonertal voor ${req.from} dat niet past bij dat van ${req.to} (${list(odd)}); lees ${oneOther(odd.length, 'de', 'hun')} verandering met voorzichtigheid`,
    });
  const unsure = units.filter((u) => u.flag && u.uncertainty?.flagDistinguishable === false);
  if (unsure.length > 0)
    warn({
      code: 'flag_uncertain',
      en: `${unsure.length} ${oneOther(unsure.length, 'flag is', 'flags are')} not distinguishable: within the spread between boundary conversions or the rounding of the published data (${list(unsure)})`,
      nl: `${unsure.length} ${oneOther(unsure.length, 'markering is', 'markeringen zijn')} niet te onderscheiden: binnen de spreiding tussen grensomrekeningen of de afronding van de gepubliceerde cijfers (${list(unsure)})`,
    });
}

export function checkTargets(
  req: NormalisedRequest,
  input: WaterbedInput,
  index: Map<string, number>,
  crosswalk: (y: number) => Crosswalk,
) {
  for (const t of req.targets) {
    if (index.has(t)) continue;
    const yearsWith = Object.keys(input.topologies)
      .map(Number)
      .filter((y) => unitProperties(input.topologies[y]).some((p) => p.code === t) || input.rows[y]?.some((r) => r.code === t));
    if (yearsWith.length === 0)
      fail(
        'target_unknown',
        `unknown target code ${t}: no ${req.level} has this code in any year`,
        `onbekende code ${t}: geen ${req.level} heeft deze code in enig jaar`,
      );
    let hint = '';
    if (input.topologies[req.from] && yearsWith.includes(req.from)) {
      const cw = crosswalk(req.from);
      const s = cw.fromCodes.indexOf(t);
      const into: string[] = [];
      cw.toCodes.forEach((code, k) => {
        for (let e = cw.start[k]; e < cw.start[k + 1]; e++) if (cw.source[e] === s && cw.weight[e] >= 0.1) into.push(code);
      });
      if (into.length) hint = into.join(', ');
    }
    fail(
      'target_not_in_layer',
      `target ${t} does not exist in the ${req.to} ${req.level} boundaries (it exists in ${yearsWith.join(', ')})${hint ? `; in ${req.to} its area is part of ${hint}` : ''}`,
      `doelgebied ${t} bestaat niet in de ${req.level}grenzen van ${req.to} (wel in ${yearsWith.join(', ')})${hint ? `; in ${req.to} valt het gebied onder ${hint}` : ''}`,
    );
  }
}

/** Province per to-year unit: its own row, else any row (any year) of its gemeente. */
export function provinces(
  req: NormalisedRequest,
  input: WaterbedInput,
  codes: readonly string[],
  gemeenteOf: readonly (string | null)[],
): (string | null)[] {
  const byGemeente = new Map<string, string>();
  const years = Object.keys(input.rows)
    .map(Number)
    .sort((a, b) => Math.abs(a - req.to) - Math.abs(b - req.to))
    .reverse();
  for (const y of years)
    for (const r of input.rows[y]) {
      const gm = req.level === 'gemeente' ? r.code : r.gemeente_code;
      if (gm && r.province_code) byGemeente.set(gm, String(r.province_code));
    }
  const own = new Map(input.rows[req.to].map((r) => [r.code, r.province_code ?? null]));
  return codes.map((c, i) => (own.get(c) ? String(own.get(c)) : (gemeenteOf[i] && byGemeente.get(gemeenteOf[i]!)) || null));
}

export function ringLabel(ring: Aggregate, req: NormalisedRequest): Bilingual {
  const withinGemeente = req.level !== 'gemeente';
  switch (ring) {
    case 'target':
      return { nl: 'doelgebied', en: 'target' };
    case 'ring1':
      return { nl: 'aangrenzend (ring 1)', en: 'adjacent (ring 1)' };
    case 'ring2':
      return { nl: 'ring 2', en: 'ring 2' };
    case 'rest':
      return withinGemeente
        ? { nl: 'rest van de gemeente', en: 'rest of the municipality' }
        : { nl: 'rest van de provincie', en: 'rest of the province' };
    case 'region':
      return req.region === 'nl' ? { nl: 'Nederland', en: 'the Netherlands' } : { nl: 'provincie', en: 'province' };
  }
}

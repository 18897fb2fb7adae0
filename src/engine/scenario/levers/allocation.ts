/**
 * Allocation rule (the Rotterdamwet pattern): over Y years, a share σ of the dwellings of a tenure that become
 * available in a unit may not go to group g. Each year a share τ of the dwellings turns over (turnover rate);
 * without the rule the intake has the composition of the tenure's residents (a steady state, so the composition
 * stays put), with the rule a share σ of the intake that would have been g goes to others. The residents of g
 * after Y years then follow x(Y) = T·q·[(1 − σ) + σ(1 − τ)^Y] (T residents of the tenure, q their share of g), so
 *   r = T · q · σ · (1 − (1 − τ)^Y)
 * fewer residents of g live there than without the rule (the comparison is of the two states after Y years; all
 * other turnover is the same in both and cancels). These r are redirected (relocation rule); their places are
 * taken by households with the composition of the tenure's other residents (arrivals). `perYear` dwellings a
 * year is the share σ = perYear / (τ · dwellings of the tenure), at most 1.
 */
import { issue, refuse } from '../issues';
import { relocate } from '../relocation';
import type { LeverUnitReport } from '../result-types';
import type { AllocationLever, Tenure } from '../spec';
import { addInto, fractions, scale, sum } from '../state';
import { count, TENURE_NOUN } from '../words';
import type { LeverContext } from './context';

const tenuresOf = (l: AllocationLever): Tenure[] => (l.tenure === 'all' ? ['owner', 'rented', 'middenhuur'] : [l.tenure]);

/** Share σ (0–1) of available dwellings kept from the group. */
function keptShare(lever: AllocationLever, ctx: LeverContext, i: number, turnover: number): number {
  if (lever.sharePct !== undefined) return lever.sharePct / 100;
  const stock = tenuresOf(lever).reduce((s, t) => s + ctx.state.stock(i, t), 0);
  const available = stock * turnover;
  if (lever.perYear! > available + 1e-9)
    refuse(
      'exceeds_turnover',
      `${ctx.path}.perYear`,
      `${count(lever.perYear!, 'en')} dwellings a year is more than the ${count(available, 'en')} that become available in ${ctx.unitName(i)} (${(100 * turnover).toFixed(1)}% of ${count(stock, 'en')})`,
      `${count(lever.perYear!, 'nl')} woningen per jaar is meer dan de ${count(available, 'nl')} die in ${ctx.unitName(i)} vrijkomen (${(100 * turnover).toFixed(1).replace('.', ',')}% van ${count(stock, 'nl')})`,
    );
  return available > 0 ? lever.perYear! / available : 0;
}

/** The composition of the tenure's other residents (without g), or of the gemeente's when the unit has none. */
function othersOf(ctx: LeverContext, i: number, t: Tenure, g: number): number[] | null {
  const own = ctx.state.cell(i, t);
  own[g] = 0;
  if (sum(own) > 0) return fractions(own);
  const gem = ctx.comp.gemeente[t === 'middenhuur' ? 'rented' : t];
  if (!gem) return null;
  const others = [...gem];
  others[g] = 0;
  return sum(others) > 0 ? fractions(others) : null;
}

/** Redirect the residents of g the rule keeps out of tenure t of unit i; returns how many (persons). */
function redirect(ctx: LeverContext, i: number, t: Tenure, g: number, sigma: number, tau: number, years: number): number {
  const cell = ctx.state.cell(i, t);
  const total = sum(cell);
  if (total <= 0 || cell[g] <= 0 || sigma <= 0) return 0;
  const r = cell[g] * sigma * (1 - (1 - tau) ** years);
  const others = othersOf(ctx, i, t, g);
  if (!others) return 0; // nobody else to take the places: the rule cannot be applied, and changes nothing
  const out = Array<number>(ctx.state.G).fill(0);
  out[g] = r;
  ctx.state.take(i, t, out);
  addInto(ctx.flows.redirected, out);
  const incoming = scale(others, r);
  ctx.state.put(i, t, incoming);
  addInto(ctx.flows.replacements, incoming);
  relocate({ state: ctx.state, flows: ctx.flows, shares: ctx.shares, dest: ctx.dest, warn: ctx.comp.warn, path: ctx.path }, out, t);
  return r;
}

export function applyAllocation(lever: AllocationLever, ctx: LeverContext): LeverUnitReport[] {
  const g = lever.group ? ctx.groupIds.indexOf(lever.group) : ctx.focal;
  const tau = (lever.turnoverPctPerYear ?? ctx.assumptions.turnoverPctPerYear) / 100;
  return lever.units.map((code) => {
    const i = ctx.unitIndex(code);
    const stock = tenuresOf(lever).reduce((s, t) => s + ctx.state.stock(i, t), 0);
    if (stock <= 0)
      refuse(
        'exceeds_stock',
        ctx.path,
        `${ctx.unitName(i)} has no ${lever.tenure === 'all' ? 'dwellings' : TENURE_NOUN[lever.tenure].en}: an allocation rule there has nothing to allocate`,
        `${ctx.unitName(i)} heeft geen ${lever.tenure === 'all' ? 'woningen' : TENURE_NOUN[lever.tenure].nl}: een toewijzingsregel heeft daar niets toe te wijzen`,
      );
    const sigma = keptShare(lever, ctx, i, tau);
    let redirected = 0;
    for (const t of tenuresOf(lever)) redirected += redirect(ctx, i, t, g, sigma, tau, lever.years);
    if (redirected === 0)
      ctx.comp.warn(
        issue(
          'target_already_met',
          ctx.path,
          `the allocation rule changes nothing in ${ctx.unitName(i)}: no residents of the group in that tenure`,
          `de toewijzingsregel verandert niets in ${ctx.unitName(i)}: geen bewoners van de groep in die woningen`,
        ),
      );
    return { code, name: ctx.unitName(i), dwellings: 0, built: 0, redirected, yearsOfTurnover: lever.years, solver: null };
  });
}

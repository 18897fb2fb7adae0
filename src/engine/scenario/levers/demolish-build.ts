/**
 * Sloop-nieuwbouw: demolish N dwellings of one tenure and build M of another in each unit. Residents of the
 * demolished dwellings are displaced (relocation rule); newcomers of the assumed composition move into the new
 * ones, with the unit's residents per dwelling. The unit's dwellings and residents change by M − N;
 * demolition empties the dwellings at once (no turnover: the residents are rehoused).
 */
import type { LeverUnitReport } from '../result-types';
import type { DemolishBuildLever } from '../spec';
import { checkStock, occupy, vacate, type LeverContext } from './context';

export function applyDemolishBuild(lever: DemolishBuildLever, ctx: LeverContext): LeverUnitReport[] {
  const choice = lever.newcomers ?? ctx.assumptions.newcomers;
  return lever.units.map((code) => {
    const i = ctx.unitIndex(code);
    if (lever.demolish > 0) {
      checkStock(ctx, i, lever.demolishTenure, lever.demolish, `${ctx.path}.demolish`);
      vacate(ctx, i, lever.demolishTenure, lever.demolish, ctx.path);
      ctx.flows.demolished += lever.demolish;
    }
    if (lever.build > 0) {
      occupy(ctx, i, lever.buildTenure, lever.build, choice, ctx.path);
      ctx.flows.built += lever.build;
    }
    return {
      code,
      name: ctx.unitName(i),
      dwellings: lever.demolish,
      built: lever.build,
      redirected: 0,
      yearsOfTurnover: null,
      solver: null,
    };
  });
}

/**
 * Convert N dwellings in each unit from one tenure to another (e.g. rented → owner-occupied, or rented →
 * middenhuur). Residents of the converted dwellings are displaced (relocation rule); newcomers of the assumed
 * composition move in. The number of dwellings does not change.
 */
import type { LeverUnitReport } from '../result-types';
import type { ConvertLever } from '../spec';
import { checkStock, convertDwellings, turnoverYears, type LeverContext } from './context';

export function applyConvert(lever: ConvertLever, ctx: LeverContext): LeverUnitReport[] {
  const choice = lever.newcomers ?? ctx.assumptions.newcomers;
  return lever.units.map((code) => {
    const i = ctx.unitIndex(code);
    const stock = checkStock(ctx, i, lever.from, lever.dwellings, `${ctx.path}.dwellings`);
    convertDwellings(ctx, i, lever.from, lever.to, lever.dwellings, choice, ctx.path);
    return {
      code,
      name: ctx.unitName(i),
      dwellings: lever.dwellings,
      built: 0,
      redirected: 0,
      yearsOfTurnover: turnoverYears(lever.dwellings, stock, ctx.assumptions.turnoverPctPerYear),
      solver: null,
    };
  });
}

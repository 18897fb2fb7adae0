/**
 * `indices`: the checks on combinations of options that the spec (specs.ts) cannot express, made right after
 * parsing and before any data is read, so a mistake fails within a second with a usage error:
 * - `--within` only with `--level buurt`;
 * - `--decompose` takes `--level wijk` (two parts, the default) or `--level buurt` (three parts);
 * - `--random 0` is refused with `--level buurt`: expected D is part of every buurt result;
 * - the group must be defined at the level (buurt groups use counts; see engine/groups-buurt.ts); without
 *   `--group`, buurt runs use age_65plus (the spec's default income_low has no buurt data).
 * Light: imports only the group catalogue.
 */
import { groupDefinitionsAt } from '../engine/groups';
import { UsageError, type CliValues } from './args';
import type { INDICES_SPEC } from './specs';

type IndicesValues = CliValues<typeof INDICES_SPEC>;

export const DEFAULT_BUURT_GROUP = 'age_65plus';

/** Check `v` (mode from the parser) and fill in the level's default group; throws UsageError. */
export function checkIndicesOptions(mode: string, v: IndicesValues, given: ReadonlySet<string>): void {
  if (mode === 'input') return;
  const level = v.level!;
  if (given.has('within') && level !== 'buurt')
    throw new UsageError('--within only applies with --level buurt (regions of buurten: gemeenten, or wijken with --within wijk)');
  if (mode === 'decompose' && level === 'gemeente')
    throw new UsageError('--decompose takes --level wijk (between and within gemeenten) or --level buurt (three levels), not gemeente');
  if (level === 'buurt' && v.random === 0)
    throw new UsageError(
      '--random 0 does not apply with --level buurt: expected D under random allocation is part of every buurt result (buurten are small and their counts rounded to 5)',
    );
  if (level === 'buurt' && !given.has('group')) v.group = DEFAULT_BUURT_GROUP as IndicesValues['group'];
  const defs = groupDefinitionsAt(level);
  if (!defs.some((d) => d.id === v.group))
    throw new UsageError(
      `--group ${v.group} is not defined at ${level} level; groups at ${level} level: ${defs.map((d) => d.id).join(', ')}`,
    );
}

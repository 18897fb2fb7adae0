/**
 * The scenario form's model: the draft is a ScenarioSpec (numbers may be NaN while a field is empty), edited by
 * these pure functions and checked with the engine's parser before it is computed, put in the URL or exported.
 */
import type { Catalog } from '../../data/catalog';
import { groupDefinitionsAt, variablesOf, type GroupDefinition } from '../../engine/groups';
import {
  DEFAULT_ASSUMPTIONS,
  parseScenarioSpec,
  SCENARIO_VERSION,
  type Checked,
  type Lever,
  type LeverKind,
  type ScenarioLevel,
  type ScenarioSpec,
} from '../../engine/scenario';

export const DEFAULT_GEMEENTE = 'GM0599';
export const DEFAULT_GROUP = 'income_low';

/** Variables a unit needs for any scenario (tenure). */
const TENURE_VARIABLE = 'share_owner_occupied';

const has = (catalog: Catalog, variable: string, level: ScenarioLevel, year: number) =>
  catalog.variables.find((v) => v.id === variable)?.availability[level]?.includes(year) ?? false;

/** Years in which the level has tenure data. */
export function yearOptions(catalog: Catalog, level: ScenarioLevel): number[] {
  return catalog.variables.find((v) => v.id === TENURE_VARIABLE)?.availability[level] ?? [];
}

/** Group definitions of persons whose variables all exist at the level in the year. */
export function groupOptions(catalog: Catalog, level: ScenarioLevel, year: number): GroupDefinition[] {
  return groupDefinitionsAt(level).filter((d) => d.counts === 'persons' && variablesOf(d).every((v) => has(catalog, v, level, year)));
}

export function defaultLever(kind: LeverKind, units: string[]): Lever {
  switch (kind) {
    case 'convert':
      return { kind, units, dwellings: 500, from: 'rented', to: 'owner' };
    case 'demolish-build':
      return { kind, units, demolish: 200, demolishTenure: 'social', build: 200, buildTenure: 'owner' };
    case 'target-mix':
      return { kind, units, measure: 'rented', atMostPct: 70 };
    case 'allocation':
      return { kind, units, tenure: 'rented', sharePct: 50, years: 10 };
  }
}

export function defaultSpec(catalog: Catalog, gemeente: string | null): ScenarioSpec {
  const level: ScenarioLevel = 'wijk';
  const years = yearOptions(catalog, level);
  const year = years.includes(2022) ? 2022 : (years[years.length - 1] ?? 2022);
  const groups = groupOptions(catalog, level, year);
  return {
    version: SCENARIO_VERSION,
    gemeente: gemeente ?? DEFAULT_GEMEENTE,
    level,
    year,
    group: groups.some((g) => g.id === DEFAULT_GROUP) ? DEFAULT_GROUP : (groups[0]?.id ?? DEFAULT_GROUP),
    levers: [defaultLever('convert', [])],
    assumptions: { ...DEFAULT_ASSUMPTIONS },
  };
}

/** Another gemeente, level or year: units of the old one no longer apply, and the group must exist there. */
export function withLocation(
  catalog: Catalog,
  spec: ScenarioSpec,
  patch: Partial<Pick<ScenarioSpec, 'gemeente' | 'level' | 'year'>>,
): ScenarioSpec {
  const next = { ...spec, ...patch };
  const years = yearOptions(catalog, next.level);
  if (!years.includes(next.year)) next.year = years[years.length - 1] ?? next.year;
  const groups = groupOptions(catalog, next.level, next.year);
  if (!groups.some((g) => g.id === next.group)) {
    next.group = groups[0]?.id ?? next.group;
    delete next.focal;
  }
  if (next.gemeente !== spec.gemeente || next.level !== spec.level) next.levers = next.levers.map((l) => ({ ...l, units: [] }));
  return next;
}

export function withGroup(spec: ScenarioSpec, group: string): ScenarioSpec {
  const next = { ...spec, group };
  delete next.focal;
  return next;
}

export function toggleUnit(spec: ScenarioSpec, lever: number, code: string): ScenarioSpec {
  const l = spec.levers[lever];
  if (!l) return spec;
  const units = l.units.includes(code) ? l.units.filter((c) => c !== code) : [...l.units, code];
  return withLever(spec, lever, { ...l, units });
}

export function withLever(spec: ScenarioSpec, index: number, lever: Lever): ScenarioSpec {
  return { ...spec, levers: spec.levers.map((l, i) => (i === index ? lever : l)) };
}

export function addLever(spec: ScenarioSpec): ScenarioSpec {
  const units = spec.levers[spec.levers.length - 1]?.units ?? [];
  return { ...spec, levers: [...spec.levers, defaultLever('convert', [...units])] };
}

export function removeLever(spec: ScenarioSpec, index: number): ScenarioSpec {
  return { ...spec, levers: spec.levers.filter((_, i) => i !== index) };
}

/** Every target unit of the spec (any lever). */
export function targetsOf(spec: ScenarioSpec): string[] {
  return [...new Set(spec.levers.flatMap((l) => l.units))];
}

/** The draft checked and normalised by the engine's parser (empty fields, NaN, become null and are reported). */
export function checkDraft(spec: ScenarioSpec): Checked<ScenarioSpec> {
  return parseScenarioSpec(JSON.parse(JSON.stringify(spec)) as unknown);
}

/** Same set-up (the normalised JSON). */
export const sameSpec = (a: ScenarioSpec | null, b: ScenarioSpec | null): boolean => JSON.stringify(a) === JSON.stringify(b);

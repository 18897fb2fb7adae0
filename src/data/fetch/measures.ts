/**
 * Which CBS measures to ask for, from the shared crosswalk (src/data/import/crosswalk.ts, compiled from
 * ../shared/data-raw/cbs-formats/kwb_variable_map.tsv): every entry with an OData v4 measure code and a v3 key stem
 * that feeds a catalogue variable, directly or as the count behind a share (age bands, origin).
 * - OData v4 asks by the stable measure code (T001036 = inhabitants in every year);
 * - OData v3 `$select`s the table's keys found by stem and, where a stem occurs more than once (Nederland_17 under
 *   "Herkomstland", Nederland_20 under "Geboren in Nederland"), by the title of the parent group (odata-v3.ts);
 * - turning values into catalogue variables (and counts into shares) is the importer's work (convert.ts).
 */
import { KWB_CROSSWALK, v4MeasuresForVariables } from '../import';
import { VARIABLE_IDS } from '../variables';

export interface MeasureSpec {
  /** Catalogue variables this measure feeds. */
  variables: string[];
  /** OData v4 measure code. */
  v4: string;
  /** OData v3 key without suffix, and the title of its parent group where the stem is not unique. */
  v3: { base: string; parent?: string };
}

export const MEASURES: readonly MeasureSpec[] = KWB_CROSSWALK.filter((x) => x.v4 && x.v3Stem && (x.variable || x.shareOf)).map((x) => ({
  variables: [x.variable, x.shareOf?.variable].filter((v): v is string => typeof v === 'string' && VARIABLE_IDS.includes(v)),
  v4: x.v4!,
  v3: { base: x.v3Stem!, ...(x.v3Group ? { parent: x.v3Group } : {}) },
}));

/** Catalogue variable ids --variables accepts (those some measure feeds). */
export function knownVariables(): string[] {
  return VARIABLE_IDS.filter((id) => MEASURES.some((m) => m.variables.includes(id)));
}

/** The measures to fetch: all, or those the given variables need (a share brings its count and its total). */
export function selectMeasures(variables: readonly string[] | undefined): MeasureSpec[] {
  if (!variables || variables.length === 0) return [...MEASURES];
  const codes = new Set(v4MeasuresForVariables(variables));
  return MEASURES.filter((m) => codes.has(m.v4));
}

/** `AantalInwoners_5` → `AantalInwoners`; a key without suffix stays as it is. */
export function keyBase(key: string): string {
  return key.replace(/_\d+$/, '');
}

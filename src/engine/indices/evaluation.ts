import type { EngineWarning, IndexValue } from '../result';

/**
 * An index evaluated on prepared data, before metadata is attached: `withMeta(value, index, data, conventions,
 * extraWarnings)` gives the public IndexResult; the suite reads the parts without building that object.
 */
export interface Evaluation {
  value: IndexValue;
  conventions: Record<string, string>;
  extraWarnings: EngineWarning[];
}

export function evaluation(value: IndexValue, conventions: Record<string, string>, extraWarnings: EngineWarning[] = []): Evaluation {
  return { value, conventions, extraWarnings };
}

/**
 * Which features of a raw file belong to a source. A file without `rowFilter` belongs to its source as a whole;
 * a file read by several sources with a `rowFilter` each (the KWB 2024 CSV: `level` = wijk or buurt) is split by
 * that column, and a row that no source takes (a typo such as "bruut", an empty level) is a problem, so no row is
 * dropped in silence.
 */
import type { RawCollection } from './unit-row';
import { formatCount } from './problems';
import type { SourceSpec } from './sources';

type Feature = RawCollection['features'][number];

function selects(spec: SourceSpec, f: Feature): boolean {
  const filter = spec.rowFilter;
  if (!filter) return true;
  const props: unknown = (f as Partial<Feature> | null)?.properties;
  return typeof props === 'object' && props !== null && (props as Record<string, unknown>)[filter.column] === filter.value;
}

/** The features of `fc` that belong to `spec` (all of them without a rowFilter). */
export function sourceCollection(spec: SourceSpec, fc: RawCollection): RawCollection {
  if (!spec.rowFilter) return fc;
  return { ...fc, features: fc.features.filter((f) => selects(spec, f)) };
}

/**
 * Rows of one file that none of its row-filtered sources take: one problem for the first, with how many there are
 * in all; [] when every row is taken or a source reads the whole file.
 */
export function unmatchedRowProblems(specs: readonly SourceSpec[], fc: RawCollection): string[] {
  const filtered = specs.filter((s) => s.rowFilter);
  if (filtered.length === 0 || filtered.length < specs.length) return [];
  const unmatched = fc.features.map((f, i) => [f, i] as const).filter(([f]) => !filtered.some((s) => selects(s, f)));
  const first = unmatched[0];
  if (!first) return [];
  const [f, i] = first;
  const column = filtered[0]!.rowFilter!.column;
  const got = (f as Partial<Feature> | null)?.properties?.[column];
  const allowed = [...new Set(filtered.map((s) => JSON.stringify(s.rowFilter!.value)))].join(' or ');
  const more = unmatched.length > 1 ? ` (${formatCount(unmatched.length)} rows in all)` : '';
  return [
    `data row ${formatCount(i + 1)}: column ${column} is ${got === null || got === undefined ? 'empty' : JSON.stringify(got)}, not ${allowed}${more}`,
  ];
}

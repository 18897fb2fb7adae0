/**
 * The segregation index as an entry of the waterbed form's indicator list: "index-D-age_65plus" is D (dissimilarity)
 * of the group age_65plus over the wijken of each area, "index-H-…" Theil's H. Gemeente comparisons only (the index
 * pools the wijken of the target, the adjacent gemeenten and the rest). Its years are those in which every share
 * the group needs is published per wijk and gemeente boundaries exist. Pure (catalogue in, ids, years, labels out).
 */
import type { Catalog } from '../../data/catalog';
import { GROUP_DEFINITIONS, groupDefinitionById, variablesOf } from '../../engine/groups';
import type { Bilingual } from '../../engine/waterbed';
import type { IndexWaterbedRequest } from '../../pipeline/waterbed-index';
import type { WaterbedRequest } from '../../pipeline/waterbed';
import { twf, tw } from '../../app/i18n-waterbed';
import type { Lang } from '../../app/i18n';

export type SegregationIndex = 'D' | 'H';
export const SEGREGATION_INDICES: readonly SegregationIndex[] = ['D', 'H'];

export interface IndexIndicator {
  index: SegregationIndex;
  group: string;
}

const ID_RE = /^index-(D|H)-([a-z0-9_]+)$/;

export function indexIndicatorId(index: SegregationIndex, group: string): string {
  return `index-${index}-${group}`;
}

/** The index and group of an indicator id, or null for an ordinary variable (or an unknown group). */
export function parseIndexIndicator(id: string): IndexIndicator | null {
  const m = ID_RE.exec(id);
  if (!m) return null;
  const def = groupDefinitionById(m[2]!);
  return def && def.kind === 'two-group' ? { index: m[1] as SegregationIndex, group: def.id } : null;
}

export function isIndexIndicator(id: string): boolean {
  return ID_RE.test(id);
}

/** Years in which every variable of the group is published per wijk and gemeente boundaries exist (ascending). */
export function indexYears(catalog: Catalog, group: string): number[] {
  const def = groupDefinitionById(group);
  if (!def || def.kind !== 'two-group') return [];
  const gemeenteLayers = new Set(catalog.geometry.gemeente ?? []);
  const perVariable = variablesOf(def).map((v) => new Set(catalog.variables.find((c) => c.id === v)?.availability.wijk ?? []));
  const first = [...(perVariable[0] ?? [])];
  return first.filter((y) => gemeenteLayers.has(y) && perVariable.every((s) => s.has(y))).sort((a, b) => a - b);
}

export interface IndexIndicatorOption {
  id: string;
  label: Bilingual;
  kind: 'index';
  /** Why only these years: shown under the year pickers. */
  yearsNote: Bilingual;
}

const both = (f: (lang: Lang) => string): Bilingual => ({ nl: f('nl'), en: f('en') });

/** "2022 en 2024" / "2022 and 2024"; "2017, 2022 en 2024". */
export function yearList(lang: Lang, years: readonly number[]): string {
  if (years.length <= 1) return years.join('');
  return `${years.slice(0, -1).join(', ')} ${tw(lang, 'and')} ${years[years.length - 1]}`;
}

/** Entries for the indicator list: D and H of every two-group definition with at least two supported years. */
export function indexIndicatorOptions(catalog: Catalog): IndexIndicatorOption[] {
  const out: IndexIndicatorOption[] = [];
  for (const def of GROUP_DEFINITIONS) {
    if (def.kind !== 'two-group') continue;
    const years = indexYears(catalog, def.id);
    if (years.length < 2) continue;
    for (const index of SEGREGATION_INDICES) {
      out.push({
        id: indexIndicatorId(index, def.id),
        kind: 'index',
        label: both((l) => twf(l, 'indexOption', { index: tw(l, index === 'D' ? 'index_D' : 'index_H'), group: def.label[l] })),
        yearsNote: both((l) => twf(l, 'indexYearsNote', { group: def.label[l].toLowerCase(), years: yearList(l, years) })),
      });
    }
  }
  return out;
}

/** The index request of a waterbed request whose indicator is an index entry; null otherwise. */
export function toIndexRequest(request: WaterbedRequest): IndexWaterbedRequest | null {
  const parsed = parseIndexIndicator(request.indicator);
  if (!parsed || request.level !== 'gemeente') return null;
  return {
    targets: [...request.targets],
    group: parsed.group,
    index: parsed.index,
    from: request.from,
    to: request.to,
    contiguity: request.contiguity ?? 'queen',
    ring2: request.ring2 ?? false,
  };
}

/** The group's share variable: what the map shows behind the rings while an index entry is chosen. */
export function indexMapVariable(id: string): string | null {
  const parsed = parseIndexIndicator(id);
  if (!parsed) return null;
  const first = groupDefinitionById(parsed.group)!.groups[0];
  return first && 'share' in first ? first.share : null;
}

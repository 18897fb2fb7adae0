/**
 * The view a story step shows: its stored query read by the app's own parseState (unknown or hostile values become
 * defaults plus notices, as for any link), shown in presenter mode in the reader's current language. Pure.
 */
import type { Catalog } from '../../data/catalog';
import { parseState, type ParsedState, type ViewState } from '../../app/url-state';

export function stepState(query: string, catalog: Catalog, current: ViewState): ParsedState {
  const parsed = parseState(query, catalog);
  return { state: { ...parsed.state, present: true, embed: false, lang: current.lang }, warnings: parsed.warnings };
}

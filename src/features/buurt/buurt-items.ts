/**
 * The buurt search items and rows on their way from the buurt worker to the main thread, and the identity rows made of
 * them. Pure; no decoder here (the main thread imports this file).
 */
import type { SearchItem } from '../../app/search-index';
import type { UnitRecord } from '../../data/queries';

/**
 * Prepared search items (or rows) as JSON texts of `size` items each: one string clones in a blink where the items themselves
 * (small objects and arrays) take the receiving thread hundreds of ms; parsed a chunk per task (`parseChunked`).
 */
export function packItems<T>(items: readonly T[], size = 2000): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += size) out.push(JSON.stringify(items.slice(i, i + size)));
  return out;
}

/** The items of `packItems`, parsed one chunk per task (`yieldNow` between chunks: no long task). */
export async function unpackItems<T>(chunks: readonly string[], yieldNow: () => Promise<void>): Promise<T[]> {
  const items: T[] = [];
  for (const c of chunks) {
    await yieldNow();
    for (const item of JSON.parse(c) as T[]) items.push(item);
  }
  return items;
}

/** Identity rows of the buurten (code, name, wijk, gemeente, year; no province, no variables) from their items. */
export function identitiesOf(items: readonly SearchItem[]): UnitRecord[] {
  return items.map((i) => ({
    code: i.code,
    name: i.name,
    wijk_code: i.wijkCode ?? null,
    wijk_name: i.wijkName ?? null,
    gemeente_code: i.gemeenteCode ?? null,
    gemeente_name: i.gemeenteName ?? null,
    province_code: null,
    province_name: null,
    year: i.year ?? 0,
  }));
}

/**
 * Sections of the in-app methods page: a heading of docs/methods.md without its trailing "(`file.ts`)" part, in
 * lower case with every run of other characters turned into one "-" ("Morrill's D(adj) (`morrill.ts`)" →
 * "morrill-s-d-adj"). The page opens on the URL hash "#methoden" or "#methoden/<section>".
 */
export const METHODS_HASH = '#methoden';

export function headingSlug(text: string): string {
  return text
    .replace(/\s*\(`[^)]*\)\s*$/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const methodsHref = (section?: string): string => (section ? `${METHODS_HASH}/${section}` : METHODS_HASH);

/** The section asked for by a hash: '' for the top of the page, null when the hash is not the methods page's. */
export function sectionOfHash(hash: string): string | null {
  if (hash === METHODS_HASH) return '';
  if (!hash.startsWith(`${METHODS_HASH}/`)) return null;
  try {
    return headingSlug(decodeURIComponent(hash.slice(METHODS_HASH.length + 1)));
  } catch {
    return ''; // a malformed escape: the top of the page
  }
}

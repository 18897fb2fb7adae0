/** File names for downloaded pictures: readable, ASCII, no separators ("segregatieverkenner-aandeel-laag-inkomen-2022-…"). Pure. */

/** One slug part: diacritics dropped, anything else than a–z/0–9 becomes a dash. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "segregatieverkenner-<parts…>.<ext>", at most ~100 characters before the extension. */
export function pictureFileName(parts: readonly (string | number)[], ext: 'png' | 'svg'): string {
  const body = ['segregatieverkenner', ...parts.map((p) => slug(String(p)))].filter(Boolean).join('-');
  return `${body.slice(0, 100).replace(/-+$/, '')}.${ext}`;
}

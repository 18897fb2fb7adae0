/**
 * Codes of an imported statistics file that match no boundary of their level in the file's year, checked in the
 * browser once the file is read against the embedded boundaries of that level and year. The message names a few of
 * them; those rows stay in the import table (and the SQL console) but cannot be shown on the map. A level and year
 * without embedded boundaries (e.g. buurten) is not checked.
 */
import { exampleList, msg } from '../../data/import/messages';
import { IMPORT_LEVELS, type ImportLevel, type ImportMessage, type ImportResult } from '../../data/import/types';

export type KnownCodes = (level: ImportLevel, year: number) => Promise<ReadonlySet<string> | null>;

const LEVEL = {
  gemeente: { nl: 'gemeenten', en: 'municipality' },
  wijk: { nl: 'wijken', en: 'district' },
  buurt: { nl: 'buurten', en: 'neighbourhood' },
} as const;

/** One warning per level with codes outside `known[level]` (null or absent: that level is not checked). */
export function unknownCodeMessages(r: ImportResult, known: Partial<Record<ImportLevel, ReadonlySet<string> | null>>): ImportMessage[] {
  if (r.kind !== 'statistics' || r.year === null) return [];
  const out: ImportMessage[] = [];
  for (const level of IMPORT_LEVELS) {
    const set = known[level];
    const rows = r.rows[level];
    if (!set || set.size === 0 || rows.length === 0) continue;
    const missing = rows.filter((row) => !set.has(row.code));
    if (missing.length === 0) continue;
    const ex = exampleList(
      missing.slice(0, 5).map((row) => row.code),
      missing.length,
    );
    const l = LEVEL[level];
    out.push(
      msg(
        'unknown-codes',
        'warning',
        `${missing.length} of ${rows.length} ${l.en} codes match no known ${l.en} of ${r.year} and cannot be shown on the map: ${ex.en}`,
        `${missing.length} van ${rows.length} codes van ${l.nl} horen bij geen bekend gebied van ${r.year} en kunnen niet op de kaart: ${ex.nl}`,
        { line: missing[0]!.line, count: missing.length, examples: missing.slice(0, 5).map((row) => row.code) },
      ),
    );
  }
  return out;
}

/** The file's result with the unknown-code warnings added (the lookup failing or slow never blocks the import). */
export async function withUnknownCodes(r: ImportResult, knownCodes: KnownCodes | undefined): Promise<ImportResult> {
  if (!knownCodes || r.kind !== 'statistics' || r.year === null) return r;
  const year = r.year;
  const known: Partial<Record<ImportLevel, ReadonlySet<string> | null>> = {};
  for (const level of IMPORT_LEVELS) {
    if (r.rows[level].length > 0) known[level] = await knownCodes(level, year).catch(() => null);
  }
  const extra = unknownCodeMessages(r, known);
  return extra.length > 0 ? { ...r, messages: [...r.messages, ...extra] } : r;
}

export interface UnitSource {
  hasGeometry(level: ImportLevel, year: number): boolean;
  geometry(level: ImportLevel, year: number): Promise<{ features: { properties: { code: string } }[] }>;
}

/** Known units of a level and year: its embedded boundaries (null when it has none). */
export function knownUnitCodes(service: UnitSource): KnownCodes {
  return async (level, year) => {
    if (!service.hasGeometry(level, year)) return null;
    const codes = (await service.geometry(level, year)).features.map((f) => f.properties.code);
    return codes.length > 0 ? new Set(codes) : null;
  };
}
